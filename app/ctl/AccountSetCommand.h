#pragma once

#include "DatabaseCommand.h"

namespace moderation::ctl {

// `moderationctl account set` (DESIGN.md "CLI contract").
class AccountSetCommand final : public DatabaseCommand
{
public:
    QString name() const override { return QStringLiteral("account set"); }
    QString summary() const override
    {
        return QStringLiteral("Change an account's quotas, or replace its token (from stdin)");
    }
    void configure(QCommandLineParser& parser) const override;

protected:
    int runWithDatabase(Database& database, const QCommandLineParser& parser, const GlobalOptions& global,
                        CommandIo& io) const override;
};

} // namespace moderation::ctl
