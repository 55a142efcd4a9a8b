#include "storage/MigrationGuards.h"

using namespace Qt::StringLiterals;

namespace moderation::MigrationGuards {

namespace {

// The refusals users and tests see.
#define MD_OUTBOX_REFUSAL                                                                                           \
    "outbox: a reply can be sending or sent only after an approving review of exactly this text by someone other " \
    "than its author"
#define MD_AUDIT_REFUSAL "audit_log is append-only: rows cannot be updated or deleted"
#define MD_AUDIT_CHAIN_REFUSAL "audit_log: a new row must follow the last one and carry its hash"
#define MD_SELF_REVIEW_REFUSAL "reviews: a reviewer cannot review their own draft"
#define MD_REVIEWER_ROLE_REFUSAL "reviews: only a user with the reviewer role reviews drafts"
#define MD_REVIEW_TEXT_REFUSAL "reviews: a review must be of a submitted draft''s current text"
#define MD_REVIEWS_RECORD_REFUSAL "reviews are a record: they cannot be changed or deleted"
#define MD_DRAFT_AUTHOR_REFUSAL "drafts: a draft''s author never changes"
#define MD_DRAFT_TEXT_REFUSAL "drafts: the text of a submitted draft cannot change; start a new draft"
#define MD_DRAFT_STATE_REFUSAL                                                                                      \
    "drafts: a draft''s state only moves forward (editing, submitted, then approved or returned, then sent; or "    \
    "withdrawn)"
#define MD_DRAFT_APPROVAL_REFUSAL "drafts: only an approving review makes a draft approved"
#define MD_DRAFT_START_REFUSAL "drafts: a new draft starts in editing or submitted"
#define MD_POLICY_REFUSAL "policy_versions: a stored policy version never changes; only which one is active moves"
#define MD_POLICY_DELETE_REFUSAL "policy_versions: stored policy versions are a record and cannot be deleted"

// The draft state moves allowed, as "from>to" (the same on both engines).
#define MD_DRAFT_MOVES                                                                                              \
    "('editing>submitted', 'editing>withdrawn', 'submitted>approved', 'submitted>returned', "                      \
    "'submitted>withdrawn', 'approved>sent', 'approved>withdrawn', 'returned>withdrawn')"

const QStringList kTables {
    // At most one reply per draft: an approval is used once.
    u"CREATE UNIQUE INDEX outbox_one_reply_per_draft ON outbox (draft_id) WHERE kind = 'reply'"_s,
    // A decision made again after the comment was edited, not yet applied to an assigned case:
    // its holder sees it (CaseStore::redecide).
    u"ALTER TABLE cases ADD COLUMN pending_decision_id {int64} REFERENCES decisions(id)"_s,
};

// ---------------------------------------------------------------------------------------------
// SQLite.

// An approving review of exactly this text, the latest review of a draft of this comment's case,
// by a reviewer who is not the draft's author. Written once for the INSERT and UPDATE triggers.
const QString kSqliteReplyApproved = uR"(
        /*and*/ NEW.kind = 'reply' /*end*/ AND /*and*/ NEW.state IN ('sending', 'sent') /*end*/ AND NOT EXISTS (
            SELECT 1 FROM drafts d JOIN cases c ON c.id = d.case_id JOIN reviews r ON r.draft_id = d.id
            WHERE /*and*/ d.id = NEW.draft_id /*end*/
              AND /*and*/ c.comment_id = NEW.comment_id /*end*/
              AND /*and*/ d.state IN ('approved', 'sent') /*end*/
              AND /*and*/ r.id = (SELECT MAX(r2.id) FROM reviews r2 WHERE r2.draft_id = d.id) /*end*/
              AND /*and*/ r.verdict = 'approved' /*end*/
              AND /*and*/ r.text_sha256 = NEW.text_sha256 /*end*/
              AND /*and*/ r.text = NEW.text /*end*/
              AND /*and*/ r.reviewer_id <> d.author_id /*end*/
              AND /*and*/ EXISTS (SELECT 1 FROM user_roles u WHERE u.user_id = r.reviewer_id AND u.role = 'reviewer') /*end*/))"_s;

const QStringList kSqliteTriggers {
    u"DROP TRIGGER outbox_reply_needs_approval_insert"_s,
    u"DROP TRIGGER outbox_reply_needs_approval_update"_s,
    u"DROP TRIGGER reviews_not_by_author"_s,
    u"DROP TRIGGER reviews_of_current_text"_s,
    u"DROP TRIGGER reviews_immutable_update"_s,
    u"DROP TRIGGER reviews_immutable_delete"_s,
    u"DROP TRIGGER drafts_text_frozen"_s,
    u"DROP TRIGGER audit_log_no_update"_s,
    u"DROP TRIGGER audit_log_no_delete"_s,
    u"DROP TRIGGER audit_log_extends_chain"_s,

    // A reply leaves only with its own approval.
    u"CREATE TRIGGER outbox_reply_needs_approval_insert BEFORE INSERT ON outbox WHEN "_s + kSqliteReplyApproved
        + uR"(
        BEGIN SELECT RAISE(ABORT, ')"_s MD_OUTBOX_REFUSAL uR"('); END)"_s,
    u"CREATE TRIGGER outbox_reply_needs_approval_update BEFORE UPDATE ON outbox WHEN "_s + kSqliteReplyApproved
        + uR"(
        BEGIN SELECT RAISE(ABORT, ')"_s MD_OUTBOX_REFUSAL uR"('); END)"_s,

    // Separation of duties: a reviewer, not the author, of the text as submitted.
    uR"(CREATE TRIGGER reviews_not_by_author BEFORE INSERT ON reviews
        WHEN /*or*/ NEW.reviewer_id = (SELECT author_id FROM drafts WHERE id = NEW.draft_id) /*end*/
        BEGIN SELECT RAISE(ABORT, ')"_s MD_SELF_REVIEW_REFUSAL uR"('); END)"_s,
    uR"(CREATE TRIGGER reviews_by_reviewer BEFORE INSERT ON reviews
        WHEN /*or*/ NOT EXISTS (SELECT 1 FROM user_roles u WHERE u.user_id = NEW.reviewer_id AND u.role = 'reviewer') /*end*/
        BEGIN SELECT RAISE(ABORT, ')"_s MD_REVIEWER_ROLE_REFUSAL uR"('); END)"_s,
    uR"(CREATE TRIGGER reviews_of_current_text BEFORE INSERT ON reviews
        WHEN NOT EXISTS (SELECT 1 FROM drafts d WHERE d.id = NEW.draft_id
                         AND /*and*/ d.text = NEW.text /*end*/ AND /*and*/ d.text_sha256 = NEW.text_sha256 /*end*/
                         AND /*and*/ d.state = 'submitted' /*end*/)
        BEGIN SELECT RAISE(ABORT, ')"_s MD_REVIEW_TEXT_REFUSAL uR"('); END)"_s,
    uR"(CREATE TRIGGER reviews_immutable_update BEFORE UPDATE ON reviews
        BEGIN SELECT RAISE(ABORT, ')"_s MD_REVIEWS_RECORD_REFUSAL uR"('); END)"_s,
    uR"(CREATE TRIGGER reviews_immutable_delete BEFORE DELETE ON reviews
        BEGIN SELECT RAISE(ABORT, ')"_s MD_REVIEWS_RECORD_REFUSAL uR"('); END)"_s,

    // A draft keeps its author, its submitted text, and moves only forward.
    uR"(CREATE TRIGGER drafts_start_unreviewed BEFORE INSERT ON drafts
        WHEN /*or*/ NEW.state NOT IN ('editing', 'submitted') /*end*/
        BEGIN SELECT RAISE(ABORT, ')"_s MD_DRAFT_START_REFUSAL uR"('); END)"_s,
    uR"(CREATE TRIGGER drafts_author_fixed BEFORE UPDATE OF author_id ON drafts
        WHEN /*or*/ NEW.author_id IS NOT OLD.author_id /*end*/
        BEGIN SELECT RAISE(ABORT, ')"_s MD_DRAFT_AUTHOR_REFUSAL uR"('); END)"_s,
    uR"(CREATE TRIGGER drafts_text_frozen BEFORE UPDATE OF text, text_sha256 ON drafts
        WHEN /*and*/ OLD.state <> 'editing' /*end*/
             AND (/*or*/ NEW.text IS NOT OLD.text /*end*/ OR /*or*/ NEW.text_sha256 IS NOT OLD.text_sha256 /*end*/)
        BEGIN SELECT RAISE(ABORT, ')"_s MD_DRAFT_TEXT_REFUSAL uR"('); END)"_s,
    uR"(CREATE TRIGGER drafts_state_forward BEFORE UPDATE OF state ON drafts
        WHEN /*and*/ NEW.state IS NOT OLD.state /*end*/
             AND /*and*/ OLD.state || '>' || NEW.state NOT IN )"_s MD_DRAFT_MOVES uR"( /*end*/
        BEGIN SELECT RAISE(ABORT, ')"_s MD_DRAFT_STATE_REFUSAL uR"('); END)"_s,
    uR"(CREATE TRIGGER drafts_approved_by_review BEFORE UPDATE OF state ON drafts
        WHEN /*and*/ NEW.state = 'approved' /*end*/ AND NOT EXISTS (
            SELECT 1 FROM reviews r WHERE r.draft_id = NEW.id
              AND /*and*/ r.id = (SELECT MAX(r2.id) FROM reviews r2 WHERE r2.draft_id = NEW.id) /*end*/
              AND /*and*/ r.verdict = 'approved' /*end*/)
        BEGIN SELECT RAISE(ABORT, ')"_s MD_DRAFT_APPROVAL_REFUSAL uR"('); END)"_s,

    // The audit log is append-only, and each row extends the chain.
    uR"(CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
        BEGIN SELECT RAISE(ABORT, ')"_s MD_AUDIT_REFUSAL uR"('); END)"_s,
    uR"(CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
        BEGIN SELECT RAISE(ABORT, ')"_s MD_AUDIT_REFUSAL uR"('); END)"_s,
    uR"(CREATE TRIGGER audit_log_extends_chain BEFORE INSERT ON audit_log
        WHEN /*or*/ NEW.seq <> COALESCE((SELECT MAX(seq) FROM audit_log), 0) + 1 /*end*/
          OR /*or*/ NEW.prev_hash <> COALESCE((SELECT hash FROM audit_log WHERE seq = NEW.seq - 1),
                                       '0000000000000000000000000000000000000000000000000000000000000000') /*end*/
        BEGIN SELECT RAISE(ABORT, ')"_s MD_AUDIT_CHAIN_REFUSAL uR"('); END)"_s,

    // A stored policy version is what the engine ran: only the active flag moves.
    uR"(CREATE TRIGGER policy_versions_immutable BEFORE UPDATE ON policy_versions
        WHEN /*or*/ NEW.id IS NOT OLD.id /*end*/ OR /*or*/ NEW.name IS NOT OLD.name /*end*/
          OR /*or*/ NEW.version IS NOT OLD.version /*end*/ OR /*or*/ NEW.document IS NOT OLD.document /*end*/
          OR /*or*/ NEW.sha256 IS NOT OLD.sha256 /*end*/ OR /*or*/ NEW.created_at IS NOT OLD.created_at /*end*/
          OR /*or*/ NEW.created_by IS NOT OLD.created_by /*end*/
        BEGIN SELECT RAISE(ABORT, ')"_s MD_POLICY_REFUSAL uR"('); END)"_s,
    uR"(CREATE TRIGGER policy_versions_no_delete BEFORE DELETE ON policy_versions
        BEGIN SELECT RAISE(ABORT, ')"_s MD_POLICY_DELETE_REFUSAL uR"('); END)"_s,
};

// ---------------------------------------------------------------------------------------------
// PostgreSQL. Every function names its tables with their schema and pins its search_path, so a
// session's TEMP table of the same name can never stand in for ours (pg_temp is searched first
// for an unqualified name unless the path lists it, here last).
#define MD_PG_FUNCTION(name) "CREATE OR REPLACE FUNCTION public." name "() RETURNS trigger LANGUAGE plpgsql "      \
                             "SET search_path = pg_catalog, pg_temp AS $fn$"

const QStringList kPostgresTriggers {
    uR"()"_s MD_PG_FUNCTION("md_refuse_change") uR"(
        BEGIN
            RAISE EXCEPTION '%', TG_ARGV[0] USING ERRCODE = 'P0001';
        END
        $fn$)"_s,

    uR"()"_s MD_PG_FUNCTION("md_outbox_reply_needs_approval") uR"(
        BEGIN
            IF /*and*/ NEW.kind = 'reply' /*end*/ AND /*and*/ NEW.state IN ('sending', 'sent') /*end*/ THEN
                IF /*or*/ NEW.text_sha256 IS DISTINCT FROM encode(sha256(convert_to(NEW.text, 'UTF8')), 'hex') /*end*/
                   OR NOT EXISTS (
                       SELECT 1 FROM public.drafts d JOIN public.cases c ON c.id = d.case_id
                       JOIN public.reviews r ON r.draft_id = d.id
                       WHERE /*and*/ d.id = NEW.draft_id /*end*/
                         AND /*and*/ c.comment_id = NEW.comment_id /*end*/
                         AND /*and*/ d.state IN ('approved', 'sent') /*end*/
                         AND /*and*/ r.id = (SELECT max(r2.id) FROM public.reviews r2 WHERE r2.draft_id = d.id) /*end*/
                         AND /*and*/ r.verdict = 'approved' /*end*/
                         AND /*and*/ r.text_sha256 = NEW.text_sha256 /*end*/
                         AND /*and*/ r.text = NEW.text /*end*/
                         AND /*and*/ r.reviewer_id <> d.author_id /*end*/
                         AND /*and*/ EXISTS (SELECT 1 FROM public.user_roles u
                                             WHERE u.user_id = r.reviewer_id AND u.role = 'reviewer') /*end*/) THEN
                    RAISE EXCEPTION ')"_s MD_OUTBOX_REFUSAL uR"(' USING ERRCODE = 'P0001';
                END IF;
            END IF;
            RETURN NEW;
        END
        $fn$)"_s,

    uR"()"_s MD_PG_FUNCTION("md_review_guard") uR"(
        DECLARE
            draft RECORD;
        BEGIN
            SELECT author_id, text, text_sha256, state INTO draft FROM public.drafts WHERE id = NEW.draft_id;
            IF /*or*/ draft.author_id = NEW.reviewer_id /*end*/ THEN
                RAISE EXCEPTION ')"_s MD_SELF_REVIEW_REFUSAL uR"(' USING ERRCODE = 'P0001';
            END IF;
            IF /*or*/ NOT EXISTS (SELECT 1 FROM public.user_roles u
                                  WHERE u.user_id = NEW.reviewer_id AND u.role = 'reviewer') /*end*/ THEN
                RAISE EXCEPTION ')"_s MD_REVIEWER_ROLE_REFUSAL uR"(' USING ERRCODE = 'P0001';
            END IF;
            IF /*or*/ draft.text IS DISTINCT FROM NEW.text /*end*/
               OR /*or*/ draft.text_sha256 IS DISTINCT FROM NEW.text_sha256 /*end*/
               OR /*or*/ NEW.text_sha256 IS DISTINCT FROM encode(sha256(convert_to(NEW.text, 'UTF8')), 'hex') /*end*/
               OR /*or*/ draft.state IS DISTINCT FROM 'submitted' /*end*/ THEN
                RAISE EXCEPTION ')"_s MD_REVIEW_TEXT_REFUSAL uR"(' USING ERRCODE = 'P0001';
            END IF;
            RETURN NEW;
        END
        $fn$)"_s,

    u"DROP TRIGGER drafts_text_frozen ON public.drafts"_s,
    u"DROP FUNCTION public.md_drafts_text_frozen()"_s,
    uR"()"_s MD_PG_FUNCTION("md_draft_guard") uR"(
        BEGIN
            IF TG_OP = 'INSERT' THEN
                IF /*or*/ NEW.state NOT IN ('editing', 'submitted') /*end*/ THEN
                    RAISE EXCEPTION ')"_s MD_DRAFT_START_REFUSAL uR"(' USING ERRCODE = 'P0001';
                END IF;
                RETURN NEW;
            END IF;
            IF /*or*/ NEW.author_id IS DISTINCT FROM OLD.author_id /*end*/ THEN
                RAISE EXCEPTION ')"_s MD_DRAFT_AUTHOR_REFUSAL uR"(' USING ERRCODE = 'P0001';
            END IF;
            IF /*and*/ OLD.state <> 'editing' /*end*/
               AND (/*or*/ NEW.text IS DISTINCT FROM OLD.text /*end*/
                    OR /*or*/ NEW.text_sha256 IS DISTINCT FROM OLD.text_sha256 /*end*/) THEN
                RAISE EXCEPTION ')"_s MD_DRAFT_TEXT_REFUSAL uR"(' USING ERRCODE = 'P0001';
            END IF;
            IF /*and*/ NEW.state IS DISTINCT FROM OLD.state /*end*/
               AND /*and*/ OLD.state || '>' || NEW.state NOT IN )"_s MD_DRAFT_MOVES uR"( /*end*/ THEN
                RAISE EXCEPTION ')"_s MD_DRAFT_STATE_REFUSAL uR"(' USING ERRCODE = 'P0001';
            END IF;
            IF /*and*/ NEW.state = 'approved' /*end*/ AND NOT EXISTS (
                SELECT 1 FROM public.reviews r WHERE r.draft_id = NEW.id
                  AND /*and*/ r.id = (SELECT max(r2.id) FROM public.reviews r2 WHERE r2.draft_id = NEW.id) /*end*/
                  AND /*and*/ r.verdict = 'approved' /*end*/) THEN
                RAISE EXCEPTION ')"_s MD_DRAFT_APPROVAL_REFUSAL uR"(' USING ERRCODE = 'P0001';
            END IF;
            RETURN NEW;
        END
        $fn$)"_s,
    uR"(CREATE TRIGGER drafts_guard BEFORE INSERT OR UPDATE ON public.drafts
        FOR EACH ROW EXECUTE FUNCTION public.md_draft_guard())"_s,

    uR"()"_s MD_PG_FUNCTION("md_audit_extends_chain") uR"(
        DECLARE
            last_seq BIGINT;
            last_hash TEXT;
        BEGIN
            SELECT seq, hash INTO last_seq, last_hash FROM public.audit_log ORDER BY seq DESC LIMIT 1;
            IF /*or*/ NEW.seq <> COALESCE(last_seq, 0) + 1 /*end*/
               OR /*or*/ NEW.prev_hash <> COALESCE(last_hash, repeat('0', 64)) /*end*/ THEN
                RAISE EXCEPTION ')"_s MD_AUDIT_CHAIN_REFUSAL uR"(' USING ERRCODE = 'P0001';
            END IF;
            RETURN NEW;
        END
        $fn$)"_s,

    uR"()"_s MD_PG_FUNCTION("md_policy_version_guard") uR"(
        BEGIN
            IF /*or*/ NEW.id IS DISTINCT FROM OLD.id /*end*/ OR /*or*/ NEW.name IS DISTINCT FROM OLD.name /*end*/
               OR /*or*/ NEW.version IS DISTINCT FROM OLD.version /*end*/
               OR /*or*/ NEW.document IS DISTINCT FROM OLD.document /*end*/
               OR /*or*/ NEW.sha256 IS DISTINCT FROM OLD.sha256 /*end*/
               OR /*or*/ NEW.created_at IS DISTINCT FROM OLD.created_at /*end*/
               OR /*or*/ NEW.created_by IS DISTINCT FROM OLD.created_by /*end*/ THEN
                RAISE EXCEPTION ')"_s MD_POLICY_REFUSAL uR"(' USING ERRCODE = 'P0001';
            END IF;
            RETURN NEW;
        END
        $fn$)"_s,
    uR"(CREATE TRIGGER policy_versions_immutable BEFORE UPDATE ON public.policy_versions
        FOR EACH ROW EXECUTE FUNCTION public.md_policy_version_guard())"_s,
    uR"(CREATE TRIGGER policy_versions_no_delete BEFORE DELETE ON public.policy_versions
        FOR EACH ROW EXECUTE FUNCTION public.md_refuse_change(')"_s MD_POLICY_DELETE_REFUSAL uR"('))"_s,
    uR"(CREATE TRIGGER policy_versions_no_truncate BEFORE TRUNCATE ON public.policy_versions
        FOR EACH STATEMENT EXECUTE FUNCTION public.md_refuse_change(')"_s MD_POLICY_DELETE_REFUSAL uR"('))"_s,
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

const QStringList& postgresTriggers()
{
    return kPostgresTriggers;
}

} // namespace moderation::MigrationGuards
