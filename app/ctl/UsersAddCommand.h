#pragma once

#include "DatabaseCommand.h"

namespace moderation::ctl {

// `moderationctl users add`: add a user: roles, queues, capacity; a password on a single seat.
class UsersAddCommand final : public DatabaseCommand
{
public:
    QString name() const override { return QStringLiteral("users add"); }
    QString summary() const override { return QStringLiteral("Add a user: roles, queues, capacity; a password on a single seat"); }
    void configure(QCommandLineParser& parser) const override;

protected:
    int runWithDatabase(Database& database, const QCommandLineParser& parser, const GlobalOptions& global,
                        CommandIo& io) const override;
};

} // namespace moderation::ctl
