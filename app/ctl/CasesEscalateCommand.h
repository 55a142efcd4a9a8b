#pragma once

#include "WorkCommand.h"

namespace moderation::ctl {

// `moderationctl cases escalate`: send a case to another queue, with a reason.
class CasesEscalateCommand final : public WorkCommand
{
public:
    QString name() const override { return QStringLiteral("cases escalate"); }
    QString summary() const override { return QStringLiteral("Send a case to another queue, with a reason"); }

protected:
    void configureWork(QCommandLineParser& parser) const override;
    int runWork(Database& database, const QCommandLineParser& parser, const User& actor, CommandIo& io) const override;
};

} // namespace moderation::ctl
