#include "storage/MigrationReports.h"

using namespace Qt::StringLiterals;

namespace moderation::MigrationReports {

namespace {

#define MD_GROUPS "md_agent, md_reviewer, md_supervisor, md_admin"

const QStringList kTables {
    // storage/SettingsStore validates the keys and values; the table only bounds the key.
    uR"(CREATE TABLE settings (
        key TEXT PRIMARY KEY CHECK (length(key) BETWEEN 1 AND 64),
        value TEXT NOT NULL,
        updated_at {time} NOT NULL,
        updated_by TEXT NOT NULL))"_s,
    u"CREATE INDEX audit_log_at ON audit_log (at, seq)"_s,
    // The reports read a few kinds of event by time (accounts that lost their token, cases people
    // escalated) among the millions a busy day writes.
    u"CREATE INDEX audit_log_action_at ON audit_log (action, at)"_s,
    // When a case was last given to someone: the agents' handling time in the reports.
    u"ALTER TABLE cases ADD COLUMN assigned_at {time}"_s,
    // Replies sent, by when (the reports' time to first reply).
    u"CREATE INDEX outbox_sent ON outbox (updated_at) WHERE state = 'sent'"_s,
    // The records export reads a page of comments' outbox entries and earlier texts at a time.
    u"CREATE INDEX outbox_comment ON outbox (comment_id)"_s,
    u"CREATE INDEX comment_history_comment ON comment_history (comment_id)"_s,
};

// The shared site (MigrationSite): everyone reads the settings (reports run as anyone);
// supervisors and admins set them (an upsert needs both INSERT and UPDATE). Nobody deletes one.
const QStringList kPostgres {
    u"GRANT SELECT ON public.settings TO " MD_GROUPS ""_s,
    u"GRANT INSERT, UPDATE ON public.settings TO md_supervisor, md_admin"_s,
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

} // namespace moderation::MigrationReports
