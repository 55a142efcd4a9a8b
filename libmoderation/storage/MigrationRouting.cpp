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
    // A case's SLA clock: the seconds the decision gave, from when, and the instants 75 % and
    // 100 % of it pass in its queue's office hours (sla_due_at, already there); set when the SLA
    // sweep found it overdue. Recomputed when the queue's hours change.
    u"ALTER TABLE cases ADD COLUMN sla_seconds {int64}"_s,
    u"ALTER TABLE cases ADD COLUMN sla_started_at {time}"_s,
    u"ALTER TABLE cases ADD COLUMN sla_at_risk_at {time}"_s,
    u"ALTER TABLE cases ADD COLUMN sla_breached_at {time}"_s,
    // A claim's question (CaseStore::claimNext, most urgent waiting case first) as an index walk
    // instead of a sort of every waiting case: the same expressions, in the same order.
    u"CREATE INDEX cases_waiting ON cases ((CASE priority WHEN 'urgent' THEN 0 WHEN 'high' THEN 1 "
    "WHEN 'normal' THEN 2 ELSE 3 END), (sla_due_at IS NULL), sla_due_at, created_at, id) "
    "WHERE assignee_id IS NULL AND state IN ('new', 'escalated')"_s,
    // The SLA sweep's question (open, unbreached, due by now) reads only the cases still running.
    u"CREATE INDEX cases_sla_running ON cases (sla_due_at) WHERE sla_breached_at IS NULL "
    "AND state NOT IN ('answered', 'closed')"_s,
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
    // An agent's confirmation of a proposed hide: what lets a hide of that comment into the outbox.
    uR"(CREATE TABLE hide_confirmations (
        id {id},
        case_id {int64} NOT NULL UNIQUE REFERENCES cases(id),
        decision_id {int64} REFERENCES decisions(id),
        confirmed_by {int64} NOT NULL REFERENCES users(id),
        confirmed_at {time} NOT NULL))"_s,
    // Two approvals (a policy outcome's "reviews": 2): what the decision asked, and what the case
    // requires before its reply may go out. Never lowered (a trigger below).
    u"ALTER TABLE decisions ADD COLUMN reviews INTEGER NOT NULL DEFAULT 1 CHECK (reviews IN (1, 2))"_s,
    u"ALTER TABLE cases ADD COLUMN reviews_required INTEGER NOT NULL DEFAULT 1 CHECK (reviews_required IN (1, 2))"_s,
};

#define MD_HIDE_REFUSAL                                                                                             \
    "outbox: a hide comes only from an automatic hide decision or an agent confirming a proposed one"

// The hide guard, written once for SQLite's INSERT and UPDATE triggers.
const QString kSqliteHideAllowed = uR"(
        /*and*/ NEW.kind = 'hide' /*end*/
        AND NOT EXISTS (SELECT 1 FROM decisions d WHERE /*and*/ d.comment_id = NEW.comment_id /*end*/
                        AND /*and*/ d.action = 'hide' /*end*/ AND /*and*/ d.hide_mode = 'automatic' /*end*/)
        AND NOT EXISTS (SELECT 1 FROM hide_confirmations h JOIN cases c ON c.id = h.case_id
                        WHERE /*and*/ c.comment_id = NEW.comment_id /*end*/))"_s;

#define MD_APPROVALS_REFUSAL                                                                                        \
    "outbox: a reply can be sending or sent only after approving reviews of its draft by as many distinct "        \
    "reviewers as its case requires"
#define MD_REVIEWS_LOWERED_REFUSAL "cases: the number of approvals a case requires is never lowered"

// Two approvals: a reply leaves only when enough distinct reviewers approved its draft. Any row
// carrying a draft is checked (only replies do; without one the required count is NULL and
// nothing is refused). A draft's reviews are all of its text (reviews_of_current_text,
// drafts_text_frozen) and the approval guard binds the outbox text to the latest of them, so
// counting the draft's approving reviewers counts approvals of exactly this text; a reviewer
// approving twice counts once, one who has lost the reviewer role no longer counts, and the
// author never reviewed (reviews_not_by_author). Written once for INSERT and UPDATE.
const QString kSqliteTooFewApprovals = uR"(
        /*and*/ NEW.state IN ('sending', 'sent') /*end*/
        AND (SELECT COUNT(DISTINCT r.reviewer_id) FROM reviews r
                     WHERE /*and*/ r.draft_id = NEW.draft_id /*end*/ AND /*and*/ r.verdict = 'approved' /*end*/
                       AND /*and*/ EXISTS (SELECT 1 FROM user_roles u
                                           WHERE u.user_id = r.reviewer_id AND u.role = 'reviewer') /*end*/)
            < (SELECT c.reviews_required FROM drafts d JOIN cases c ON c.id = d.case_id
               WHERE /*and*/ d.id = NEW.draft_id /*end*/))"_s;

const QStringList kSqliteTriggers {
    u"CREATE TRIGGER outbox_hide_needs_a_reason_insert BEFORE INSERT ON outbox WHEN "_s + kSqliteHideAllowed
        + uR"(
        BEGIN SELECT RAISE(ABORT, ')"_s MD_HIDE_REFUSAL uR"('); END)"_s,
    u"CREATE TRIGGER outbox_hide_needs_a_reason_update BEFORE UPDATE OF kind, comment_id ON outbox WHEN "_s
        + kSqliteHideAllowed + uR"(
        BEGIN SELECT RAISE(ABORT, ')"_s MD_HIDE_REFUSAL uR"('); END)"_s,
    u"CREATE TRIGGER outbox_reply_needs_enough_approvals_insert BEFORE INSERT ON outbox WHEN "_s
        + kSqliteTooFewApprovals + uR"(
        BEGIN SELECT RAISE(ABORT, ')"_s MD_APPROVALS_REFUSAL uR"('); END)"_s,
    u"CREATE TRIGGER outbox_reply_needs_enough_approvals_update BEFORE UPDATE ON outbox WHEN "_s
        + kSqliteTooFewApprovals + uR"(
        BEGIN SELECT RAISE(ABORT, ')"_s MD_APPROVALS_REFUSAL uR"('); END)"_s,
    uR"(CREATE TRIGGER cases_reviews_never_lowered BEFORE UPDATE OF reviews_required ON cases
        WHEN /*or*/ NEW.reviews_required < OLD.reviews_required /*end*/
        BEGIN SELECT RAISE(ABORT, ')"_s MD_REVIEWS_LOWERED_REFUSAL uR"('); END)"_s,
};

const QStringList kPostgresTriggers {
    uR"(CREATE OR REPLACE FUNCTION public.md_outbox_hide_needs_a_reason() RETURNS trigger LANGUAGE plpgsql
        SET search_path = pg_catalog, pg_temp AS $fn$
        BEGIN
            IF /*and*/ NEW.kind = 'hide' /*end*/
               AND NOT EXISTS (SELECT 1 FROM public.decisions d WHERE /*and*/ d.comment_id = NEW.comment_id /*end*/
                               AND /*and*/ d.action = 'hide' /*end*/ AND /*and*/ d.hide_mode = 'automatic' /*end*/)
               AND NOT EXISTS (SELECT 1 FROM public.hide_confirmations h JOIN public.cases c ON c.id = h.case_id
                               WHERE /*and*/ c.comment_id = NEW.comment_id /*end*/) THEN
                RAISE EXCEPTION ')"_s MD_HIDE_REFUSAL uR"(' USING ERRCODE = 'P0001';
            END IF;
            RETURN NEW;
        END
        $fn$)"_s,
    uR"(CREATE TRIGGER outbox_hide_needs_a_reason BEFORE INSERT OR UPDATE ON public.outbox
        FOR EACH ROW EXECUTE FUNCTION public.md_outbox_hide_needs_a_reason())"_s,
    uR"(CREATE OR REPLACE FUNCTION public.md_outbox_reply_needs_enough_approvals() RETURNS trigger LANGUAGE plpgsql
        SET search_path = pg_catalog, pg_temp AS $fn$
        BEGIN
            IF /*and*/ NEW.state IN ('sending', 'sent') /*end*/
               AND (SELECT count(DISTINCT r.reviewer_id) FROM public.reviews r
                            WHERE /*and*/ r.draft_id = NEW.draft_id /*end*/ AND /*and*/ r.verdict = 'approved' /*end*/
                              AND /*and*/ EXISTS (SELECT 1 FROM public.user_roles u
                                                  WHERE u.user_id = r.reviewer_id AND u.role = 'reviewer') /*end*/)
                   < (SELECT c.reviews_required FROM public.drafts d JOIN public.cases c ON c.id = d.case_id
                      WHERE /*and*/ d.id = NEW.draft_id /*end*/) THEN
                RAISE EXCEPTION ')"_s MD_APPROVALS_REFUSAL uR"(' USING ERRCODE = 'P0001';
            END IF;
            RETURN NEW;
        END
        $fn$)"_s,
    uR"(CREATE TRIGGER outbox_reply_needs_enough_approvals BEFORE INSERT OR UPDATE ON public.outbox
        FOR EACH ROW EXECUTE FUNCTION public.md_outbox_reply_needs_enough_approvals())"_s,
    uR"(CREATE OR REPLACE FUNCTION public.md_cases_reviews_never_lowered() RETURNS trigger LANGUAGE plpgsql
        SET search_path = pg_catalog, pg_temp AS $fn$
        BEGIN
            IF /*or*/ NEW.reviews_required < OLD.reviews_required /*end*/ THEN
                RAISE EXCEPTION ')"_s MD_REVIEWS_LOWERED_REFUSAL uR"(' USING ERRCODE = 'P0001';
            END IF;
            RETURN NEW;
        END
        $fn$)"_s,
    uR"(CREATE TRIGGER cases_reviews_never_lowered BEFORE UPDATE OF reviews_required ON public.cases
        FOR EACH ROW EXECUTE FUNCTION public.md_cases_reviews_never_lowered())"_s,
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

} // namespace moderation::MigrationRouting
