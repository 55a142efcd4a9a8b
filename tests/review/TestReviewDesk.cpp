#include "StoreReads.h"
#include "WorkFixture.h"

#include "review/ReviewDesk.h"
#include "routing/Router.h"
#include "storage/CaseStore.h"
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
    auto review = ReviewDesk(db()).approve(draft.id, u"rui"_s, u"rui"_s);
    ASSERT_TRUE(review.ok()) << review.error().toString().toStdString();
    EXPECT_EQ(review->verdict, Review::Verdict::Approved);
    EXPECT_EQ(review->textSha256, draft.textSha256);
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
