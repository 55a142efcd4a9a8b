#pragma once

#include "WorkCommand.h"

namespace moderation::ctl {

// `moderationctl cases close`: close a case without a reply, with a reason.
class CasesCloseCommand final : public WorkCommand
{
public:
    QString name() const override { return QStringLiteral("cases close"); }
    QString summary() const override { return QStringLiteral("Close a case without a reply, with a reason"); }

protected:
    void configureWork(QCommandLineParser& parser) const override;
    int runWork(Database& database, const QCommandLineParser& parser, const User& actor, CommandIo& io) const override;
};

} // namespace moderation::ctl
