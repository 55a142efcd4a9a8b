#pragma once

#include "DatabaseCommand.h"

namespace moderation::ctl {

// `moderationctl account remove` (DESIGN.md "CLI contract").
class AccountRemoveCommand final : public DatabaseCommand
{
public:
    QString name() const override { return QStringLiteral("account remove"); }
    QString summary() const override
    {
        return QStringLiteral("Stop watching an account and remove its token from the keychain; its comments stay");
    }
    void configure(QCommandLineParser& parser) const override;

protected:
    int runWithDatabase(Database& database, const QCommandLineParser& parser, const GlobalOptions& global,
                        CommandIo& io) const override;
};

} // namespace moderation::ctl
