// A shared PostgreSQL site (issue 18 item 8, storage/MigrationSite): each person connects as their
// own database role, and raw SQL over that connection cannot do what the role may not. Every
// attack is refused with an error (never a silent no-op), and the desk's own steps still work
// when run as the roles. docs/SECURITY.md "Shared site" points here.
#include "MockClock.h"
#include "SiteCrew.h"
#include "TempDatabase.h"
#include "review/CaseReclassifier.h"
#include "review/ReviewDesk.h"
#include "routing/People.h"
#include "routing/Router.h"
#include "routing/SlaClock.h"
#include "storage/AuditStore.h"
#include "storage/CaseStore.h"
#include "storage/DraftStore.h"
#include "storage/OutboxStore.h"
#include "storage/SiteLogins.h"
#include "sync/DemoLoader.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;
using namespace moderation;
using namespace moderation::test;

namespace {

const QString kReply = u"Thank you for asking: interviews are scheduled within 30 days of the notice."_s;

} // namespace

class SiteTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        m_temp = std::make_unique<TempDatabase>(Engine::Postgres);
        ASSERT_TRUE(m_temp->setupError().isEmpty()) << m_temp->setupError().toStdString();
        ASSERT_TRUE(DemoLoader::load(owner()).ok());
        m_crew = std::make_unique<SiteCrew>(owner());
        m_agent = m_crew->add(u"ana"_s, { Role::Agent });
        m_agent2 = m_crew->add(u"bo"_s, { Role::Agent });
        m_reviewer = m_crew->add(u"rita"_s, { Role::Reviewer });
        m_reviewer2 = m_crew->add(u"raul"_s, { Role::Reviewer });
        m_supervisor = m_crew->add(u"sue"_s, { Role::Supervisor, Role::Agent });
        m_admin = m_crew->add(u"adam"_s, { Role::Admin });
        ASSERT_FALSE(HasFailure());
        for (const QString& login : { m_agent, m_agent2, m_reviewer, m_reviewer2, m_supervisor, m_admin }) {
            auto connected = m_crew->connect(login);
            ASSERT_TRUE(connected.ok()) << login.toStdString() << ": " << connected.error().toString().toStdString();
            m_connections.insert(login, std::shared_ptr<Database>(std::move(connected.value())));
        }
    }
    void TearDown() override
    {
        m_connections.clear();
        m_crew.reset();
        m_temp.reset();
    }

    Database& owner() { return m_temp->db(); }
    Database& as(const QString& login) { return *m_connections.value(login); }

    // The refusal of one statement: an error the store calls Refused (a grant, a policy, a
    // trigger), whose text holds `why` when given.
    static void expectRefused(
        Database& db, const QString& sql, const QVariantList& values = {}, const QString& why = {})
    {
        auto q = db.exec(sql, values);
        ASSERT_FALSE(q.ok()) << "not refused: " << sql.toStdString() << " (" << q->numRowsAffected() << " rows)";
        EXPECT_EQ(q.error().code(), Error::Code::Refused) << q.error().toString().toStdString();
        if (!why.isEmpty()) {
            EXPECT_TRUE(q.error().message().contains(why)) << q.error().toString().toStdString();
        }
    }

    // The same for a statement that cannot be prepared (DDL, TRUNCATE).
    static void expectRefusedRaw(Database& db, const QString& sql)
    {
        const Error error = db.execRaw(sql);
        ASSERT_TRUE(error.isError()) << "not refused: " << sql.toStdString();
        EXPECT_EQ(error.code(), Error::Code::Refused) << error.toString().toStdString();
        EXPECT_TRUE(error.message().contains(u"permission denied"_s)) << error.toString().toStdString();
    }

    // A demo case taken by the agent and submitted for review, as the agent: its draft.
    Draft submittedDraft(const QString& agent)
    {
        auto taken = Router(as(agent)).next(agent, agent);
        EXPECT_TRUE(taken.ok() && taken->has_value())
            << (taken.ok() ? "nothing to take" : taken.error().toString().toStdString());
        if (!taken.ok() || !taken->has_value())
            return {};
        auto draft = ReviewDesk(as(agent)).submit((*taken)->id, agent, kReply, QString(), agent);
        EXPECT_TRUE(draft.ok()) << draft.error().toString().toStdString();
        return draft.ok() ? *draft : Draft {};
    }

    qint64 scalar(const QString& sql, const QVariantList& values = {})
    {
        auto q = owner().exec(sql, values);
        EXPECT_TRUE(q.ok()) << q.error().toString().toStdString();
        return q.ok() && q->next() ? q->value(0).toLongLong() : -1;
    }

    std::unique_ptr<TempDatabase> m_temp;
    std::unique_ptr<SiteCrew> m_crew;
    QMap<QString, std::shared_ptr<Database>> m_connections;
    QString m_agent, m_agent2, m_reviewer, m_reviewer2, m_supervisor, m_admin;
};

TEST_F(SiteTest, EachPersonIsALoginRoleInTheGroupsOfTheirRoles)
{
    auto roles
        = owner().exec(u"SELECT rolcanlogin, rolsuper, rolcreaterole, rolbypassrls FROM pg_roles WHERE rolname = ?"_s,
            { m_supervisor });
    ASSERT_TRUE(roles.ok() && roles->next());
    EXPECT_TRUE(roles->value(0).toBool());
    EXPECT_FALSE(roles->value(1).toBool());
    EXPECT_FALSE(roles->value(2).toBool());
    EXPECT_FALSE(roles->value(3).toBool());
    EXPECT_EQ(SiteLogins(owner()).groupsOf(m_supervisor).value(), (QStringList { u"md_agent"_s, u"md_supervisor"_s }));
    UserStore::Change change;
    change.roles = QList<Role> { Role::Reviewer };
    auto changed = People(as(m_admin)).change(m_supervisor, change, m_admin);
    ASSERT_TRUE(changed.ok()) << changed.error().toString().toStdString();
    EXPECT_EQ(SiteLogins(owner()).groupsOf(m_supervisor).value(), QStringList { u"md_reviewer"_s });
    for (const QString& group : { u"md_agent"_s, u"md_reviewer"_s, u"md_supervisor"_s, u"md_admin"_s }) {
        auto g = owner().exec(u"SELECT rolcanlogin FROM pg_roles WHERE rolname = ?"_s, { group });
        ASSERT_TRUE(g.ok() && g->next()) << group.toStdString();
        EXPECT_FALSE(g->value(0).toBool()) << group.toStdString();
    }
}

TEST_F(SiteTest, TheDesksOwnStepsWorkAsEachRole)
{
    // Agent: claims and submits. Reviewer: approves, which queues the reply as pending.
    const Draft draft = submittedDraft(m_agent);
    ASSERT_GT(draft.id, 0);
    auto review = ReviewDesk(as(m_reviewer)).approve(draft.id, m_reviewer, m_reviewer);
    ASSERT_TRUE(review.ok()) << review.error().toString().toStdString();
    EXPECT_EQ(scalar(u"SELECT COUNT(*) FROM outbox WHERE draft_id = ? AND state = 'pending'"_s, { draft.id }), 1);

    // Another reviewer returns a second agent's draft with a reason; that agent steps away.
    const Draft second = submittedDraft(m_agent2);
    ASSERT_GT(second.id, 0);
    auto returned = ReviewDesk(as(m_reviewer2)).returnDraft(second.id, m_reviewer2, u"cite the notice"_s, m_reviewer2);
    ASSERT_TRUE(returned.ok()) << returned.error().toString().toStdString();
    auto away = Router(as(m_agent2)).setPresence(m_agent2, User::Presence::Away, m_agent2);
    ASSERT_TRUE(away.ok()) << away.error().toString().toStdString();
    // But not someone else: the row is not theirs to update.
    auto q = as(m_agent2).exec(u"UPDATE users SET presence = 'offline' WHERE login = ?"_s, { m_agent });
    ASSERT_TRUE(q.ok()) << q.error().toString().toStdString();
    EXPECT_EQ(q->numRowsAffected(), 0);
    EXPECT_EQ(scalar(u"SELECT COUNT(*) FROM users WHERE login = ? AND presence = 'available'"_s, { m_agent }), 1);

    // Supervisor: assigns a waiting case to an agent, then releases it.
    const qint64 waiting = scalar(u"SELECT min(id) FROM cases WHERE state = 'new' AND assignee_id IS NULL"_s);
    ASSERT_GT(waiting, 0);
    auto assigned = Router(as(m_supervisor)).assign(waiting, m_agent2, m_supervisor);
    ASSERT_TRUE(assigned.ok()) << assigned.error().toString().toStdString();
    auto released = Router(as(m_supervisor)).release(waiting, m_supervisor);
    ASSERT_TRUE(released.ok()) << released.error().toString().toStdString();

    // The holder of a proposed hide confirms it: the hide is queued through the site's function.
    const qint64 proposed = scalar(u"SELECT min(c.id) FROM cases c JOIN decisions d ON d.comment_id = c.comment_id "
                                   "WHERE d.action = 'hide' AND d.hide_mode = 'proposed' AND c.state = 'new'"_s);
    ASSERT_GT(proposed, 0) << "the demo proposes hides";
    ASSERT_TRUE(Router(as(m_supervisor)).assign(proposed, m_supervisor, m_supervisor).ok());
    auto hidden = ReviewDesk(as(m_supervisor)).confirmHide(proposed, m_supervisor, m_supervisor);
    ASSERT_TRUE(hidden.ok()) << hidden.error().toString().toStdString();
    EXPECT_EQ(scalar(u"SELECT COUNT(*) FROM outbox o JOIN cases c ON c.comment_id = o.comment_id "
                     "WHERE c.id = ? AND o.kind = 'hide'"_s,
                  { proposed }),
        1);

    // Admin: adds a person, whose role can then sign in.
    User newcomer;
    newcomer.login = u"nell-"_s + m_crew->suffix();
    newcomer.roles = { Role::Agent };
    m_crew->adopt(newcomer.login);
    auto added = People(as(m_admin)).add(newcomer, u"a-long-enough-password"_s, m_admin);
    ASSERT_TRUE(added.ok()) << added.error().toString().toStdString();
    DatabaseUrl url = owner().url();
    url.user = newcomer.login;
    auto signedIn = Database::open(url, { u"a-long-enough-password"_s, false, true });
    EXPECT_TRUE(signedIn.ok()) << signedIn.error().toString().toStdString();

    // Every step was audited as the person who took it, and the chain holds.
    EXPECT_GT(scalar(u"SELECT COUNT(*) FROM audit_log WHERE actor = ?"_s, { m_reviewer }), 0);
    auto verified = AuditStore(owner()).verify();
    ASSERT_TRUE(verified.ok());
    EXPECT_TRUE(verified->intact) << verified->problem.toStdString();
}

// The steps that came with the SLA clock, reclassification and two approvals, each as the role
// that takes it on a shared site.
TEST_F(SiteTest, SlaSweepsReclassificationAndTwoApprovalsWorkAsEachRole)
{
    // A supervisor gives the general queue a breach queue.
    auto queue = SlaClock(as(m_supervisor))
                     .setQueue(u"general"_s, { std::nullopt, std::nullopt, u"supervisors"_s }, m_supervisor);
    ASSERT_TRUE(queue.ok()) << queue.error().toString().toStdString();

    // Bo holds a case; three days later every demo deadline has passed.
    auto held = Router(as(m_agent2)).next(m_agent2, m_agent2);
    ASSERT_TRUE(held.ok() && held->has_value());
    const qint64 bosCase = (*held)->id;
    test::MockClock later(QDateTime::currentDateTimeUtc().addDays(3));
    for (const auto& connection : m_connections)
        connection->setClock(&later);

    // Ana's claim sweeps what her role may change (the waiting cases) as herself, and skips Bo's.
    auto taken = Router(as(m_agent)).next(m_agent, m_agent);
    ASSERT_TRUE(taken.ok()) << taken.error().toString().toStdString();
    EXPECT_GT(
        scalar(u"SELECT COUNT(*) FROM audit_log WHERE action = 'case.sla_breached' AND actor = ?"_s, { m_agent }), 0);
    EXPECT_EQ(scalar(u"SELECT COUNT(*) FROM cases WHERE id = ? AND sla_breached_at IS NULL"_s, { bosCase }), 1);
    // A reviewer's sweep changes nothing it may not, and fails nothing.
    auto reviewerSweep = SlaClock(as(m_reviewer)).sweep(m_reviewer);
    ASSERT_TRUE(reviewerSweep.ok()) << reviewerSweep.error().toString().toStdString();
    // The supervisor's marks Bo's.
    auto supervisorSweep = SlaClock(as(m_supervisor)).sweep(m_supervisor);
    ASSERT_TRUE(supervisorSweep.ok()) << supervisorSweep.error().toString().toStdString();
    EXPECT_EQ(scalar(u"SELECT COUNT(*) FROM cases WHERE id = ? AND sla_breached_at IS NOT NULL"_s, { bosCase }), 1);

    // Ana reclassifies the case she took: her decision, as herself, beside the policy's.
    ASSERT_TRUE(taken->has_value());
    const qint64 anasCase = (*taken)->id;
    auto ignored = CaseReclassifier(as(m_agent))
                       .reclassify(anasCase, m_agent, Action::Ignore, u"a thank-you note"_s, QString(), m_agent);
    ASSERT_TRUE(ignored.ok()) << ignored.error().toString().toStdString();
    EXPECT_EQ(ignored->state, Case::State::Closed);
    const qint64 anaId = scalar(u"SELECT id FROM users WHERE login = ?"_s, { m_agent });
    const qint64 boId = scalar(u"SELECT id FROM users WHERE login = ?"_s, { m_agent2 });
    EXPECT_EQ(scalar(u"SELECT COUNT(*) FROM decisions WHERE decided_by = ?"_s, { anaId }), 1);
    // But never a decision in someone else's name, nor an automatic hide.
    const qint64 comment = scalar(u"SELECT comment_id FROM cases WHERE id = ?"_s, { anasCase });
    const QString insert = u"INSERT INTO decisions (comment_id, rule_id, action, hide_mode, explanation, decided_at, "
                           "decided_by) VALUES (?, 'x', ?, ?, 'x', now(), ?)"_s;
    expectRefused(as(m_agent), insert, { comment, u"ignore"_s, QVariant(), boId }, u"row-level security"_s);
    expectRefused(as(m_agent), insert, { comment, u"hide"_s, u"automatic"_s, anaId }, u"row-level security"_s);
    expectRefused(as(m_reviewer), insert,
        { comment, u"ignore"_s, QVariant(), scalar(u"SELECT id FROM users WHERE login = ?"_s, { m_reviewer }) },
        u"permission denied"_s);
    EXPECT_TRUE(as(m_agent).exec(insert, { comment, u"hide"_s, u"proposed"_s, anaId }).ok()); // in her own name

    // Two approvals: the case asks for two, and two reviewers' roles give them.
    const Draft draft = submittedDraft(m_agent);
    ASSERT_GT(draft.id, 0);
    ASSERT_TRUE(owner().exec(u"UPDATE cases SET reviews_required = 2 WHERE id = ?"_s, { draft.caseId }).ok());
    auto first = ReviewDesk(as(m_reviewer)).approve(draft.id, m_reviewer, m_reviewer);
    ASSERT_TRUE(first.ok()) << first.error().toString().toStdString();
    EXPECT_FALSE(first->complete());
    EXPECT_EQ(scalar(u"SELECT COUNT(*) FROM outbox WHERE draft_id = ?"_s, { draft.id }), 0);
    auto second = ReviewDesk(as(m_reviewer2)).approve(draft.id, m_reviewer2, m_reviewer2);
    ASSERT_TRUE(second.ok()) << second.error().toString().toStdString();
    EXPECT_TRUE(second->complete());
    EXPECT_EQ(scalar(u"SELECT COUNT(*) FROM outbox WHERE draft_id = ? AND state = 'pending'"_s, { draft.id }), 1);

    auto verified = AuditStore(owner()).verify();
    ASSERT_TRUE(verified.ok());
    EXPECT_TRUE(verified->intact) << verified->problem.toStdString();
}

TEST_F(SiteTest, AnAgentWritesNoReviewAndNoOutboxRow)
{
    const Draft draft = submittedDraft(m_agent2);
    ASSERT_GT(draft.id, 0);
    Database& agent = as(m_agent);
    const QString sha = DraftStore::sha256Of(kReply);
    // A review, even in another reviewer's name, and an approval for their colleague's draft.
    expectRefused(agent,
        u"INSERT INTO reviews (draft_id, reviewer_id, verdict, text, text_sha256, reviewed_at) "
        "VALUES (?, ?, 'approved', ?, ?, now())"_s,
        { draft.id, m_crew->userId(m_reviewer), kReply, sha }, u"permission denied"_s);
    const qint64 comment = scalar(u"SELECT c.comment_id FROM cases c WHERE c.id = ?"_s, { draft.caseId });
    expectRefused(agent,
        u"INSERT INTO outbox (kind, comment_id, draft_id, text, text_sha256, state, created_at, "
        "updated_at) VALUES ('reply', ?, ?, ?, ?, 'pending', now(), now())"_s,
        { comment, draft.id, kReply, sha });
    expectRefused(agent,
        u"INSERT INTO outbox (kind, comment_id, state, created_at, updated_at) "
        "VALUES ('hide', ?, 'pending', now(), now())"_s,
        { comment });
    // Nor through the hide function without a confirmation of their own.
    expectRefused(agent, u"SELECT public.md_site_queue_hide(?, now())"_s, { comment }, u"confirmed it"_s);
    // Change an outbox row: approve a reply the agent's colleague had approved, or drop it.
    ASSERT_TRUE(ReviewDesk(as(m_reviewer)).approve(draft.id, m_reviewer, m_reviewer).ok());
    const qint64 row = scalar(u"SELECT id FROM outbox WHERE draft_id = ?"_s, { draft.id });
    ASSERT_GT(row, 0);
    expectRefused(agent, u"UPDATE outbox SET text = 'Send us your SSN' WHERE id = ?"_s, { row });
    expectRefused(agent, u"UPDATE outbox SET state = 'sent', platform_result_id = 'x' WHERE id = ?"_s, { row });
    expectRefused(agent, u"DELETE FROM outbox WHERE id = ?"_s, { row });
    EXPECT_EQ(scalar(u"SELECT COUNT(*) FROM outbox WHERE id = ? AND state = 'pending'"_s, { row }), 1);
    // Become a reviewer, or someone else.
    expectRefused(
        agent, u"INSERT INTO user_roles (user_id, role) VALUES (?, 'reviewer')"_s, { m_crew->userId(m_agent) });
    expectRefused(agent, u"SELECT public.md_site_set_groups(?, '{reviewer}')"_s, { m_agent });
    expectRefused(agent, u"SELECT public.md_site_create_login('mallory', 'a-long-enough-password')"_s);
    // The library says so before the server does.
    User mallory;
    mallory.login = u"mallory-"_s + m_crew->suffix();
    mallory.roles = { Role::Admin };
    auto added = People(agent).add(mallory, u"a-long-enough-password"_s, m_agent);
    ASSERT_FALSE(added.ok());
    EXPECT_EQ(added.error().code(), Error::Code::Refused);
    EXPECT_TRUE(added.error().message().contains(u"only an admin"_s)) << added.error().toString().toStdString();
}

TEST_F(SiteTest, ASupervisorOpensOnlyNewUnheldCasesAndAnAgentNone)
{
    // Office Hours triage lets a supervisor open the case of an answerable question (migration
    // 8); a modified client may not open one already held, approved or closed.
    const qint64 comment = scalar(u"SELECT c.id FROM comments c WHERE NOT EXISTS "
                                  "(SELECT 1 FROM cases k WHERE k.comment_id = c.id) ORDER BY c.id LIMIT 1"_s);
    ASSERT_GT(comment, 0);
    Database& supervisor = as(m_supervisor);
    const QString insert
        = u"INSERT INTO cases (comment_id, queue, priority, state, assignee_id, created_at, updated_at) "
          "VALUES (?, 'sme', 'normal', ?, ?, now(), now())"_s;
    expectRefused(supervisor, insert, { comment, u"approved"_s, QVariant() }, u"row-level security"_s);
    expectRefused(supervisor, insert, { comment, u"assigned"_s, m_crew->userId(m_agent) }, u"row-level security"_s);
    expectRefused(as(m_agent), insert, { comment, u"new"_s, QVariant() }, u"permission denied"_s);
    auto opened = supervisor.exec(insert, { comment, u"new"_s, QVariant() });
    ASSERT_TRUE(opened.ok()) << opened.error().toString().toStdString();
    EXPECT_EQ(scalar(u"SELECT COUNT(*) FROM cases WHERE comment_id = ? AND state = 'new'"_s, { comment }), 1);
}

TEST_F(SiteTest, AReviewerChangesNoDraftAndSignsOnlyAsThemselves)
{
    const Draft draft = submittedDraft(m_agent);
    ASSERT_GT(draft.id, 0);
    Database& reviewer = as(m_reviewer);
    // The draft's text and author are not theirs to touch.
    expectRefused(reviewer, u"UPDATE drafts SET text = 'Send us your SSN', text_sha256 = ? WHERE id = ?"_s,
        { DraftStore::sha256Of(u"Send us your SSN"_s), draft.id }, u"permission denied"_s);
    expectRefused(
        reviewer, u"UPDATE drafts SET author_id = ? WHERE id = ?"_s, { m_crew->userId(m_reviewer2), draft.id });
    // Nor its state without a review of their own saying so.
    expectRefused(
        reviewer, u"UPDATE drafts SET state = 'returned' WHERE id = ?"_s, { draft.id }, u"row-level security"_s);
    expectRefused(reviewer,
        u"INSERT INTO drafts (case_id, author_id, text, text_sha256, state, created_at, updated_at) "
        "VALUES (?, ?, 'x', ?, 'submitted', now(), now())"_s,
        { draft.caseId, m_crew->userId(m_agent), DraftStore::sha256Of(u"x"_s) });
    // A review in another reviewer's name: refused by the trigger, not rewritten.
    expectRefused(reviewer,
        u"INSERT INTO reviews (draft_id, reviewer_id, verdict, text, text_sha256, reviewed_at) "
        "VALUES (?, ?, 'approved', ?, ?, now())"_s,
        { draft.id, m_crew->userId(m_reviewer2), draft.text, draft.textSha256 }, u"the connection's own role"_s);
    EXPECT_EQ(scalar(u"SELECT COUNT(*) FROM reviews WHERE draft_id = ?"_s, { draft.id }), 0);
    EXPECT_EQ(scalar(u"SELECT COUNT(*) FROM drafts WHERE id = ? AND state = 'submitted' AND text = ?"_s,
                  { draft.id, kReply }),
        1);
    // The reviewer policy alone refuses it too (a row whose reviewer is not the connection's).
    auto policy
        = owner().exec(u"SELECT pg_get_expr(polwithcheck, polrelid) FROM pg_policy WHERE polname = 'reviews_signed'"_s);
    ASSERT_TRUE(policy.ok() && policy->next());
    EXPECT_TRUE(policy->value(0).toString().contains(u"md_site_user_id"_s));
}

TEST_F(SiteTest, NoOneChangesOrRemovesAuditRows)
{
    ASSERT_GT(submittedDraft(m_agent).id, 0);
    const qint64 rows = scalar(u"SELECT COUNT(*) FROM audit_log"_s);
    for (const QString& login : { m_agent, m_reviewer, m_supervisor, m_admin }) {
        SCOPED_TRACE(login.toStdString());
        expectRefused(as(login), u"UPDATE audit_log SET actor = 'nobody' WHERE seq = 2"_s);
        expectRefused(as(login), u"DELETE FROM audit_log WHERE seq = (SELECT max(seq) FROM audit_log)"_s);
        expectRefusedRaw(as(login), u"TRUNCATE audit_log"_s);
        // They append, as themselves only.
        auto head = AuditStore(as(login)).head();
        ASSERT_TRUE(head.ok());
        expectRefused(as(login),
            u"INSERT INTO audit_log (seq, at, actor, action, entity_type, entity_id, details, "
            "prev_hash, hash) VALUES (?, now(), 'someone-else', 'x', 'x', 'x', '{}', ?, ?)"_s,
            { head->seq + 1, head->hash, QString(64, u'e') });
    }
    EXPECT_EQ(scalar(u"SELECT COUNT(*) FROM audit_log"_s), rows);
}

// Issue 17's guard, now attacked as a real reviewer's role: one approval's text cannot be queued
// for a second comment, neither as a new outbox row nor by moving the queued one.
TEST_F(SiteTest, AReviewerCannotQueueOneApprovalForASecondComment)
{
    const Draft draft = submittedDraft(m_agent);
    ASSERT_GT(draft.id, 0);
    ASSERT_TRUE(ReviewDesk(as(m_reviewer)).approve(draft.id, m_reviewer, m_reviewer).ok());
    const qint64 other = scalar(u"SELECT min(c.comment_id) FROM cases c WHERE c.id <> ?"_s, { draft.caseId });
    ASSERT_GT(other, 0);
    Database& reviewer = as(m_reviewer);
    expectRefused(reviewer,
        u"INSERT INTO outbox (kind, comment_id, draft_id, text, text_sha256, state, created_at, "
        "updated_at) VALUES ('reply', ?, ?, ?, ?, 'pending', now(), now())"_s,
        { other, draft.id, draft.text, draft.textSha256 });
    expectRefused(reviewer,
        u"INSERT INTO outbox (kind, comment_id, draft_id, text, text_sha256, state, created_at, "
        "updated_at) VALUES ('reply', ?, ?, ?, ?, 'sending', now(), now())"_s,
        { other, draft.id, draft.text, draft.textSha256 });
    const qint64 row = scalar(u"SELECT id FROM outbox WHERE draft_id = ?"_s, { draft.id });
    expectRefused(reviewer, u"UPDATE outbox SET comment_id = ? WHERE id = ?"_s, { other, row });
    EXPECT_EQ(scalar(u"SELECT COUNT(*) FROM outbox WHERE draft_id = ?"_s, { draft.id }), 1);
    EXPECT_EQ(scalar(u"SELECT COUNT(*) FROM outbox WHERE comment_id = ?"_s, { other }), 0);
}

TEST_F(SiteTest, NoOneButTheOwnerMakesTempTablesOrObjects)
{
    for (const QString& login : { m_agent, m_reviewer, m_supervisor, m_admin }) {
        SCOPED_TRACE(login.toStdString());
        expectRefusedRaw(as(login), u"CREATE TEMP TABLE reviews (LIKE public.reviews)"_s);
        expectRefusedRaw(as(login), u"CREATE TABLE public.mine (id INTEGER)"_s);
    }
}

TEST_F(SiteTest, OnlyTheSyncProcessSendsAndAPersonOnlyRetries)
{
    const Draft draft = submittedDraft(m_agent);
    ASSERT_GT(draft.id, 0);
    ASSERT_TRUE(ReviewDesk(as(m_reviewer)).approve(draft.id, m_reviewer, m_reviewer).ok());
    const qint64 row = scalar(u"SELECT id FROM outbox WHERE draft_id = ?"_s, { draft.id });
    ASSERT_GT(row, 0);
    for (const QString& login : { m_agent, m_reviewer, m_supervisor, m_admin }) {
        SCOPED_TRACE(login.toStdString());
        expectRefused(as(login), u"UPDATE outbox SET state = 'sending' WHERE id = ?"_s, { row });
        expectRefused(as(login), u"UPDATE outbox SET state = 'failed' WHERE id = ?"_s, { row });
        expectRefused(as(login), u"UPDATE outbox SET state = 'sent', platform_result_id = 'x' WHERE id = ?"_s, { row });
        EXPECT_EQ(OutboxStore(as(login)).markSending(row, login).code(), Error::Code::Refused);
    }

    // The site's sync process (the owner) takes it and the platform fails; a supervisor retries.
    OutboxStore sync(owner());
    ASSERT_FALSE(sync.markSending(row, u"system"_s).isError());
    for (const QString& login : { m_supervisor, m_admin }) {
        SCOPED_TRACE(login.toStdString());
        expectRefused(as(login), u"UPDATE outbox SET state = 'pending' WHERE id = ?"_s, { row }, u"only retries"_s);
    }
    ASSERT_FALSE(sync.markFailed(row, u"HTTP 503"_s, u"system"_s).isError());
    expectRefused(as(m_agent), u"UPDATE outbox SET state = 'pending' WHERE id = ?"_s, { row });
    EXPECT_EQ(OutboxStore(as(m_reviewer)).retry(row, m_reviewer).code(), Error::Code::Refused);
    const Error retried = OutboxStore(as(m_supervisor)).retry(row, m_supervisor);
    ASSERT_FALSE(retried.isError()) << retried.toString().toStdString();

    // Sent, by the sync process: the draft sent and the case answered.
    ASSERT_FALSE(sync.markSending(row, u"system"_s).isError());
    ASSERT_FALSE(sync.markSent(row, u"1850000000000000999"_s, u"system"_s).isError());
    EXPECT_EQ(scalar(u"SELECT COUNT(*) FROM drafts WHERE id = ? AND state = 'sent'"_s, { draft.id }), 1);
    EXPECT_EQ(scalar(u"SELECT COUNT(*) FROM cases WHERE id = ? AND state = 'answered'"_s, { draft.caseId }), 1);
}

TEST_F(SiteTest, PeopleWriteNoUsageQuarantineOrCheckpoints)
{
    const qint64 account = scalar(u"SELECT MIN(id) FROM accounts"_s);
    const QString hash(64, u'a');
    for (const QString& login : { m_agent, m_reviewer, m_supervisor }) {
        SCOPED_TRACE(login.toStdString());
        Database& person = as(login);
        expectRefused(person,
            u"INSERT INTO account_usage (account_id, kind, window_start, used) "
            "VALUES (?, 'post', now(), 1)"_s,
            { account }, u"permission denied"_s);
        expectRefused(person,
            u"INSERT INTO quarantine (platform, origin, reason, raw_base64, raw_sha256, received_at) "
            "VALUES ('twitter', 'x', 'y', '', ?, now())"_s,
            { hash }, u"permission denied"_s);
        expectRefused(person,
            u"INSERT INTO audit_checkpoints (day, seq, hash, mac, key_id, created_at) "
            "VALUES ('2026-11-02', 1, ?, ?, '0123456789abcdef', now())"_s,
            { hash, hash }, u"permission denied"_s);
        expectRefused(person, u"UPDATE accounts SET posts_per_day = 1"_s, {}, u"permission denied"_s);
        expectRefused(person, u"DELETE FROM comment_aliases"_s, {}, u"permission denied"_s);
    }
    // Everyone reads them.
    for (const QString& login : { m_agent, m_reviewer, m_supervisor, m_admin }) {
        for (const QString& table :
            { u"account_usage"_s, u"quarantine"_s, u"audit_checkpoints"_s, u"comment_aliases"_s })
            EXPECT_TRUE(as(login).exec(u"SELECT COUNT(*) FROM "_s + table).ok())
                << login.toStdString() << " " << table.toStdString();
    }
}
