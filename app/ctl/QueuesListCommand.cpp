#include "QueuesListCommand.h"

#include "storage/CaseStore.h"
#include "storage/QueueStore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace moderation::ctl {

void QueuesListCommand::configure(QCommandLineParser& parser) const
{
    parser.addOption(QCommandLineOption(u"json"_s, u"Print JSON (one array)."_s));
}

int QueuesListCommand::runWithDatabase(Database& database, const QCommandLineParser& parser,
                                       const GlobalOptions& global, CommandIo& io) const
{
    Q_UNUSED(global)
    auto queues = QueueStore(database).list();
    if (!queues)
        return reportError(io, queues.error());
    auto open = CaseStore(database).openCountByQueue();
    if (!open)
        return reportError(io, open.error());
    QJsonArray array;
    for (const Queue& queue : *queues) {
        const qint64 count = open->value(queue.name);
        if (parser.isSet(u"json"_s)) {
            array.append(QJsonObject { { u"name"_s, queue.name },
                                       { u"hours"_s, queue.hours },
                                       { u"timezone"_s, queue.timeZone },
                                       { u"breach_to"_s, queue.breachTo },
                                       { u"open_cases"_s, count } });
        } else {
            io.out << queue.name << '\t' << (queue.hours.isEmpty() ? u"always open"_s : queue.hours) << '\t'
                   << (queue.timeZone.isEmpty() ? u"-"_s : queue.timeZone) << '\t'
                   << (queue.breachTo.isEmpty() ? u"-"_s : queue.breachTo) << '\t' << count << '\n';
        }
    }
    if (parser.isSet(u"json"_s))
        io.out << QJsonDocument(array).toJson(QJsonDocument::Compact) << '\n';
    io.out.flush();
    return ExitOk;
}

} // namespace moderation::ctl
