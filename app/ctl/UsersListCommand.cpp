#include "UsersListCommand.h"

#include "storage/UserStore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace moderation::ctl {

void UsersListCommand::configure(QCommandLineParser& parser) const
{
    parser.addOption(QCommandLineOption(u"json"_s, u"Print JSON (one array)."_s));
}

int UsersListCommand::runWithDatabase(Database& database, const QCommandLineParser& parser, const GlobalOptions& global,
                                      CommandIo& io) const
{
    Q_UNUSED(global)
    auto users = UserStore(database).list();
    if (!users)
        return reportError(io, users.error());
    if (parser.isSet(u"json"_s)) {
        QJsonArray array;
        for (const User& user : *users) {
            QJsonArray roles;
            for (Role role : user.roles)
                roles.append(toString(role));
            array.append(QJsonObject { { u"id"_s, QString::number(user.id) },
                                       { u"login"_s, user.login },
                                       { u"name"_s, user.displayName },
                                       { u"roles"_s, roles },
                                       { u"queues"_s, QJsonArray::fromStringList(user.queues) },
                                       { u"capacity"_s, user.capacity },
                                       { u"presence"_s, toString(user.presence) } });
        }
        io.out << QJsonDocument(array).toJson(QJsonDocument::Compact) << '\n';
        io.out.flush();
        return ExitOk;
    }
    for (const User& user : *users) {
        QStringList roles;
        for (Role role : user.roles)
            roles << toString(role);
        io.out << user.login << '\t' << roles.join(u',') << '\t'
               << (user.queues.isEmpty() ? u"(every queue)"_s : user.queues.join(u',')) << '\t' << user.capacity << '\t'
               << toString(user.presence) << '\n';
    }
    io.out.flush();
    return ExitOk;
}

} // namespace moderation::ctl
