#pragma once

#include "DatabaseCommand.h"

namespace moderation::ctl {

// `moderationctl users set`: change a user's presence, roles, queues or capacity.
class UsersSetCommand final : public DatabaseCommand
{
public:
    QString name() const override { return QStringLiteral("users set"); }
    QString summary() const override { return QStringLiteral("Change a user's presence, roles, queues or capacity"); }
    void configure(QCommandLineParser& parser) const override;

protected:
    int runWithDatabase(Database& database, const QCommandLineParser& parser, const GlobalOptions& global,
                        CommandIo& io) const override;
};

} // namespace moderation::ctl
