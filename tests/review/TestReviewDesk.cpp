#include "StoreReads.h"
#include "WorkFixture.h"

#include "review/ReviewDesk.h"
#include "routing/Router.h"
#include "storage/CaseStore.h"
#include "storage/DecisionStore.h"
#include "storage/DraftStore.h"
#include "storage/OutboxStore.h"

using namespace Qt::StringLiterals;
using namespace moderation;
using namespace moderation::test;

namespace {

const QString kReply = u"Thank you for asking. Interview times are at uscis.gov/processing-times."_s;

} // namespace

class ReviewDeskTest : public WorkTest
{
protected:
    void SetUp() override
    {
        WorkTest::SetUp();
        if (HasFatalFailure())
            return;
        m_ana = addUser(u"ana"_s, { Role::Agent });
        m_rui = addUser(u"rui"_s, { Role::Reviewer });
        m_case = openCase(u"1850000000000000001"_s);
        auto taken = Router(db()).next(u"ana"_s, u"ana"_s);
        ASSERT_TRUE(taken.ok() && taken->has_value()) << taken.error().toString().toStdString();
    }

    Draft submitted(const QString& text = kReply)
    {
        auto draft = ReviewDesk(db()).submit(m_case.id, u"ana"_s, text, {}, u"ana"_s);
        EXPECT_TRUE(draft.ok()) << draft.error().toString().toStdString();
        return draft.ok() ? *draft : Draft {};
    }

    QStringList recentActions(int count)
    {
        QStringList actions;
        for (const AuditEvent& e : auditTail(db(), count))
            actions.prepend(e.action);
        return actions;
    }

    qint64 m_ana = 0;
    qint64 m_rui = 0;
    Case m_case;
};

TEST_P(ReviewDeskTest, SubmittingTakesAnAssignedCaseThroughDraftingToReviewEachStepAudited)
{
    const Draft draft = submitted();
    EXPECT_EQ(draft.state, Draft::State::Submitted);
    EXPECT_EQ(draft.authorId, m_ana);
    EXPECT_EQ(draft.textSha256, DraftStore::sha256Of(kReply));
    EXPECT_EQ(reload(m_case.id).state, Case::State::InReview);
    EXPECT_EQ(recentActions(3), (QStringList { u"case.drafting"_s, u"draft.created"_s, u"case.submitted"_s }));
}

TEST_P(ReviewDeskTest, PersonalDataInAReplyIsRefusedSayingWhereNotWhat)
{
    auto refused = ReviewDesk(db()).submit(m_case.id, u"ana"_s, u"Call us back with your SSN 123-45-6789."_s, {}, u"ana"_s);
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().code(), Error::Code::Refused);
    EXPECT_TRUE(refused.error().message().contains(u"a Social Security number at characters 28-38"_s))
        << refused.error().toString().toStdString();
    EXPECT_FALSE(refused.error().message().contains(u"6789"_s));
    EXPECT_EQ(reload(m_case.id).state, Case::State::Assigned); // nothing written
    EXPECT_TRUE(DraftStore(db()).forCase(m_case.id).value().isEmpty());
}

TEST_P(ReviewDeskTest, AReplyTooLongForXIsRefusedWithItsCount)
{
    auto refused = ReviewDesk(db()).submit(m_case.id, u"ana"_s, QString(281, u'a'), {}, u"ana"_s);
    ASSERT_FALSE(refused.ok());
    EXPECT_TRUE(refused.error().message().contains(u"281 long as X counts it, over its limit of 280"_s))
        << refused.error().toString().toStdString();
}

TEST_P(ReviewDeskTest, OnlyTheCasesHolderDraftsForIt)
{
    addUser(u"bo"_s, { Role::Agent });
    auto refused = ReviewDesk(db()).submit(m_case.id, u"bo"_s, kReply, {}, u"bo"_s);
    ASSERT_FALSE(refused.ok());
    EXPECT_TRUE(refused.error().message().contains(u"not held by bo"_s)) << refused.error().toString().toStdString();
}

TEST_P(ReviewDeskTest, ApprovingPutsExactlyTheTextInTheOutboxPending)
{
    const Draft draft = submitted();
    auto approval = ReviewDesk(db()).approve(draft.id, u"rui"_s, u"rui"_s);
    ASSERT_TRUE(approval.ok()) << approval.error().toString().toStdString();
    EXPECT_EQ(approval->review.verdict, Review::Verdict::Approved);
    EXPECT_EQ(approval->review.textSha256, draft.textSha256);
    EXPECT_EQ(approval->approvals, 1);
    EXPECT_EQ(approval->required, 1);
    EXPECT_EQ(DraftStore(db()).byId(draft.id).value().state, Draft::State::Approved);
    EXPECT_EQ(reload(m_case.id).state, Case::State::Approved);
    auto queued = OutboxStore(db()).replyFor(draft.id);
    ASSERT_TRUE(queued.ok() && queued->has_value()) << queued.error().toString().toStdString();
    EXPECT_EQ((*queued)->state, OutboxEntry::State::Pending);
    EXPECT_EQ((*queued)->text, kReply);
    EXPECT_EQ((*queued)->commentId, m_case.commentId);
    // And the database lets it go out: the approval is this draft's, of this text.
    EXPECT_TRUE(db().exec(u"UPDATE outbox SET state = 'sending' WHERE id = ?"_s, { (*queued)->id }).ok());
}

TEST_P(ReviewDeskTest, NobodyApprovesTheirOwnDraftTheLibrarySaysSoFirst)
{
    addUser(u"both"_s, { Role::Agent, Role::Reviewer });
    const Case other = openCase(u"1850000000000000002"_s);
    ASSERT_TRUE(Router(db()).assign(other.id, u"both"_s, u"sam"_s).ok());
    auto draft = ReviewDesk(db()).submit(other.id, u"both"_s, kReply, {}, u"both"_s);
    ASSERT_TRUE(draft.ok()) << draft.error().toString().toStdString();
    auto refused = ReviewDesk(db()).approve(draft->id, u"both"_s, u"both"_s);
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().code(), Error::Code::Refused);
    EXPECT_TRUE(refused.error().message().contains(u"cannot approve it"_s)) << refused.error().toString().toStdString();
}

TEST_P(ReviewDeskTest, OnlyAReviewerApproves)
{
    addUser(u"sam"_s, { Role::Supervisor });
    const Draft draft = submitted();
    auto refused = ReviewDesk(db()).approve(draft.id, u"sam"_s, u"sam"_s);
    ASSERT_FALSE(refused.ok());
    EXPECT_TRUE(refused.error().message().contains(u"reviewer role"_s)) << refused.error().toString().toStdString();
}

TEST_P(ReviewDeskTest, AReturnedDraftGoesBackToItsAuthorWhoSubmitsAgain)
{
    const Draft first = submitted();
    auto returned = ReviewDesk(db()).returnDraft(first.id, u"rui"_s, u"Link the Spanish page too."_s, u"rui"_s);
    ASSERT_TRUE(returned.ok()) << returned.error().toString().toStdString();
    EXPECT_EQ(reload(m_case.id).state, Case::State::Returned);
    EXPECT_EQ(reload(m_case.id).stateReason, u"Link the Spanish page too."_s);
    EXPECT_EQ(DraftStore(db()).byId(first.id).value().state, Draft::State::Returned);
    const Draft second = submitted(kReply + u" En español: uscis.gov/es"_s);
    EXPECT_NE(second.id, first.id);
    EXPECT_EQ(reload(m_case.id).state, Case::State::InReview);
    EXPECT_FALSE(ReviewDesk(db()).returnDraft(second.id, u"rui"_s, u" "_s, u"rui"_s).ok()); // a reason is needed
}

MODERATION_INSTANTIATE_ENGINES(ReviewDeskTest);

// A comment the policy proposed hiding: its case, taken by ana, and the decision's id.
class HideReviewTest : public ReviewDeskTest
{
protected:
    void SetUp() override
    {
        ReviewDeskTest::SetUp();
        if (HasFatalFailure())
            return;
        m_hideCase = openCase(u"1850000000000000009"_s);
        Decision decision;
        decision.ruleId = u"pii-ssn"_s;
        decision.clause = u"4.2"_s;
        decision.action = Action::Hide;
        decision.hideMode = HideMode::Proposed;
        decision.explanation = u"A Social Security number"_s;
        auto recorded = DecisionStore(db()).record(m_hideCase.commentId, decision, std::nullopt);
        ASSERT_TRUE(recorded.ok()) << recorded.error().toString().toStdString();
        m_decision = *recorded;
        ASSERT_TRUE(Router(db()).assign(m_hideCase.id, u"ana"_s, u"sam"_s).ok());
    }

    // kind|state|reason of the outbox rows for the hide case's comment.
    QStringList outboxRows()
    {
        QStringList rows;
        auto q = db().exec(u"SELECT kind, state FROM outbox WHERE comment_id = ? ORDER BY id"_s,
                           { m_hideCase.commentId });
        EXPECT_TRUE(q.ok()) << q.error().toString().toStdString();
        while (q.ok() && q->next())
            rows << q->value(0).toString() + u'|' + q->value(1).toString();
        return rows;
    }

    Case m_hideCase;
    qint64 m_decision = 0;
};

TEST_P(HideReviewTest, ConfirmingQueuesTheHideRecordsWhoAndClosesTheCase)
{
    auto closed = ReviewDesk(db()).confirmHide(m_hideCase.id, u"ana"_s, u"ana"_s);
    ASSERT_TRUE(closed.ok()) << closed.error().toString().toStdString();
    EXPECT_EQ(closed->state, Case::State::Closed);
    EXPECT_EQ(reload(m_hideCase.id).stateReason, u"hide confirmed"_s);
    EXPECT_EQ(outboxRows(), QStringList { u"hide|pending"_s });
    auto q = db().exec(u"SELECT decision_id, confirmed_by FROM hide_confirmations WHERE case_id = ?"_s, { m_hideCase.id });
    ASSERT_TRUE(q.ok() && q->next());
    EXPECT_EQ(q->value(0).toLongLong(), m_decision);
    EXPECT_EQ(q->value(1).toLongLong(), m_ana);
    EXPECT_TRUE(recentActions(4).contains(u"case.hide_confirmed"_s)) << recentActions(4).join(u',').toStdString();
    // Confirming twice does not hide twice: the case is closed and the confirmation recorded.
    EXPECT_FALSE(ReviewDesk(db()).confirmHide(m_hideCase.id, u"ana"_s, u"ana"_s).ok());
    EXPECT_EQ(outboxRows().size(), 1);
}

TEST_P(HideReviewTest, RejectingClosesTheCaseWithTheReasonAndHidesNothing)
{
    EXPECT_FALSE(ReviewDesk(db()).rejectHide(m_hideCase.id, u"ana"_s, u"  "_s, u"ana"_s).ok()); // a reason is needed
    auto closed = ReviewDesk(db()).rejectHide(m_hideCase.id, u"ana"_s, u"the number is a case number"_s, u"ana"_s);
    ASSERT_TRUE(closed.ok()) << closed.error().toString().toStdString();
    EXPECT_EQ(closed->state, Case::State::Closed);
    EXPECT_EQ(reload(m_hideCase.id).stateReason, u"hide rejected: the number is a case number"_s);
    EXPECT_TRUE(outboxRows().isEmpty());
}

TEST_P(HideReviewTest, OnlyTheCasesHolderConfirmsOrRejects)
{
    addUser(u"bo"_s, { Role::Agent });
    auto refused = ReviewDesk(db()).confirmHide(m_hideCase.id, u"bo"_s, u"bo"_s);
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().code(), Error::Code::Refused);
    EXPECT_TRUE(refused.error().message().contains(u"not held by bo"_s)) << refused.error().toString().toStdString();
    EXPECT_FALSE(ReviewDesk(db()).rejectHide(m_hideCase.id, u"bo"_s, u"no"_s, u"bo"_s).ok());
    EXPECT_TRUE(outboxRows().isEmpty());
    EXPECT_EQ(reload(m_hideCase.id).state, Case::State::Assigned);
}

TEST_P(HideReviewTest, ACaseWhoseDecisionIsNotAProposedHideCannotBeHiddenThisWay)
{
    // m_case has no decision at all; ana holds it.
    auto refused = ReviewDesk(db()).confirmHide(m_case.id, u"ana"_s, u"ana"_s);
    ASSERT_FALSE(refused.ok());
    EXPECT_TRUE(refused.error().message().contains(u"holds no proposed hide"_s)) << refused.error().toString().toStdString();
    // A later respond decision on the hide case replaces the proposal.
    Decision respond;
    respond.ruleId = u"question"_s;
    respond.action = Action::Respond;
    ASSERT_TRUE(DecisionStore(db()).record(m_hideCase.commentId, respond, std::nullopt).ok());
    EXPECT_FALSE(ReviewDesk(db()).confirmHide(m_hideCase.id, u"ana"_s, u"ana"_s).ok());
    EXPECT_TRUE(outboxRows().isEmpty());
}

MODERATION_INSTANTIATE_ENGINES(HideReviewTest);
