#include "EventsListCommand.h"

#include "JsonText.h"

#include "routing/OfficeHoursEvents.h"

using namespace Qt::StringLiterals;

namespace moderation::ctl {

namespace {

QString utc(const QDateTime& at)
{
    return at.toUTC().toString(Qt::ISODate);
}

} // namespace

void EventsListCommand::configure(QCommandLineParser& parser) const
{
    parser.addOption(QCommandLineOption(u"when"_s, u"upcoming, current, past or all (the default)."_s, u"WHEN"_s,
                                        u"all"_s));
    parser.addOption(QCommandLineOption(u"format"_s, u"table (the default) or json (one array)."_s, u"FORMAT"_s,
                                        u"table"_s));
}

int EventsListCommand::runWithDatabase(Database& database, const QCommandLineParser& parser,
                                       const GlobalOptions& global, CommandIo& io) const
{
    Q_UNUSED(global)
    if (!parser.positionalArguments().isEmpty())
        return usageError(u"takes no arguments, only options"_s, io);
    const QString format = parser.value(u"format"_s);
    if (format != u"table"_s && format != u"json"_s)
        return usageError(u"--format \"%1\": table or json"_s.arg(format), io);
    const QString when = parser.value(u"when"_s);
    OfficeHoursEvents::Period period = OfficeHoursEvents::Period::All;
    if (when == u"upcoming"_s)
        period = OfficeHoursEvents::Period::Upcoming;
    else if (when == u"current"_s)
        period = OfficeHoursEvents::Period::Current;
    else if (when == u"past"_s)
        period = OfficeHoursEvents::Period::Past;
    else if (when != u"all"_s)
        return usageError(u"--when \"%1\": upcoming, current, past or all"_s.arg(when), io);
    auto events = OfficeHoursEvents(database).list(period);
    if (!events)
        return reportError(io, events.error());
    if (format == u"json"_s) {
        // Hand-written so that the keys keep the order of the table's columns.
        QStringList rows;
        for (const OfficeHoursEvent& event : *events) {
            rows << u"{\"id\":%1,\"hashtag\":%2,\"title\":%3,\"starts_at\":%4,\"ends_at\":%5,\"timezone\":%6,"
                    "\"queue\":%7,\"created_by\":%8}"_s.arg(QString::number(event.id), JsonText::string(event.hashtag),
                                                           JsonText::string(event.title),
                                                           JsonText::string(utc(event.startsAt)),
                                                           JsonText::string(utc(event.endsAt)),
                                                           JsonText::string(event.timeZone),
                                                           JsonText::string(event.smeQueue),
                                                           JsonText::string(event.createdBy));
        }
        io.out << u"["_s << rows.join(u',') << u"]\n"_s;
    } else {
        io.out << "id\thashtag\tstarts_at\tends_at\ttimezone\tqueue\ttitle\n";
        for (const OfficeHoursEvent& event : *events) {
            io.out << event.id << u"\t#"_s << event.hashtag << '\t' << utc(event.startsAt) << '\t'
                   << utc(event.endsAt) << '\t' << event.timeZone << '\t' << event.smeQueue << '\t'
                   << (event.title.isEmpty() ? u"-"_s : event.title) << '\n';
        }
    }
    io.out.flush();
    return ExitOk;
}

} // namespace moderation::ctl
