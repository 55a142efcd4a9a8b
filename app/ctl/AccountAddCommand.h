#pragma once

#include "DatabaseCommand.h"

namespace moderation::ctl {

// `moderationctl account add` (DESIGN.md "CLI contract").
class AccountAddCommand final : public DatabaseCommand
{
public:
    QString name() const override { return QStringLiteral("account add"); }
    QString summary() const override
    {
        return QStringLiteral("Add an X account or Facebook page to watch; its token is read from stdin into the OS keychain");
    }
    void configure(QCommandLineParser& parser) const override;

protected:
    int runWithDatabase(Database& database, const QCommandLineParser& parser, const GlobalOptions& global,
                        CommandIo& io) const override;
};

} // namespace moderation::ctl
