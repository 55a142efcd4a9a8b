#include "connectors/FacebookPayload.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace moderation;

namespace {

const QString kPageId = u"104560123456789"_s;
const QString kPostId = u"104560123456789_122158977000111222"_s;
const QString kOrigin = u"https://graph.facebook.com/v27.0/104560123456789_122158977000111222/comments"_s;

// A page of comments as Graph sends it: non-ASCII escaped, a reply with its parent, more to come.
const QByteArray kCommentsPage = R"json({
 "data": [
  {"id": "122158977000111222_1061871819373070",
   "message": "\u00bfCu\u00e1nto tarda la I-485 ahora mismo?",
   "created_time": "2026-11-02T14:05:09+0000",
   "from": {"name": "Rosa D\u00edaz", "id": "7291834561234567"},
   "is_hidden": false, "can_hide": true, "comment_count": 1,
   "permalink_url": "https://www.facebook.com/104560123456789/posts/122158977000111222?comment_id=1061871819373070"},
  {"id": "122158977000111222_1061871819400001",
   "message": "Hi Rosa, the processing times are on our website.",
   "created_time": "2026-11-02T14:20:00+0000",
   "from": {"name": "Immigration Services (demo)", "id": "104560123456789"},
   "parent": {"created_time": "2026-11-02T14:05:09+0000", "from": {"name": "Rosa D\u00edaz", "id": "7291834561234567"},
              "message": "\u00bfCu\u00e1nto tarda la I-485 ahora mismo?", "id": "122158977000111222_1061871819373070"},
   "is_hidden": false, "can_hide": false, "comment_count": 1},
  {"id": "122158977000111222_1061871819400777",
   "message": "Gracias!",
   "created_time": "2026-11-02T09:31:30-0500",
   "from": {"name": "Rosa D\u00edaz", "id": "7291834561234567"},
   "parent": {"id": "122158977000111222_1061871819400001"},
   "is_hidden": false, "can_hide": true, "comment_count": 0}
 ],
 "paging": {
  "cursors": {"before": "MTA2MTg3MTgxOTM3MzA3MA", "after": "MTA2MTg3MTgxOTQwMDc3Nw"},
  "next": "https://graph.facebook.com/v27.0/104560123456789_122158977000111222/comments?limit=3&after=MTA2MTg3MTgxOTQwMDc3Nw"
 }
})json";

FacebookReadContext context()
{
    FacebookReadContext c;
    c.postId = kPostId;
    c.pageId = kPageId;
    c.accountName = u"agency-facebook"_s;
    c.origin = kOrigin;
    return c;
}

QByteArray replaced(QByteArray body, const QByteArray& from, const QByteArray& to)
{
    EXPECT_TRUE(body.contains(from)) << from.toStdString();
    return body.replace(from, to);
}

} // namespace

TEST(FacebookPayload, ReadsTheCommentsOfAPage)
{
    auto page = FacebookPayload::parseCommentsPage(kCommentsPage, context());
    ASSERT_TRUE(page.ok()) << page.error().toString().toStdString();
    ASSERT_EQ(page->comments.size(), 3); // the page's own answer among them, flagged ours
    const Comment& first = page->comments.at(0);
    EXPECT_EQ(first.platform, Platform::Facebook);
    EXPECT_EQ(first.source, Source::PageComment);
    EXPECT_EQ(first.platformId, u"122158977000111222_1061871819373070"_s);
    EXPECT_EQ(first.text, u"¿Cuánto tarda la I-485 ahora mismo?"_s);
    EXPECT_EQ(first.author.id, u"7291834561234567"_s);
    EXPECT_EQ(first.author.name, u"Rosa Díaz"_s);
    EXPECT_TRUE(first.author.handle.isEmpty());
    EXPECT_EQ(first.createdAt, QDateTime(QDate(2026, 11, 2), QTime(14, 5, 9), Qt::UTC));
    EXPECT_EQ(first.accountName, u"agency-facebook"_s);
    EXPECT_EQ(first.conversationId, kPostId);
    EXPECT_TRUE(first.lang.isEmpty());
}

TEST(FacebookPayload, FlagsThePagesOwnCommentsAsOurs)
{
    auto page = FacebookPayload::parseCommentsPage(kCommentsPage, context());
    ASSERT_TRUE(page.ok()) << page.error().toString().toStdString();
    int ours = 0;
    for (const Comment& c : page->comments) {
        EXPECT_EQ(c.ours, c.author.id == kPageId);
        ours += c.ours ? 1 : 0;
    }
    EXPECT_EQ(ours, 1);
}

TEST(FacebookPayload, TopLevelCommentAnswersThePostAndAReplyItsParent)
{
    auto page = FacebookPayload::parseCommentsPage(kCommentsPage, context());
    ASSERT_TRUE(page.ok()) << page.error().toString().toStdString();
    EXPECT_EQ(page->comments.at(0).parentId, kPostId);
    EXPECT_EQ(page->comments.at(2).parentId, u"122158977000111222_1061871819400001"_s);
    EXPECT_EQ(page->comments.at(2).conversationId, kPostId);
}

TEST(FacebookPayload, OffsetWithoutColonIsConvertedToUtc)
{
    auto page = FacebookPayload::parseCommentsPage(kCommentsPage, context());
    ASSERT_TRUE(page.ok()) << page.error().toString().toStdString();
    EXPECT_EQ(page->comments.at(2).createdAt, QDateTime(QDate(2026, 11, 2), QTime(14, 31, 30), Qt::UTC));
}

TEST(FacebookPayload, KeepsEachCommentAsCompactRawJson)
{
    auto page = FacebookPayload::parseCommentsPage(kCommentsPage, context());
    ASSERT_TRUE(page.ok()) << page.error().toString().toStdString();
    const QJsonArray data = QJsonDocument::fromJson(kCommentsPage).object().value(u"data"_s).toArray();
    const QByteArray raw = page->comments.at(0).rawJson;
    EXPECT_FALSE(raw.contains('\n'));
    EXPECT_EQ(QJsonDocument::fromJson(raw).object(), data.at(0).toObject());
}

TEST(FacebookPayload, KeepsThePagingCursorsAndNext)
{
    auto page = FacebookPayload::parseCommentsPage(kCommentsPage, context());
    ASSERT_TRUE(page.ok()) << page.error().toString().toStdString();
    EXPECT_EQ(page->before, u"MTA2MTg3MTgxOTM3MzA3MA"_s);
    EXPECT_EQ(page->after, u"MTA2MTg3MTgxOTQwMDc3Nw"_s);
    EXPECT_TRUE(page->next.endsWith(u"&after=MTA2MTg3MTgxOTQwMDc3Nw"_s));
    EXPECT_FALSE(page->isLastPage());
    EXPECT_FALSE(page->totalCount.has_value());
}

TEST(FacebookPayload, LastPageHasNoNext)
{
    QJsonObject body = QJsonDocument::fromJson(kCommentsPage).object();
    QJsonObject paging = body.value(u"paging"_s).toObject();
    paging.remove(u"next"_s);
    paging.insert(u"previous"_s, u"https://graph.facebook.com/v27.0/x/comments?before=MTA"_s);
    body.insert(u"paging"_s, paging);
    body.insert(u"summary"_s, QJsonObject { { u"order"_s, u"chronological"_s }, { u"total_count"_s, 57 } });
    auto page = FacebookPayload::parseCommentsPage(QJsonDocument(body).toJson(), context());
    ASSERT_TRUE(page.ok()) << page.error().toString().toStdString();
    EXPECT_TRUE(page->isLastPage());
    EXPECT_FALSE(page->previous.isEmpty());
    ASSERT_TRUE(page->totalCount.has_value());
    EXPECT_EQ(*page->totalCount, 57);
}

TEST(FacebookPayload, CommentWithoutMessageHasEmptyText)
{
    const QByteArray body
        = replaced(kCommentsPage, R"("message": "Gracias!",)", R"("attachment": {"type": "sticker"},)");
    auto page = FacebookPayload::parseCommentsPage(body, context());
    ASSERT_TRUE(page.ok()) << page.error().toString().toStdString();
    EXPECT_TRUE(page->comments.at(2).text.isEmpty());
}

TEST(FacebookPayload, CommentWithoutFromKeepsAnEmptyAuthorAndWarns)
{
    const QByteArray body = replaced(kCommentsPage, R"(   "from": {"name": "Rosa D\u00edaz", "id": "7291834561234567"},
   "parent": {"id")",
        R"(   "parent": {"id")");
    auto page = FacebookPayload::parseCommentsPage(body, context());
    ASSERT_TRUE(page.ok()) << page.error().toString().toStdString();
    ASSERT_EQ(page->comments.size(), 3);
    EXPECT_TRUE(page->comments.at(2).author.id.isEmpty());
    ASSERT_EQ(page->warnings.size(), 1);
    EXPECT_TRUE(page->warnings.at(0).startsWith(u"$.data[2]"_s)) << page->warnings.at(0).toStdString();
}

TEST(FacebookPayload, QuarantineSetsAMalformedCommentAsideAndReadsTheRest)
{
    const QByteArray body = replaced(kCommentsPage, R"("created_time": "2026-11-02T09:31:30-0500")",
        R"("created_time": 1762093890)");
    FacebookReadContext c = context();
    EXPECT_FALSE(FacebookPayload::parseCommentsPage(body, c).ok());
    c.quarantine = true;
    auto page = FacebookPayload::parseCommentsPage(body, c);
    ASSERT_TRUE(page.ok()) << page.error().toString().toStdString();
    EXPECT_EQ(page->comments.size(), 2);
    ASSERT_EQ(page->unreadable.size(), 1);
    EXPECT_TRUE(page->unreadable.at(0).reason.contains(u"$.data[2].created_time"_s));
    EXPECT_TRUE(page->unreadable.at(0).raw.contains("1061871819400777"));
    EXPECT_EQ(page->after, u"MTA2MTg3MTgxOTQwMDc3Nw"_s);
}

TEST(FacebookPayload, GraphErrorObjectIsAFailureNotAnEmptyPage)
{
    const QByteArray body
        = R"({"error":{"message":"Error validating access token: Session has expired on Monday, 02-Nov-26 09:00:00 PST.",
        "type":"OAuthException","code":190,"error_subcode":463,"fbtrace_id":"AbCdEf123"}})";
    auto page = FacebookPayload::parseCommentsPage(body, context());
    ASSERT_FALSE(page.ok());
    EXPECT_EQ(page.error().code(), Error::Code::AuthenticationFailed);
    EXPECT_EQ(page.error().file(), kOrigin);

    const PlatformFailure failure = FacebookPayload::parseFailure(body, 400, kOrigin);
    EXPECT_EQ(failure.kind, PlatformFailure::Kind::Unauthorized);
    EXPECT_TRUE(failure.needsReauthentication());
    EXPECT_EQ(failure.code, 190);
    EXPECT_EQ(failure.subcode, 463);
    EXPECT_EQ(failure.type, u"OAuthException"_s);
    EXPECT_EQ(failure.traceId, u"AbCdEf123"_s);
    EXPECT_TRUE(failure.toError().message().contains(u"AbCdEf123"_s));
}

TEST(FacebookPayload, ErrorsAreClassifiedByCodeNotByMessage)
{
    struct Case
    {
        int code;
        int subcode;
        const char* message;
        PlatformFailure::Kind kind;
    };
    const Case cases[] = {
        // The wording that once slipped past message matching (Chatwoot #14729): still re-authenticate.
        { 190, 0, "(#190) This endpoint requires the 'pages_read_engagement' permission(s) must be granted",
            PlatformFailure::Kind::Unauthorized },
        { 200, 0, "Permissions error", PlatformFailure::Kind::PermissionMissing },
        { 10, 0, "Application does not have permission for this action", PlatformFailure::Kind::PermissionMissing },
        { 4, 0, "Application request limit reached", PlatformFailure::Kind::RateLimited },
        { 17, 0, "User request limit reached", PlatformFailure::Kind::RateLimited },
        { 32, 0, "Page request limited reached", PlatformFailure::Kind::RateLimited },
        { 613, 0, "Calls to this api have exceeded the rate limit.", PlatformFailure::Kind::RateLimited },
        { 80001, 0, "There have been too many calls to this Page account.", PlatformFailure::Kind::RateLimited },
        { 1, 0, "An unknown error occurred", PlatformFailure::Kind::Transient },
        { 2, 0, "An unexpected error has occurred. Please retry your request later.",
            PlatformFailure::Kind::Transient },
        { 368, 0, "The action attempted has been deemed abusive or is otherwise disallowed",
            PlatformFailure::Kind::Blocked },
        { 506, 0, "Duplicate status message", PlatformFailure::Kind::Duplicate },
        { 100, 33, "Unsupported get request. Object with ID '1' does not exist", PlatformFailure::Kind::NotFound },
        { 100, 0, "Invalid parameter", PlatformFailure::Kind::InvalidRequest },
    };
    for (const Case& c : cases) {
        QJsonObject error { { u"message"_s, QString::fromUtf8(c.message) }, { u"type"_s, u"OAuthException"_s },
            { u"code"_s, c.code }, { u"fbtrace_id"_s, u"T"_s } };
        if (c.subcode != 0)
            error.insert(u"error_subcode"_s, c.subcode);
        const QByteArray body = QJsonDocument(QJsonObject { { u"error"_s, error } }).toJson();
        const PlatformFailure failure = FacebookPayload::parseFailure(body, 400);
        EXPECT_EQ(failure.kind, c.kind) << c.code << " " << PlatformFailure::kindName(failure.kind).toStdString();
    }
}

TEST(FacebookPayload, TruncatedJsonNamesTheOriginAndTheByteOffset)
{
    auto page = FacebookPayload::parseCommentsPage(kCommentsPage.left(420), context());
    ASSERT_FALSE(page.ok());
    EXPECT_EQ(page.error().code(), Error::Code::InvalidInput);
    EXPECT_EQ(page.error().file(), kOrigin);
    EXPECT_TRUE(page.error().message().contains(u"at byte "_s)) << page.error().message().toStdString();
    EXPECT_TRUE(page.error().message().contains(u"of 420"_s)) << page.error().message().toStdString();
    EXPECT_GT(page.error().line(), 1);
}

TEST(FacebookPayload, WrongTypesNameTheJsonPath)
{
    struct Case
    {
        QByteArray from;
        QByteArray to;
        QString path;
    };
    const Case cases[] = {
        { R"("message": "Gracias!")", R"("message": 42)", u"$.data[2].message: expected a string, found a number"_s },
        { R"("from": {"name": "Rosa D\u00edaz", "id": "7291834561234567"},
   "parent": {"id")",
            R"("from": "Rosa",
   "parent": {"id")",
            u"$.data[2].from: expected an object, found a string"_s },
        { R"("is_hidden": false, "can_hide": true, "comment_count": 0)",
            R"("is_hidden": "no", "can_hide": true, "comment_count": 0)",
            u"$.data[2].is_hidden: expected a boolean"_s },
        { R"("parent": {"id": "122158977000111222_1061871819400001"})", R"("parent": {"id": 5})",
            u"$.data[2].parent.id: expected a string, found a number"_s },
        { R"("cursors": {"before")", R"("cursors": {"before": 1, "x")",
            u"$.paging.cursors.before: expected a string"_s },
    };
    for (const Case& c : cases) {
        auto page = FacebookPayload::parseCommentsPage(replaced(kCommentsPage, c.from, c.to), context());
        ASSERT_FALSE(page.ok()) << c.path.toStdString();
        EXPECT_EQ(page.error().code(), Error::Code::InvalidInput);
        EXPECT_TRUE(page.error().message().startsWith(c.path)) << page.error().message().toStdString();
    }
    auto notAList = FacebookPayload::parseCommentsPage(R"({"data": "none"})", context());
    ASSERT_FALSE(notAList.ok());
    EXPECT_TRUE(notAList.error().message().startsWith(u"$.data: expected an array, found a string"_s));
}

TEST(FacebookPayload, MissingIdNamesTheComment)
{
    const QByteArray body = replaced(kCommentsPage, R"({"id": "122158977000111222_1061871819373070",)", "{");
    auto page = FacebookPayload::parseCommentsPage(body, context());
    ASSERT_FALSE(page.ok());
    EXPECT_TRUE(page.error().message().startsWith(u"$.data[0].id: missing"_s)) << page.error().message().toStdString();
}

TEST(FacebookPayload, BadTimestampNamesTheField)
{
    for (const QByteArray& bad : { QByteArray(R"("2026-13-02T14:05:09+0000")"), QByteArray(R"("2026-11-02T14:05:09")"),
             QByteArray("1793628309"), QByteArray(R"("yesterday")") }) {
        const QByteArray body
            = replaced(kCommentsPage, R"("created_time": "2026-11-02T09:31:30-0500")", R"("created_time": )" + bad);
        auto page = FacebookPayload::parseCommentsPage(body, context());
        ASSERT_FALSE(page.ok()) << bad.toStdString();
        EXPECT_TRUE(page.error().message().startsWith(u"$.data[2].created_time: "_s))
            << page.error().message().toStdString();
    }
}
