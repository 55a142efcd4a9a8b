// A person's reclassification of a case (issue 18, item 3): a new decision beside the policy's,
// the case following it, each step audited in one transaction; every refusal writes nothing.
#include "StoreReads.h"
#include "WorkFixture.h"

#include "review/CaseReclassifier.h"
#include "review/ReviewDesk.h"
#include "routing/Router.h"
#include "storage/CaseStore.h"
#include "storage/DecisionStore.h"
#include "storage/OutboxStore.h"

#include <QJsonObject>

using namespace Qt::StringLiterals;
using namespace moderation;
using namespace moderation::test;

class CaseReclassifierTest : public WorkTest
{
protected:
    void SetUp() override
    {
        WorkTest::SetUp();
        if (HasFatalFailure())
            return;
        m_ana = addUser(u"ana"_s, { Role::Agent });
        addUser(u"bo"_s, { Role::Agent });
        addUser(u"sam"_s, { Role::Supervisor });
        addUser(u"rui"_s, { Role::Reviewer });
        m_case = openCase(u"1850000000000000001"_s);
        Decision decision;
        decision.ruleId = u"green-card"_s;
        decision.action = Action::Respond;
        decision.category = u"green-card"_s;
        decision.queue = u"general"_s;
        decision.explanation = u"A question about green cards."_s;
        auto recorded = DecisionStore(db()).record(m_case.commentId, decision, std::nullopt);
        ASSERT_TRUE(recorded.ok()) << recorded.error().toString().toStdString();
        m_policyDecision = *recorded;
        auto taken = Router(db()).next(u"ana"_s, u"ana"_s);
        ASSERT_TRUE(taken.ok() && taken->has_value()) << taken.error().toString().toStdString();
    }

    Result<Case> reclassify(const QString& login, Action action, const QString& reason, const QString& queue = {},
                            qint64 caseId = 0)
    {
        return CaseReclassifier(db()).reclassify(caseId ? caseId : m_case.id, login, action, reason, queue, login);
    }

    QList<StoredDecision> decisions() { return DecisionStore(db()).forComment(m_case.commentId).value(); }

    QStringList recentActions(int count)
    {
        QStringList actions;
        for (const AuditEvent& e : auditTail(db(), count))
            actions.prepend(e.action);
        return actions;
    }

    QStringList outboxRows()
    {
        QStringList rows;
        auto q = db().exec(u"SELECT kind, state FROM outbox WHERE comment_id = ? ORDER BY id"_s, { m_case.commentId });
        EXPECT_TRUE(q.ok()) << q.error().toString().toStdString();
        while (q.ok() && q->next())
            rows << q->value(0).toString() + u'|' + q->value(1).toString();
        return rows;
    }

    // A refusal with this code and words, and nothing written: no decision, the case as it was.
    void expectRefused(const Result<Case>& result, Error::Code code, const QString& says)
    {
        ASSERT_FALSE(result.ok());
        EXPECT_EQ(result.error().code(), code) << result.error().toString().toStdString();
        EXPECT_TRUE(result.error().message().contains(says)) << result.error().toString().toStdString();
        EXPECT_EQ(decisions().size(), 1);
        EXPECT_TRUE(outboxRows().isEmpty());
    }

    qint64 m_ana = 0;
    Case m_case;
    qint64 m_policyDecision = 0;
};

TEST_P(CaseReclassifierTest, IgnoreClosesTheCaseWithTheReasonBesideThePolicysDecision)
{
    auto closed = reclassify(u"ana"_s, Action::Ignore, u"spam from a bot account"_s);
    ASSERT_TRUE(closed.ok()) << closed.error().toString().toStdString();
    EXPECT_EQ(closed->state, Case::State::Closed);
    EXPECT_EQ(reload(m_case.id).stateReason, u"spam from a bot account"_s);

    const QList<StoredDecision> all = decisions();
    ASSERT_EQ(all.size(), 2);
    EXPECT_EQ(all[0].id, m_policyDecision); // the policy's, unchanged
    EXPECT_EQ(all[0].decision.action, Action::Respond);
    EXPECT_FALSE(all[0].decidedBy.has_value());
    EXPECT_EQ(all[1].decidedBy.value_or(0), m_ana);
    EXPECT_EQ(all[1].decision.action, Action::Ignore);
    EXPECT_EQ(all[1].decision.ruleId, CaseReclassifier::ruleId());
    EXPECT_EQ(all[1].decision.explanation, u"spam from a bot account"_s);
    EXPECT_EQ(all[1].decision.category, u"green-card"_s);

    EXPECT_EQ(recentActions(3), (QStringList { u"decision.recorded"_s, u"case.reclassified"_s, u"case.closed"_s }));
    const AuditEvent event = auditTail(db(), 2).value(1);
    EXPECT_EQ(event.details.value(u"from_action"_s).toString(), u"respond"_s);
    EXPECT_EQ(event.details.value(u"to_action"_s).toString(), u"ignore"_s);
    EXPECT_EQ(event.details.value(u"reason"_s).toString(), u"spam from a bot account"_s);
    EXPECT_TRUE(outboxRows().isEmpty());
}

TEST_P(CaseReclassifierTest, EscalateSendsTheCaseUnheldToTheNamedQueue)
{
    expectRefused(reclassify(u"ana"_s, Action::Escalate, u"a threat"_s), Error::Code::InvalidInput,
                  u"names the queue"_s);
    auto escalated = reclassify(u"ana"_s, Action::Escalate, u"a threat"_s, u"security"_s);
    ASSERT_TRUE(escalated.ok()) << escalated.error().toString().toStdString();
    const Case after = reload(m_case.id);
    EXPECT_EQ(after.state, Case::State::Escalated);
    EXPECT_EQ(after.queue, u"security"_s);
    EXPECT_FALSE(after.assigneeId.has_value());
    EXPECT_EQ(decisions().value(1).decision.queue, u"security"_s);
    EXPECT_EQ(recentActions(3), (QStringList { u"decision.recorded"_s, u"case.reclassified"_s, u"case.escalated"_s }));
}

TEST_P(CaseReclassifierTest, HideIsRecordedAsAConfirmedHideQueuedAndTheCaseClosed)
{
    auto closed = reclassify(u"ana"_s, Action::Hide, u"doxxing a staff member"_s);
    ASSERT_TRUE(closed.ok()) << closed.error().toString().toStdString();
    EXPECT_EQ(closed->state, Case::State::Closed);
    // The database's hide guard let it in: a recorded confirmation of this case.
    EXPECT_EQ(outboxRows(), QStringList { u"hide|pending"_s });
    auto q = db().exec(u"SELECT decision_id, confirmed_by FROM hide_confirmations WHERE case_id = ?"_s, { m_case.id });
    ASSERT_TRUE(q.ok() && q->next());
    EXPECT_EQ(q->value(0).toLongLong(), decisions().value(1).id);
    EXPECT_EQ(q->value(1).toLongLong(), m_ana);
    EXPECT_NE(decisions().value(1).decision.hideMode, HideMode::Automatic);
    const QStringList actions = recentActions(8);
    const qsizetype decided = actions.lastIndexOf(u"decision.recorded"_s);
    ASSERT_GE(decided, 0) << actions.join(u',').toStdString();
    EXPECT_EQ(actions.value(decided + 1), u"case.reclassified"_s) << actions.join(u',').toStdString();
    EXPECT_TRUE(actions.mid(decided).contains(u"case.hide_confirmed"_s)) << actions.join(u',').toStdString();
    EXPECT_EQ(actions.last(), u"case.closed"_s);
}

TEST_P(CaseReclassifierTest, RespondKeepsTheCaseOpenForDrafting)
{
    auto kept = reclassify(u"ana"_s, Action::Respond, u"the policy missed the question: answer it"_s);
    ASSERT_TRUE(kept.ok()) << kept.error().toString().toStdString();
    EXPECT_EQ(kept->state, Case::State::Assigned);
    EXPECT_EQ(decisions().value(1).decision.action, Action::Respond);
    EXPECT_EQ(recentActions(2), (QStringList { u"decision.recorded"_s, u"case.reclassified"_s }));
    auto draft = ReviewDesk(db()).submit(m_case.id, u"ana"_s, u"Thank you: see uscis.gov/green-card."_s, {}, u"ana"_s);
    ASSERT_TRUE(draft.ok()) << draft.error().toString().toStdString();
    EXPECT_EQ(reload(m_case.id).state, Case::State::InReview);
}

TEST_P(CaseReclassifierTest, RespondOnAnEscalatedCaseLeavesItWaitingInItsQueue)
{
    ASSERT_TRUE(reclassify(u"ana"_s, Action::Escalate, u"looks like a threat"_s, u"security"_s).ok());
    auto kept = reclassify(u"sam"_s, Action::Respond, u"a joke among friends: answer it"_s);
    ASSERT_TRUE(kept.ok()) << kept.error().toString().toStdString();
    EXPECT_EQ(reload(m_case.id).state, Case::State::Escalated);
    const QList<StoredDecision> all = decisions();
    ASSERT_EQ(all.size(), 3);
    EXPECT_EQ(all[2].decision.action, Action::Respond);
    EXPECT_EQ(auditTail(db(), 1).value(0).details.value(u"from_action"_s).toString(), u"escalate"_s);
}

TEST_P(CaseReclassifierTest, ASupervisorReclassifiesACaseTheyDoNotHold)
{
    auto closed = reclassify(u"sam"_s, Action::Ignore, u"duplicate of another case"_s);
    ASSERT_TRUE(closed.ok()) << closed.error().toString().toStdString();
    EXPECT_EQ(closed->state, Case::State::Closed);
    EXPECT_EQ(auditTail(db(), 2).value(1).actor, u"sam"_s);
}

TEST_P(CaseReclassifierTest, EveryRefusalNamesItsRuleAndWritesNothing)
{
    expectRefused(reclassify(u"ana"_s, Action::Ignore, u"  "_s), Error::Code::InvalidInput, u"needs a reason"_s);
    expectRefused(reclassify(u"nobody"_s, Action::Ignore, u"why"_s), Error::Code::NotFound, u"nobody"_s);
    expectRefused(reclassify(u"ana"_s, Action::Ignore, u"why"_s, {}, 999999), Error::Code::NotFound,
                  u"no case with id 999999"_s);
    expectRefused(reclassify(u"bo"_s, Action::Ignore, u"why"_s), Error::Code::Refused,
                  u"only its holder or a supervisor"_s);
    expectRefused(reclassify(u"ana"_s, Action::Hide, u"why"_s, u"security"_s), Error::Code::InvalidInput,
                  u"only when reclassifying as escalate"_s);
    EXPECT_EQ(reload(m_case.id).state, Case::State::Assigned);
}

TEST_P(CaseReclassifierTest, ACaseWithAReviewerOrFinishedIsNotReclassified)
{
    auto draft = ReviewDesk(db()).submit(m_case.id, u"ana"_s, u"Thank you: see uscis.gov/green-card."_s, {}, u"ana"_s);
    ASSERT_TRUE(draft.ok()) << draft.error().toString().toStdString();
    expectRefused(reclassify(u"ana"_s, Action::Ignore, u"why"_s), Error::Code::Refused, u"in_review"_s);
    ASSERT_TRUE(ReviewDesk(db()).approve(draft->id, u"rui"_s, u"rui"_s).ok());
    const qsizetype before = decisions().size();
    auto approved = reclassify(u"ana"_s, Action::Ignore, u"why"_s);
    ASSERT_FALSE(approved.ok());
    EXPECT_TRUE(approved.error().message().contains(u"is approved"_s)) << approved.error().toString().toStdString();
    EXPECT_EQ(decisions().size(), before);

    const Case other = openCase(u"1850000000000000002"_s);
    ASSERT_TRUE(CaseStore(db()).move(other.id, Case::State::Closed, u"spam"_s, u"sam"_s).ok());
    auto closed = reclassify(u"sam"_s, Action::Respond, u"why"_s, {}, other.id);
    ASSERT_FALSE(closed.ok());
    EXPECT_EQ(closed.error().code(), Error::Code::Refused);
    EXPECT_TRUE(closed.error().message().contains(u"is closed"_s)) << closed.error().toString().toStdString();
}

MODERATION_INSTANTIATE_ENGINES(CaseReclassifierTest);
