#include "EventsAddCommand.h"

#include "reports/OfficeHoursRecap.h"
#include "reports/ReportBuilder.h"
#include "routing/OfficeHoursEvents.h"

using namespace Qt::StringLiterals;

namespace moderation::ctl {

void EventsAddCommand::configureWork(QCommandLineParser& parser) const
{
    parser.addOption(QCommandLineOption(u"hashtag"_s, u"The event's hashtag, with or without '#'."_s, u"TAG"_s));
    parser.addOption(QCommandLineOption(
        { u"from"_s, u"start"_s },
        u"When it starts: 2026-11-02T09:00, with an offset (-05:00) or Z, or without one in the event's zone."_s,
        u"T"_s));
    parser.addOption(QCommandLineOption({ u"to"_s, u"end"_s }, u"When it ends (same forms), after the start."_s,
                                        u"T"_s));
    parser.addOption(QCommandLineOption(
        { u"timezone"_s, u"tz"_s },
        u"The event's time zone (IANA); default the site's setting, else the active policy's, else UTC."_s,
        u"ZONE"_s));
    parser.addOption(QCommandLineOption(u"queue"_s, u"The queue its answerable questions go to (office-hours)."_s,
                                        u"Q"_s, u"office-hours"_s));
    parser.addOption(QCommandLineOption(u"title"_s, u"A title for people (optional)."_s, u"TEXT"_s));
}

int EventsAddCommand::runWork(Database& database, const QCommandLineParser& parser, const User& actor,
                              CommandIo& io) const
{
    if (!parser.positionalArguments().isEmpty())
        return usageError(u"takes no arguments, only options"_s, io);
    for (const QString& option : { u"hashtag"_s, u"from"_s, u"to"_s }) {
        auto value = required(parser, option);
        if (!value)
            return reportError(io, value.error());
    }
    if (!actor.hasRole(Role::Supervisor) && !actor.hasRole(Role::Admin))
        return reportError(io, Error(Error::Code::Refused, u"%1 is not a supervisor or admin: only they schedule "
                                                           "Office Hours events"_s.arg(actor.login)));
    auto zone = siteReportZone(database, parser.value(u"timezone"_s));
    if (!zone)
        return reportError(io, zone.error());
    auto from = parseRecapTime(parser.value(u"from"_s), u"--from"_s, *zone);
    if (!from)
        return reportError(io, from.error());
    auto to = parseRecapTime(parser.value(u"to"_s), u"--to"_s, *zone);
    if (!to)
        return reportError(io, to.error());
    EventRequest request;
    request.hashtag = parser.value(u"hashtag"_s);
    request.title = parser.value(u"title"_s);
    request.startsAt = *from;
    request.endsAt = *to;
    request.timeZone = QString::fromUtf8(zone->id());
    request.smeQueue = parser.value(u"queue"_s);
    auto event = OfficeHoursEvents(database).add(request, actor.login);
    if (!event)
        return reportError(io, event.error());
    return printId(parser, io, u"id"_s, event->id);
}

} // namespace moderation::ctl
