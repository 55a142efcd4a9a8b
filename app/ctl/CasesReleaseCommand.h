#pragma once

#include "WorkCommand.h"

namespace moderation::ctl {

// `moderationctl cases release`: put a case not yet drafted back in its queue.
class CasesReleaseCommand final : public WorkCommand
{
public:
    QString name() const override { return QStringLiteral("cases release"); }
    QString summary() const override { return QStringLiteral("Put a case not yet drafted back in its queue"); }

protected:
    void configureWork(QCommandLineParser& parser) const override;
    int runWork(Database& database, const QCommandLineParser& parser, const User& actor, CommandIo& io) const override;
};

} // namespace moderation::ctl
