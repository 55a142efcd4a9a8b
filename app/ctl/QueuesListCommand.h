#pragma once

#include "DatabaseCommand.h"

namespace moderation::ctl {

// `moderationctl queues list [--json]`: each queue with its office hours, time zone, breach queue
// and open cases.
class QueuesListCommand final : public DatabaseCommand
{
public:
    QString name() const override { return QStringLiteral("queues list"); }
    QString summary() const override
    {
        return QStringLiteral("List the queues with their office hours, breach queue and open cases");
    }
    void configure(QCommandLineParser& parser) const override;

protected:
    int runWithDatabase(Database& database, const QCommandLineParser& parser, const GlobalOptions& global,
                        CommandIo& io) const override;
};

} // namespace moderation::ctl
