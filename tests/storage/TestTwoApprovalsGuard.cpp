// Two approvals (issue 18, item 5): a reply whose case requires two goes to sending only when two
// distinct reviewers, still holding the role, approved its draft. Each condition of the guard
// attacked on its own with raw SQL, as a modified client would, on both engines.
#include "InvariantFixture.h"

using namespace Qt::StringLiterals;
using namespace moderation;
using namespace moderation::test;

class TwoApprovalsGuardTest : public InvariantTest
{
protected:
    void SetUp() override
    {
        InvariantTest::SetUp();
        if (HasFatalFailure())
            return;
        m_second = insertUser(u"reviewer.rosa"_s, { u"reviewer"_s });
        ASSERT_FALSE(requireTwo(m_case).isError());
    }

    Error requireTwo(qint64 caseId)
    {
        auto q = db().exec(u"UPDATE cases SET reviews_required = 2 WHERE id = ?"_s, { caseId });
        return q ? Error() : q.error();
    }

    // A submitted draft approved by these reviewers, in order, then marked approved.
    qint64 approvedBy(const QList<qint64>& reviewers, qint64 caseId = 0)
    {
        const qint64 draft = insertDraft(kReply, m_author, caseId);
        for (const qint64 reviewer : reviewers)
            EXPECT_FALSE(insertReview(draft, reviewer, u"approved"_s, kReply).isError());
        EXPECT_FALSE(setDraftState(draft, u"approved"_s).isError());
        return draft;
    }

    static void expectRefused(const Error& error)
    {
        EXPECT_EQ(error.code(), Error::Code::Refused) << error.toString().toStdString();
        EXPECT_TRUE(error.message().contains(u"as many distinct reviewers"_s)) << error.toString().toStdString();
    }

    qint64 m_second = 0;
};

TEST_P(TwoApprovalsGuardTest, OneApprovalWhenTwoAreRequiredIsRefusedOnInsertAndOnTheMoveToSending)
{
    const qint64 draft = approvedBy({ m_reviewer });
    expectRefused(insertOutboxReply(draft, kReply, u"sending"_s).error());
    expectRefused(trySending(draft, kReply));
}

TEST_P(TwoApprovalsGuardTest, TwoDistinctReviewersLetTheReplyGo)
{
    const qint64 draft = approvedBy({ m_reviewer, m_second });
    EXPECT_FALSE(trySending(draft, kReply).isError());
}

TEST_P(TwoApprovalsGuardTest, ACaseRequiringOneIsUnchanged)
{
    const qint64 comment = storeComment(u"1850000000000000002"_s);
    const qint64 draft = approvedBy({ m_reviewer }, openCase(comment));
    EXPECT_FALSE(trySending(draft, kReply, comment).isError());
}

TEST_P(TwoApprovalsGuardTest, TheSameReviewerApprovingTwiceCountsOnce)
{
    const qint64 draft = approvedBy({ m_reviewer, m_reviewer });
    expectRefused(trySending(draft, kReply));
}

TEST_P(TwoApprovalsGuardTest, AReturnIsNotAnApproval)
{
    const qint64 draft = insertDraft(kReply, m_author);
    ASSERT_FALSE(insertReview(draft, m_second, u"returned"_s, kReply).isError());
    ASSERT_FALSE(insertReview(draft, m_reviewer, u"approved"_s, kReply).isError());
    ASSERT_FALSE(setDraftState(draft, u"approved"_s).isError());
    expectRefused(trySending(draft, kReply));
}

TEST_P(TwoApprovalsGuardTest, ApprovalsOfAnotherDraftDoNotCount)
{
    const qint64 other = openCase(storeComment(u"1850000000000000002"_s));
    approvedBy({ m_second }, other);
    const qint64 draft = approvedBy({ m_reviewer });
    expectRefused(trySending(draft, kReply));
}

TEST_P(TwoApprovalsGuardTest, AnApproverWhoLostTheReviewerRoleNoLongerCounts)
{
    const qint64 draft = approvedBy({ m_second, m_reviewer });
    ASSERT_TRUE(db().exec(u"DELETE FROM user_roles WHERE user_id = ?"_s, { m_second }).ok());
    expectRefused(trySending(draft, kReply));
}

TEST_P(TwoApprovalsGuardTest, TheRequirementIsTheDraftsOwnCases)
{
    // The fixture's case requires two and its draft comes first in every table; another case
    // requires one. Each reply is held to its own case's count, whichever row a scan meets first.
    const qint64 strictDraft = approvedBy({ m_reviewer });
    const qint64 lenientComment = storeComment(u"1850000000000000003"_s);
    const qint64 lenientDraft = approvedBy({ m_reviewer }, openCase(lenientComment));
    EXPECT_FALSE(trySending(lenientDraft, kReply, lenientComment).isError());
    expectRefused(trySending(strictDraft, kReply));
}

TEST_P(TwoApprovalsGuardTest, AReplyMayWaitPendingOnlySendingIsGuarded)
{
    // The library queues a reply only at the required count; what the database holds to is the
    // move out of the outbox.
    const qint64 draft = approvedBy({ m_reviewer });
    EXPECT_TRUE(insertOutboxReply(draft, kReply, u"pending"_s).ok());
}

TEST_P(TwoApprovalsGuardTest, TheRequirementIsNeverLowered)
{
    auto lowered = db().exec(u"UPDATE cases SET reviews_required = 1 WHERE id = ?"_s, { m_case });
    ASSERT_FALSE(lowered.ok());
    EXPECT_TRUE(lowered.error().message().contains(u"never lowered"_s)) << lowered.error().toString().toStdString();
    auto three = db().exec(u"UPDATE cases SET reviews_required = 3 WHERE id = ?"_s, { m_case });
    EXPECT_FALSE(three.ok()); // one or two, no more
    const qint64 other = openCase(storeComment(u"1850000000000000002"_s));
    EXPECT_FALSE(requireTwo(other).isError()); // raising is allowed
}

MODERATION_INSTANTIATE_ENGINES(TwoApprovalsGuardTest);
