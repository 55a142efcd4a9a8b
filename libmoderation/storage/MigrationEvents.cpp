#include "storage/MigrationEvents.h"

using namespace Qt::StringLiterals;

namespace moderation::MigrationEvents {

namespace {

#define MD_GROUPS "md_agent, md_reviewer, md_supervisor, md_admin"

const QStringList kTables {
    // routing/OfficeHoursEvents validates the hashtag, the zone and the length; the table keeps
    // what no client may break: an end after the start, a hashtag and a queue.
    uR"(CREATE TABLE events (
        id {id},
        hashtag TEXT NOT NULL CHECK (length(hashtag) BETWEEN 1 AND 100),
        title TEXT NOT NULL DEFAULT '' CHECK (length(title) <= 200),
        starts_at {time} NOT NULL,
        ends_at {time} NOT NULL,
        time_zone TEXT NOT NULL CHECK (length(time_zone) BETWEEN 1 AND 64),
        sme_queue TEXT NOT NULL CHECK (length(sme_queue) BETWEEN 1 AND 64),
        created_by TEXT NOT NULL,
        created_at {time} NOT NULL,
        CHECK (ends_at > starts_at)))"_s,
    // Upcoming and live events by their start; past ones, and the one live now, by their end.
    u"CREATE INDEX events_starts ON events (starts_at, id)"_s,
    u"CREATE INDEX events_ends ON events (ends_at, id)"_s,
};

const QStringList kPostgres {
    u"GRANT SELECT ON public.events TO " MD_GROUPS ""_s,
    u"GRANT INSERT ON public.events TO md_supervisor, md_admin"_s,
    u"GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO " MD_GROUPS ""_s,
    // A supervisor triaging an event's feed opens the case of an answerable question in the
    // event's queue (until now only the site's sync process opened cases). Only as the library
    // opens one: new, unheld, never breached or closed, so a modified client cannot insert a case
    // that is already further along its state machine.
    u"GRANT INSERT ON public.cases TO md_supervisor"_s,
    u"CREATE POLICY cases_opened_in_office_hours ON public.cases FOR INSERT TO md_supervisor "
    "WITH CHECK (state = 'new' AND assignee_id IS NULL AND closed_at IS NULL AND sla_breached_at IS NULL)"_s,
    u"CREATE TRIGGER events_changed AFTER INSERT OR UPDATE OR DELETE ON public.events "
    "FOR EACH STATEMENT EXECUTE FUNCTION public.md_notify_change()"_s,
};

} // namespace

const QStringList& tables()
{
    return kTables;
}

const QStringList& postgres()
{
    return kPostgres;
}

} // namespace moderation::MigrationEvents
