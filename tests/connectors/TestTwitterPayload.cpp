#include "connectors/TwitterPayload.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace moderation;

namespace {

const QString kOrigin = u"https://api.x.com/2/users/1720000000000000001/mentions"_s;
const QString kOwnId = u"1720000000000000001"_s;

// A mentions page as X sends it: newest first, authors in includes.users, more to come.
const QByteArray kMentionsPage = R"({
 "data": [
  {"edit_history_tweet_ids": ["1985000000000000300"], "id": "1985000000000000300",
   "text": "@USImmigDemo How long does the I-485 take right now?", "author_id": "2244994945",
   "created_at": "2026-11-02T14:05:09.000Z", "conversation_id": "1985000000000000300", "lang": "en",
   "entities": {"mentions": [{"start": 0, "end": 12, "username": "USImmigDemo", "id": "1720000000000000001"}]}},
  {"edit_history_tweet_ids": ["1985000000000000200"], "id": "1985000000000000200",
   "text": "@rosa_diaz @USImmigDemo Same question here", "author_id": "1600000000000000002",
   "created_at": "2026-11-02T14:03:00.250Z", "conversation_id": "1985000000000000100", "lang": "en",
   "in_reply_to_user_id": "1600000000000000001",
   "referenced_tweets": [{"type": "replied_to", "id": "1985000000000000150"}]},
  {"edit_history_tweet_ids": ["1985000000000000190"], "id": "1985000000000000190",
   "text": "@USImmigDemo Thank you!", "author_id": "1600000000000000001",
   "created_at": "2026-11-02T14:02:00.000Z", "conversation_id": "1985000000000000100", "lang": "en",
   "in_reply_to_user_id": "1720000000000000001",
   "referenced_tweets": [{"type": "replied_to", "id": "1985000000000000100"}]}
 ],
 "includes": {"users": [
  {"id": "2244994945", "name": "Maria Lopez", "username": "maria_lopez"},
  {"id": "1600000000000000002", "name": "Wei Chen", "username": "wchen12"},
  {"id": "1600000000000000001", "name": "Rosa Diaz", "username": "rosa_diaz"}
 ]},
 "meta": {"newest_id": "1985000000000000300", "oldest_id": "1985000000000000190", "result_count": 3,
          "next_token": "7140dibdnow9c7btw4b0qerel1mw69wkzbkz7ac3ik4ko"}
})";

TwitterReadContext mentions()
{
    TwitterReadContext context;
    context.source = Source::Mention;
    context.accountName = u"agency-x"_s;
    context.ownUserId = kOwnId;
    context.origin = kOrigin;
    return context;
}

QByteArray replaced(QByteArray body, const QByteArray& from, const QByteArray& to)
{
    EXPECT_TRUE(body.contains(from)) << from.toStdString();
    return body.replace(from, to);
}

} // namespace

TEST(TwitterPayload, ReadsEveryPostOfAPageInOrderWithItsAuthor)
{
    auto page = TwitterPayload::parsePage(kMentionsPage, mentions());
    ASSERT_TRUE(page.ok()) << page.error().toString().toStdString();
    ASSERT_EQ(page->comments.size(), 3);
    const Comment& first = page->comments.at(0);
    EXPECT_EQ(first.platform, Platform::Twitter);
    EXPECT_EQ(first.platformId, u"1985000000000000300"_s);
    EXPECT_EQ(first.text, u"@USImmigDemo How long does the I-485 take right now?"_s);
    EXPECT_EQ(first.author.id, u"2244994945"_s);
    EXPECT_EQ(first.author.handle, u"maria_lopez"_s);
    EXPECT_EQ(first.author.name, u"Maria Lopez"_s);
    EXPECT_EQ(first.createdAt, QDateTime(QDate(2026, 11, 2), QTime(14, 5, 9), Qt::UTC));
    EXPECT_EQ(first.createdAt.timeSpec(), Qt::UTC);
    EXPECT_EQ(first.lang, u"en"_s);
    EXPECT_EQ(first.accountName, u"agency-x"_s);
    EXPECT_EQ(first.source, Source::Mention);
    EXPECT_TRUE(first.parentId.isEmpty());
    EXPECT_EQ(page->comments.at(1).platformId, u"1985000000000000200"_s);
    EXPECT_EQ(page->comments.at(1).createdAt.time().msec(), 250);
    EXPECT_EQ(page->comments.at(2).platformId, u"1985000000000000190"_s);
    EXPECT_TRUE(page->warnings.isEmpty());
}

TEST(TwitterPayload, KeepsEachPostAsCompactRawJson)
{
    auto page = TwitterPayload::parsePage(kMentionsPage, mentions());
    ASSERT_TRUE(page.ok()) << page.error().toString().toStdString();
    const QJsonObject body = QJsonDocument::fromJson(kMentionsPage).object();
    for (int i = 0; i < page->comments.size(); ++i) {
        const QByteArray raw = page->comments.at(i).rawJson;
        EXPECT_FALSE(raw.contains('\n'));
        EXPECT_FALSE(raw.contains(": "));
        EXPECT_EQ(QJsonDocument::fromJson(raw).object(), body.value(u"data"_s).toArray().at(i).toObject());
    }
}

TEST(TwitterPayload, ReplyKnowsItsParentAndConversation)
{
    auto page = TwitterPayload::parsePage(kMentionsPage, mentions());
    ASSERT_TRUE(page.ok()) << page.error().toString().toStdString();
    const Comment& reply = page->comments.at(1);
    EXPECT_EQ(reply.parentId, u"1985000000000000150"_s);
    EXPECT_EQ(reply.conversationId, u"1985000000000000100"_s);
}

TEST(TwitterPayload, APostThatRepliesToTheAccountIsAReplyWhicheverEndpointFoundIt)
{
    auto page = TwitterPayload::parsePage(kMentionsPage, mentions());
    ASSERT_TRUE(page.ok()) << page.error().toString().toStdString();
    EXPECT_EQ(page->comments.at(0).source, Source::Mention); // not a reply
    EXPECT_EQ(page->comments.at(1).source, Source::Mention); // replies to someone else
    EXPECT_EQ(page->comments.at(2).source, Source::Reply); // replies to us
}

TEST(TwitterPayload, FlagsTheAccountsOwnPostsAsOursInsteadOfDroppingThem)
{
    const QByteArray body
        = replaced(kMentionsPage, R"("author_id": "2244994945")", R"("author_id": "1720000000000000001")");
    auto page = TwitterPayload::parsePage(body, mentions());
    ASSERT_TRUE(page.ok()) << page.error().toString().toStdString();
    ASSERT_EQ(page->comments.size(), 3);
    EXPECT_TRUE(page->comments.at(0).ours);
    EXPECT_EQ(page->comments.at(0).author.id, kOwnId);
    EXPECT_FALSE(page->comments.at(1).ours);
    EXPECT_FALSE(page->comments.at(2).ours);
}

TEST(TwitterPayload, KeepsTheEditHistoryOldestFirst)
{
    const QByteArray body = replaced(kMentionsPage, R"("edit_history_tweet_ids": ["1985000000000000300"])",
        R"("edit_history_tweet_ids": ["1985000000000000250", "1985000000000000300"])");
    auto page = TwitterPayload::parsePage(body, mentions());
    ASSERT_TRUE(page.ok()) << page.error().toString().toStdString();
    EXPECT_EQ(page->comments.at(0).editHistoryIds, QStringList({ u"1985000000000000250"_s, u"1985000000000000300"_s }));
    EXPECT_EQ(page->comments.at(1).editHistoryIds, QStringList({ u"1985000000000000200"_s }));
}

TEST(TwitterPayload, ReadsTheEditHistoryUnderThePostSpelling)
{
    QByteArray body = kMentionsPage;
    body.replace("edit_history_tweet_ids", "edit_history_post_ids");
    auto page = TwitterPayload::parsePage(body, mentions());
    ASSERT_TRUE(page.ok()) << page.error().toString().toStdString();
    EXPECT_EQ(page->comments.at(0).editHistoryIds, QStringList({ u"1985000000000000300"_s }));
}

TEST(TwitterPayload, LeavesRetweetsOut)
{
    const QByteArray body = replaced(kMentionsPage, R"("conversation_id": "1985000000000000300", "lang": "en",)",
        R"("conversation_id": "1985000000000000300", "lang": "en",
           "referenced_tweets": [{"type": "retweeted", "id": "1985000000000000001"}],)");
    auto page = TwitterPayload::parsePage(body, mentions());
    ASSERT_TRUE(page.ok()) << page.error().toString().toStdString();
    ASSERT_EQ(page->comments.size(), 2);
    EXPECT_EQ(page->retweetsSkipped, 1);
    EXPECT_EQ(page->comments.at(0).platformId, u"1985000000000000200"_s);
}

TEST(TwitterPayload, QuarantineSetsAMalformedPostAsideAndReadsTheRest)
{
    const QByteArray body = replaced(kMentionsPage, R"("created_at": "2026-11-02T14:03:00.250Z")",
        R"("created_at": "yesterday")");
    TwitterReadContext context = mentions();
    EXPECT_FALSE(TwitterPayload::parsePage(body, context).ok());
    context.quarantine = true;
    auto page = TwitterPayload::parsePage(body, context);
    ASSERT_TRUE(page.ok()) << page.error().toString().toStdString();
    ASSERT_EQ(page->comments.size(), 2);
    ASSERT_EQ(page->unreadable.size(), 1);
    EXPECT_TRUE(page->unreadable.at(0).reason.contains(u"$.data[1].created_at"_s))
        << page->unreadable.at(0).reason.toStdString();
    EXPECT_TRUE(page->unreadable.at(0).raw.contains("1985000000000000200"));
    EXPECT_EQ(page->unreadable.at(0).origin, kOrigin);
    EXPECT_EQ(page->newestId, u"1985000000000000300"_s);
}

TEST(TwitterPayload, QuarantineDoesNotRescueABodyThatIsNotJson)
{
    TwitterReadContext context = mentions();
    context.quarantine = true;
    EXPECT_FALSE(TwitterPayload::parsePage(kMentionsPage.left(kMentionsPage.size() / 2), context).ok());
}

TEST(TwitterPayload, KeepsThePagingMeta)
{
    auto page = TwitterPayload::parsePage(kMentionsPage, mentions());
    ASSERT_TRUE(page.ok()) << page.error().toString().toStdString();
    EXPECT_EQ(page->newestId, u"1985000000000000300"_s);
    EXPECT_EQ(page->oldestId, u"1985000000000000190"_s);
    EXPECT_EQ(page->resultCount, 3);
    EXPECT_EQ(page->nextToken, u"7140dibdnow9c7btw4b0qerel1mw69wkzbkz7ac3ik4ko"_s);
    EXPECT_FALSE(page->isLastPage());
}

TEST(TwitterPayload, LastPageHasNoNextToken)
{
    const QByteArray body = replaced(kMentionsPage, R"("next_token": "7140dibdnow9c7btw4b0qerel1mw69wkzbkz7ac3ik4ko")",
        R"("previous_token": "77qp8n7bkk5ex")");
    auto page = TwitterPayload::parsePage(body, mentions());
    ASSERT_TRUE(page.ok()) << page.error().toString().toStdString();
    EXPECT_TRUE(page->isLastPage());
    EXPECT_TRUE(page->nextToken.isEmpty());
    EXPECT_EQ(page->previousToken, u"77qp8n7bkk5ex"_s);
    EXPECT_EQ(page->comments.size(), 3);
}

TEST(TwitterPayload, EmptyResultHasNoDataAndIsNotAnError)
{
    auto page = TwitterPayload::parsePage(R"({"meta":{"result_count":0}})", mentions());
    ASSERT_TRUE(page.ok()) << page.error().toString().toStdString();
    EXPECT_TRUE(page->comments.isEmpty());
    EXPECT_EQ(page->resultCount, 0);
    EXPECT_TRUE(page->isLastPage());
}

TEST(TwitterPayload, PartialSuccessKeepsTheDataAndReportsTheErrors)
{
    const QByteArray body = replaced(kMentionsPage, R"( "meta": {)", R"( "errors": [
  {"value": "1985000000000000150", "detail": "Could not find tweet with referenced_tweets.id: [1985000000000000150].",
   "title": "Not Found Error", "resource_type": "tweet", "parameter": "referenced_tweets.id",
   "resource_id": "1985000000000000150", "type": "https://api.twitter.com/2/problems/resource-not-found"}],
 "meta": {)");
    auto page = TwitterPayload::parsePage(body, mentions());
    ASSERT_TRUE(page.ok()) << page.error().toString().toStdString();
    EXPECT_EQ(page->comments.size(), 3);
    ASSERT_EQ(page->problems.size(), 1);
    EXPECT_EQ(page->problems.at(0).resourceType, u"tweet"_s);
    EXPECT_EQ(page->problems.at(0).resourceId, u"1985000000000000150"_s);
    EXPECT_EQ(page->problems.at(0).parameter, u"referenced_tweets.id"_s);
    EXPECT_EQ(page->problems.at(0).title, u"Not Found Error"_s);
}

TEST(TwitterPayload, AuthorMissingFromIncludesKeepsTheIdAndWarns)
{
    const QByteArray body
        = replaced(kMentionsPage, R"({"id": "1600000000000000002", "name": "Wei Chen", "username": "wchen12"},)", "");
    auto page = TwitterPayload::parsePage(body, mentions());
    ASSERT_TRUE(page.ok()) << page.error().toString().toStdString();
    ASSERT_EQ(page->comments.size(), 3);
    const Comment& orphan = page->comments.at(1);
    EXPECT_EQ(orphan.author.id, u"1600000000000000002"_s);
    EXPECT_TRUE(orphan.author.handle.isEmpty());
    EXPECT_TRUE(orphan.author.name.isEmpty());
    ASSERT_EQ(page->warnings.size(), 1);
    EXPECT_TRUE(page->warnings.at(0).contains(u"$.data[1]"_s)) << page->warnings.at(0).toStdString();
}

TEST(TwitterPayload, PageWithoutIncludesStillReadsThePosts)
{
    QJsonObject body = QJsonDocument::fromJson(kMentionsPage).object();
    body.remove(u"includes"_s);
    auto page = TwitterPayload::parsePage(QJsonDocument(body).toJson(), mentions());
    ASSERT_TRUE(page.ok()) << page.error().toString().toStdString();
    EXPECT_EQ(page->comments.size(), 3);
    EXPECT_EQ(page->warnings.size(), 3);
}

TEST(TwitterPayload, AcceptsTheRenamedPostFieldNames)
{
    // v2.167 of the spec renames tweet to post (PLATFORMS.md section 1).
    const QByteArray body = R"({
 "data": [
  {"edit_history_post_ids": ["1985000000000000400", "1985000000000000410"], "id": "1985000000000000410",
   "text": "@USImmigDemo shortened…", "author_id": "2244994945", "created_at": "2026-11-02T14:06:00.000Z",
   "conversation_id": "1985000000000000100", "lang": "es", "in_reply_to_user_id": "1600000000000000001",
   "referenced_posts": [{"type": "quoted", "id": "1985000000000000050"}, {"type": "replied_to", "id": "1985000000000000120"}],
   "note_post": {"text": "@USImmigDemo ¿Cuánto tarda la I-485? Una pregunta larga que no cabe en 280 caracteres."}}
 ],
 "includes": {"users": [{"id": "2244994945", "name": "Maria Lopez", "username": "maria_lopez"}],
              "posts": [{"id": "1985000000000000120", "text": "x", "edit_history_post_ids": ["1985000000000000120"]}]},
 "meta": {"newest_id": "1985000000000000410", "oldest_id": "1985000000000000410", "result_count": 1}
})";
    auto page = TwitterPayload::parsePage(body, mentions());
    ASSERT_TRUE(page.ok()) << page.error().toString().toStdString();
    ASSERT_EQ(page->comments.size(), 1);
    const Comment& post = page->comments.at(0);
    EXPECT_EQ(post.parentId, u"1985000000000000120"_s);
    EXPECT_EQ(post.text, u"@USImmigDemo ¿Cuánto tarda la I-485? Una pregunta larga que no cabe en 280 caracteres."_s);
    EXPECT_EQ(post.lang, u"es"_s);
    EXPECT_EQ(post.author.handle, u"maria_lopez"_s);
}

TEST(TwitterPayload, LongPostTakesItsTextFromNoteTweet)
{
    const QByteArray body = replaced(kMentionsPage, R"("text": "@USImmigDemo Thank you!",)",
        R"("text": "@USImmigDemo Thank…", "note_tweet": {"text": "@USImmigDemo Thank you, the whole of it."},)");
    auto page = TwitterPayload::parsePage(body, mentions());
    ASSERT_TRUE(page.ok()) << page.error().toString().toStdString();
    EXPECT_EQ(page->comments.at(2).text, u"@USImmigDemo Thank you, the whole of it."_s);
}

TEST(TwitterPayload, TruncatedJsonNamesTheOriginAndTheByteOffset)
{
    const QByteArray body = kMentionsPage.left(700);
    auto page = TwitterPayload::parsePage(body, mentions());
    ASSERT_FALSE(page.ok());
    EXPECT_EQ(page.error().code(), Error::Code::InvalidInput);
    EXPECT_EQ(page.error().file(), kOrigin);
    EXPECT_GT(page.error().line(), 1);
    // The offset is where the parser gave up: inside what was received.
    const QString message = page.error().message();
    const qsizetype at = message.indexOf(u"at byte "_s);
    ASSERT_GE(at, 0) << message.toStdString();
    const int offset = message.mid(at + 8).section(u' ', 0, 0).toInt();
    EXPECT_GT(offset, 600);
    EXPECT_LE(offset, 700);
    EXPECT_TRUE(page.error().toString().startsWith(kOrigin + u":"_s)) << page.error().toString().toStdString();
}

TEST(TwitterPayload, WrongTypeNamesTheJsonPath)
{
    const QByteArray body = replaced(kMentionsPage, R"("id": "1985000000000000200")", R"("id": 1985000000000000200)");
    auto page = TwitterPayload::parsePage(body, mentions());
    ASSERT_FALSE(page.ok());
    EXPECT_EQ(page.error().code(), Error::Code::InvalidInput);
    EXPECT_EQ(page.error().file(), kOrigin);
    EXPECT_TRUE(page.error().message().startsWith(u"$.data[1].id: expected a string, found a number"_s))
        << page.error().message().toStdString();
}

TEST(TwitterPayload, DataThatIsNotAnArrayIsRefused)
{
    auto page = TwitterPayload::parsePage(R"({"data": {"id": "1"}, "meta": {"result_count": 1}})", mentions());
    ASSERT_FALSE(page.ok());
    EXPECT_TRUE(page.error().message().startsWith(u"$.data: expected an array, found an object"_s))
        << page.error().message().toStdString();
}

TEST(TwitterPayload, UsersThatAreNotObjectsAreRefused)
{
    const QByteArray body = replaced(
        kMentionsPage, R"({"id": "2244994945", "name": "Maria Lopez", "username": "maria_lopez"})", R"("maria_lopez")");
    auto page = TwitterPayload::parsePage(body, mentions());
    ASSERT_FALSE(page.ok());
    EXPECT_TRUE(page.error().message().startsWith(u"$.includes.users[0]: expected an object, found a string"_s))
        << page.error().message().toStdString();
}

TEST(TwitterPayload, MissingIdNamesThePost)
{
    const QByteArray body = replaced(kMentionsPage, R"("id": "1985000000000000190",)", "");
    auto page = TwitterPayload::parsePage(body, mentions());
    ASSERT_FALSE(page.ok());
    EXPECT_TRUE(page.error().message().startsWith(u"$.data[2].id: missing"_s)) << page.error().message().toStdString();
}

TEST(TwitterPayload, IdThatIsNotAPostIdIsRefused)
{
    const QByteArray body
        = replaced(kMentionsPage, R"("id": "1985000000000000190",)", R"("id": "19850000000000001900",)");
    auto page = TwitterPayload::parsePage(body, mentions());
    ASSERT_FALSE(page.ok());
    EXPECT_TRUE(page.error().message().startsWith(u"$.data[2].id: not a post id"_s))
        << page.error().message().toStdString();
}

TEST(TwitterPayload, BadTimestampNamesTheField)
{
    for (const QByteArray& bad : { QByteArray(R"("2026-11-02 14:05:09")"), QByteArray(R"("2026-02-30T10:00:00.000Z")"),
             QByteArray(R"("2026-11-02T14:05:09.000")"), QByteArray("1793628309") }) {
        const QByteArray body = replaced(kMentionsPage, R"("2026-11-02T14:03:00.250Z")", bad);
        auto page = TwitterPayload::parsePage(body, mentions());
        ASSERT_FALSE(page.ok()) << bad.toStdString();
        EXPECT_TRUE(page.error().message().startsWith(u"$.data[1].created_at: "_s))
            << page.error().message().toStdString();
    }
}

TEST(TwitterPayload, UnauthorizedProblemIsAnAuthenticationFailure)
{
    const QByteArray body = R"({"title":"Unauthorized","type":"about:blank","status":401,"detail":"Unauthorized"})";
    const PlatformFailure failure = TwitterPayload::parseFailure(body, 401, kOrigin);
    EXPECT_EQ(failure.kind, PlatformFailure::Kind::Unauthorized);
    EXPECT_TRUE(failure.needsReauthentication());
    EXPECT_FALSE(failure.isRetryable());
    EXPECT_EQ(failure.toError().code(), Error::Code::AuthenticationFailed);
    EXPECT_EQ(failure.toError().file(), kOrigin);

    // Served with status 200 by a misbehaving proxy, the page parser still refuses it.
    auto page = TwitterPayload::parsePage(body, mentions());
    ASSERT_FALSE(page.ok());
    EXPECT_EQ(page.error().code(), Error::Code::AuthenticationFailed);
}

TEST(TwitterPayload, RateLimitIsRecognisedInBothShapes)
{
    const PlatformFailure problem = TwitterPayload::parseFailure(
        R"({"title":"Too Many Requests","type":"about:blank","status":429,"detail":"Too Many Requests"})", 429);
    EXPECT_EQ(problem.kind, PlatformFailure::Kind::RateLimited);
    EXPECT_TRUE(problem.isRetryable());
    const PlatformFailure legacy
        = TwitterPayload::parseFailure(R"({"errors":[{"code":88,"message":"Rate limit exceeded"}]})", 429);
    EXPECT_EQ(legacy.kind, PlatformFailure::Kind::RateLimited);
    EXPECT_EQ(legacy.code, 88);
    EXPECT_EQ(legacy.detail, u"Rate limit exceeded"_s);
}

TEST(TwitterPayload, ProblemTypeIsMatchedOnEitherHost)
{
    for (const QByteArray& host : { QByteArray("api.twitter.com"), QByteArray("api.x.com") }) {
        const QByteArray body = R"({"title":"UsageCapExceeded","type":"https://)" + host
            + R"(/2/problems/usage-capped","period":"Monthly","scope":"Product","detail":"Usage cap exceeded: Monthly product cap"})";
        const PlatformFailure failure = TwitterPayload::parseFailure(body, 429);
        EXPECT_EQ(failure.kind, PlatformFailure::Kind::UsageCapped) << host.toStdString();
        EXPECT_TRUE(failure.isRateLimit());
    }
}

TEST(TwitterPayload, DuplicatePostIsAConflict)
{
    const PlatformFailure failure = TwitterPayload::parseFailure(
        R"({"detail":"You are not allowed to create a Tweet with duplicate content.","type":"about:blank","title":"Forbidden","status":403})",
        403);
    EXPECT_EQ(failure.kind, PlatformFailure::Kind::Duplicate);
    EXPECT_EQ(failure.toError().code(), Error::Code::Conflict);
}

TEST(TwitterPayload, FailureBodyThatIsNotJsonFallsBackOnTheStatus)
{
    const PlatformFailure failure = TwitterPayload::parseFailure("<html>502 Bad Gateway</html>", 502);
    EXPECT_EQ(failure.kind, PlatformFailure::Kind::Transient);
    EXPECT_TRUE(failure.isRetryable());
    EXPECT_TRUE(failure.detail.contains(u"502 Bad Gateway"_s));
}
