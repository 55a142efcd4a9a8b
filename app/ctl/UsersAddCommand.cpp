#include "UsersAddCommand.h"

#include "UserOptions.h"

#include "routing/People.h"

using namespace Qt::StringLiterals;

namespace moderation::ctl {

void UsersAddCommand::configure(QCommandLineParser& parser) const
{
    parser.addOption(QCommandLineOption(u"login"_s, u"The login (on a shared site, the database role too)."_s, u"L"_s));
    parser.addOption(QCommandLineOption(u"roles"_s, u"agent, reviewer, supervisor, admin: one or more, with commas."_s,
                                        u"ROLES"_s));
    parser.addOption(QCommandLineOption(u"queues"_s, u"The queues (skills) worked, with commas (default: every queue)."_s,
                                        u"QUEUES"_s));
    parser.addOption(QCommandLineOption(u"capacity"_s, u"Cases held at most at once (default 3)."_s, u"N"_s));
    parser.addOption(QCommandLineOption(u"name"_s, u"The name shown to colleagues."_s, u"TEXT"_s));
    parser.addOption(QCommandLineOption(
        u"new-password-stdin"_s,
        u"Read the user's sign-in password from stdin (after the connection's with --password-stdin)."_s));
}

int UsersAddCommand::runWithDatabase(Database& database, const QCommandLineParser& parser, const GlobalOptions& global,
                                     CommandIo& io) const
{
    Q_UNUSED(global)
    if (!parser.isSet(u"login"_s) || !parser.isSet(u"roles"_s))
        return usageError(u"--login and --roles are required"_s, io);
    User user;
    user.login = parser.value(u"login"_s);
    user.displayName = parser.value(u"name"_s);
    auto roles = UserOptions::roles(parser.value(u"roles"_s));
    if (!roles)
        return reportError(io, roles.error());
    user.roles = *roles;
    user.queues = UserOptions::queues(parser.value(u"queues"_s));
    if (parser.isSet(u"capacity"_s)) {
        auto capacity = UserOptions::capacity(parser.value(u"capacity"_s));
        if (!capacity)
            return reportError(io, capacity.error());
        user.capacity = *capacity;
    }
    std::optional<QString> password;
    if (parser.isSet(u"new-password-stdin"_s)) {
        // After the connection's own password when --password-stdin is given too: line 2.
        auto secret = UserOptions::newPassword(io);
        if (!secret)
            return reportError(io, secret.error());
        password = *secret;
    }
    auto actor = DatabaseCommand::actor(database, QString());
    if (!actor)
        return reportError(io, actor.error());
    auto id = People(database).add(user, password, *actor);
    if (!id)
        return reportError(io, id.error());
    io.out << *id << Qt::endl;
    return ExitOk;
}

} // namespace moderation::ctl
