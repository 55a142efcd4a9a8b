#include "UsersSetCommand.h"

#include "UserOptions.h"

#include "routing/People.h"
#include "routing/Router.h"
#include "storage/UserStore.h"

using namespace Qt::StringLiterals;

namespace moderation::ctl {

void UsersSetCommand::configure(QCommandLineParser& parser) const
{
    parser.addPositionalArgument(u"LOGIN"_s, u"The user to change."_s);
    parser.addOption(QCommandLineOption(u"presence"_s, u"available, away or offline (offline lets go of the cases "
                                                       "not yet drafted)."_s,
                                        u"P"_s));
    parser.addOption(QCommandLineOption(u"roles"_s, u"The roles, with commas (replaces them)."_s, u"ROLES"_s));
    parser.addOption(QCommandLineOption(u"queues"_s, u"The queues, with commas (replaces them; empty: every queue)."_s,
                                        u"QUEUES"_s));
    parser.addOption(QCommandLineOption(u"capacity"_s, u"Cases held at most at once."_s, u"N"_s));
    parser.addOption(QCommandLineOption(u"name"_s, u"The name shown to colleagues."_s, u"TEXT"_s));
}

int UsersSetCommand::runWithDatabase(Database& database, const QCommandLineParser& parser, const GlobalOptions& global,
                                     CommandIo& io) const
{
    Q_UNUSED(global)
    const QStringList args = parser.positionalArguments();
    if (args.size() != 1)
        return usageError(u"expected one LOGIN"_s, io);
    const QString login = args.first();
    UserStore::Change change;
    if (parser.isSet(u"roles"_s)) {
        auto roles = UserOptions::roles(parser.value(u"roles"_s));
        if (!roles)
            return reportError(io, roles.error());
        change.roles = *roles;
    }
    if (parser.isSet(u"queues"_s))
        change.queues = UserOptions::queues(parser.value(u"queues"_s));
    if (parser.isSet(u"capacity"_s)) {
        auto capacity = UserOptions::capacity(parser.value(u"capacity"_s));
        if (!capacity)
            return reportError(io, capacity.error());
        change.capacity = *capacity;
    }
    if (parser.isSet(u"name"_s))
        change.displayName = parser.value(u"name"_s);
    std::optional<User::Presence> presence;
    if (parser.isSet(u"presence"_s)) {
        auto parsed = UserOptions::presence(parser.value(u"presence"_s));
        if (!parsed)
            return reportError(io, parsed.error());
        presence = *parsed;
    }
    if (!presence && !change.roles && !change.queues && !change.capacity && !change.displayName)
        return usageError(u"nothing to change: give --presence, --roles, --queues, --capacity or --name"_s, io);
    auto actor = DatabaseCommand::actor(database, QString());
    if (!actor)
        return reportError(io, actor.error());
    const Error error = database.transaction([&]() -> Error {
        if (change.roles || change.queues || change.capacity || change.displayName) {
            auto changed = People(database).change(login, change, *actor);
            if (!changed)
                return changed.error();
        }
        if (presence) {
            auto moved = Router(database).setPresence(login, *presence, *actor);
            if (!moved)
                return moved.error();
        }
        return {};
    });
    if (error.isError())
        return reportError(io, error);
    auto user = UserStore(database).byLogin(login);
    if (!user)
        return reportError(io, user.error());
    io.out << user->id << Qt::endl;
    return ExitOk;
}

} // namespace moderation::ctl
