#include "storage/Migrations.h"

#include "storage/MigrationEvents.h"
#include "storage/MigrationGuards.h"
#include "storage/MigrationReports.h"
#include "storage/MigrationRouting.h"
#include "storage/MigrationSite.h"
#include "storage/MigrationSync.h"
#include "storage/SchemaText.h"

using namespace Qt::StringLiterals;

namespace moderation {

namespace {

// The refusal messages of the invariants; tests and users see them.
#define MD_OUTBOX_REFUSAL                                                                                           \
    "outbox: a reply can be sending or sent only after an approving review of exactly this text by someone other " \
    "than its author"
#define MD_AUDIT_REFUSAL "audit_log is append-only: rows cannot be updated or deleted"
#define MD_SELF_REVIEW_REFUSAL "reviews: a reviewer cannot review their own draft"

// ---------------------------------------------------------------------------------------------
// Migration 1: the tables, written once for both engines (SchemaText expands the tokens).
const QStringList kTables1 {
    uR"(CREATE TABLE users (
        id {id},
        login TEXT NOT NULL UNIQUE CHECK (length(login) BETWEEN 1 AND 64),
        display_name TEXT NOT NULL DEFAULT '',
        presence TEXT NOT NULL DEFAULT 'available' CHECK (presence IN ('available', 'away', 'offline')),
        capacity INTEGER NOT NULL DEFAULT 3 CHECK (capacity >= 0),
        active {bool} NOT NULL DEFAULT {true}{bool_check:active},
        created_at {time} NOT NULL))"_s,
    uR"(CREATE TABLE user_roles (
        user_id {int64} NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        role TEXT NOT NULL CHECK (role IN ('agent', 'reviewer', 'supervisor', 'admin')),
        PRIMARY KEY (user_id, role)))"_s,
    uR"(CREATE TABLE user_queues (
        user_id {int64} NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        queue TEXT NOT NULL,
        PRIMARY KEY (user_id, queue)))"_s,
    uR"(CREATE TABLE accounts (
        id {id},
        platform TEXT NOT NULL CHECK (platform IN ('twitter', 'facebook')),
        name TEXT NOT NULL UNIQUE,
        external_id TEXT NOT NULL,
        base_url TEXT NOT NULL DEFAULT '',
        state TEXT NOT NULL DEFAULT 'ok' CHECK (state IN ('ok', 'needs_reauth', 'rate_limited', 'disabled')),
        rate_limited_until {time},
        created_at {time} NOT NULL,
        updated_at {time} NOT NULL))"_s,
    uR"(CREATE TABLE account_watches (
        account_id {int64} NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
        watch TEXT NOT NULL,
        cursor TEXT,
        updated_at {time},
        PRIMARY KEY (account_id, watch)))"_s,
    uR"(CREATE TABLE comments (
        id {id},
        platform TEXT NOT NULL CHECK (platform IN ('twitter', 'facebook')),
        platform_id TEXT NOT NULL CHECK (length(platform_id) > 0),
        account_id {int64} REFERENCES accounts(id),
        source TEXT NOT NULL CHECK (source IN ('mention', 'reply', 'search', 'page_comment')),
        author_id TEXT NOT NULL,
        author_handle TEXT NOT NULL DEFAULT '',
        author_name TEXT NOT NULL DEFAULT '',
        text TEXT NOT NULL,
        lang TEXT NOT NULL DEFAULT '',
        created_at {time} NOT NULL,
        conversation_id TEXT NOT NULL DEFAULT '',
        parent_platform_id TEXT NOT NULL DEFAULT '',
        raw_json TEXT NOT NULL,
        ingested_at {time} NOT NULL,
        updated_at {time} NOT NULL,
        removed {bool} NOT NULL DEFAULT {false}{bool_check:removed},
        UNIQUE (platform, platform_id)))"_s,
    u"CREATE INDEX comments_created ON comments (created_at, id)"_s,
    u"CREATE INDEX comments_author ON comments (platform, author_id, created_at)"_s,
    uR"(CREATE TABLE comment_history (
        id {id},
        comment_id {int64} NOT NULL REFERENCES comments(id),
        text TEXT NOT NULL,
        raw_json TEXT NOT NULL,
        replaced_at {time} NOT NULL))"_s,
    uR"(CREATE TABLE policy_versions (
        id {id},
        name TEXT NOT NULL,
        version INTEGER NOT NULL,
        document TEXT NOT NULL,
        sha256 TEXT NOT NULL,
        created_at {time} NOT NULL,
        created_by TEXT NOT NULL,
        active {bool} NOT NULL DEFAULT {false}{bool_check:active},
        activated_at {time}))"_s,
    u"CREATE UNIQUE INDEX policy_versions_one_active ON policy_versions (active) WHERE active = {true}"_s,
    uR"(CREATE TABLE decisions (
        id {id},
        comment_id {int64} NOT NULL REFERENCES comments(id),
        policy_version_id {int64} REFERENCES policy_versions(id),
        rule_id TEXT NOT NULL,
        clause TEXT NOT NULL DEFAULT '',
        action TEXT NOT NULL CHECK (action IN ('respond', 'ignore', 'escalate', 'hide')),
        category TEXT NOT NULL DEFAULT '',
        queue TEXT NOT NULL DEFAULT '',
        priority TEXT NOT NULL DEFAULT 'normal' CHECK (priority IN ('low', 'normal', 'high', 'urgent')),
        sla_seconds {int64},
        hide_mode TEXT CHECK (hide_mode IS NULL OR hide_mode IN ('proposed', 'automatic')),
        answer_id TEXT NOT NULL DEFAULT '',
        explanation TEXT NOT NULL,
        pii TEXT NOT NULL DEFAULT '[]',
        matches TEXT NOT NULL DEFAULT '[]',
        decided_at {time} NOT NULL,
        decided_by {int64} REFERENCES users(id)))"_s,
    u"CREATE INDEX decisions_comment ON decisions (comment_id, id)"_s,
    uR"(CREATE TABLE answers (
        id {id},
        key TEXT NOT NULL UNIQUE,
        title TEXT NOT NULL,
        body TEXT NOT NULL,
        lang TEXT NOT NULL DEFAULT 'en',
        category TEXT NOT NULL DEFAULT '',
        active {bool} NOT NULL DEFAULT {true}{bool_check:active},
        updated_at {time} NOT NULL,
        updated_by TEXT NOT NULL))"_s,
    uR"(CREATE TABLE cases (
        id {id},
        comment_id {int64} NOT NULL UNIQUE REFERENCES comments(id),
        decision_id {int64} REFERENCES decisions(id),
        queue TEXT NOT NULL DEFAULT 'general',
        priority TEXT NOT NULL DEFAULT 'normal' CHECK (priority IN ('low', 'normal', 'high', 'urgent')),
        state TEXT NOT NULL DEFAULT 'new' CHECK (state IN ('new', 'assigned', 'drafting', 'in_review', 'returned',
                                                           'approved', 'answered', 'escalated', 'closed')),
        assignee_id {int64} REFERENCES users(id),
        sla_due_at {time},
        created_at {time} NOT NULL,
        updated_at {time} NOT NULL,
        closed_at {time}))"_s,
    u"CREATE INDEX cases_queue_state ON cases (queue, state, priority)"_s,
    uR"(CREATE TABLE drafts (
        id {id},
        case_id {int64} NOT NULL REFERENCES cases(id),
        author_id {int64} NOT NULL REFERENCES users(id),
        text TEXT NOT NULL,
        text_sha256 TEXT NOT NULL CHECK (length(text_sha256) = 64),
        answer_key TEXT NOT NULL DEFAULT '',
        state TEXT NOT NULL DEFAULT 'editing' CHECK (state IN ('editing', 'submitted', 'approved', 'returned',
                                                                'withdrawn', 'sent')),
        created_at {time} NOT NULL,
        updated_at {time} NOT NULL))"_s,
    uR"(CREATE TABLE reviews (
        id {id},
        draft_id {int64} NOT NULL REFERENCES drafts(id),
        reviewer_id {int64} NOT NULL REFERENCES users(id),
        verdict TEXT NOT NULL CHECK (verdict IN ('approved', 'returned')),
        text TEXT NOT NULL,
        text_sha256 TEXT NOT NULL CHECK (length(text_sha256) = 64),
        reason TEXT NOT NULL DEFAULT '',
        reviewed_at {time} NOT NULL))"_s,
    uR"(CREATE TABLE outbox (
        id {id},
        kind TEXT NOT NULL CHECK (kind IN ('reply', 'hide', 'unhide', 'delete')),
        comment_id {int64} NOT NULL REFERENCES comments(id),
        account_id {int64} REFERENCES accounts(id),
        draft_id {int64} REFERENCES drafts(id),
        text TEXT,
        text_sha256 TEXT,
        state TEXT NOT NULL DEFAULT 'pending' CHECK (state IN ('pending', 'sending', 'sent', 'failed')),
        platform_result_id TEXT,
        error TEXT NOT NULL DEFAULT '',
        needs_attention {bool} NOT NULL DEFAULT {false}{bool_check:needs_attention},
        attempts INTEGER NOT NULL DEFAULT 0,
        next_attempt_at {time},
        created_at {time} NOT NULL,
        updated_at {time} NOT NULL,
        CHECK (state <> 'sent' OR (platform_result_id IS NOT NULL AND platform_result_id <> '')),
        CHECK (kind <> 'reply' OR (draft_id IS NOT NULL AND text IS NOT NULL AND text_sha256 IS NOT NULL))))"_s,
    u"CREATE INDEX outbox_state ON outbox (state, next_attempt_at)"_s,
    uR"(CREATE TABLE audit_log (
        seq {int64} PRIMARY KEY,
        at {time} NOT NULL,
        actor TEXT NOT NULL,
        action TEXT NOT NULL,
        entity_type TEXT NOT NULL,
        entity_id TEXT NOT NULL,
        details TEXT NOT NULL,
        prev_hash TEXT NOT NULL CHECK (length(prev_hash) = 64),
        hash TEXT NOT NULL UNIQUE CHECK (length(hash) = 64)))"_s,
};

// Migration 1, SQLite: the invariants as triggers.
const QStringList kTriggers1Sqlite {
    // Invariant (a): a reply leaves only with an approving review of exactly its text by
    // someone other than the draft's author. Checked on every write that lands in sending/sent.
    uR"(CREATE TRIGGER outbox_reply_needs_approval_insert BEFORE INSERT ON outbox
        WHEN NEW.kind = 'reply' AND NEW.state IN ('sending', 'sent') AND NOT EXISTS (
            SELECT 1 FROM reviews r JOIN drafts d ON d.id = r.draft_id
            WHERE r.draft_id = NEW.draft_id AND r.verdict = 'approved'
              AND r.text_sha256 = NEW.text_sha256 AND r.text = NEW.text AND r.reviewer_id <> d.author_id)
        BEGIN SELECT RAISE(ABORT, ')"_s MD_OUTBOX_REFUSAL uR"('); END)"_s,
    uR"(CREATE TRIGGER outbox_reply_needs_approval_update BEFORE UPDATE ON outbox
        WHEN NEW.kind = 'reply' AND NEW.state IN ('sending', 'sent') AND NOT EXISTS (
            SELECT 1 FROM reviews r JOIN drafts d ON d.id = r.draft_id
            WHERE r.draft_id = NEW.draft_id AND r.verdict = 'approved'
              AND r.text_sha256 = NEW.text_sha256 AND r.text = NEW.text AND r.reviewer_id <> d.author_id)
        BEGIN SELECT RAISE(ABORT, ')"_s MD_OUTBOX_REFUSAL uR"('); END)"_s,
    // Separation of duties, and a review is of the draft's text as it stands.
    uR"(CREATE TRIGGER reviews_not_by_author BEFORE INSERT ON reviews
        WHEN NEW.reviewer_id = (SELECT author_id FROM drafts WHERE id = NEW.draft_id)
        BEGIN SELECT RAISE(ABORT, ')"_s MD_SELF_REVIEW_REFUSAL uR"('); END)"_s,
    uR"(CREATE TRIGGER reviews_of_current_text BEFORE INSERT ON reviews
        WHEN NOT EXISTS (SELECT 1 FROM drafts d WHERE d.id = NEW.draft_id
                         AND d.text = NEW.text AND d.text_sha256 = NEW.text_sha256)
        BEGIN SELECT RAISE(ABORT, 'reviews: a review must be of the draft''s current text'); END)"_s,
    uR"(CREATE TRIGGER reviews_immutable_update BEFORE UPDATE ON reviews
        BEGIN SELECT RAISE(ABORT, 'reviews are a record: they cannot be changed'); END)"_s,
    uR"(CREATE TRIGGER reviews_immutable_delete BEFORE DELETE ON reviews
        BEGIN SELECT RAISE(ABORT, 'reviews are a record: they cannot be deleted'); END)"_s,
    uR"(CREATE TRIGGER drafts_text_frozen BEFORE UPDATE OF text, text_sha256, author_id ON drafts
        WHEN OLD.state <> 'editing'
        BEGIN SELECT RAISE(ABORT, 'drafts: the text of a submitted draft cannot change; start a new draft'); END)"_s,
    // Invariant (b): the audit log is append-only, and each row extends the chain.
    uR"(CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
        BEGIN SELECT RAISE(ABORT, ')"_s MD_AUDIT_REFUSAL uR"('); END)"_s,
    uR"(CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
        BEGIN SELECT RAISE(ABORT, ')"_s MD_AUDIT_REFUSAL uR"('); END)"_s,
    uR"(CREATE TRIGGER audit_log_extends_chain BEFORE INSERT ON audit_log
        WHEN NEW.seq <> COALESCE((SELECT MAX(seq) FROM audit_log), 0) + 1
          OR NEW.prev_hash <> COALESCE((SELECT hash FROM audit_log WHERE seq = NEW.seq - 1),
                                       '0000000000000000000000000000000000000000000000000000000000000000')
        BEGIN SELECT RAISE(ABORT, 'audit_log: a new row must follow the last one and carry its hash'); END)"_s,
};

// ---------------------------------------------------------------------------------------------
// Migration 1, PostgreSQL: the same invariants, as PL/pgSQL triggers.
const QStringList kTriggers1Postgres {
    // Invariant (a), with the hash recomputed by the server itself.
    uR"(CREATE FUNCTION md_outbox_reply_needs_approval() RETURNS trigger LANGUAGE plpgsql AS $fn$
        BEGIN
            IF NEW.kind = 'reply' AND NEW.state IN ('sending', 'sent') THEN
                IF NEW.text_sha256 IS DISTINCT FROM encode(sha256(convert_to(NEW.text, 'UTF8')), 'hex')
                   OR NOT EXISTS (
                       SELECT 1 FROM reviews r JOIN drafts d ON d.id = r.draft_id
                       WHERE r.draft_id = NEW.draft_id AND r.verdict = 'approved'
                         AND r.text_sha256 = NEW.text_sha256 AND r.text = NEW.text
                         AND r.reviewer_id <> d.author_id) THEN
                    RAISE EXCEPTION ')"_s MD_OUTBOX_REFUSAL uR"(' USING ERRCODE = 'P0001';
                END IF;
            END IF;
            RETURN NEW;
        END
        $fn$)"_s,
    uR"(CREATE TRIGGER outbox_reply_needs_approval BEFORE INSERT OR UPDATE ON outbox
        FOR EACH ROW EXECUTE FUNCTION md_outbox_reply_needs_approval())"_s,
    uR"(CREATE FUNCTION md_review_guard() RETURNS trigger LANGUAGE plpgsql AS $fn$
        DECLARE
            draft RECORD;
        BEGIN
            SELECT author_id, text, text_sha256 INTO draft FROM drafts WHERE id = NEW.draft_id;
            IF draft.author_id = NEW.reviewer_id THEN
                RAISE EXCEPTION ')"_s MD_SELF_REVIEW_REFUSAL uR"(' USING ERRCODE = 'P0001';
            END IF;
            IF draft.text IS DISTINCT FROM NEW.text OR draft.text_sha256 IS DISTINCT FROM NEW.text_sha256
               OR NEW.text_sha256 IS DISTINCT FROM encode(sha256(convert_to(NEW.text, 'UTF8')), 'hex') THEN
                RAISE EXCEPTION 'reviews: a review must be of the draft''s current text' USING ERRCODE = 'P0001';
            END IF;
            RETURN NEW;
        END
        $fn$)"_s,
    u"CREATE TRIGGER reviews_guard BEFORE INSERT ON reviews FOR EACH ROW EXECUTE FUNCTION md_review_guard()"_s,
    uR"(CREATE FUNCTION md_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $fn$
        BEGIN
            RAISE EXCEPTION '%', TG_ARGV[0] USING ERRCODE = 'P0001';
        END
        $fn$)"_s,
    uR"(CREATE TRIGGER reviews_immutable BEFORE UPDATE OR DELETE ON reviews
        FOR EACH ROW EXECUTE FUNCTION md_refuse_change('reviews are a record: they cannot be changed or deleted'))"_s,
    uR"(CREATE TRIGGER reviews_no_truncate BEFORE TRUNCATE ON reviews
        FOR EACH STATEMENT EXECUTE FUNCTION md_refuse_change('reviews are a record: they cannot be truncated'))"_s,
    uR"(CREATE FUNCTION md_drafts_text_frozen() RETURNS trigger LANGUAGE plpgsql AS $fn$
        BEGIN
            IF OLD.state <> 'editing' AND (NEW.text IS DISTINCT FROM OLD.text
                OR NEW.text_sha256 IS DISTINCT FROM OLD.text_sha256 OR NEW.author_id IS DISTINCT FROM OLD.author_id) THEN
                RAISE EXCEPTION 'drafts: the text of a submitted draft cannot change; start a new draft'
                    USING ERRCODE = 'P0001';
            END IF;
            RETURN NEW;
        END
        $fn$)"_s,
    uR"(CREATE TRIGGER drafts_text_frozen BEFORE UPDATE ON drafts
        FOR EACH ROW EXECUTE FUNCTION md_drafts_text_frozen())"_s,
    // Invariant (b).
    uR"(CREATE TRIGGER audit_log_append_only BEFORE UPDATE OR DELETE ON audit_log
        FOR EACH ROW EXECUTE FUNCTION md_refuse_change(')"_s MD_AUDIT_REFUSAL uR"('))"_s,
    uR"(CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log
        FOR EACH STATEMENT EXECUTE FUNCTION md_refuse_change(')"_s MD_AUDIT_REFUSAL uR"('))"_s,
    uR"(CREATE FUNCTION md_audit_extends_chain() RETURNS trigger LANGUAGE plpgsql AS $fn$
        DECLARE
            last_seq BIGINT;
            last_hash TEXT;
        BEGIN
            SELECT seq, hash INTO last_seq, last_hash FROM audit_log ORDER BY seq DESC LIMIT 1;
            IF NEW.seq <> COALESCE(last_seq, 0) + 1
               OR NEW.prev_hash <> COALESCE(last_hash, repeat('0', 64)) THEN
                RAISE EXCEPTION 'audit_log: a new row must follow the last one and carry its hash'
                    USING ERRCODE = 'P0001';
            END IF;
            RETURN NEW;
        END
        $fn$)"_s,
    uR"(CREATE TRIGGER audit_log_extends_chain BEFORE INSERT ON audit_log
        FOR EACH ROW EXECUTE FUNCTION md_audit_extends_chain())"_s,
};

// ---------------------------------------------------------------------------------------------
// Migration 2: the engines agree on a submitted draft's frozen text. SQLite refused any write to
// the text (even of the same text), PostgreSQL only a change; both now refuse a change.
const QStringList kTriggers2Sqlite {
    u"DROP TRIGGER drafts_text_frozen"_s,
    uR"(CREATE TRIGGER drafts_text_frozen BEFORE UPDATE OF text, text_sha256, author_id ON drafts
        WHEN OLD.state <> 'editing' AND (NEW.text IS NOT OLD.text OR NEW.text_sha256 IS NOT OLD.text_sha256
                                         OR NEW.author_id IS NOT OLD.author_id)
        BEGIN SELECT RAISE(ABORT, 'drafts: the text of a submitted draft cannot change; start a new draft'); END)"_s,
};

// A migration's statements for each engine: its tables and indexes written once, then each
// engine's own triggers (SQLite's and PL/pgSQL are different languages).
Migration migration(int version, const QString& name, const QStringList& tables, const QStringList& sqliteTriggers,
                    const QStringList& postgresTriggers)
{
    return { version, name, SchemaText::expand(tables, DatabaseEngine::Sqlite) + sqliteTriggers,
             SchemaText::expand(tables, DatabaseEngine::Postgres) + postgresTriggers };
}

} // namespace

const QList<Migration>& Migrations::all()
{
    static const QList<Migration> migrations {
        migration(1, u"initial schema"_s, kTables1, kTriggers1Sqlite, kTriggers1Postgres),
        migration(2, u"drafts: the same frozen-text rule on both engines"_s, {}, kTriggers2Sqlite, {}),
        migration(3, u"guards: approvals used once, drafts forward only, stored policies immutable"_s,
                  MigrationGuards::tables(), MigrationGuards::sqliteTriggers(), MigrationGuards::postgresTriggers()),
        migration(4, u"routing and review: passwords, queues, case reasons, answer versions, hide confirmations"_s,
                  MigrationRouting::tables(), MigrationRouting::sqliteTriggers(), MigrationRouting::postgresTriggers()),
        // PostgreSQL only: a SQLite store is a single seat, with no database roles to tell apart.
        migration(5, u"shared site: group roles, grants, row-level security, the change feed"_s, {}, {},
                  MigrationSite::postgres()),
        migration(6, u"sync and outbox: quotas, our own posts, edit aliases, quarantine, checkpoints, outbox moves"_s,
                  MigrationSync::tables(), MigrationSync::sqliteTriggers(), MigrationSync::postgres()),
        migration(7, u"reports: site settings, audit log by time"_s, MigrationReports::tables(), {},
                  MigrationReports::postgres()),
        migration(8, u"office hours: events"_s, MigrationEvents::tables(), {}, MigrationEvents::postgres()),
    };
    return migrations;
}

int Migrations::latestVersion()
{
    return all().isEmpty() ? 0 : all().constLast().version;
}

} // namespace moderation
