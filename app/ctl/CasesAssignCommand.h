#pragma once

#include "WorkCommand.h"

namespace moderation::ctl {

// `moderationctl cases assign`: give a case to an agent (supervisors).
class CasesAssignCommand final : public WorkCommand
{
public:
    QString name() const override { return QStringLiteral("cases assign"); }
    QString summary() const override { return QStringLiteral("Give a case to an agent (supervisors)"); }

protected:
    void configureWork(QCommandLineParser& parser) const override;
    int runWork(Database& database, const QCommandLineParser& parser, const User& actor, CommandIo& io) const override;
};

} // namespace moderation::ctl
