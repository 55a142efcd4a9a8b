#pragma once

#include "DatabaseCommand.h"

namespace moderation::ctl {

// `moderationctl users list`: list the users, their roles, queues, capacity and presence.
class UsersListCommand final : public DatabaseCommand
{
public:
    QString name() const override { return QStringLiteral("users list"); }
    QString summary() const override { return QStringLiteral("List the users, their roles, queues, capacity and presence"); }
    void configure(QCommandLineParser& parser) const override;

protected:
    int runWithDatabase(Database& database, const QCommandLineParser& parser, const GlobalOptions& global,
                        CommandIo& io) const override;
};

} // namespace moderation::ctl
