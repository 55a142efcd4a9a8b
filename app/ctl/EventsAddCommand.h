#pragma once

#include "WorkCommand.h"

namespace moderation::ctl {

// `moderationctl events add --hashtag TAG --from T --to T [--timezone ZONE] [--queue Q]
// [--title TEXT]` (also spelled --start, --end, --tz): schedules an Office Hours event
// (routing/OfficeHoursEvents). Times without an offset are in the event's zone: --timezone, else
// the site's setting, else the active policy's, else UTC. The queue defaults to "office-hours".
// Supervisors and admins; prints the new event's id.
class EventsAddCommand final : public WorkCommand
{
public:
    QString name() const override { return QStringLiteral("events add"); }
    QString summary() const override
    {
        return QStringLiteral("Schedule an Office Hours event: a hashtag, a window and the queue its questions go to");
    }

protected:
    void configureWork(QCommandLineParser& parser) const override;
    int runWork(Database& database, const QCommandLineParser& parser, const User& actor, CommandIo& io) const override;
};

} // namespace moderation::ctl
