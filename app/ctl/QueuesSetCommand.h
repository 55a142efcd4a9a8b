#pragma once

#include "WorkCommand.h"

namespace moderation::ctl {

// `moderationctl queues set Q [--hours H --timezone Z] [--breach-to Q2]`: a queue's office hours,
// outside which its SLA clock pauses, and where its breached cases go. Supervisors and admins.
class QueuesSetCommand final : public WorkCommand
{
public:
    QString name() const override { return QStringLiteral("queues set"); }
    QString summary() const override
    {
        return QStringLiteral("Set a queue's office hours and time zone, and the queue its breached cases move to");
    }

protected:
    void configureWork(QCommandLineParser& parser) const override;
    int runWork(Database& database, const QCommandLineParser& parser, const User& actor, CommandIo& io) const override;
};

} // namespace moderation::ctl
