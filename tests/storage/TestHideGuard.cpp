// An outbox hide comes only from an automatic hide decision or an agent's recorded confirmation of
// a proposed one (issue 18, item 6): each condition of the guard attacked on its own.
#include "InvariantFixture.h"

using namespace Qt::StringLiterals;
using namespace moderation;
using namespace moderation::test;

class HideGuardTest : public InvariantTest
{
protected:
    Error decide(qint64 comment, const QString& action, const QVariant& hideMode)
    {
        auto q = db().exec(u"INSERT INTO decisions (comment_id, rule_id, action, hide_mode, explanation, decided_at) "
                           "VALUES (?, 'rule', ?, ?, 'Decided.', ?)"_s,
                           { comment, action, hideMode, kNow });
        return q ? Error() : q.error();
    }
    Error confirm(qint64 caseId)
    {
        auto q = db().exec(u"INSERT INTO hide_confirmations (case_id, confirmed_by, confirmed_at) VALUES (?, ?, ?)"_s,
                           { caseId, m_author, kNow });
        return q ? Error() : q.error();
    }
    Error queue(const QString& kind, qint64 comment)
    {
        auto q = db().exec(u"INSERT INTO outbox (kind, comment_id, state, created_at, updated_at) "
                           "VALUES (?, ?, 'pending', ?, ?)"_s,
                           { kind, comment, kNow, kNow });
        return q ? Error() : q.error();
    }
    static void expectRefused(const Error& error)
    {
        EXPECT_EQ(error.code(), Error::Code::Refused) << error.toString().toStdString();
        EXPECT_TRUE(error.message().contains(u"a hide comes only"_s)) << error.toString().toStdString();
    }
};

TEST_P(HideGuardTest, AHideWithoutAReasonIsRefused)
{
    expectRefused(queue(u"hide"_s, m_comment));
}

TEST_P(HideGuardTest, AnAutomaticHideDecisionLetsItsCommentsHideIn)
{
    ASSERT_FALSE(decide(m_comment, u"hide"_s, u"automatic"_s).isError());
    EXPECT_FALSE(queue(u"hide"_s, m_comment).isError());
}

TEST_P(HideGuardTest, AProposedHideAloneIsNotEnough)
{
    ASSERT_FALSE(decide(m_comment, u"hide"_s, u"proposed"_s).isError());
    expectRefused(queue(u"hide"_s, m_comment));
}

TEST_P(HideGuardTest, AnotherActionMarkedAutomaticIsNotAHideDecision)
{
    ASSERT_FALSE(decide(m_comment, u"respond"_s, u"automatic"_s).isError());
    expectRefused(queue(u"hide"_s, m_comment));
}

TEST_P(HideGuardTest, AnotherCommentsReasonsDoNotCount)
{
    const qint64 other = storeComment(u"1850000000000000002"_s);
    const qint64 otherCase = openCase(other);
    ASSERT_FALSE(decide(other, u"hide"_s, u"automatic"_s).isError());
    ASSERT_FALSE(confirm(otherCase).isError());
    expectRefused(queue(u"hide"_s, m_comment));
}

TEST_P(HideGuardTest, AConfirmationOfTheCommentsProposedHideLetsItIn)
{
    ASSERT_FALSE(decide(m_comment, u"hide"_s, u"proposed"_s).isError());
    ASSERT_FALSE(confirm(m_case).isError());
    EXPECT_FALSE(queue(u"hide"_s, m_comment).isError());
}

TEST_P(HideGuardTest, AHideCannotBeMadeOfAnotherKindOfAction)
{
    // Unhiding and deleting our own post need no such reason; a row cannot become a hide later.
    ASSERT_FALSE(queue(u"unhide"_s, m_comment).isError());
    auto changed = db().exec(u"UPDATE outbox SET kind = 'hide' WHERE comment_id = ?"_s, { m_comment });
    ASSERT_FALSE(changed.ok());
    expectRefused(changed.error());
}

MODERATION_INSTANTIATE_ENGINES(HideGuardTest);
