#include "storage/MigrationRouting.h"

using namespace Qt::StringLiterals;

namespace moderation::MigrationRouting {

namespace {

const QStringList kTables {
    // A single seat's sign-in: PBKDF2-HMAC-SHA256 (routing/PasswordHash). Empty on a shared site,
    // where each person is a database role.
    u"ALTER TABLE users ADD COLUMN password_hash TEXT NOT NULL DEFAULT ''"_s,
    u"ALTER TABLE users ADD COLUMN password_salt TEXT NOT NULL DEFAULT ''"_s,
    u"ALTER TABLE users ADD COLUMN password_iterations INTEGER NOT NULL DEFAULT 0"_s,
    // A queue's clock: office hours ("mon-fri 08:00-20:00") in a time zone, outside which its SLA
    // clock pauses, and where its breached cases go.
    uR"(CREATE TABLE queues (
        name TEXT PRIMARY KEY CHECK (length(name) BETWEEN 1 AND 64),
        hours TEXT NOT NULL DEFAULT '',
        timezone TEXT NOT NULL DEFAULT '',
        breach_to TEXT NOT NULL DEFAULT '',
        updated_at {time} NOT NULL))"_s,
    // Why a case is where it is: an escalation's, a closing's or a failed send's reason.
    u"ALTER TABLE cases ADD COLUMN state_reason TEXT NOT NULL DEFAULT ''"_s,
    u"CREATE INDEX cases_assignee ON cases (assignee_id, state)"_s,
    u"CREATE INDEX drafts_case ON drafts (case_id, id)"_s,
    u"CREATE INDEX reviews_draft ON reviews (draft_id, id)"_s,
    // The answer library keeps every version an answer had: a reply records the key and the
    // version it started from.
    u"ALTER TABLE answers ADD COLUMN version INTEGER NOT NULL DEFAULT 1"_s,
    u"ALTER TABLE answers ADD COLUMN link TEXT NOT NULL DEFAULT ''"_s,
    uR"(CREATE TABLE answer_versions (
        answer_id {int64} NOT NULL REFERENCES answers(id),
        version INTEGER NOT NULL,
        title TEXT NOT NULL,
        body TEXT NOT NULL,
        lang TEXT NOT NULL,
        category TEXT NOT NULL,
        link TEXT NOT NULL,
        replaced_at {time} NOT NULL,
        replaced_by TEXT NOT NULL,
        PRIMARY KEY (answer_id, version)))"_s,
};

} // namespace

const QStringList& tables()
{
    return kTables;
}

} // namespace moderation::MigrationRouting
