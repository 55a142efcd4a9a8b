#include "CommentBuilders.h"
#include "TempDatabase.h"

#include "storage/AccountStore.h"
#include "storage/CommentStore.h"
#include "sync/WebhookIngest.h"

using namespace Qt::StringLiterals;
using namespace moderation;
using namespace moderation::test;

class WebhookIngestTest : public ClockedEngineTest
{
protected:
    void SetUp() override
    {
        ClockedEngineTest::SetUp();
        if (HasFatalFailure())
            return;
        m_account.platform = Platform::Facebook;
        m_account.name = u"agency-fb"_s;
        m_account.externalId = u"1000"_s;
        m_account.watches = { u"page-comments"_s };
        auto added = AccountStore(db()).add(m_account, u"admin"_s);
        ASSERT_TRUE(added.ok());
        m_account.id = *added;
    }

    static WebhookChange change(WebhookChange::Verb verb, const QString& message, const QString& from = u"555"_s)
    {
        WebhookChange c;
        c.pageId = u"1000"_s;
        c.commentId = u"1000_1_77"_s;
        c.postId = u"1000_1"_s;
        c.parentId = u"1000_1"_s;
        c.verb = verb;
        c.message = message;
        c.fromId = from;
        c.fromName = u"A Neighbour"_s;
        c.createdAt = kTestTime;
        return c;
    }

    Account m_account;
};

TEST_P(WebhookIngestTest, AddEditAndRemoveReachTheCommentAsAPollWould)
{
    auto added = ingestWebhookChanges(db(), m_account, { change(WebhookChange::Verb::Add, u"When do you open?"_s) });
    ASSERT_TRUE(added.ok()) << added.error().toString().toStdString();
    EXPECT_EQ(added->stored.inserted, 1);
    auto again = ingestWebhookChanges(db(), m_account, { change(WebhookChange::Verb::Add, u"When do you open?"_s) });
    ASSERT_TRUE(again.ok());
    EXPECT_EQ(again->stored.inserted, 0) << "a delivery sent twice stores nothing twice";

    auto edited = ingestWebhookChanges(db(), m_account, { change(WebhookChange::Verb::Edit, u"When do you open Saturday?"_s) });
    ASSERT_TRUE(edited.ok());
    EXPECT_EQ(edited->stored.edited, 1);
    auto removed = ingestWebhookChanges(db(), m_account, { change(WebhookChange::Verb::Remove, {}) });
    ASSERT_TRUE(removed.ok()) << removed.error().toString().toStdString();
    EXPECT_EQ(removed->stored.removed, 1);

    auto stored = CommentStore(db()).byPlatformId(Platform::Facebook, u"1000_1_77"_s);
    ASSERT_TRUE(stored.ok());
    EXPECT_TRUE(stored->removed);
    EXPECT_EQ(stored->text, u"When do you open Saturday?"_s);
    EXPECT_EQ(stored->conversationId, u"1000_1"_s);
}

TEST_P(WebhookIngestTest, ThePagesOwnCommentsAreOursHidesAndOtherPagesAreIgnored)
{
    WebhookChange other = change(WebhookChange::Verb::Add, u"elsewhere"_s);
    other.pageId = u"2000"_s;
    WebhookChange ours = change(WebhookChange::Verb::Add, u"We open at 9."_s, u"1000"_s);
    ours.commentId = u"1000_1_78"_s;
    auto result = ingestWebhookChanges(db(), m_account,
                                       { other, ours, change(WebhookChange::Verb::Hide, {}),
                                         change(WebhookChange::Verb::Remove, {}) });
    ASSERT_TRUE(result.ok()) << result.error().toString().toStdString();
    EXPECT_EQ(result->stored.inserted, 1);
    EXPECT_EQ(result->ignored, 3) << "another page, a hide, a removal of a comment never stored";
    auto stored = CommentStore(db()).byPlatformId(Platform::Facebook, u"1000_1_78"_s);
    ASSERT_TRUE(stored.ok());
    EXPECT_TRUE(stored->ours);
}

MODERATION_INSTANTIATE_ENGINES(WebhookIngestTest);
