#include "connectors/NetworkTransport.h"
#include "connectors/TwitterClient.h"

#include "FakeX.h"

#include <QJsonDocument>
#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace moderation;
using moderation::test::FakeFaults;
using moderation::test::FakeX;

namespace {

const QString kOwnId = u"1720000000000000001"_s;
const QByteArray kToken = "AAAAAAAAAAAAAAAAAAAAAsecret-bearer-token-x";
const QString kRosa = u"1600000000000000001"_s;
const QString kWei = u"1600000000000000002"_s;

class TwitterClientTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_NE(m_fake.start(), 0);
        m_fake.addUser(kRosa, u"rosa_diaz"_s, u"Rosa Diaz"_s);
        m_fake.addUser(kWei, u"wchen12"_s, u"Wei Chen"_s);
        m_transport.setTimeoutMs(5000);
        m_client = std::make_unique<TwitterClient>(m_transport, kOwnId, kToken, u"USImmigDemo"_s, m_fake.baseUrl());
        m_client->setAccountName(u"agency-x"_s);
    }

    QDateTime ago(int minutes) const { return m_now.addSecs(-60 * minutes); }

    QString lastQuery(const QString& key) const
    {
        return m_fake.requests().last().query.queryItemValue(key, QUrl::FullyDecoded);
    }

    FakeX m_fake { kOwnId, u"USImmigDemo"_s, kToken };
    NetworkTransport m_transport;
    std::unique_ptr<TwitterClient> m_client;
    QDateTime m_now = QDateTime::currentDateTimeUtc();
};

void expectNoToken(const PlatformOutcome& outcome)
{
    EXPECT_FALSE(outcome.message.contains(QString::fromLatin1(kToken))) << outcome.message.toStdString();
    EXPECT_FALSE(outcome.failure.detail.contains(QString::fromLatin1(kToken)));
    EXPECT_FALSE(outcome.failure.origin.contains(QString::fromLatin1(kToken)));
}

} // namespace

TEST_F(TwitterClientTest, MentionsFollowThePageTokenAndTheCursorIsTheFirstPagesNewestId)
{
    QString newest;
    for (int i = 0; i < 150; ++i)
        newest = m_fake.addMention(kRosa, u"question %1"_s.arg(i), ago(150 - i));

    auto first = m_client->fetch(u"mentions"_s, {}, {}, m_now);
    ASSERT_TRUE(first.outcome.ok()) << first.outcome.message.toStdString();
    EXPECT_EQ(first.value.comments.size(), 100);
    EXPECT_EQ(first.value.comments.first().platformId, newest);
    EXPECT_EQ(first.value.nextCursor, newest);
    ASSERT_FALSE(first.value.nextPageToken.isEmpty());
    EXPECT_EQ(lastQuery(u"max_results"_s), u"100"_s);
    EXPECT_FALSE(lastQuery(u"start_time"_s).isEmpty());
    EXPECT_TRUE(lastQuery(u"tweet.fields"_s).contains(u"edit_history_tweet_ids"_s));
    EXPECT_EQ(lastQuery(u"expansions"_s), u"author_id"_s);

    auto second = m_client->fetch(u"mentions"_s, {}, first.value.nextPageToken, m_now);
    ASSERT_TRUE(second.outcome.ok()) << second.outcome.message.toStdString();
    EXPECT_EQ(second.value.comments.size(), 50);
    EXPECT_TRUE(second.value.nextPageToken.isEmpty());
    EXPECT_TRUE(second.value.nextCursor.isEmpty()); // set on the first page only
    EXPECT_EQ(lastQuery(u"pagination_token"_s), first.value.nextPageToken);
}

TEST_F(TwitterClientTest, AStoredCursorAsksSinceIdKeptFixedWhilePaging)
{
    QStringList ids;
    for (int i = 0; i < 5; ++i)
        ids.append(m_fake.addMention(kRosa, u"q%1"_s.arg(i), ago(10 - i)));
    auto page = m_client->fetch(u"mentions"_s, ids.at(2), {}, m_now);
    ASSERT_TRUE(page.outcome.ok()) << page.outcome.message.toStdString();
    ASSERT_EQ(page.value.comments.size(), 2);
    EXPECT_EQ(page.value.comments.at(0).platformId, ids.at(4));
    EXPECT_EQ(page.value.comments.at(1).platformId, ids.at(3));
    EXPECT_EQ(page.value.nextCursor, ids.at(4));
    EXPECT_EQ(lastQuery(u"since_id"_s), ids.at(2));
    EXPECT_TRUE(lastQuery(u"start_time"_s).isEmpty());
}

TEST_F(TwitterClientTest, AFirstRunReadsBackSevenDaysOnly)
{
    m_fake.addMention(kRosa, u"months old"_s, m_now.addDays(-60));
    const QString fresh = m_fake.addMention(kRosa, u"fresh"_s, ago(5));
    auto page = m_client->fetch(u"mentions"_s, {}, {}, m_now);
    ASSERT_TRUE(page.outcome.ok()) << page.outcome.message.toStdString();
    ASSERT_EQ(page.value.comments.size(), 1);
    EXPECT_EQ(page.value.comments.at(0).platformId, fresh);
}

TEST_F(TwitterClientTest, AuthorsAreJoinedFromIncludesAndAGoneAuthorDoesNotLoseThePost)
{
    m_fake.addMention(kRosa, u"hello"_s, ago(3));
    const QString orphan = m_fake.addMention(kWei, u"from a deleted account"_s, ago(2));
    m_fake.removeUser(kWei);
    auto page = m_client->fetch(u"mentions"_s, {}, {}, m_now);
    ASSERT_TRUE(page.outcome.ok()) << page.outcome.message.toStdString();
    ASSERT_EQ(page.value.comments.size(), 2);
    EXPECT_EQ(page.value.comments.at(0).platformId, orphan);
    EXPECT_EQ(page.value.comments.at(0).author.id, kWei);
    EXPECT_TRUE(page.value.comments.at(0).author.handle.isEmpty());
    EXPECT_EQ(page.value.comments.at(1).author.handle, u"rosa_diaz"_s);
    EXPECT_EQ(page.value.comments.at(1).author.name, u"Rosa Diaz"_s);
    EXPECT_EQ(page.value.comments.at(1).accountName, u"agency-x"_s);
}

TEST_F(TwitterClientTest, AnEditArrivesAsANewIdWithItsHistory)
{
    const QString original = m_fake.addMention(kRosa, u"typo"_s, ago(3));
    const QString edited = m_fake.editPost(original, u"@USImmigDemo fixed"_s);
    auto page = m_client->fetch(u"mentions"_s, {}, {}, m_now);
    ASSERT_TRUE(page.outcome.ok()) << page.outcome.message.toStdString();
    ASSERT_EQ(page.value.comments.size(), 1);
    EXPECT_EQ(page.value.comments.at(0).platformId, edited);
    EXPECT_EQ(page.value.comments.at(0).editHistoryIds, QStringList({ original, edited }));
}

TEST_F(TwitterClientTest, OurOwnPostsComeBackFlaggedOurs)
{
    m_fake.addMention(kOwnId, u"a note to ourselves"_s, ago(2));
    m_fake.addMention(kRosa, u"a question"_s, ago(1));
    auto page = m_client->fetch(u"mentions"_s, {}, {}, m_now);
    ASSERT_TRUE(page.outcome.ok()) << page.outcome.message.toStdString();
    ASSERT_EQ(page.value.comments.size(), 2);
    EXPECT_FALSE(page.value.comments.at(0).ours);
    EXPECT_TRUE(page.value.comments.at(1).ours);
}

TEST_F(TwitterClientTest, RepliesWatchSearchesForRepliesToTheAccountWithoutRetweets)
{
    FakeX::Post root;
    root.authorId = kOwnId;
    root.text = u"Office closed Monday"_s;
    root.createdAt = ago(60);
    const QString rootId = m_fake.addPost(root);
    const QString reply = m_fake.addReplyTo(rootId, kRosa, u"what about Tuesday?"_s, ago(5));
    FakeX::Post retweet;
    retweet.authorId = kWei;
    retweet.text = u"RT Office closed Monday"_s;
    retweet.retweetOf = rootId;
    retweet.inReplyToUserId = kOwnId;
    retweet.createdAt = ago(4);
    m_fake.addPost(retweet);

    auto page = m_client->fetch(u"replies"_s, {}, {}, m_now);
    ASSERT_TRUE(page.outcome.ok()) << page.outcome.message.toStdString();
    EXPECT_EQ(lastQuery(u"query"_s), u"to:%1 -is:retweet"_s.arg(kOwnId));
    ASSERT_EQ(page.value.comments.size(), 1);
    EXPECT_EQ(page.value.comments.at(0).platformId, reply);
    EXPECT_EQ(page.value.comments.at(0).source, Source::Reply);
    EXPECT_EQ(page.value.comments.at(0).parentId, rootId);
}

TEST_F(TwitterClientTest, SearchWatchAsksTheQueryWithoutRetweetsAndPagesWithNextToken)
{
    for (int i = 0; i < 120; ++i)
        m_fake.addMention(kRosa, u"#visa question %1"_s.arg(i), ago(200 - i));
    auto first = m_client->fetch(u"search:#visa"_s, {}, {}, m_now);
    ASSERT_TRUE(first.outcome.ok()) << first.outcome.message.toStdString();
    EXPECT_EQ(lastQuery(u"query"_s), u"#visa -is:retweet"_s);
    EXPECT_EQ(first.value.comments.size(), 100);
    EXPECT_EQ(first.value.comments.at(0).source, Source::Search);
    auto second = m_client->fetch(u"search:#visa"_s, {}, first.value.nextPageToken, m_now);
    ASSERT_TRUE(second.outcome.ok()) << second.outcome.message.toStdString();
    EXPECT_EQ(lastQuery(u"next_token"_s), first.value.nextPageToken);
    EXPECT_EQ(second.value.comments.size(), 20);
}

TEST_F(TwitterClientTest, AMalformedPostIsQuarantinedAndTheRestOfThePageIsRead)
{
    m_fake.addMention(kRosa, u"good"_s, ago(3));
    FakeX::Post bad;
    bad.id = u"not-a-post-id"_s;
    bad.authorId = kRosa;
    bad.text = u"@USImmigDemo broken"_s;
    bad.createdAt = ago(2);
    m_fake.addPost(bad);
    auto page = m_client->fetch(u"mentions"_s, {}, {}, m_now);
    ASSERT_TRUE(page.outcome.ok()) << page.outcome.message.toStdString();
    EXPECT_EQ(page.value.comments.size(), 1);
    ASSERT_EQ(page.value.unreadable.size(), 1);
    EXPECT_TRUE(page.value.unreadable.at(0).raw.contains("not-a-post-id"));
    EXPECT_TRUE(page.value.unreadable.at(0).reason.contains(u".id"_s));
}

TEST_F(TwitterClientTest, TooManyRequestsIsRateLimitedUntilTheReset)
{
    const QDateTime reset = QDateTime::fromSecsSinceEpoch(m_now.toSecsSinceEpoch() + 600, Qt::UTC);
    m_fake.setRateLimitReset(reset);
    m_fake.faults().add(FakeFaults::Kind::TooManyRequests, 2);
    for (int i = 0; i < 2; ++i) {
        auto page = m_client->fetch(u"mentions"_s, {}, {}, m_now);
        EXPECT_EQ(page.outcome.status, PlatformOutcome::Status::RateLimited);
        EXPECT_EQ(page.outcome.retryAt, reset);
        EXPECT_TRUE(page.outcome.limit.exhausted());
    }
    EXPECT_TRUE(m_client->fetch(u"mentions"_s, {}, {}, m_now).outcome.ok());
}

TEST_F(TwitterClientTest, ABurstOf503IsNotReachedAndThenTheReadSucceeds)
{
    m_fake.addMention(kRosa, u"hello"_s, ago(1));
    m_fake.faults().add(FakeFaults::Kind::Unavailable, 3);
    for (int i = 0; i < 3; ++i)
        EXPECT_EQ(m_client->fetch(u"mentions"_s, {}, {}, m_now).outcome.status, PlatformOutcome::Status::NotReached);
    auto page = m_client->fetch(u"mentions"_s, {}, {}, m_now);
    ASSERT_TRUE(page.outcome.ok());
    EXPECT_EQ(page.value.comments.size(), 1);
}

TEST_F(TwitterClientTest, AnAnswerSlowerThanTheTimeoutIsNotReached)
{
    m_transport.setTimeoutMs(300);
    m_fake.faults().add(FakeFaults::Kind::Slow);
    auto page = m_client->fetch(u"mentions"_s, {}, {}, m_now);
    EXPECT_EQ(page.outcome.status, PlatformOutcome::Status::NotReached);
    expectNoToken(page.outcome);
}

TEST_F(TwitterClientTest, ATruncatedBodyIsMalformedAndRetried)
{
    m_fake.addMention(kRosa, u"hello"_s, ago(1));
    m_fake.faults().add(FakeFaults::Kind::Truncate);
    EXPECT_EQ(m_client->fetch(u"mentions"_s, {}, {}, m_now).outcome.status, PlatformOutcome::Status::Malformed);
    EXPECT_TRUE(m_client->fetch(u"mentions"_s, {}, {}, m_now).outcome.ok());
}

TEST_F(TwitterClientTest, ARevokedTokenNeedsReauthenticationAndNoMessageHoldsTheToken)
{
    m_fake.setBearerToken("another-token");
    auto page = m_client->fetch(u"mentions"_s, {}, {}, m_now);
    EXPECT_EQ(page.outcome.status, PlatformOutcome::Status::NeedsReauth);
    EXPECT_TRUE(page.outcome.failure.needsReauthentication());
    expectNoToken(page.outcome);
    auto sent = m_client->reply(u"1985000000000000001"_s, {}, u"hi"_s);
    EXPECT_EQ(sent.outcome.status, PlatformOutcome::Status::NeedsReauth);
    expectNoToken(sent.outcome);
}

TEST_F(TwitterClientTest, AReplyIsPostedOnceAndItsIdReturned)
{
    const QString question = m_fake.addMention(kRosa, u"when?"_s, ago(1));
    auto sent = m_client->reply(question, question, u"@rosa_diaz Monday to Friday."_s);
    ASSERT_TRUE(sent.outcome.ok()) << sent.outcome.message.toStdString();
    ASSERT_EQ(m_fake.replies().value(question).count, 1);
    EXPECT_EQ(sent.value.platformId, m_fake.replies().value(question).ids.first());
    const FakeX::Post* posted = m_fake.post(sent.value.platformId);
    ASSERT_NE(posted, nullptr);
    EXPECT_EQ(posted->repliedTo, question);
    EXPECT_EQ(posted->authorId, kOwnId);
    EXPECT_EQ(m_fake.requests().last().method, "POST");
}

TEST_F(TwitterClientTest, ADuplicateReplyIsRefusedAsDuplicate)
{
    const QString question = m_fake.addMention(kRosa, u"when?"_s, ago(1));
    ASSERT_TRUE(m_client->reply(question, question, u"Monday."_s).outcome.ok());
    auto again = m_client->reply(question, question, u"Monday."_s);
    EXPECT_EQ(again.outcome.status, PlatformOutcome::Status::Refused);
    EXPECT_EQ(again.outcome.failure.kind, PlatformFailure::Kind::Duplicate);
    EXPECT_EQ(m_fake.replies().value(question).count, 1);
    EXPECT_EQ(m_fake.replies().value(question).attempts, 2);
}

TEST_F(TwitterClientTest, TheReplyRestrictionIsRefusedSayingWhy)
{
    const QString question = m_fake.addMention(kRosa, u"when?"_s, ago(1));
    m_fake.faults().add(FakeFaults::Kind::ReplyRefused);
    auto sent = m_client->reply(question, question, u"Monday."_s);
    EXPECT_EQ(sent.outcome.status, PlatformOutcome::Status::Refused);
    EXPECT_EQ(sent.outcome.failure.kind, PlatformFailure::Kind::Forbidden);
    EXPECT_EQ(sent.outcome.failure.title, TwitterClient::replyNotAllowedMessage());
    EXPECT_TRUE(sent.outcome.message.contains(TwitterClient::replyNotAllowedMessage()));
    EXPECT_EQ(m_fake.replies().value(question).count, 0);
}

TEST_F(TwitterClientTest, ASlowReplyIsFoundByReconciliationInsteadOfPostedTwice)
{
    const QString question = m_fake.addMention(kRosa, u"when? https://example.org/a"_s, ago(1));
    m_transport.setTimeoutMs(300);
    m_fake.faults().add(FakeFaults::Kind::Slow);
    const QString text = u"@rosa_diaz See https://example.org/hours "_s;
    auto sent = m_client->reply(question, question, text);
    EXPECT_EQ(sent.outcome.status, PlatformOutcome::Status::NotReached);

    auto found = m_client->findReply(question, question, text.trimmed());
    ASSERT_TRUE(found.outcome.ok()) << found.outcome.message.toStdString();
    ASSERT_TRUE(found.value.has_value());
    EXPECT_EQ(found.value->platformId, m_fake.replies().value(question).ids.first());
    EXPECT_EQ(m_fake.replies().value(question).count, 1);

    auto other = m_client->findReply(question, question, u"something else"_s);
    ASSERT_TRUE(other.outcome.ok());
    EXPECT_FALSE(other.value.has_value());
}

TEST_F(TwitterClientTest, HidingSendsPutAndOnlyRepliesInOurConversationsCanBeHidden)
{
    FakeX::Post root;
    root.authorId = kOwnId;
    root.text = u"Our announcement"_s;
    const QString rootId = m_fake.addPost(root);
    const QString reply = m_fake.addReplyTo(rootId, kRosa, u"spam"_s, ago(1));
    auto hidden = m_client->setHidden(reply, true);
    ASSERT_TRUE(hidden.outcome.ok()) << hidden.outcome.message.toStdString();
    EXPECT_EQ(m_fake.requests().last().method, "PUT");
    EXPECT_TRUE(m_fake.post(reply)->hidden);
    ASSERT_TRUE(m_client->setHidden(reply, false).outcome.ok());
    EXPECT_FALSE(m_fake.post(reply)->hidden);
    EXPECT_EQ(m_fake.hides().value(reply).count, 2);

    const QString mention = m_fake.addMention(kRosa, u"not a reply"_s, ago(1));
    auto refused = m_client->setHidden(mention, true);
    EXPECT_EQ(refused.outcome.status, PlatformOutcome::Status::Refused);
}

TEST_F(TwitterClientTest, RemovingSendsARealDelete)
{
    const QString question = m_fake.addMention(kRosa, u"when?"_s, ago(1));
    auto sent = m_client->reply(question, question, u"Monday."_s);
    ASSERT_TRUE(sent.outcome.ok());
    auto removed = m_client->remove(sent.value.platformId);
    ASSERT_TRUE(removed.outcome.ok()) << removed.outcome.message.toStdString();
    EXPECT_EQ(m_fake.requests().last().method, "DELETE");
    EXPECT_EQ(m_fake.deletions().value(sent.value.platformId).count, 1);
    EXPECT_TRUE(m_fake.post(sent.value.platformId)->deleted);
}

TEST_F(TwitterClientTest, CannotHideOutsideConversationsTheAccountStarted)
{
    Comment reply;
    reply.parentId = u"1985000000000000001"_s;
    reply.source = Source::Reply;
    EXPECT_TRUE(m_client->cannotHideReason(reply).isEmpty());

    Comment viaMention;
    viaMention.parentId = u"1985000000000000001"_s;
    viaMention.rawJson = QJsonDocument(QJsonObject { { u"in_reply_to_user_id"_s, kOwnId } }).toJson();
    EXPECT_TRUE(m_client->cannotHideReason(viaMention).isEmpty());

    Comment mention;
    EXPECT_EQ(m_client->cannotHideReason(mention),
        u"cannot hide on X: X hides only replies in conversations the account started"_s);
    Comment elsewhere;
    elsewhere.parentId = u"1985000000000000001"_s;
    elsewhere.rawJson = R"({"in_reply_to_user_id":"42"})";
    EXPECT_FALSE(m_client->cannotHideReason(elsewhere).isEmpty());
}

TEST_F(TwitterClientTest, AnUnknownWatchIsRefusedWithoutARequest)
{
    auto page = m_client->fetch(u"timeline"_s, {}, {}, m_now);
    EXPECT_EQ(page.outcome.status, PlatformOutcome::Status::Refused);
    EXPECT_EQ(m_fake.requestCount(), 0);
}
