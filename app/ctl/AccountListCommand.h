#pragma once

#include "DatabaseCommand.h"

namespace moderation::ctl {

// `moderationctl account list` (DESIGN.md "CLI contract").
class AccountListCommand final : public DatabaseCommand
{
public:
    QString name() const override { return QStringLiteral("account list"); }
    QString summary() const override
    {
        return QStringLiteral("List the accounts: state (ok, needs re-authentication, rate limited until …) and quota left");
    }
    void configure(QCommandLineParser& parser) const override;

protected:
    int runWithDatabase(Database& database, const QCommandLineParser& parser, const GlobalOptions& global,
                        CommandIo& io) const override;
};

} // namespace moderation::ctl
