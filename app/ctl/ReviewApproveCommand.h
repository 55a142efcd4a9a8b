#pragma once

#include "WorkCommand.h"

namespace moderation::ctl {

// `moderationctl review approve`: approve another person's draft: the reply waits in the outbox.
class ReviewApproveCommand final : public WorkCommand
{
public:
    QString name() const override { return QStringLiteral("review approve"); }
    QString summary() const override { return QStringLiteral("Approve another person's draft: the reply waits in the outbox"); }

protected:
    void configureWork(QCommandLineParser& parser) const override;
    int runWork(Database& database, const QCommandLineParser& parser, const User& actor, CommandIo& io) const override;
};

} // namespace moderation::ctl
