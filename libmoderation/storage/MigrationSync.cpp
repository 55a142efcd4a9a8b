#include "storage/MigrationSync.h"

using namespace Qt::StringLiterals;

namespace moderation::MigrationSync {

namespace {

// The refusals users and tests see.
#define MD_OUTBOX_DELETE_REFUSAL "outbox: only a post our own account wrote can be deleted"
#define MD_OUTBOX_SENT_REFUSAL "outbox: a sent entry is final: its state and platform id never change"
#define MD_OUTBOX_MOVE_REFUSAL                                                                                      \
    "outbox: an entry moves only from pending to sending or failed, from sending to sent, failed or pending, "     \
    "and from failed to pending"
#define MD_CHECKPOINT_REFUSAL "audit_checkpoints are append-only: rows cannot be updated or deleted"

// The outbox state moves allowed, as "from>to" (the same on both engines): DESIGN.md "Outbox
// states", with sending back to pending for an attempt the platform is known not to have acted
// on (a rescheduled retry) and failed back to pending for a person's retry.
#define MD_OUTBOX_MOVES                                                                                             \
    "('pending>sending', 'pending>failed', 'sending>sent', 'sending>failed', 'sending>pending', "                   \
    "'failed>pending')"

const QStringList kTables {
    // An account's state says why (the platform's words), and its quotas, unset for the
    // platform's default (model/Account).
    u"ALTER TABLE accounts ADD COLUMN state_reason TEXT NOT NULL DEFAULT ''"_s,
    u"ALTER TABLE accounts ADD COLUMN posts_per_day INTEGER CHECK (posts_per_day > 0)"_s,
    u"ALTER TABLE accounts ADD COLUMN reads_per_hour INTEGER CHECK (reads_per_hour > 0)"_s,
    // Our own posts, read back: thread context, never a case, and the only posts we may delete.
    u"ALTER TABLE comments ADD COLUMN ours {bool} NOT NULL DEFAULT {false}{bool_check:ours}"_s,
    // X gives an edited post a new id: each later id of a stored comment leads to its row.
    uR"(CREATE TABLE comment_aliases (
        platform TEXT NOT NULL CHECK (platform IN ('twitter', 'facebook')),
        platform_id TEXT NOT NULL CHECK (length(platform_id) > 0),
        comment_id {int64} NOT NULL REFERENCES comments(id),
        created_at {time} NOT NULL,
        PRIMARY KEY (platform, platform_id)))"_s,
    u"CREATE INDEX comment_aliases_comment ON comment_aliases (comment_id)"_s,
    // Posts and reads counted per account in fixed windows (a UTC day, a UTC clock hour).
    uR"(CREATE TABLE account_usage (
        account_id {int64} NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
        kind TEXT NOT NULL CHECK (kind IN ('post', 'read')),
        window_start {time} NOT NULL,
        used INTEGER NOT NULL DEFAULT 0 CHECK (used >= 0),
        PRIMARY KEY (account_id, kind, window_start)))"_s,
    // Payload items ingest could not read, kept with their raw bytes (base64, the same text on
    // both engines) once per (origin, raw): raw_sha256 is SHA-256 over both (QuarantineStore).
    uR"(CREATE TABLE quarantine (
        id {id},
        platform TEXT NOT NULL CHECK (platform IN ('twitter', 'facebook')),
        account_id {int64} REFERENCES accounts(id),
        origin TEXT NOT NULL,
        reason TEXT NOT NULL,
        raw_base64 TEXT NOT NULL,
        raw_sha256 TEXT NOT NULL UNIQUE CHECK (length(raw_sha256) = 64),
        received_at {time} NOT NULL))"_s,
    u"CREATE INDEX quarantine_received ON quarantine (received_at, id)"_s,
    // The chain's head, signed once a day with a key the database never holds.
    uR"(CREATE TABLE audit_checkpoints (
        day TEXT NOT NULL PRIMARY KEY CHECK (length(day) = 10),
        seq {int64} NOT NULL CHECK (seq >= 0),
        hash TEXT NOT NULL CHECK (length(hash) = 64),
        mac TEXT NOT NULL CHECK (length(mac) = 64),
        key_id TEXT NOT NULL CHECK (length(key_id) = 16),
        created_at {time} NOT NULL))"_s,
};

// ---------------------------------------------------------------------------------------------
// SQLite.

// A delete of a comment that is not our own post, written once for INSERT and UPDATE.
const QString kSqliteDeleteNotOurs = uR"(
        /*and*/ NEW.kind = 'delete' /*end*/
        AND NOT EXISTS (SELECT 1 FROM comments c WHERE c.id = NEW.comment_id AND /*and*/ c.ours = 1 /*end*/))"_s;

const QStringList kSqliteTriggers {
    u"CREATE TRIGGER outbox_delete_only_ours_insert BEFORE INSERT ON outbox WHEN "_s + kSqliteDeleteNotOurs
        + uR"(
        BEGIN SELECT RAISE(ABORT, ')"_s MD_OUTBOX_DELETE_REFUSAL uR"('); END)"_s,
    u"CREATE TRIGGER outbox_delete_only_ours_update BEFORE UPDATE OF kind, comment_id ON outbox WHEN "_s
        + kSqliteDeleteNotOurs + uR"(
        BEGIN SELECT RAISE(ABORT, ')"_s MD_OUTBOX_DELETE_REFUSAL uR"('); END)"_s,
    uR"(CREATE TRIGGER outbox_sent_is_final BEFORE UPDATE ON outbox
        WHEN /*and*/ OLD.state = 'sent' /*end*/
             AND (/*or*/ NEW.state IS NOT OLD.state /*end*/
                  OR /*or*/ NEW.platform_result_id IS NOT OLD.platform_result_id /*end*/)
        BEGIN SELECT RAISE(ABORT, ')"_s MD_OUTBOX_SENT_REFUSAL uR"('); END)"_s,
    uR"(CREATE TRIGGER outbox_state_moves BEFORE UPDATE OF state ON outbox
        WHEN /*and*/ NEW.state IS NOT OLD.state /*end*/
             AND /*and*/ OLD.state || '>' || NEW.state NOT IN )"_s MD_OUTBOX_MOVES uR"( /*end*/
        BEGIN SELECT RAISE(ABORT, ')"_s MD_OUTBOX_MOVE_REFUSAL uR"('); END)"_s,
    uR"(CREATE TRIGGER audit_checkpoints_no_update BEFORE UPDATE ON audit_checkpoints
        BEGIN SELECT RAISE(ABORT, ')"_s MD_CHECKPOINT_REFUSAL uR"('); END)"_s,
    uR"(CREATE TRIGGER audit_checkpoints_no_delete BEFORE DELETE ON audit_checkpoints
        BEGIN SELECT RAISE(ABORT, ')"_s MD_CHECKPOINT_REFUSAL uR"('); END)"_s,
};

// ---------------------------------------------------------------------------------------------
// PostgreSQL: every function names its tables with their schema and pins its search_path
// (MigrationGuards explains why).
#define MD_PG_FUNCTION(name) "CREATE OR REPLACE FUNCTION public." name "() RETURNS trigger LANGUAGE plpgsql "      \
                             "SET search_path = pg_catalog, pg_temp AS $fn$"
#define MD_GROUPS "md_agent, md_reviewer, md_supervisor, md_admin"

const QStringList kPostgres {
    uR"()"_s MD_PG_FUNCTION("md_outbox_delete_only_ours") uR"(
        BEGIN
            IF /*and*/ NEW.kind = 'delete' /*end*/
               AND NOT EXISTS (SELECT 1 FROM public.comments c
                               WHERE c.id = NEW.comment_id AND /*and*/ c.ours /*end*/) THEN
                RAISE EXCEPTION ')"_s MD_OUTBOX_DELETE_REFUSAL uR"(' USING ERRCODE = 'P0001';
            END IF;
            RETURN NEW;
        END
        $fn$)"_s,
    uR"(CREATE TRIGGER outbox_delete_only_ours BEFORE INSERT OR UPDATE OF kind, comment_id ON public.outbox
        FOR EACH ROW EXECUTE FUNCTION public.md_outbox_delete_only_ours())"_s,
    uR"()"_s MD_PG_FUNCTION("md_outbox_state_moves") uR"(
        BEGIN
            IF /*and*/ OLD.state = 'sent' /*end*/
               AND (/*or*/ NEW.state IS DISTINCT FROM OLD.state /*end*/
                    OR /*or*/ NEW.platform_result_id IS DISTINCT FROM OLD.platform_result_id /*end*/) THEN
                RAISE EXCEPTION ')"_s MD_OUTBOX_SENT_REFUSAL uR"(' USING ERRCODE = 'P0001';
            END IF;
            IF /*and*/ NEW.state IS DISTINCT FROM OLD.state /*end*/
               AND /*and*/ OLD.state || '>' || NEW.state NOT IN )"_s MD_OUTBOX_MOVES uR"( /*end*/ THEN
                RAISE EXCEPTION ')"_s MD_OUTBOX_MOVE_REFUSAL uR"(' USING ERRCODE = 'P0001';
            END IF;
            RETURN NEW;
        END
        $fn$)"_s,
    uR"(CREATE TRIGGER outbox_state_moves BEFORE UPDATE ON public.outbox
        FOR EACH ROW EXECUTE FUNCTION public.md_outbox_state_moves())"_s,
    uR"(CREATE TRIGGER audit_checkpoints_append_only BEFORE UPDATE OR DELETE ON public.audit_checkpoints
        FOR EACH ROW EXECUTE FUNCTION public.md_refuse_change(')"_s MD_CHECKPOINT_REFUSAL uR"('))"_s,
    uR"(CREATE TRIGGER audit_checkpoints_no_truncate BEFORE TRUNCATE ON public.audit_checkpoints
        FOR EACH STATEMENT EXECUTE FUNCTION public.md_refuse_change(')"_s MD_CHECKPOINT_REFUSAL uR"('))"_s,

    // The shared site (MigrationSite). Everyone reads; the site's sync process (the tables'
    // owner) writes usage, quarantine and checkpoints, and only an admin besides it.
    u"GRANT SELECT ON public.comment_aliases, public.account_usage, public.quarantine, public.audit_checkpoints TO "
    MD_GROUPS ""_s,
    u"GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO " MD_GROUPS ""_s,
    u"GRANT INSERT, UPDATE ON public.account_usage TO md_admin"_s,
    u"GRANT INSERT ON public.quarantine, public.audit_checkpoints TO md_admin"_s,
    // Admins manage accounts (`account add|set|remove`).
    u"GRANT INSERT, UPDATE, DELETE ON public.accounts, public.account_watches TO md_admin"_s,
    // A person's retry of a failed entry (failed -> pending), and nothing else: no person ever
    // writes sending or sent, which only the sync process does.
    u"GRANT UPDATE (state, error, needs_attention, next_attempt_at, updated_at) ON public.outbox "
    "TO md_supervisor, md_admin"_s,
    // USING (true): a refused change is an error (the trigger below), never a silent no-op.
    uR"(CREATE POLICY outbox_retried ON public.outbox FOR UPDATE TO md_supervisor, md_admin
        USING (true) WITH CHECK (state = 'pending'))"_s,
    uR"(CREATE FUNCTION public.md_site_outbox_retry_only() RETURNS trigger LANGUAGE plpgsql
        SET search_path = pg_catalog, pg_temp AS $fn$
        BEGIN
            IF NOT public.md_site_is_owner()
               AND NOT (/*and*/ OLD.state = 'failed' /*end*/ AND /*and*/ NEW.state = 'pending' /*end*/) THEN
                RAISE EXCEPTION 'outbox: a person only retries a failed entry; the site sync process sends'
                    USING ERRCODE = '42501';
            END IF;
            RETURN NEW;
        END
        $fn$)"_s,
    uR"(CREATE TRIGGER outbox_person_retries_only BEFORE UPDATE ON public.outbox
        FOR EACH ROW EXECUTE FUNCTION public.md_site_outbox_retry_only())"_s,
};

} // namespace

const QStringList& tables()
{
    return kTables;
}

const QStringList& sqliteTriggers()
{
    return kSqliteTriggers;
}

const QStringList& postgres()
{
    return kPostgres;
}

} // namespace moderation::MigrationSync
