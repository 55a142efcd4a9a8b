#pragma once

#include "DatabaseCommand.h"

namespace moderation::ctl {

// `moderationctl sync` (DESIGN.md "CLI contract").
class SyncCommand final : public DatabaseCommand
{
public:
    QString name() const override { return QStringLiteral("sync"); }
    QString summary() const override
    {
        return QStringLiteral("Read every account, apply the active policy, route, send the outbox (--once: until caught up, then exit)");
    }
    void configure(QCommandLineParser& parser) const override;

protected:
    int runWithDatabase(Database& database, const QCommandLineParser& parser, const GlobalOptions& global,
                        CommandIo& io) const override;
};

} // namespace moderation::ctl
