#include "CommentBuilders.h"
#include "MockClock.h"
#include "StoreReads.h"
#include "TempDatabase.h"

#include "policy/AuthorActivity.h"
#include "policy/MultiPatternMatcher.h"
#include "policy/PolicyEngine.h"
#include "policy/PolicySnapshot.h"
#include "routing/SlaClock.h"
#include "storage/CaseStore.h"
#include "storage/CommentStore.h"
#include "storage/DecisionStore.h"
#include "storage/OutboxStore.h"
#include "storage/PolicyStore.h"
#include "sync/Triage.h"

#include <QTimeZone>

using namespace Qt::StringLiterals;
using namespace moderation;
using namespace moderation::test;

namespace {

const QByteArray kPolicy = R"({
  "policy": "Triage test", "version": 1, "timezone": "UTC",
  "rules": [
    { "id": "receipt", "clause": "Personal information", "when": { "pii": ["uscis_receipt"] },
      "then": { "action": "hide", "hide": "automatic", "category": "privacy" } },
    { "id": "ssn", "when": { "pii": ["ssn"] }, "then": { "action": "hide", "category": "privacy" } },
    { "id": "threat", "when": { "terms": ["get hurt"] },
      "then": { "action": "escalate", "queue": "security", "priority": "urgent", "sla": "15m" } },
    { "id": "question", "when": { "question": true }, "then": { "action": "respond", "sla": "1h" } },
    { "id": "default", "when": { "always": true }, "then": { "action": "ignore" } }
  ]
})";

} // namespace

class TriageTest : public ClockedEngineTest
{
protected:
    void SetUp() override
    {
        ClockedEngineTest::SetUp();
        if (HasFatalFailure())
            return;
        auto stored = PolicyStore(db()).storeAndActivate(u"Triage test"_s, 1, kPolicy, u"supervisor"_s);
        ASSERT_TRUE(stored.ok()) << stored.error().toString().toStdString();
        auto active = Triage::loadActive(db());
        ASSERT_TRUE(active.ok()) << active.error().toString().toStdString();
        m_policy = *active;
    }

    qint64 ingest(const QString& id, const QString& text)
    {
        auto result = CommentStore(db()).ingest({ pageComment(id, text).by(u"77"_s, {}, u"Pat"_s).at(m_clock.now()) });
        EXPECT_TRUE(result.ok()) << result.error().toString().toStdString();
        return result.ok() ? CommentStore(db()).byPlatformId(Platform::Facebook, id)->id : 0;
    }

    Result<TriageResult> triage() { return Triage(db(), m_policy.engine, m_policy.versionId).decidePending(2); }

    Triage::ActivePolicy m_policy;
};

TEST_P(TriageTest, EachActionLeadsToItsWork)
{
    const qint64 question = ingest(u"1_1"_s, u"How long does an I-485 take?"_s);
    const qint64 threat = ingest(u"1_2"_s, u"Someone there is going to get hurt"_s);
    const qint64 receipt = ingest(u"1_3"_s, u"My receipt is IOE0912345678"_s);
    const qint64 ssn = ingest(u"1_4"_s, u"my SSN is 123-45-6789"_s);
    const qint64 thanks = ingest(u"1_5"_s, u"Thanks for the session"_s);

    auto result = triage();
    ASSERT_TRUE(result.ok()) << result.error().toString().toStdString();
    EXPECT_EQ(result->decided, 5);
    EXPECT_EQ(result->casesOpened, 3);
    EXPECT_EQ(result->hidesQueued, 1);
    EXPECT_EQ(result->ignored, 1);

    CaseStore cases(db());
    auto threatCase = cases.forComment(threat);
    ASSERT_TRUE(threatCase.ok() && threatCase->has_value());
    EXPECT_EQ((*threatCase)->queue, u"security"_s);
    EXPECT_EQ((*threatCase)->priority, Priority::Urgent);
    EXPECT_EQ((*threatCase)->slaDueAt, m_clock.now().addSecs(900));
    EXPECT_EQ((*cases.forComment(question))->queue, u"general"_s);
    // A proposed hide waits for an agent in the moderation queue; an automatic one does not.
    EXPECT_EQ((*cases.forComment(ssn))->queue, u"moderation"_s);
    EXPECT_FALSE(cases.forComment(receipt)->has_value());
    EXPECT_FALSE(cases.forComment(thanks)->has_value());
    EXPECT_EQ(OutboxStore(db()).countPending().value(), 1);

    auto decision = DecisionStore(db()).latestFor(receipt);
    ASSERT_TRUE(decision.ok() && decision->has_value());
    EXPECT_EQ((*decision)->policyVersionId, std::optional<qint64>(m_policy.versionId));
}

TEST_P(TriageTest, DeadlinesFollowTheQueuesOfficeHoursAndOverdueCasesAreMarked)
{
    const QTimeZone newYork("America/New_York");
    m_clock.set(QDateTime(QDate(2026, 12, 4), QTime(19, 30), newYork)); // a Friday evening
    auto set = SlaClock(db()).setQueue(u"general"_s, { u"mon-fri 08:00-20:00"_s, u"America/New_York"_s, u"supervisors"_s },
                                       u"sam"_s);
    ASSERT_TRUE(set.ok()) << set.error().toString().toStdString();
    const qint64 question = ingest(u"1_1"_s, u"How long does an I-485 take?"_s);
    const qint64 threat = ingest(u"1_2"_s, u"Someone there is going to get hurt"_s);
    ASSERT_TRUE(triage().ok());
    CaseStore cases(db());
    // An hour of general's time: half an hour tonight, half an hour on Monday morning.
    EXPECT_EQ((*cases.forComment(question))->slaDueAt, QDateTime(QDate(2026, 12, 7), QTime(8, 30), newYork));
    // Security has no hours: 15 minutes of plain time.
    EXPECT_EQ((*cases.forComment(threat))->slaDueAt, m_clock.now().addSecs(900));

    m_clock.set(QDateTime(QDate(2026, 12, 5), QTime(10, 0), newYork));
    ingest(u"1_3"_s, u"Thanks for the session"_s);
    auto later = triage();
    ASSERT_TRUE(later.ok()) << later.error().toString().toStdString();
    EXPECT_EQ(later->slaBreached, 1); // the threat; the question's clock is paused for the weekend
    EXPECT_TRUE((*cases.forComment(threat))->slaBreachedAt.isValid());
    EXPECT_EQ((*cases.forComment(threat))->queue, u"security"_s); // security keeps its breached cases
    EXPECT_FALSE((*cases.forComment(question))->slaBreachedAt.isValid());
}

TEST_P(TriageTest, RunningAgainDecidesNothingTwice)
{
    ingest(u"2_1"_s, u"Is the office open?"_s);
    ASSERT_TRUE(triage().ok());
    m_clock.advance(10);
    auto again = triage();
    ASSERT_TRUE(again.ok());
    EXPECT_EQ(again->decided, 0);
}

TEST_P(TriageTest, EditThatAddsPersonalDataIsDecidedAgain)
{
    const qint64 id = ingest(u"3_1"_s, u"Can someone look at my case?"_s);
    ASSERT_TRUE(triage().ok());
    EXPECT_EQ((*DecisionStore(db()).latestFor(id))->decision.action, Action::Respond);

    m_clock.advance(120);
    ingest(u"3_1"_s, u"Can someone look at my case? Receipt IOE0912345678"_s);
    m_clock.advance(1);
    auto again = triage();
    ASSERT_TRUE(again.ok()) << again.error().toString().toStdString();
    EXPECT_EQ(again->decided, 1);
    EXPECT_EQ(again->hidesQueued, 1);
    EXPECT_EQ((*DecisionStore(db()).latestFor(id))->decision.ruleId, u"receipt"_s);
}

TEST_P(TriageTest, NoActivePolicyIsAClearError)
{
    ASSERT_FALSE(db().execRaw(u"UPDATE policy_versions SET active = "_s + (db().isSqlite() ? u"0"_s : u"false"_s))
                     .isError());
    auto active = Triage::loadActive(db());
    ASSERT_FALSE(active.ok());
    EXPECT_EQ(active.error().code(), Error::Code::NotFound);
    EXPECT_TRUE(active.error().message().contains(u"policy activate"_s));
}

// An edit can change what a comment needs: its case follows (queue, priority, an earlier deadline),
// audited; a case someone holds keeps its place and gets the new decision recorded on it.
TEST_P(TriageTest, AnEditedCommentsUnheldCaseFollowsItsNewDecision)
{
    const qint64 id = ingest(u"5_1"_s, u"How long does an I-485 take?"_s);
    ASSERT_TRUE(triage().ok());
    const Case before = CaseStore(db()).forComment(id).value().value();
    EXPECT_EQ(before.queue, u"general"_s);
    EXPECT_EQ(before.slaDueAt, m_clock.now().addSecs(3600));

    m_clock.advance(300);
    ingest(u"5_1"_s, u"How long does an I-485 take? Someone there is going to get hurt"_s);
    m_clock.advance(1);
    auto again = triage();
    ASSERT_TRUE(again.ok()) << again.error().toString().toStdString();
    EXPECT_EQ(again->casesRerouted, 1);
    EXPECT_EQ(again->casesOpened, 0);
    const Case after = CaseStore(db()).forComment(id).value().value();
    EXPECT_EQ(after.id, before.id);
    EXPECT_EQ(after.queue, u"security"_s);
    EXPECT_EQ(after.priority, Priority::Urgent);
    EXPECT_EQ(after.slaDueAt, m_clock.now().addSecs(900));
    EXPECT_EQ(after.decisionId, DecisionStore(db()).latestFor(id).value().value().id);
    EXPECT_FALSE(after.pendingDecisionId.has_value());
    const AuditEvent last = auditTail(db(), 1).constFirst();
    EXPECT_EQ(last.action, u"case.rerouted"_s);
    EXPECT_EQ(last.details.value(u"queue"_s).toString(), u"general"_s);
    EXPECT_EQ(last.details.value(u"new_queue"_s).toString(), u"security"_s);
}

TEST_P(TriageTest, AnEditNeverGivesACaseMoreTime)
{
    const qint64 id = ingest(u"6_1"_s, u"Someone there is going to get hurt"_s); // 15 minutes
    ASSERT_TRUE(triage().ok());
    const QDateTime due = CaseStore(db()).forComment(id).value().value().slaDueAt;
    m_clock.advance(60);
    ingest(u"6_1"_s, u"Is anyone there?"_s); // a question: an hour
    m_clock.advance(1);
    auto again = triage();
    ASSERT_TRUE(again.ok()) << again.error().toString().toStdString();
    const Case after = CaseStore(db()).forComment(id).value().value();
    EXPECT_EQ(after.queue, u"general"_s);
    EXPECT_EQ(after.slaDueAt, due);
}

TEST_P(TriageTest, AnEditedCommentsHeldCaseRecordsTheNewDecisionInsteadOfMoving)
{
    const qint64 id = ingest(u"7_1"_s, u"How long does an I-485 take?"_s);
    ASSERT_TRUE(triage().ok());
    const Case before = CaseStore(db()).forComment(id).value().value();
    const qint64 agent = [&] {
        auto q = db().exec(u"INSERT INTO users (login, created_at) VALUES ('agent.ana', ?) RETURNING id"_s,
                           { m_clock.now().toString(Qt::ISODateWithMs) });
        return q && q->next() ? q->value(0).toLongLong() : 0;
    }();
    ASSERT_TRUE(db().exec(u"UPDATE cases SET assignee_id = ?, state = 'assigned' WHERE id = ?"_s, { agent, before.id }).ok());

    m_clock.advance(300);
    ingest(u"7_1"_s, u"Never mind, thanks"_s); // now nothing to answer
    m_clock.advance(1);
    auto again = triage();
    ASSERT_TRUE(again.ok()) << again.error().toString().toStdString();
    EXPECT_EQ(again->casesFlagged, 1);
    const Case after = CaseStore(db()).forComment(id).value().value();
    EXPECT_EQ(after.queue, before.queue);
    EXPECT_EQ(after.assigneeId, std::optional<qint64>(agent));
    EXPECT_EQ(after.decisionId, before.decisionId);
    ASSERT_TRUE(after.pendingDecisionId.has_value());
    EXPECT_EQ(*after.pendingDecisionId, DecisionStore(db()).latestFor(id).value().value().id);
    EXPECT_EQ(auditTail(db(), 1).constFirst().action, u"case.redecision_pending"_s);
}

// A scan that failed decides nothing: the batch stops with the error and stores nothing of it.
TEST_P(TriageTest, AFailedScanStopsTheBatchAndDecidesNothing)
{
    const qint64 id = ingest(u"8_1"_s, u"How long does an I-485 take?"_s);
    MultiPatternMatcher::failNextScanForTesting();
    auto result = triage();
    ASSERT_FALSE(result.ok());
    EXPECT_EQ(result.error().code(), Error::Code::Internal);
    EXPECT_FALSE(DecisionStore(db()).latestFor(id).value().has_value());
    EXPECT_FALSE(CaseStore(db()).forComment(id).value().has_value());
    // Run again, it decides.
    auto again = triage();
    ASSERT_TRUE(again.ok()) << again.error().toString().toStdString();
    EXPECT_EQ(again->decided, 1);
}

// The engine runs what was activated, or nothing: a document changed in the store after
// activation (the immutability guard removed first, as only DDL rights allow) stops triage.
TEST_P(TriageTest, AStoredPolicyChangedAfterActivationStopsTriage)
{
    ASSERT_FALSE(db().execRaw(db().isSqlite() ? u"DROP TRIGGER policy_versions_immutable"_s
                                              : u"DROP TRIGGER policy_versions_immutable ON policy_versions"_s)
                     .isError());
    const QByteArray altered = QByteArray(kPolicy).replace("\"get hurt\"", "\"get hurt\", \"refund\"");
    ASSERT_NE(altered, kPolicy);
    ASSERT_TRUE(db().exec(u"UPDATE policy_versions SET document = ? WHERE id = ?"_s,
                          { QString::fromUtf8(altered), m_policy.versionId })
                    .ok());
    auto active = Triage::loadActive(db());
    ASSERT_FALSE(active.ok());
    EXPECT_EQ(active.error().code(), Error::Code::Corrupt);
    EXPECT_TRUE(active.error().message().contains(u"SHA-256"_s)) << active.error().toString().toStdString();
}

namespace {

// Counts like a store whose query failed: a number, and the failure kept for takeError().
class FailingActivity final : public AuthorActivity
{
public:
    int countWithin(const Comment&, qint64) const override
    {
        ++m_calls;
        return 5;
    }
    Error takeError() override
    {
        return m_calls > 0 ? Error(Error::Code::DatabaseUnreachable, u"the count failed"_s) : Error();
    }

private:
    mutable int m_calls = 0;
};

const QByteArray kRepeatPolicy = R"({
  "policy": "Repeat", "version": 1, "timezone": "UTC",
  "rules": [
    { "id": "flood", "when": { "repeat": { "count": 3, "within": "1h" } }, "then": { "action": "hide" } },
    { "id": "default", "when": { "always": true }, "then": { "action": "ignore" } }
  ]
})";

} // namespace

// A failed count must not decide a `repeat` rule: the batch stops with the error, and nothing of
// it is stored.
TEST_P(TriageTest, AFailedRepeatCountStopsTheBatchInsteadOfDeciding)
{
    auto stored = PolicyStore(db()).storeAndActivate(u"Repeat"_s, 1, kRepeatPolicy, u"supervisor"_s);
    ASSERT_TRUE(stored.ok()) << stored.error().toString().toStdString();
    auto active = Triage::loadActive(db());
    ASSERT_TRUE(active.ok()) << active.error().toString().toStdString();
    const qint64 id = ingest(u"9_1"_s, u"buy now"_s);

    FailingActivity failing;
    Triage triage(db(), active->engine, active->versionId);
    triage.setAuthorActivity(&failing);
    auto result = triage.decidePending();
    ASSERT_FALSE(result.ok());
    EXPECT_EQ(result.error().code(), Error::Code::DatabaseUnreachable);
    EXPECT_EQ(result.error().recordId(), QString::number(id));
    auto decision = DecisionStore(db()).latestFor(id);
    ASSERT_TRUE(decision.ok()) << decision.error().toString().toStdString();
    EXPECT_FALSE(decision->has_value());
}

MODERATION_INSTANTIATE_ENGINES(TriageTest);
