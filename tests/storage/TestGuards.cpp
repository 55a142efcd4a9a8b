// The store's promises against a hostile client (issue 17): each test attacks one guard the way
// raw SQL would, on both engines unless named for one. Where another guard would refuse first,
// the test removes that one, so that each guard is shown to hold on its own
// (tools/mutate-guards.sh checks that no condition of any guard goes untested).
#include "InvariantFixture.h"
#include "PostgresRole.h"
#include "StoreReads.h"

using namespace Qt::StringLiterals;
using namespace moderation;
using namespace moderation::test;

namespace {

const QStringList kDraftStates { u"editing"_s, u"submitted"_s, u"approved"_s, u"returned"_s, u"withdrawn"_s, u"sent"_s };

} // namespace

class GuardTest : public InvariantTest
{
protected:
    // Removes the review guards, as an attacker with DDL rights could, to show that the outbox's
    // own guard still holds.
    void dropReviewGuards()
    {
        const QStringList drops = db().isSqlite()
            ? QStringList { u"DROP TRIGGER reviews_not_by_author"_s, u"DROP TRIGGER reviews_by_reviewer"_s,
                            u"DROP TRIGGER reviews_of_current_text"_s }
            : QStringList { u"DROP TRIGGER reviews_guard ON reviews"_s };
        for (const QString& drop : drops)
            ASSERT_FALSE(db().execRaw(drop).isError()) << drop.toStdString();
    }
    void dropDraftGuards()
    {
        const QStringList drops = db().isSqlite()
            ? QStringList { u"DROP TRIGGER drafts_state_forward"_s, u"DROP TRIGGER drafts_approved_by_review"_s,
                            u"DROP TRIGGER drafts_start_unreviewed"_s }
            : QStringList { u"DROP TRIGGER drafts_guard ON drafts"_s };
        for (const QString& drop : drops)
            ASSERT_FALSE(db().execRaw(drop).isError()) << drop.toStdString();
    }
    static void expectRefused(const Error& error, const QString& says = {})
    {
        EXPECT_EQ(error.code(), Error::Code::Refused) << error.toString().toStdString();
        if (!says.isEmpty()) {
            EXPECT_TRUE(error.message().contains(says)) << error.toString().toStdString();
        }
    }
    // A draft brought to `state` along the allowed moves (approved through a review).
    qint64 draftIn(const QString& state)
    {
        if (state == u"editing"_s || state == u"submitted"_s)
            return insertDraft(kReply, m_author, 0, state);
        if (state == u"approved"_s || state == u"sent"_s) {
            const qint64 draft = approvedDraft(kReply);
            if (state == u"sent"_s) {
                EXPECT_FALSE(setDraftState(draft, state).isError());
            }
            return draft;
        }
        const qint64 draft = insertDraft(kReply, m_author);
        if (state == u"returned"_s) {
            EXPECT_FALSE(insertReview(draft, m_reviewer, u"returned"_s, kReply).isError());
        }
        EXPECT_FALSE(setDraftState(draft, state).isError()) << state.toStdString();
        return draft;
    }
};

// ---------------------------------------------------------------------------------------------
// An approval is used once, for its own case.

TEST_P(GuardTest, ApprovedReplyGoesOnlyToItsOwnCasesComment)
{
    const qint64 other = storeComment(u"1850000000000000002"_s);
    openCase(other);
    const qint64 draft = approvedDraft(kReply);
    expectRefused(trySending(draft, kReply, other), u"approving review"_s);
    const qint64 own = approvedDraft(kReply);
    EXPECT_FALSE(trySending(own, kReply).isError());
}

TEST_P(GuardTest, AnApprovalQueuesOneReplyOnly)
{
    const qint64 draft = approvedDraft(kReply);
    ASSERT_TRUE(insertOutboxReply(draft, kReply, u"pending"_s).ok());
    auto second = insertOutboxReply(draft, kReply, u"pending"_s);
    ASSERT_FALSE(second.ok());
    expectRefused(second.error());
}

TEST_P(GuardTest, AnotherDraftsApprovalDoesNotSendThisOne)
{
    approvedDraft(kReply);
    const qint64 unreviewed = insertDraft(kReply, m_author);
    expectRefused(trySending(unreviewed, kReply));
}

TEST_P(GuardTest, WithdrawnDraftNoLongerSends)
{
    const qint64 draft = approvedDraft(kReply);
    ASSERT_FALSE(setDraftState(draft, u"withdrawn"_s).isError());
    expectRefused(trySending(draft, kReply));
}

TEST_P(GuardTest, AnApprovingReviewOfADraftStillSubmittedDoesNotSendIt)
{
    const qint64 draft = insertDraft(kReply, m_author);
    ASSERT_FALSE(insertReview(draft, m_reviewer, u"approved"_s, kReply).isError());
    expectRefused(trySending(draft, kReply));
}

TEST_P(GuardTest, ALaterReturnedReviewCancelsTheApproval)
{
    const qint64 draft = approvedDraft(kReply);
    dropReviewGuards(); // they refuse a review of a draft that is no longer submitted
    ASSERT_FALSE(insertReview(draft, m_reviewer, u"returned"_s, kReply).isError());
    expectRefused(trySending(draft, kReply));
}

TEST_P(GuardTest, AReturnedVerdictDoesNotSendAnApprovedDraft)
{
    const qint64 draft = insertDraft(kReply, m_author);
    ASSERT_FALSE(insertReview(draft, m_reviewer, u"returned"_s, kReply).isError());
    dropDraftGuards(); // they refuse approving a draft without an approving review
    ASSERT_FALSE(setDraftState(draft, u"approved"_s).isError());
    expectRefused(trySending(draft, kReply));
}

TEST_P(GuardTest, TheApprovedTextWithAnotherHashIsRefused)
{
    const qint64 draft = approvedDraft(kReply);
    auto outbox = insertOutboxReply(draft, kReply, u"pending"_s, {}, sha256(u"another text"_s));
    ASSERT_TRUE(outbox.ok()) << outbox.error().toString().toStdString();
    expectRefused(setOutboxState(*outbox, u"sending"_s));
}

TEST_P(GuardTest, OnlyAReviewerMayReview)
{
    const qint64 colleague = insertUser(u"agent.bo"_s, { u"agent"_s, u"supervisor"_s });
    const qint64 draft = insertDraft(kReply, m_author);
    expectRefused(insertReview(draft, colleague, u"approved"_s, kReply), u"reviewer role"_s);
}

TEST_P(GuardTest, TheOutboxRefusesAnApprovalByANonReviewerOnItsOwn)
{
    const qint64 colleague = insertUser(u"agent.bo"_s, { u"agent"_s });
    const qint64 draft = insertDraft(kReply, m_author);
    dropReviewGuards();
    ASSERT_FALSE(insertReview(draft, colleague, u"approved"_s, kReply).isError());
    ASSERT_FALSE(setDraftState(draft, u"approved"_s).isError());
    expectRefused(trySending(draft, kReply));
}

TEST_P(GuardTest, TheOutboxRefusesASelfApprovalOnItsOwn)
{
    const qint64 both = insertUser(u"agent.and.reviewer"_s, { u"agent"_s, u"reviewer"_s });
    const qint64 draft = insertDraft(kReply, both);
    dropReviewGuards();
    ASSERT_FALSE(insertReview(draft, both, u"approved"_s, kReply).isError());
    ASSERT_FALSE(setDraftState(draft, u"approved"_s).isError());
    expectRefused(trySending(draft, kReply));
}

TEST_P(GuardTest, AReviewIsOfASubmittedDraft)
{
    const qint64 editing = insertDraft(kReply, m_author, 0, u"editing"_s);
    expectRefused(insertReview(editing, m_reviewer, u"approved"_s, kReply), u"submitted"_s);
    const qint64 approved = approvedDraft(kReply);
    expectRefused(insertReview(approved, m_reviewer, u"approved"_s, kReply));
}

// A review carries the draft's text and its hash, each checked on its own. Drafts written by a
// modified client may carry a hash that is not their text's; a review must match both.
TEST_P(GuardTest, AReviewCarriesTheDraftsTextAndItsHashEachOnItsOwn)
{
    const QString other = u"Something nobody submitted."_s;
    const qint64 draft = insertDraft(kReply, m_author);
    expectRefused(insertReview(draft, m_reviewer, u"approved"_s, other, sha256(kReply)), u"current text"_s);
    expectRefused(insertReview(draft, m_reviewer, u"approved"_s, kReply, sha256(other)), u"current text"_s);
    // A draft whose stored hash is another text's: neither its text with the right hash nor the
    // other text with the draft's hash passes.
    const qint64 mismatched = insertDraft(kReply, m_author, 0, u"submitted"_s, sha256(other));
    expectRefused(insertReview(mismatched, m_reviewer, u"approved"_s, other, sha256(other)));
    expectRefused(insertReview(mismatched, m_reviewer, u"approved"_s, kReply, sha256(kReply)));
    if (!db().isSqlite()) {
        // PostgreSQL also recomputes the hash from the review's own text.
        expectRefused(insertReview(mismatched, m_reviewer, u"approved"_s, kReply, sha256(other)));
    }
}

// With the review guards gone, the outbox still compares the reviewed text and its hash itself.
TEST_P(GuardTest, TheOutboxComparesTheReviewedTextAndHashEachOnItsOwn)
{
    const QString other = u"Something nobody submitted."_s;
    dropReviewGuards();
    const auto approvedWith = [&](const QString& reviewedText, const QString& reviewedHash) {
        const qint64 draft = insertDraft(kReply, m_author);
        EXPECT_FALSE(insertReview(draft, m_reviewer, u"approved"_s, reviewedText, reviewedHash).isError());
        EXPECT_FALSE(setDraftState(draft, u"approved"_s).isError());
        return draft;
    };
    // The review's hash is the reply's, its text another: refused.
    expectRefused(trySending(approvedWith(other, sha256(kReply)), kReply));
    // The review's text is the reply's, its hash another's: refused.
    expectRefused(trySending(approvedWith(kReply, sha256(other)), kReply));
    if (!db().isSqlite()) {
        // And PostgreSQL recomputes the reply's hash: a reply carrying the review's wrong hash.
        const qint64 draft = approvedWith(kReply, sha256(other));
        auto outbox = insertOutboxReply(draft, kReply, u"pending"_s, {}, sha256(other));
        ASSERT_TRUE(outbox.ok()) << outbox.error().toString().toStdString();
        expectRefused(setOutboxState(*outbox, u"sending"_s));
    }
}

// ---------------------------------------------------------------------------------------------
// A draft keeps its author and moves only forward.

TEST_P(GuardTest, ASubmittedDraftsTextAndHashAreFrozenEachOnItsOwn)
{
    const qint64 draft = insertDraft(kReply, m_author);
    const QString other = u"Changed after submission."_s;
    auto textOnly = db().exec(u"UPDATE drafts SET text = ? WHERE id = ?"_s, { other, draft });
    ASSERT_FALSE(textOnly.ok());
    expectRefused(textOnly.error(), u"cannot change"_s);
    auto hashOnly = db().exec(u"UPDATE drafts SET text_sha256 = ? WHERE id = ?"_s, { sha256(other), draft });
    ASSERT_FALSE(hashOnly.ok());
    expectRefused(hashOnly.error(), u"cannot change"_s);
}

TEST_P(GuardTest, WritingADraftsOwnStateAgainIsAllowed)
{
    for (const QString& state : { u"editing"_s, u"submitted"_s, u"approved"_s, u"returned"_s }) {
        const qint64 draft = draftIn(state);
        EXPECT_FALSE(setDraftState(draft, state).isError()) << state.toStdString();
    }
}

TEST_P(GuardTest, ADraftsAuthorNeverChangesEvenWhileEditing)
{
    const qint64 draft = insertDraft(kReply, m_author, 0, u"editing"_s);
    auto changed = db().exec(u"UPDATE drafts SET author_id = ? WHERE id = ?"_s, { m_reviewer, draft });
    ASSERT_FALSE(changed.ok());
    expectRefused(changed.error(), u"author"_s);
}

TEST_P(GuardTest, AnAgentsDraftInEditingMayChangeItsText)
{
    const qint64 draft = insertDraft(kReply, m_author, 0, u"editing"_s);
    const QString revised = kReply + u" Thanks!"_s;
    auto changed = db().exec(u"UPDATE drafts SET text = ?, text_sha256 = ? WHERE id = ?"_s, { revised, sha256(revised), draft });
    EXPECT_TRUE(changed.ok()) << changed.error().toString().toStdString();
    EXPECT_FALSE(setDraftState(draft, u"submitted"_s).isError());
}

TEST_P(GuardTest, ADraftsStateMovesOnlyForward)
{
    const QSet<QString> allowed { u"editing>submitted"_s, u"editing>withdrawn"_s, u"submitted>approved"_s,
                                  u"submitted>returned"_s, u"submitted>withdrawn"_s, u"approved>sent"_s,
                                  u"approved>withdrawn"_s, u"returned>withdrawn"_s };
    for (const QString& from : kDraftStates) {
        for (const QString& to : kDraftStates) {
            if (from == to)
                continue;
            const qint64 draft = draftIn(from);
            const QString move = from + u'>' + to;
            if (to == u"approved"_s && from == u"submitted"_s) {
                ASSERT_FALSE(insertReview(draft, m_reviewer, u"approved"_s, kReply).isError());
            }
            const Error error = setDraftState(draft, to);
            if (allowed.contains(move)) {
                EXPECT_FALSE(error.isError()) << move.toStdString() << ": " << error.toString().toStdString();
            } else {
                EXPECT_EQ(error.code(), Error::Code::Refused) << move.toStdString() << " was allowed";
            }
        }
    }
}

TEST_P(GuardTest, ADraftIsApprovedOnlyByItsLatestReviewApproving)
{
    const qint64 unreviewed = insertDraft(kReply, m_author);
    expectRefused(setDraftState(unreviewed, u"approved"_s), u"approving review"_s);
    const qint64 returned = insertDraft(kReply, m_author);
    ASSERT_FALSE(insertReview(returned, m_reviewer, u"returned"_s, kReply).isError());
    expectRefused(setDraftState(returned, u"approved"_s));
    // Approved, then returned by a second reviewer before the state moved: the latest counts.
    const qint64 second = insertUser(u"reviewer.sam"_s, { u"reviewer"_s });
    const qint64 changedMind = insertDraft(kReply, m_author);
    ASSERT_FALSE(insertReview(changedMind, m_reviewer, u"approved"_s, kReply).isError());
    ASSERT_FALSE(insertReview(changedMind, second, u"returned"_s, kReply).isError());
    expectRefused(setDraftState(changedMind, u"approved"_s));
}

TEST_P(GuardTest, ANewDraftStartsUnreviewed)
{
    for (const QString& state : { u"approved"_s, u"sent"_s, u"returned"_s, u"withdrawn"_s }) {
        auto inserted = db().exec(u"INSERT INTO drafts (case_id, author_id, text, text_sha256, state, created_at, "
                                  "updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)"_s,
                                  { m_case, m_author, kReply, sha256(kReply), state, kNow, kNow });
        ASSERT_FALSE(inserted.ok()) << state.toStdString();
        expectRefused(inserted.error());
    }
}

// ---------------------------------------------------------------------------------------------
// The active policy cannot change under the engine.

TEST_P(GuardTest, AStoredPolicyVersionNeverChangesOnlyItsActiveFlag)
{
    const qint64 id = insertReturningId(u"INSERT INTO policy_versions (name, version, document, sha256, created_at, "
                                        "created_by) VALUES ('p', 1, '{}', ?, ?, 'admin') RETURNING id"_s,
                                        { QString(64, u'1'), kNow });
    const QList<std::pair<QString, QVariant>> changes {
        { u"id"_s, id + 1000 },           { u"name"_s, u"q"_s },       { u"version"_s, 2 },
        { u"document"_s, u"{\"rules\":[]}"_s }, { u"sha256"_s, QString(64, u'2') },
        { u"created_at"_s, u"2026-11-03T00:00:00.000Z"_s }, { u"created_by"_s, u"mallory"_s },
    };
    for (const auto& [column, value] : changes) {
        auto changed = db().exec(u"UPDATE policy_versions SET %1 = ? WHERE id = ?"_s.arg(column), { value, id });
        ASSERT_FALSE(changed.ok()) << column.toStdString();
        expectRefused(changed.error(), u"never changes"_s);
    }
    auto activated = db().exec(u"UPDATE policy_versions SET active = ?, activated_at = ? WHERE id = ?"_s, { true, kNow, id });
    EXPECT_TRUE(activated.ok()) << activated.error().toString().toStdString();
    auto deleted = db().exec(u"DELETE FROM policy_versions WHERE id = ?"_s, { id });
    ASSERT_FALSE(deleted.ok());
    expectRefused(deleted.error());
}

// A row after a gap is refused whatever hash it carries, even the empty chain's (which is what
// the missing row before it "has").
TEST_P(GuardTest, AnAuditRowAfterAGapIsRefusedWhateverItCarries)
{
    const AuditEvent last = auditTail(db(), 1).constFirst();
    for (const QString& prev : { last.hash, QString(64, u'0') }) {
        auto gap = db().exec(u"INSERT INTO audit_log (seq, at, actor, action, entity_type, entity_id, details, "
                             "prev_hash, hash) VALUES (?, ?, 'mallory', 'x', 'x', 'x', '{}', ?, ?)"_s,
                             { last.seq + 5, kNow, prev, QString(64, u'c') });
        ASSERT_FALSE(gap.ok()) << prev.toStdString();
        expectRefused(gap.error(), u"follow the last one"_s);
    }
}

MODERATION_INSTANTIATE_ENGINES(GuardTest);

// ---------------------------------------------------------------------------------------------
// PostgreSQL: a session's TEMP tables never stand in for ours. The attacker is a role that may
// read and write every table and create temporary ones, as a client doing its work may.

class TempTableAttack : public ::testing::Test
{
protected:
    void SetUp() override
    {
        m_temp = std::make_unique<TempDatabase>(Engine::Postgres);
        ASSERT_TRUE(m_temp->setupError().isEmpty()) << m_temp->setupError().toStdString();
        m_role = std::make_unique<PostgresRole>(m_temp->db(), u"md_attacker"_s);
        ASSERT_TRUE(m_role->setupError().isEmpty()) << m_role->setupError().toStdString();
        ASSERT_FALSE(m_role->grantTableRights().isError());
        auto connected = m_role->connect();
        ASSERT_TRUE(connected.ok()) << connected.error().toString().toStdString();
        m_attacker = std::move(connected.value());
    }
    void TearDown() override
    {
        m_attacker.reset();
        m_role.reset();
        m_temp.reset();
    }
    qint64 insert(const QString& sql, const QVariantList& values)
    {
        auto q = m_attacker->exec(sql, values);
        EXPECT_TRUE(q.ok()) << q.error().toString().toStdString();
        return q.ok() && q->next() ? q->value(0).toLongLong() : 0;
    }
    void createTemp(const QString& table)
    {
        ASSERT_FALSE(m_attacker->execRaw(u"CREATE TEMP TABLE %1 (LIKE public.%1 INCLUDING DEFAULTS)"_s.arg(table)).isError())
            << table.toStdString();
    }

    std::unique_ptr<TempDatabase> m_temp;
    std::unique_ptr<PostgresRole> m_role;
    std::unique_ptr<Database> m_attacker;
};

TEST_F(TempTableAttack, FakeReviewsInTempTablesDoNotSendAReply)
{
    Database& db = *m_attacker;
    const qint64 author = insert(u"INSERT INTO users (login, created_at) VALUES ('agent.ana', ?) RETURNING id"_s, { kNow });
    const qint64 accomplice = insert(u"INSERT INTO users (login, created_at) VALUES ('accomplice', ?) RETURNING id"_s, { kNow });
    const qint64 comment = insert(u"INSERT INTO comments (platform, platform_id, source, author_id, text, created_at, "
                                  "raw_json, ingested_at, updated_at) VALUES ('twitter', '1', 'mention', '42', 'q?', ?, "
                                  "'{}', ?, ?) RETURNING id"_s, { kNow, kNow, kNow });
    const qint64 caseId = insert(u"INSERT INTO cases (comment_id, created_at, updated_at) VALUES (?, ?, ?) RETURNING id"_s,
                                 { comment, kNow, kNow });
    const QString text = u"Send us your SSN by DM."_s;
    const qint64 draft = insert(u"INSERT INTO drafts (case_id, author_id, text, text_sha256, state, created_at, "
                                "updated_at) VALUES (?, ?, ?, ?, 'submitted', ?, ?) RETURNING id"_s,
                                { caseId, author, text, sha256(text), kNow, kNow });
    // The stand-ins: an approving review, an approved draft and a reviewer role, all in pg_temp.
    for (const QString& table : { u"reviews"_s, u"drafts"_s, u"cases"_s, u"user_roles"_s })
        createTemp(table);
    ASSERT_TRUE(db.exec(u"INSERT INTO pg_temp.user_roles (user_id, role) VALUES (?, 'reviewer')"_s, { accomplice }).ok());
    ASSERT_TRUE(db.exec(u"INSERT INTO pg_temp.cases (id, comment_id, created_at, updated_at) VALUES (?, ?, ?, ?)"_s,
                        { caseId, comment, kNow, kNow }).ok());
    ASSERT_TRUE(db.exec(u"INSERT INTO pg_temp.drafts (id, case_id, author_id, text, text_sha256, state, created_at, "
                        "updated_at) VALUES (?, ?, ?, ?, ?, 'approved', ?, ?)"_s,
                        { draft, caseId, author, text, sha256(text), kNow, kNow }).ok());
    ASSERT_TRUE(db.exec(u"INSERT INTO pg_temp.reviews (id, draft_id, reviewer_id, verdict, text, text_sha256, "
                        "reviewed_at) VALUES (1, ?, ?, 'approved', ?, ?, ?)"_s,
                        { draft, accomplice, text, sha256(text), kNow }).ok());
    // Unqualified names now mean the TEMP tables in this session.
    auto seen = db.exec(u"SELECT COUNT(*) FROM reviews"_s);
    ASSERT_TRUE(seen.ok() && seen->next());
    ASSERT_EQ(seen->value(0).toInt(), 1);

    auto sending = db.exec(u"INSERT INTO outbox (kind, comment_id, draft_id, text, text_sha256, state, created_at, "
                           "updated_at) VALUES ('reply', ?, ?, ?, ?, 'sending', ?, ?)"_s,
                           { comment, draft, text, sha256(text), kNow, kNow });
    ASSERT_FALSE(sending.ok());
    EXPECT_EQ(sending.error().code(), Error::Code::Refused) << sending.error().toString().toStdString();
    // Nor does the real draft become approved on the strength of the fake review.
    auto approved = db.exec(u"UPDATE public.drafts SET state = 'approved' WHERE id = ?"_s, { draft });
    ASSERT_FALSE(approved.ok());
    EXPECT_EQ(approved.error().code(), Error::Code::Refused);
}

TEST_F(TempTableAttack, AFakeChainHeadInATempTableDoesNotLetARowIn)
{
    Database& db = *m_attacker;
    createTemp(u"audit_log"_s);
    const QString fakeHead(64, u'f');
    ASSERT_TRUE(db.exec(u"INSERT INTO pg_temp.audit_log (seq, at, actor, action, entity_type, entity_id, details, "
                        "prev_hash, hash) VALUES (1000, ?, 'x', 'x', 'x', 'x', '{}', ?, ?)"_s,
                        { kNow, fakeHead, fakeHead }).ok());
    auto forged = db.exec(u"INSERT INTO public.audit_log (seq, at, actor, action, entity_type, entity_id, details, "
                          "prev_hash, hash) VALUES (1001, ?, 'mallory', 'x', 'x', 'x', '{}', ?, ?)"_s,
                          { kNow, fakeHead, QString(64, u'e') });
    ASSERT_FALSE(forged.ok());
    EXPECT_EQ(forged.error().code(), Error::Code::Refused) << forged.error().toString().toStdString();
}

TEST_F(TempTableAttack, EveryGuardFunctionPinsItsSearchPath)
{
    auto functions = m_temp->db().exec(uR"(
        SELECT p.proname, COALESCE(array_to_string(p.proconfig, ','), '')
        FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
        WHERE n.nspname = 'public' AND p.prorettype = 'trigger'::regtype)"_s);
    ASSERT_TRUE(functions.ok()) << functions.error().toString().toStdString();
    int count = 0;
    while (functions->next()) {
        ++count;
        EXPECT_EQ(functions->value(1).toString(), u"search_path=pg_catalog, pg_temp"_s)
            << functions->value(0).toString().toStdString();
    }
    EXPECT_GE(count, 6);
}
