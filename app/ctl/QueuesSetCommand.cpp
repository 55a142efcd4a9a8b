#include "QueuesSetCommand.h"

#include "routing/SlaClock.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace moderation::ctl {

void QueuesSetCommand::configureWork(QCommandLineParser& parser) const
{
    parser.addPositionalArgument(u"QUEUE"_s, u"The queue."_s);
    parser.addOption(QCommandLineOption(u"hours"_s,
                                        u"Office hours, e.g. \"mon-fri 08:00-20:00, sat 10:00-14:00\"; \"\" for always "
                                        "open. The SLA clock pauses outside them."_s,
                                        u"H"_s));
    parser.addOption(QCommandLineOption(u"timezone"_s, u"The hours' time zone, e.g. America/New_York."_s, u"ZONE"_s));
    parser.addOption(QCommandLineOption(u"breach-to"_s, u"The queue breached cases move to; \"\" to keep them."_s,
                                        u"QUEUE"_s));
}

int QueuesSetCommand::runWork(Database& database, const QCommandLineParser& parser, const User& actor,
                              CommandIo& io) const
{
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1)
        return usageError(u"queues set takes one QUEUE"_s, io);
    if (!actor.hasRole(Role::Supervisor) && !actor.hasRole(Role::Admin))
        return reportError(io, Error(Error::Code::Refused,
                                     u"%1 is not a supervisor or admin: only they set a queue's hours"_s.arg(actor.login)));
    SlaClock::QueueChange change;
    if (parser.isSet(u"hours"_s))
        change.hours = parser.value(u"hours"_s);
    if (parser.isSet(u"timezone"_s))
        change.timeZone = parser.value(u"timezone"_s);
    if (parser.isSet(u"breach-to"_s))
        change.breachTo = parser.value(u"breach-to"_s);
    if (!change.hours && !change.timeZone && !change.breachTo)
        return usageError(u"queues set needs --hours, --timezone or --breach-to"_s, io);
    auto queue = SlaClock(database).setQueue(positional.first(), change, actor.login);
    if (!queue)
        return reportError(io, queue.error());
    if (parser.isSet(u"json"_s)) {
        io.out << QJsonDocument(QJsonObject { { u"name"_s, queue->name },
                                              { u"hours"_s, queue->hours },
                                              { u"timezone"_s, queue->timeZone },
                                              { u"breach_to"_s, queue->breachTo } })
                      .toJson(QJsonDocument::Compact)
               << '\n';
    } else {
        io.out << queue->name << '\n';
    }
    io.out.flush();
    return ExitOk;
}

} // namespace moderation::ctl
