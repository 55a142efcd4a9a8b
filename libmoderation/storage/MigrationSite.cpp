#include "storage/MigrationSite.h"

using namespace Qt::StringLiterals;

namespace moderation::MigrationSite {

namespace {

#define MD_GROUPS "md_agent, md_reviewer, md_supervisor, md_admin"
#define MD_PG_PINNED "SET search_path = pg_catalog, pg_temp"

const QStringList kStatements {
    // The groups are cluster-wide: another site's database (or a parallel test) may have made
    // them already, or be making them right now.
    uR"(DO $do$
        DECLARE
            g TEXT;
        BEGIN
            FOREACH g IN ARRAY ARRAY['md_agent', 'md_reviewer', 'md_supervisor', 'md_admin'] LOOP
                IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_roles WHERE rolname = g) THEN
                    BEGIN
                        EXECUTE format('CREATE ROLE %I NOLOGIN', g);
                    EXCEPTION
                        WHEN duplicate_object OR unique_violation THEN
                            NULL;
                        WHEN insufficient_privilege THEN
                            RAISE EXCEPTION 'site: the group role % does not exist and % may not create roles: '
                                'migrate as the site''s owner with CREATEROLE (it makes the people''s roles too), '
                                'or have a superuser run CREATE ROLE % NOLOGIN', g, current_user, g
                                USING ERRCODE = '42501';
                    END;
                END IF;
            END LOOP;
        END
        $do$)"_s,
    // No TEMP table can stand in for ours, and no one but the owner creates objects in public.
    uR"(DO $do$
        BEGIN
            EXECUTE format('REVOKE TEMPORARY ON DATABASE %I FROM PUBLIC', current_database());
        END
        $do$)"_s,
    u"REVOKE CREATE ON SCHEMA public FROM PUBLIC"_s,

    // Who the connection is: its users row (NULL when the role is no user of this site), and
    // whether it is the tables' owner (or a superuser), which set-up and sync run as.
    uR"(CREATE FUNCTION public.md_site_user_id() RETURNS BIGINT LANGUAGE sql STABLE )"_s MD_PG_PINNED uR"( AS $fn$
            SELECT id FROM public.users WHERE login = session_user::text
        $fn$)"_s,
    uR"(CREATE FUNCTION public.md_site_is_owner() RETURNS BOOLEAN LANGUAGE sql STABLE )"_s MD_PG_PINNED uR"( AS $fn$
            SELECT pg_has_role(session_user, c.relowner, 'USAGE') FROM pg_class c
            WHERE c.oid = 'public.audit_log'::regclass
        $fn$)"_s,

    // Everyone reads the desk and appends to the audit log (its head read under the advisory lock
    // every writer takes); sequences for the ids they insert.
    u"GRANT USAGE ON SCHEMA public TO " MD_GROUPS ""_s,
    u"GRANT SELECT ON ALL TABLES IN SCHEMA public TO " MD_GROUPS ""_s,
    u"GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO " MD_GROUPS ""_s,
    u"GRANT INSERT ON public.audit_log TO " MD_GROUPS ""_s,
    // Agents: claim (the claim locks the agent's own users row), draft, confirm hides.
    u"GRANT UPDATE (presence) ON public.users TO md_agent, md_reviewer, md_supervisor"_s,
    u"GRANT UPDATE ON public.cases TO md_agent, md_reviewer, md_supervisor"_s,
    u"GRANT INSERT ON public.drafts TO md_agent"_s,
    u"GRANT UPDATE (state, updated_at) ON public.drafts TO md_agent, md_reviewer"_s,
    u"GRANT INSERT ON public.hide_confirmations TO md_agent, md_supervisor"_s,
    // Reviewers: the review, and the approved reply into the outbox as pending.
    u"GRANT INSERT ON public.reviews TO md_reviewer"_s,
    u"GRANT INSERT ON public.outbox TO md_reviewer"_s,
    // Supervisors and admins: queues; admins: people, answers, policies.
    u"GRANT INSERT, UPDATE ON public.queues TO md_supervisor, md_admin"_s,
    u"GRANT INSERT, UPDATE ON public.users TO md_admin"_s,
    u"GRANT INSERT, DELETE ON public.user_roles, public.user_queues TO md_admin"_s,
    u"GRANT INSERT, UPDATE ON public.answers TO md_admin"_s,
    u"GRANT INSERT ON public.answer_versions TO md_admin"_s,
    u"GRANT INSERT, UPDATE (active, activated_at) ON public.policy_versions TO md_admin"_s,

    // Row-level security: what each group may write, row by row. The owner bypasses it.
    u"ALTER TABLE public.users ENABLE ROW LEVEL SECURITY"_s,
    u"CREATE POLICY users_read ON public.users FOR SELECT USING (true)"_s,
    uR"(CREATE POLICY users_own_presence ON public.users FOR UPDATE TO md_agent, md_reviewer
        USING (login = session_user::text) WITH CHECK (login = session_user::text))"_s,
    u"CREATE POLICY users_supervised ON public.users FOR UPDATE TO md_supervisor USING (true) WITH CHECK (true)"_s,
    u"CREATE POLICY users_administered ON public.users FOR ALL TO md_admin USING (true) WITH CHECK (true)"_s,

    u"ALTER TABLE public.cases ENABLE ROW LEVEL SECURITY"_s,
    u"CREATE POLICY cases_read ON public.cases FOR SELECT USING (true)"_s,
    // An agent changes the cases it holds or takes a waiting one, and hands them only back.
    uR"(CREATE POLICY cases_held ON public.cases FOR UPDATE TO md_agent
        USING (assignee_id IS NULL OR assignee_id = public.md_site_user_id())
        WITH CHECK (assignee_id IS NULL OR assignee_id = public.md_site_user_id()))"_s,
    uR"(CREATE POLICY cases_reviewed ON public.cases FOR UPDATE TO md_reviewer
        USING (state = 'in_review') WITH CHECK (state IN ('approved', 'returned')))"_s,
    u"CREATE POLICY cases_supervised ON public.cases FOR UPDATE TO md_supervisor USING (true) WITH CHECK (true)"_s,

    // Drafts: USING (true) on updates, so a refused change is an error, never a silent no-op.
    u"ALTER TABLE public.drafts ENABLE ROW LEVEL SECURITY"_s,
    u"CREATE POLICY drafts_read ON public.drafts FOR SELECT USING (true)"_s,
    uR"(CREATE POLICY drafts_written ON public.drafts FOR INSERT TO md_agent
        WITH CHECK (author_id = public.md_site_user_id()
                    AND EXISTS (SELECT 1 FROM public.cases c
                                WHERE c.id = case_id AND c.assignee_id = public.md_site_user_id())))"_s,
    uR"(CREATE POLICY drafts_own ON public.drafts FOR UPDATE TO md_agent USING (true)
        WITH CHECK (author_id = public.md_site_user_id() AND state IN ('editing', 'submitted', 'withdrawn')))"_s,
    // A reviewer moves a draft to approved or returned only behind their own review saying so.
    uR"(CREATE POLICY drafts_reviewed ON public.drafts FOR UPDATE TO md_reviewer USING (true)
        WITH CHECK (state IN ('approved', 'returned')
                    AND author_id IS DISTINCT FROM public.md_site_user_id()
                    AND EXISTS (SELECT 1 FROM public.reviews r
                                WHERE r.id = (SELECT max(r2.id) FROM public.reviews r2 WHERE r2.draft_id = drafts.id)
                                  AND r.reviewer_id = public.md_site_user_id() AND r.verdict = drafts.state)))"_s,

    u"ALTER TABLE public.reviews ENABLE ROW LEVEL SECURITY"_s,
    u"CREATE POLICY reviews_read ON public.reviews FOR SELECT USING (true)"_s,
    uR"(CREATE POLICY reviews_signed ON public.reviews FOR INSERT TO md_reviewer
        WITH CHECK (reviewer_id = public.md_site_user_id()))"_s,

    // The only outbox row a person writes: the pending reply their own approval just made, for
    // the comment of that draft's case, with exactly the approved text.
    u"ALTER TABLE public.outbox ENABLE ROW LEVEL SECURITY"_s,
    u"CREATE POLICY outbox_read ON public.outbox FOR SELECT USING (true)"_s,
    uR"(CREATE POLICY outbox_approved_reply ON public.outbox FOR INSERT TO md_reviewer
        WITH CHECK (kind = 'reply' AND state = 'pending' AND EXISTS (
            SELECT 1 FROM public.drafts d JOIN public.cases c ON c.id = d.case_id
            JOIN public.reviews r ON r.draft_id = d.id
            WHERE d.id = outbox.draft_id AND c.comment_id = outbox.comment_id AND d.state = 'approved'
              AND d.text = outbox.text AND d.text_sha256 = outbox.text_sha256
              AND r.id = (SELECT max(r2.id) FROM public.reviews r2 WHERE r2.draft_id = d.id)
              AND r.verdict = 'approved' AND r.reviewer_id = public.md_site_user_id())))"_s,

    u"ALTER TABLE public.hide_confirmations ENABLE ROW LEVEL SECURITY"_s,
    u"CREATE POLICY hide_confirmations_read ON public.hide_confirmations FOR SELECT USING (true)"_s,
    uR"(CREATE POLICY hide_confirmations_own ON public.hide_confirmations FOR INSERT TO md_agent, md_supervisor
        WITH CHECK (confirmed_by = public.md_site_user_id()))"_s,

    // The audit log: everyone appends, as themselves; no one but the owner changes a row (and
    // the append-only trigger refuses even the owner).
    // A person's decision (cases reclassify) carries their own id, and is never an automatic
    // hide: only the policy, run by the site's sync process (the owner), decides those.
    u"GRANT INSERT ON public.decisions TO md_agent, md_supervisor"_s,
    u"ALTER TABLE public.decisions ENABLE ROW LEVEL SECURITY"_s,
    u"CREATE POLICY decisions_read ON public.decisions FOR SELECT USING (true)"_s,
    uR"(CREATE POLICY decisions_by_person ON public.decisions FOR INSERT TO md_agent, md_supervisor
        WITH CHECK (decided_by = public.md_site_user_id()
                    AND NOT (action = 'hide' AND hide_mode IS NOT DISTINCT FROM 'automatic')))"_s,

    u"ALTER TABLE public.audit_log ENABLE ROW LEVEL SECURITY"_s,
    u"CREATE POLICY audit_log_read ON public.audit_log FOR SELECT USING (true)"_s,
    uR"(CREATE POLICY audit_log_append ON public.audit_log FOR INSERT TO )"_s MD_GROUPS uR"(
        WITH CHECK (actor = session_user::text))"_s,

    // A review names its reviewer; on a shared site that is the connection's role, refused
    // otherwise (never rewritten: the client must say who it is, and be right).
    uR"(CREATE FUNCTION public.md_site_review_by_session() RETURNS trigger LANGUAGE plpgsql )"_s MD_PG_PINNED uR"( AS $fn$
        BEGIN
            IF NOT public.md_site_is_owner()
               AND (SELECT u.login FROM public.users u WHERE u.id = NEW.reviewer_id)
                           IS DISTINCT FROM session_user::text THEN
                RAISE EXCEPTION 'reviews: a review is signed by the connection''s own role (%), not by user %',
                    session_user, NEW.reviewer_id USING ERRCODE = '42501';
            END IF;
            RETURN NEW;
        END
        $fn$)"_s,
    uR"(CREATE TRIGGER reviews_by_session BEFORE INSERT ON public.reviews
        FOR EACH ROW EXECUTE FUNCTION public.md_site_review_by_session())"_s,

    // A confirmed hide enters the outbox through this, not through a grant on the outbox: the
    // person who confirmed it queues it, nothing else.
    uR"(CREATE FUNCTION public.md_site_queue_hide(p_comment BIGINT, p_at TIMESTAMPTZ) RETURNS BIGINT
        LANGUAGE plpgsql SECURITY DEFINER )"_s MD_PG_PINNED uR"( AS $fn$
        DECLARE
            queued BIGINT;
        BEGIN
            IF NOT public.md_site_is_owner() AND NOT EXISTS (
                SELECT 1 FROM public.hide_confirmations h JOIN public.cases c ON c.id = h.case_id
                WHERE c.comment_id = p_comment AND h.confirmed_by = public.md_site_user_id()) THEN
                RAISE EXCEPTION 'outbox: a hide is queued by the person who confirmed it' USING ERRCODE = '42501';
            END IF;
            INSERT INTO public.outbox (kind, comment_id, account_id, state, created_at, updated_at)
            SELECT 'hide', c.id, c.account_id, 'pending', p_at, p_at FROM public.comments c WHERE c.id = p_comment
            RETURNING id INTO queued;
            RETURN queued;
        END
        $fn$)"_s,
    u"REVOKE EXECUTE ON FUNCTION public.md_site_queue_hide(BIGINT, TIMESTAMPTZ) FROM PUBLIC"_s,
    u"GRANT EXECUTE ON FUNCTION public.md_site_queue_hide(BIGINT, TIMESTAMPTZ) TO md_agent, md_supervisor"_s,

    // People: a LOGIN role per user, made by an admin without CREATEROLE of their own. Logins are
    // checked here too (the same form as UserStore::checkLogin), and quoted as identifiers.
    uR"(CREATE FUNCTION public.md_site_check_admin() RETURNS VOID LANGUAGE plpgsql )"_s MD_PG_PINNED uR"( AS $fn$
        BEGIN
            IF NOT public.md_site_is_owner() AND NOT pg_has_role(session_user, 'md_admin', 'MEMBER') THEN
                RAISE EXCEPTION 'site: only an admin (md_admin) or the site''s owner manages people'
                    USING ERRCODE = '42501';
            END IF;
        END
        $fn$)"_s,
    uR"(CREATE FUNCTION public.md_site_create_login(p_login TEXT, p_password TEXT) RETURNS VOID
        LANGUAGE plpgsql SECURITY DEFINER )"_s MD_PG_PINNED uR"( AS $fn$
        BEGIN
            PERFORM public.md_site_check_admin();
            IF p_login !~ '^[a-z][a-z0-9._-]{0,62}$' OR p_login LIKE 'pg\_%' OR p_login LIKE 'md\_%' THEN
                RAISE EXCEPTION 'site: "%" cannot name a person''s database role', p_login USING ERRCODE = '22023';
            END IF;
            IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = p_login) THEN
                RAISE EXCEPTION 'site: the database role % already exists', p_login USING ERRCODE = '42710';
            END IF;
            IF p_password IS NULL THEN
                EXECUTE format('CREATE ROLE %I LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE INHERIT', p_login);
            ELSE
                EXECUTE format('CREATE ROLE %I LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE INHERIT PASSWORD %L',
                               p_login, p_password);
            END IF;
        END
        $fn$)"_s,
    uR"(CREATE FUNCTION public.md_site_set_groups(p_login TEXT, p_roles TEXT[]) RETURNS VOID
        LANGUAGE plpgsql SECURITY DEFINER )"_s MD_PG_PINNED uR"( AS $fn$
        DECLARE
            g TEXT;
        BEGIN
            PERFORM public.md_site_check_admin();
            IF NOT EXISTS (SELECT 1 FROM public.users WHERE login = p_login) THEN
                RAISE EXCEPTION 'site: % is no user of this site', p_login USING ERRCODE = '22023';
            END IF;
            IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = p_login AND rolsuper) THEN
                RETURN; -- a superuser (the set-up role acting as a user) needs no group and gets none
            END IF;
            IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = p_login AND rolcanlogin)
               OR p_login LIKE 'md\_%' THEN
                RAISE EXCEPTION 'site: % is not a person''s database role (a LOGIN role, not a superuser)', p_login
                    USING ERRCODE = '22023';
            END IF;
            FOREACH g IN ARRAY ARRAY['agent', 'reviewer', 'supervisor', 'admin'] LOOP
                IF g = ANY (p_roles) THEN
                    EXECUTE format('GRANT %I TO %I', 'md_' || g, p_login);
                ELSIF pg_has_role(p_login::name, 'md_' || g, 'MEMBER') THEN
                    EXECUTE format('REVOKE %I FROM %I', 'md_' || g, p_login);
                END IF;
            END LOOP;
        END
        $fn$)"_s,
    u"REVOKE EXECUTE ON FUNCTION public.md_site_check_admin() FROM PUBLIC"_s,
    u"REVOKE EXECUTE ON FUNCTION public.md_site_create_login(TEXT, TEXT) FROM PUBLIC"_s,
    u"REVOKE EXECUTE ON FUNCTION public.md_site_set_groups(TEXT, TEXT[]) FROM PUBLIC"_s,
    u"GRANT EXECUTE ON FUNCTION public.md_site_check_admin() TO md_admin"_s,
    u"GRANT EXECUTE ON FUNCTION public.md_site_create_login(TEXT, TEXT) TO md_admin"_s,
    u"GRANT EXECUTE ON FUNCTION public.md_site_set_groups(TEXT, TEXT[]) TO md_admin"_s,

    // The change feed: one notification per statement, naming the table (storage/ChangeFeed).
    uR"(CREATE FUNCTION public.md_notify_change() RETURNS trigger LANGUAGE plpgsql )"_s MD_PG_PINNED uR"( AS $fn$
        BEGIN
            PERFORM pg_notify('md_changes', TG_TABLE_NAME);
            RETURN NULL;
        END
        $fn$)"_s,
    u"CREATE TRIGGER cases_changed AFTER INSERT OR UPDATE OR DELETE ON public.cases "
    "FOR EACH STATEMENT EXECUTE FUNCTION public.md_notify_change()"_s,
    u"CREATE TRIGGER drafts_changed AFTER INSERT OR UPDATE OR DELETE ON public.drafts "
    "FOR EACH STATEMENT EXECUTE FUNCTION public.md_notify_change()"_s,
    u"CREATE TRIGGER reviews_changed AFTER INSERT OR UPDATE OR DELETE ON public.reviews "
    "FOR EACH STATEMENT EXECUTE FUNCTION public.md_notify_change()"_s,
    u"CREATE TRIGGER outbox_changed AFTER INSERT OR UPDATE OR DELETE ON public.outbox "
    "FOR EACH STATEMENT EXECUTE FUNCTION public.md_notify_change()"_s,
    u"CREATE TRIGGER comments_changed AFTER INSERT OR UPDATE OR DELETE ON public.comments "
    "FOR EACH STATEMENT EXECUTE FUNCTION public.md_notify_change()"_s,
};

} // namespace

const QStringList& postgres()
{
    return kStatements;
}

QString groupOf(const QString& role)
{
    return u"md_"_s + role;
}

} // namespace moderation::MigrationSite
