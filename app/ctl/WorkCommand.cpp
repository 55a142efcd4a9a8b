#include "WorkCommand.h"

#include "storage/CaseStore.h"
#include "storage/SqlTime.h"
#include "storage/UserStore.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace moderation::ctl {

void WorkCommand::configure(QCommandLineParser& parser) const
{
    parser.addOption(QCommandLineOption(
        u"as"_s, u"Who acts: a user of the store (on a shared site, your own database role)."_s, u"LOGIN"_s));
    parser.addOption(QCommandLineOption(u"json"_s, u"Print JSON instead of the bare id."_s));
    configureWork(parser);
}

int WorkCommand::runWithDatabase(Database& database, const QCommandLineParser& parser, const GlobalOptions& global,
                                 CommandIo& io) const
{
    Q_UNUSED(global)
    if (!parser.isSet(u"as"_s))
        return usageError(u"--as LOGIN names who acts"_s, io);
    auto login = DatabaseCommand::actor(database, parser.value(u"as"_s));
    if (!login)
        return reportError(io, login.error());
    auto user = UserStore(database).byLogin(*login);
    if (!user) {
        if (user.error().code() == Error::Code::NotFound)
            return reportError(io, Error(Error::Code::InvalidInput,
                                         u"--as %1: no such user (moderationctl users add --login %1 …)"_s.arg(*login)));
        return reportError(io, user.error());
    }
    return runWork(database, parser, *user, io);
}

Result<qint64> WorkCommand::idArgument(const QCommandLineParser& parser, const QString& what) const
{
    const QStringList args = parser.positionalArguments();
    bool ok = false;
    const qint64 id = args.size() == 1 ? args.first().toLongLong(&ok) : 0;
    if (!ok || id <= 0)
        return Error(Error::Code::Usage, u"%1: expected one %2 id (see moderationctl %1 --help)"_s.arg(name(), what));
    return id;
}

Result<QString> WorkCommand::required(const QCommandLineParser& parser, const QString& option) const
{
    const QString value = parser.value(option);
    if (!parser.isSet(option) || value.trimmed().isEmpty())
        return Error(Error::Code::Usage, u"%1: --%2 is required (see moderationctl %1 --help)"_s.arg(name(), option));
    return value;
}

int WorkCommand::printId(const QCommandLineParser& parser, CommandIo& io, const QString& key, qint64 id) const
{
    if (parser.isSet(u"json"_s))
        io.out << QJsonDocument(QJsonObject { { key, QString::number(id) } }).toJson(QJsonDocument::Compact) << '\n';
    else
        io.out << id << '\n';
    io.out.flush();
    return ExitOk;
}

Error WorkCommand::holderOrSupervisor(Database& database, qint64 caseId, const User& actor, const QString& verb)
{
    auto current = CaseStore(database).byId(caseId);
    if (!current)
        return current.error();
    if (!actor.hasRole(Role::Supervisor) && current->assigneeId != actor.id)
        return Error(Error::Code::Refused, u"%1 does not hold case %2: only its holder or a supervisor %3 it"_s.arg(
                                               actor.login)
                                               .arg(caseId)
                                               .arg(verb));
    return {};
}

QJsonObject WorkCommand::caseJson(const Case& c, const QDateTime& now)
{
    QJsonObject o { { u"id"_s, QString::number(c.id) },
                    { u"comment_id"_s, QString::number(c.commentId) },
                    { u"queue"_s, c.queue },
                    { u"priority"_s, toString(c.priority) },
                    { u"state"_s, toString(c.state) },
                    { u"assignee_id"_s, c.assigneeId ? QJsonValue(QString::number(*c.assigneeId)) : QJsonValue() },
                    { u"sla_due_at"_s, c.slaDueAt.isValid() ? QJsonValue(sqlTimestamp(c.slaDueAt)) : QJsonValue() },
                    { u"created_at"_s, sqlTimestamp(c.createdAt) } };
    if (!c.stateReason.isEmpty())
        o.insert(u"reason"_s, c.stateReason);
    if (c.pendingDecisionId)
        o.insert(u"pending_decision_id"_s, QString::number(*c.pendingDecisionId));
    const auto time = [](const QDateTime& at) { return at.isValid() ? QJsonValue(sqlTimestamp(at)) : QJsonValue(); };
    QJsonObject sla { { u"status"_s, toString(slaStatus(c, now)) } };
    if (c.slaSeconds) {
        sla.insert(u"seconds"_s, double(*c.slaSeconds));
        sla.insert(u"started_at"_s, time(c.slaStartedAt));
        sla.insert(u"at_risk_at"_s, time(c.slaAtRiskAt));
        sla.insert(u"due_at"_s, time(c.slaDueAt));
        sla.insert(u"breached_at"_s, time(c.slaBreachedAt));
    }
    o.insert(u"sla"_s, sla);
    return o;
}

} // namespace moderation::ctl
