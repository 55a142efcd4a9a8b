#include "connectors/FacebookClient.h"
#include "connectors/NetworkTransport.h"

#include "FakeGraph.h"

#include <QJsonDocument>
#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace moderation;
using moderation::test::FakeFaults;
using moderation::test::FakeGraph;

namespace {

const QString kPageId = u"104560123456789"_s;
const QByteArray kToken = "EAABsecretPageToken1234567890";
const QString kRosa = u"7291834561234567"_s;

class FacebookClientTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_NE(m_fake.start(), 0);
        m_transport.setTimeoutMs(5000);
        QUrl base = m_fake.baseUrl();
        base.setPath(u"/v27.0"_s);
        m_client = std::make_unique<FacebookClient>(m_transport, kPageId, kToken, base);
        m_client->setAccountName(u"agency-facebook"_s);
    }

    QDateTime ago(int minutes) const { return m_now.addSecs(-60 * minutes); }

    // Every comment of one whole poll, page after page.
    QList<Comment> poll(const QString& cursor, int* pages = nullptr, QString* nextCursor = nullptr)
    {
        QList<Comment> all;
        QString token;
        int count = 0;
        do {
            auto page = m_client->fetch(u"page-comments"_s, cursor, token, m_now);
            EXPECT_TRUE(page.outcome.ok()) << page.outcome.message.toStdString();
            if (!page.outcome.ok())
                break;
            if (count == 0 && nextCursor)
                *nextCursor = page.value.nextCursor;
            all += page.value.comments;
            token = page.value.nextPageToken;
            ++count;
        } while (!token.isEmpty() && count < 100);
        if (pages)
            *pages = count;
        return all;
    }

    QString lastQuery(const QString& key) const
    {
        return m_fake.requests().last().query.queryItemValue(key, QUrl::FullyDecoded);
    }

    FakeGraph m_fake { kPageId, kToken };
    NetworkTransport m_transport;
    std::unique_ptr<FacebookClient> m_client;
    QDateTime m_now = QDateTime::currentDateTimeUtc();
};

void expectNoToken(const PlatformOutcome& outcome)
{
    EXPECT_FALSE(outcome.message.contains(QString::fromLatin1(kToken))) << outcome.message.toStdString();
    EXPECT_FALSE(outcome.failure.origin.contains(QString::fromLatin1(kToken)));
}

} // namespace

TEST_F(FacebookClientTest, APollWalksEveryPostsCommentsOnePageAtATime)
{
    const QString first = m_fake.addPost(u"Office hours"_s, ago(600));
    const QString second = m_fake.addPost(u"Holiday closure"_s, ago(300));
    for (int i = 0; i < 130; ++i)
        m_fake.addComment(first, kRosa, u"Rosa"_s, u"question %1"_s.arg(i), ago(500 - i));
    const QString top = m_fake.addComment(second, kRosa, u"Rosa"_s, u"open Monday?"_s, ago(100));
    m_fake.addComment(second, kPageId, u"Our page"_s, u"Yes."_s, ago(90), top);

    int pages = 0;
    QString cursor;
    const QList<Comment> all = poll({}, &pages, &cursor);
    EXPECT_EQ(all.size(), 132);
    EXPECT_EQ(pages, 3); // 100 + 30 of the first post, 2 of the second (newest post first)
    EXPECT_EQ(cursor, m_now.toString(Qt::ISODate));
    int ours = 0;
    for (const Comment& comment : all)
        ours += comment.ours ? 1 : 0;
    EXPECT_EQ(ours, 1);
    const auto reply = std::find_if(all.begin(), all.end(), [&](const Comment& c) { return c.ours; });
    EXPECT_EQ(reply->parentId, top);
    EXPECT_EQ(reply->conversationId, second);
    EXPECT_EQ(lastQuery(u"filter"_s), u"stream"_s);
    EXPECT_EQ(lastQuery(u"order"_s), u"chronological"_s);
    EXPECT_TRUE(lastQuery(u"since"_s).isEmpty()); // the first poll reads all comments of the window
}

TEST_F(FacebookClientTest, TheFeedIsAskedForTheWindowOnly)
{
    m_fake.addPost(u"old"_s, m_now.addDays(-200));
    const QString recent = m_fake.addPost(u"recent"_s, ago(10));
    m_fake.addComment(recent, kRosa, u"Rosa"_s, u"hi"_s, ago(5));
    EXPECT_EQ(poll({}).size(), 1);
    bool sawFeed = false;
    for (const auto& request : m_fake.requests()) {
        if (request.path.endsWith(u"/feed"_s)) {
            sawFeed = true;
            EXPECT_EQ(request.query.queryItemValue(u"since"_s).toLongLong(), m_now.addDays(-90).toSecsSinceEpoch());
            EXPECT_EQ(request.query.queryItemValue(u"limit"_s), u"100"_s);
        }
    }
    EXPECT_TRUE(sawFeed);
}

TEST_F(FacebookClientTest, AStoredCursorAsksCommentsSinceItLessAnHour)
{
    const QString post = m_fake.addPost(u"post"_s, ago(600));
    m_fake.addComment(post, kRosa, u"Rosa"_s, u"long ago"_s, ago(300));
    m_fake.addComment(post, kRosa, u"Rosa"_s, u"within the overlap"_s, ago(90));
    m_fake.addComment(post, kRosa, u"Rosa"_s, u"new"_s, ago(10));
    const QDateTime previous = ago(120);
    const QList<Comment> all = poll(previous.toString(Qt::ISODate));
    EXPECT_EQ(lastQuery(u"since"_s).toLongLong(), previous.toSecsSinceEpoch() - 3600);
    ASSERT_EQ(all.size(), 2);
    EXPECT_EQ(all.at(0).text, u"within the overlap"_s);
}

TEST_F(FacebookClientTest, AnEmptyWindowCompletesThePollAtOnce)
{
    auto page = m_client->fetch(u"page-comments"_s, {}, {}, m_now);
    ASSERT_TRUE(page.outcome.ok()) << page.outcome.message.toStdString();
    EXPECT_TRUE(page.value.comments.isEmpty());
    EXPECT_TRUE(page.value.nextPageToken.isEmpty());
    EXPECT_FALSE(page.value.nextCursor.isEmpty());
}

TEST_F(FacebookClientTest, ACommentNoLongerListedIsNotReportedRemoved)
{
    const QString post = m_fake.addPost(u"post"_s, ago(60));
    const QString gone = m_fake.addComment(post, kRosa, u"Rosa"_s, u"regret"_s, ago(30));
    m_fake.addComment(post, kRosa, u"Rosa"_s, u"stays"_s, ago(20));
    ASSERT_EQ(poll({}).size(), 2);
    m_fake.deleteComment(gone);
    const QList<Comment> after = poll({});
    ASSERT_EQ(after.size(), 1);
    EXPECT_FALSE(after.at(0).removed);
}

TEST_F(FacebookClientTest, RateLimitCodesAreRateLimitedWithTheTimeToRegainAccess)
{
    m_fake.addPost(u"post"_s, ago(60));
    m_fake.setRegainAccessMinutes(7);
    for (int code : { 4, 17, 32, 613, 80001 }) {
        m_fake.faults().add(FakeFaults::Kind::GraphCode, 1, code);
        auto page = m_client->fetch(u"page-comments"_s, {}, {}, m_now);
        EXPECT_EQ(page.outcome.status, PlatformOutcome::Status::RateLimited) << code;
        EXPECT_EQ(page.outcome.failure.code, code);
        if (code != 4) {
            EXPECT_EQ(page.outcome.retryAt, m_now.addSecs(7 * 60)) << code;
        }
    }
}

TEST_F(FacebookClientTest, Code190AndMissingPermissionsNeedReauthentication)
{
    m_fake.faults().add(FakeFaults::Kind::GraphCode, 1, 190);
    EXPECT_EQ(m_client->fetch(u"page-comments"_s, {}, {}, m_now).outcome.status, PlatformOutcome::Status::NeedsReauth);
    m_fake.faults().add(FakeFaults::Kind::GraphCode, 1, 200);
    EXPECT_EQ(m_client->fetch(u"page-comments"_s, {}, {}, m_now).outcome.status, PlatformOutcome::Status::NeedsReauth);
    m_fake.setPageToken("rotated-after-password-change");
    auto page = m_client->fetch(u"page-comments"_s, {}, {}, m_now);
    EXPECT_EQ(page.outcome.status, PlatformOutcome::Status::NeedsReauth);
    EXPECT_EQ(page.outcome.failure.code, 190);
    expectNoToken(page.outcome);
}

TEST_F(FacebookClientTest, TransientCodesAndOutagesAreNotReached)
{
    for (int code : { 1, 2 }) {
        m_fake.faults().add(FakeFaults::Kind::GraphCode, 1, code);
        EXPECT_EQ(m_client->fetch(u"page-comments"_s, {}, {}, m_now).outcome.status, PlatformOutcome::Status::NotReached);
    }
    m_fake.faults().add(FakeFaults::Kind::Unavailable, 3);
    for (int i = 0; i < 3; ++i)
        EXPECT_EQ(m_client->fetch(u"page-comments"_s, {}, {}, m_now).outcome.status, PlatformOutcome::Status::NotReached);
    EXPECT_TRUE(m_client->fetch(u"page-comments"_s, {}, {}, m_now).outcome.ok());
}

TEST_F(FacebookClientTest, OtherCodesAreRefused)
{
    m_fake.faults().add(FakeFaults::Kind::GraphCode, 1, 368);
    auto page = m_client->fetch(u"page-comments"_s, {}, {}, m_now);
    EXPECT_EQ(page.outcome.status, PlatformOutcome::Status::Refused);
    EXPECT_EQ(page.outcome.failure.kind, PlatformFailure::Kind::Blocked);
}

TEST_F(FacebookClientTest, SlowAndTruncatedAnswers)
{
    m_fake.addPost(u"post"_s, ago(60));
    m_transport.setTimeoutMs(300);
    m_fake.faults().add(FakeFaults::Kind::Slow);
    auto slow = m_client->fetch(u"page-comments"_s, {}, {}, m_now);
    EXPECT_EQ(slow.outcome.status, PlatformOutcome::Status::NotReached);
    expectNoToken(slow.outcome);
    m_fake.faults().add(FakeFaults::Kind::Truncate);
    EXPECT_EQ(m_client->fetch(u"page-comments"_s, {}, {}, m_now).outcome.status, PlatformOutcome::Status::Malformed);
}

TEST_F(FacebookClientTest, AReplyIsPostedAsAFormAndItsIdReturned)
{
    const QString post = m_fake.addPost(u"post"_s, ago(60));
    const QString question = m_fake.addComment(post, kRosa, u"Rosa"_s, u"when?"_s, ago(5));
    auto sent = m_client->reply(question, post, u"Monday & Tuesday, 9–5."_s);
    ASSERT_TRUE(sent.outcome.ok()) << sent.outcome.message.toStdString();
    ASSERT_EQ(m_fake.replies().value(question).count, 1);
    EXPECT_EQ(sent.value.platformId, m_fake.replies().value(question).ids.first());
    EXPECT_EQ(m_fake.comment(sent.value.platformId)->message, u"Monday & Tuesday, 9–5."_s);
    EXPECT_EQ(m_fake.requests().last().headers.value("authorization"), "Bearer " + kToken);
    EXPECT_FALSE(m_fake.requests().last().query.hasQueryItem(u"access_token"_s));
}

TEST_F(FacebookClientTest, ASlowReplyIsFoundByReconciliation)
{
    const QString post = m_fake.addPost(u"post"_s, ago(60));
    const QString question = m_fake.addComment(post, kRosa, u"Rosa"_s, u"when?"_s, ago(5));
    m_fake.addComment(post, kRosa, u"Rosa"_s, u"Monday."_s, ago(4), question); // same words, not ours
    m_transport.setTimeoutMs(300);
    m_fake.faults().add(FakeFaults::Kind::Slow);
    EXPECT_EQ(m_client->reply(question, post, u"Monday."_s).outcome.status, PlatformOutcome::Status::NotReached);
    auto found = m_client->findReply(question, post, u"Monday."_s);
    ASSERT_TRUE(found.outcome.ok()) << found.outcome.message.toStdString();
    ASSERT_TRUE(found.value.has_value());
    EXPECT_EQ(found.value->platformId, m_fake.replies().value(question).ids.first());
    EXPECT_EQ(m_fake.replies().value(question).count, 1);
}

TEST_F(FacebookClientTest, ADuplicateIsRefusedAsDuplicate)
{
    const QString post = m_fake.addPost(u"post"_s, ago(60));
    const QString question = m_fake.addComment(post, kRosa, u"Rosa"_s, u"when?"_s, ago(5));
    m_fake.faults().add(FakeFaults::Kind::Duplicate);
    auto sent = m_client->reply(question, post, u"Monday."_s);
    EXPECT_EQ(sent.outcome.status, PlatformOutcome::Status::Refused);
    EXPECT_EQ(sent.outcome.failure.kind, PlatformFailure::Kind::Duplicate);
}

TEST_F(FacebookClientTest, HidingPostsIsHiddenAndRemovingSendsARealDelete)
{
    const QString post = m_fake.addPost(u"post"_s, ago(60));
    const QString spam = m_fake.addComment(post, kRosa, u"Rosa"_s, u"spam"_s, ago(5));
    ASSERT_TRUE(m_client->setHidden(spam, true).outcome.ok());
    EXPECT_TRUE(m_fake.comment(spam)->hidden);
    EXPECT_EQ(m_fake.requests().last().method, "POST");
    EXPECT_EQ(m_fake.requests().last().form().queryItemValue(u"is_hidden"_s), u"true"_s);
    ASSERT_TRUE(m_client->setHidden(spam, false).outcome.ok());
    EXPECT_FALSE(m_fake.comment(spam)->hidden);

    auto removed = m_client->remove(spam);
    ASSERT_TRUE(removed.outcome.ok()) << removed.outcome.message.toStdString();
    EXPECT_EQ(m_fake.requests().last().method, "DELETE");
    EXPECT_EQ(m_fake.deletions().value(spam).count, 1);
}

TEST_F(FacebookClientTest, CannotHideWhatGraphSaysCannotBeHidden)
{
    Comment comment;
    comment.rawJson = R"({"id":"1_2","can_hide":false})";
    EXPECT_EQ(m_client->cannotHideReason(comment),
        u"cannot hide on Facebook: the platform does not allow hiding this comment"_s);
    comment.rawJson = R"({"id":"1_2","can_hide":true})";
    EXPECT_TRUE(m_client->cannotHideReason(comment).isEmpty());
    comment.rawJson = R"({"id":"1_2"})";
    EXPECT_TRUE(m_client->cannotHideReason(comment).isEmpty());
}
