// Two approvals per category (issue 18, item 5): a policy outcome's "reviews": 2 reaches the case,
// the first approval keeps the draft submitted, a second reviewer — not the first, not the
// author — completes it and queues the reply.
#include "StoreReads.h"
#include "WorkFixture.h"

#include "policy/PolicyDocument.h"
#include "review/ReviewDesk.h"
#include "routing/Router.h"
#include "storage/CaseStore.h"
#include "storage/CommentStore.h"
#include "storage/DecisionStore.h"
#include "storage/DraftStore.h"
#include "storage/OutboxStore.h"
#include "storage/PolicyStore.h"
#include "sync/Triage.h"

using namespace Qt::StringLiterals;
using namespace moderation;
using namespace moderation::test;

namespace {

const QString kReply = u"Thank you for asking. Asylum processing times are at uscis.gov/processing-times."_s;

const QByteArray kPolicy = R"({
  "policy": "Two approvals", "version": 1, "timezone": "UTC",
  "rules": [
    { "id": "asylum", "when": { "terms": ["asylum"] },
      "then": { "action": "respond", "category": "asylum", "reviews": 2 } },
    { "id": "question", "when": { "question": true }, "then": { "action": "respond", "category": "general" } },
    { "id": "default", "when": { "always": true }, "then": { "action": "ignore" } }
  ]
})";

} // namespace

class TwoApprovalsTest : public WorkTest
{
protected:
    void SetUp() override
    {
        WorkTest::SetUp();
        if (HasFatalFailure())
            return;
        m_ana = addUser(u"ana"_s, { Role::Agent });
        m_rui = addUser(u"rui"_s, { Role::Reviewer });
        m_rosa = addUser(u"rosa"_s, { Role::Reviewer });
        m_case = openCase(u"1850000000000000001"_s);
        ASSERT_FALSE(CaseStore(db()).requireReviews(m_case.id, 2, u"policy"_s).isError());
        auto taken = Router(db()).next(u"ana"_s, u"ana"_s);
        ASSERT_TRUE(taken.ok() && taken->has_value()) << taken.error().toString().toStdString();
        auto draft = ReviewDesk(db()).submit(m_case.id, u"ana"_s, kReply, {}, u"ana"_s);
        ASSERT_TRUE(draft.ok()) << draft.error().toString().toStdString();
        m_draft = *draft;
    }

    Result<ReviewDesk::Approval> approve(const QString& login)
    {
        return ReviewDesk(db()).approve(m_draft.id, login, login);
    }

    qint64 m_ana = 0;
    qint64 m_rui = 0;
    qint64 m_rosa = 0;
    Case m_case;
    Draft m_draft;
};

TEST_P(TwoApprovalsTest, TheFirstApprovalKeepsTheDraftSubmittedAndQueuesNothing)
{
    auto first = approve(u"rui"_s);
    ASSERT_TRUE(first.ok()) << first.error().toString().toStdString();
    EXPECT_EQ(first->approvals, 1);
    EXPECT_EQ(first->required, 2);
    EXPECT_FALSE(first->complete());
    EXPECT_EQ(DraftStore(db()).byId(m_draft.id).value().state, Draft::State::Submitted);
    EXPECT_EQ(reload(m_case.id).state, Case::State::InReview);
    auto queued = OutboxStore(db()).replyFor(m_draft.id);
    ASSERT_TRUE(queued.ok());
    EXPECT_FALSE(queued->has_value());
    EXPECT_EQ(auditTail(db(), 1).value(0).action, u"review.approved"_s);
}

TEST_P(TwoApprovalsTest, ASecondReviewerCompletesItAndTheReplyIsPendingAndMayBeSent)
{
    ASSERT_TRUE(approve(u"rui"_s).ok());
    auto second = approve(u"rosa"_s);
    ASSERT_TRUE(second.ok()) << second.error().toString().toStdString();
    EXPECT_EQ(second->approvals, 2);
    EXPECT_TRUE(second->complete());
    EXPECT_EQ(DraftStore(db()).byId(m_draft.id).value().state, Draft::State::Approved);
    EXPECT_EQ(reload(m_case.id).state, Case::State::Approved);
    auto queued = OutboxStore(db()).replyFor(m_draft.id);
    ASSERT_TRUE(queued.ok() && queued->has_value());
    EXPECT_EQ((*queued)->state, OutboxEntry::State::Pending);
    EXPECT_TRUE(db().exec(u"UPDATE outbox SET state = 'sending' WHERE id = ?"_s, { (*queued)->id }).ok());
}

TEST_P(TwoApprovalsTest, TheSameReviewerCannotApproveTwice)
{
    ASSERT_TRUE(approve(u"rui"_s).ok());
    auto again = approve(u"rui"_s);
    ASSERT_FALSE(again.ok());
    EXPECT_EQ(again.error().code(), Error::Code::Refused);
    EXPECT_TRUE(again.error().message().contains(u"rui already approved draft"_s)) << again.error().toString().toStdString();
    EXPECT_EQ(DraftStore(db()).reviewsOf(m_draft.id).value().size(), 1); // nothing written
    EXPECT_EQ(DraftStore(db()).byId(m_draft.id).value().state, Draft::State::Submitted);
}

TEST_P(TwoApprovalsTest, TheAuthorIsNeverTheSecondApprover)
{
    addUser(u"both"_s, { Role::Agent, Role::Reviewer });
    const Case other = openCase(u"1850000000000000002"_s);
    ASSERT_FALSE(CaseStore(db()).requireReviews(other.id, 2, u"policy"_s).isError());
    ASSERT_TRUE(Router(db()).assign(other.id, u"both"_s, u"sam"_s).ok());
    auto draft = ReviewDesk(db()).submit(other.id, u"both"_s, kReply, {}, u"both"_s);
    ASSERT_TRUE(draft.ok()) << draft.error().toString().toStdString();
    ASSERT_TRUE(ReviewDesk(db()).approve(draft->id, u"rui"_s, u"rui"_s).ok());
    auto own = ReviewDesk(db()).approve(draft->id, u"both"_s, u"both"_s);
    ASSERT_FALSE(own.ok());
    EXPECT_TRUE(own.error().message().contains(u"cannot approve it"_s)) << own.error().toString().toStdString();
}

TEST_P(TwoApprovalsTest, AReturnAfterOneApprovalReturnsTheDraft)
{
    ASSERT_TRUE(approve(u"rui"_s).ok());
    auto returned = ReviewDesk(db()).returnDraft(m_draft.id, u"rosa"_s, u"Name the form."_s, u"rosa"_s);
    ASSERT_TRUE(returned.ok()) << returned.error().toString().toStdString();
    EXPECT_EQ(DraftStore(db()).byId(m_draft.id).value().state, Draft::State::Returned);
    EXPECT_EQ(reload(m_case.id).state, Case::State::Returned);
    // The next draft starts from none: the first approval was of the old text.
    auto next = ReviewDesk(db()).submit(m_case.id, u"ana"_s, kReply + u" (Form I-589)"_s, {}, u"ana"_s);
    ASSERT_TRUE(next.ok()) << next.error().toString().toStdString();
    auto first = ReviewDesk(db()).approve(next->id, u"rosa"_s, u"rosa"_s);
    ASSERT_TRUE(first.ok()) << first.error().toString().toStdString();
    EXPECT_EQ(first->approvals, 1);
    EXPECT_FALSE(first->complete());
}

TEST_P(TwoApprovalsTest, TheRequirementIsNeverLoweredByTheLibrary)
{
    const Error lowered = CaseStore(db()).requireReviews(m_case.id, 1, u"sam"_s);
    EXPECT_EQ(lowered.code(), Error::Code::Refused) << lowered.toString().toStdString();
    EXPECT_EQ(CaseStore(db()).reviewsRequired(m_case.id).value(), 2);
    EXPECT_EQ(CaseStore(db()).requireReviews(m_case.id, 3, u"sam"_s).code(), Error::Code::InvalidInput);
}

TEST_P(TwoApprovalsTest, APolicyOutcomeWithTwoReviewsOpensACaseRequiringTwo)
{
    auto stored = PolicyStore(db()).storeAndActivate(u"Two approvals"_s, 1, kPolicy, u"supervisor"_s);
    ASSERT_TRUE(stored.ok()) << stored.error().toString().toStdString();
    auto active = Triage::loadActive(db());
    ASSERT_TRUE(active.ok()) << active.error().toString().toStdString();
    auto ingested = CommentStore(db()).ingest({ pageComment(u"700"_s, u"Is my asylum case moving?"_s).at(m_clock.now()),
                                                pageComment(u"701"_s, u"Where do I file?"_s).at(m_clock.now()) });
    ASSERT_TRUE(ingested.ok()) << ingested.error().toString().toStdString();
    auto triaged = Triage(db(), active->engine, active->versionId).decidePending(10);
    ASSERT_TRUE(triaged.ok()) << triaged.error().toString().toStdString();

    const QList<qint64> ids = ingested->insertedIds;
    ASSERT_EQ(ids.size(), 2);
    auto asylum = CaseStore(db()).forComment(ids[0]);
    auto general = CaseStore(db()).forComment(ids[1]);
    ASSERT_TRUE(asylum.ok() && asylum->has_value() && general.ok() && general->has_value());
    EXPECT_EQ(CaseStore(db()).reviewsRequired((*asylum)->id).value(), 2);
    EXPECT_EQ(CaseStore(db()).reviewsRequired((*general)->id).value(), 1);
    EXPECT_EQ(DecisionStore(db()).latestFor(ids[0]).value()->decision.reviews, 2); // the decision carries it
}

MODERATION_INSTANTIATE_ENGINES(TwoApprovalsTest);
