#include "connectors/FacebookClient.h"

#include "connectors/FacebookPayload.h"
#include "connectors/PayloadReader.h"
#include "connectors/TransportOutcome.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace moderation {

namespace {

const QString kCommentFields = u"id,message,created_time,from,parent,is_hidden,can_hide"_s;
constexpr qint64 kOverlapSeconds = 3600;

} // namespace

struct FacebookClient::Poll
{
    QString start; // when the poll began (ISO 8601): the cursor it leaves behind
    qint64 feedSince = 0; // epoch seconds: posts of the window
    qint64 commentsSince = 0; // epoch seconds: 0 reads all comments
    bool feedRead = false; // whether a feed page was read yet
    QString feedAfter; // the feed's next page, empty on the last
    QStringList posts; // posts of the feed page not yet read
    QString post; // the post being read
    QString after; // its comments' next page

    QString toToken() const
    {
        return QString::fromUtf8(QJsonDocument(QJsonObject { { u"start"_s, start },
                                                     { u"feedSince"_s, QString::number(feedSince) },
                                                     { u"commentsSince"_s, QString::number(commentsSince) },
                                                     { u"feedRead"_s, feedRead }, { u"feedAfter"_s, feedAfter },
                                                     { u"posts"_s, QJsonArray::fromStringList(posts) },
                                                     { u"post"_s, post }, { u"after"_s, after } })
                                     .toJson(QJsonDocument::Compact));
    }

    static std::optional<Poll> fromToken(const QString& token)
    {
        const QJsonDocument document = QJsonDocument::fromJson(token.toUtf8());
        if (!document.isObject())
            return std::nullopt;
        const QJsonObject o = document.object();
        Poll poll;
        poll.start = o.value(u"start"_s).toString();
        poll.feedSince = o.value(u"feedSince"_s).toString().toLongLong();
        poll.commentsSince = o.value(u"commentsSince"_s).toString().toLongLong();
        poll.feedRead = o.value(u"feedRead"_s).toBool();
        poll.feedAfter = o.value(u"feedAfter"_s).toString();
        for (const QJsonValue& id : o.value(u"posts"_s).toArray())
            poll.posts.append(id.toString());
        poll.post = o.value(u"post"_s).toString();
        poll.after = o.value(u"after"_s).toString();
        if (!PayloadReader::parseTimestamp(poll.start).isValid())
            return std::nullopt;
        return poll;
    }

    bool finished() const { return post.isEmpty() && posts.isEmpty() && feedRead && feedAfter.isEmpty(); }
};

FacebookClient::FacebookClient(HttpTransport& transport, QString pageId, QByteArray pageToken, QUrl baseUrl, int windowDays)
    : m_transport(transport)
    , m_pageId(std::move(pageId))
    , m_token(std::move(pageToken))
    , m_baseUrl(std::move(baseUrl))
    , m_windowDays(windowDays)
{
}

QString FacebookClient::redacted(QString text) const
{
    return redactToken(std::move(text), m_token);
}

HttpRequest FacebookClient::request(const QByteArray& method, const QString& path, const QUrlQuery& query) const
{
    return bearerRequest(method, m_baseUrl, path, query, m_token);
}

HttpRequest FacebookClient::formRequest(const QString& path, const QUrlQuery& form) const
{
    HttpRequest r = request("POST", path);
    r.body = form.toString(QUrl::FullyEncoded).toUtf8();
    r.contentType = "application/x-www-form-urlencoded";
    return r;
}

FacebookClient::Exchange FacebookClient::exchange(const HttpRequest& request, const QString& what, const QDateTime& now)
{
    using Status = PlatformOutcome::Status;
    using Kind = PlatformFailure::Kind;
    Exchange ex { request, m_transport.send(request), {} };
    const HttpResponse& response = ex.response;
    PlatformOutcome& outcome = ex.outcome;
    const QString where = describeRequest(request);
    outcome.limit = RateLimit::fromHeaders(response.headers);

    if (readTransportFailure(response, u"Facebook"_s, what, outcome)) {
        outcome.message = redacted(outcome.message);
        return ex;
    }
    const bool success = response.status >= 200 && response.status < 300;
    if (success && !QJsonDocument::fromJson(response.body).object().contains(u"error"_s)) {
        outcome.status = Status::Ok;
        return ex;
    }

    PlatformFailure& failure = outcome.failure;
    failure = FacebookPayload::parseFailure(response.body, response.status, where);
    failure.detail = redacted(failure.detail);
    const QString head = u"Facebook %1 (%2): HTTP %3"_s.arg(what, where).arg(response.status);
    QString codes;
    if (failure.code != 0)
        codes = u", code %1"_s.arg(failure.code);
    if (failure.subcode != 0)
        codes += u"/%1"_s.arg(failure.subcode);
    const int code = failure.code;
    const bool oauth = failure.type == u"OAuthException"_s;
    if (code == 4 || code == 17 || code == 32 || code == 613 || (code >= 80000 && code <= 80014)
        || (code == 0 && response.status == 429)) {
        outcome.status = Status::RateLimited;
        failure.kind = Kind::RateLimited;
        if (outcome.limit.regainAccessMinutes && *outcome.limit.regainAccessMinutes > 0)
            outcome.retryAt = now.addSecs(qint64(*outcome.limit.regainAccessMinutes) * 60);
        const QString until
            = outcome.retryAt.isValid() ? QString(u" until "_s + outcome.retryAt.toString(Qt::ISODate)) : QString();
        outcome.message = u"%1%2: rate limited%3"_s.arg(head, codes, until);
    } else if (code == 190 || code == 102 || (oauth && (code == 10 || (code >= 200 && code <= 299)))
               || (code == 0 && response.status == 401)) {
        // By code and type, never by the wording (PLATFORMS.md section 8).
        outcome.status = Status::NeedsReauth;
        outcome.message = u"%1%2: the Page token is no longer accepted or lacks a permission; re-authenticate the Page"_s.arg(head, codes);
    } else if (code == 1 || code == 2 || failure.kind == Kind::Transient || response.status >= 500) {
        outcome.status = Status::NotReached;
        outcome.message = u"%1%2: the platform failed: %3"_s.arg(head, codes, failure.detail);
    } else if (success) {
        outcome.status = Status::Malformed;
        outcome.message = u"%1: an error object in a success"_s.arg(head);
    } else {
        outcome.status = Status::Refused;
        outcome.message = u"%1%2: %3: %4"_s.arg(head, codes, PlatformFailure::kindName(failure.kind), failure.detail);
    }
    outcome.message = redacted(outcome.message);
    return ex;
}

bool FacebookClient::readFeedPage(Poll& poll, PlatformResult<WatchPage>& result, const QDateTime& now)
{
    QUrlQuery query;
    query.addQueryItem(u"fields"_s, u"id,updated_time,created_time"_s);
    query.addQueryItem(u"since"_s, QString::number(poll.feedSince));
    query.addQueryItem(u"limit"_s, u"100"_s);
    if (!poll.feedAfter.isEmpty())
        query.addQueryItem(u"after"_s, poll.feedAfter);
    Exchange ex = exchange(request("GET", u"/%1/feed"_s.arg(m_pageId), query), u"reading the Page's posts"_s, now);
    result.outcome = ex.outcome;
    if (!ex.outcome.ok())
        return false;

    const PayloadReader reader(describeRequest(ex.request));
    using Need = PayloadReader::Need;
    auto root = reader.parseObject(ex.response.body);
    auto data = root ? reader.array(*root, u"$"_s, u"data"_s, Need::Required) : Result<QJsonArray>(root.error());
    auto paging = root ? reader.object(*root, u"$"_s, u"paging"_s, Need::Optional) : Result<QJsonObject>(root.error());
    Error problem = !data ? data.error() : paging.error();
    QStringList posts;
    if (data) {
        for (qsizetype i = 0; i < data->size() && !problem.isError(); ++i) {
            auto post = reader.element(*data, u"$.data"_s, i);
            auto id = post ? reader.string(*post, PayloadReader::index(u"$.data"_s, i), u"id"_s, Need::Required)
                           : Result<QString>(post.error());
            if (id)
                posts.append(*id);
            else
                problem = id.error();
        }
    }
    if (problem.isError()) {
        result.outcome.status = PlatformOutcome::Status::Malformed;
        result.outcome.message = redacted(u"Facebook reading the Page's posts: %1"_s.arg(problem.toString()));
        return false;
    }
    poll.feedRead = true;
    poll.posts = posts;
    const bool more = paging->contains(u"next"_s);
    poll.feedAfter = more ? paging->value(u"cursors"_s).toObject().value(u"after"_s).toString() : QString();
    return true;
}

PlatformResult<WatchPage> FacebookClient::fetch(
    const QString& watch, const QString& cursor, const QString& pageToken, const QDateTime& now)
{
    PlatformResult<WatchPage> result;
    if (watch != u"page-comments"_s) {
        result.outcome.status = PlatformOutcome::Status::Refused;
        result.outcome.failure.platform = Platform::Facebook;
        result.outcome.failure.kind = PlatformFailure::Kind::InvalidRequest;
        result.outcome.message = u"Facebook: unknown watch \"%1\" (page-comments)"_s.arg(watch);
        return result;
    }
    Poll poll;
    if (pageToken.isEmpty()) {
        poll.start = now.toUTC().toString(Qt::ISODate);
        poll.feedSince = now.toUTC().addDays(-m_windowDays).toSecsSinceEpoch();
        const QDateTime stored = PayloadReader::parseTimestamp(cursor);
        if (stored.isValid())
            poll.commentsSince = stored.toSecsSinceEpoch() - kOverlapSeconds;
        result.value.nextCursor = poll.start;
    } else {
        auto parsed = Poll::fromToken(pageToken);
        if (!parsed) {
            result.outcome.status = PlatformOutcome::Status::Refused;
            result.outcome.failure.platform = Platform::Facebook;
            result.outcome.failure.kind = PlatformFailure::Kind::InvalidRequest;
            result.outcome.message = u"Facebook: the page token is not one this client wrote"_s;
            return result;
        }
        poll = *parsed;
    }

    while (poll.post.isEmpty()) {
        if (!poll.posts.isEmpty()) {
            poll.post = poll.posts.takeFirst();
            poll.after.clear();
        } else if (!poll.feedRead || !poll.feedAfter.isEmpty()) {
            if (!readFeedPage(poll, result, now))
                return result;
        } else {
            return result; // no post in the window: the poll is complete
        }
    }

    QUrlQuery query;
    query.addQueryItem(u"filter"_s, u"stream"_s);
    query.addQueryItem(u"order"_s, u"chronological"_s);
    query.addQueryItem(u"fields"_s, kCommentFields);
    query.addQueryItem(u"limit"_s, u"100"_s);
    if (poll.commentsSince > 0)
        query.addQueryItem(u"since"_s, QString::number(poll.commentsSince));
    if (!poll.after.isEmpty())
        query.addQueryItem(u"after"_s, poll.after);
    Exchange ex = exchange(request("GET", u"/%1/comments"_s.arg(poll.post), query),
        u"reading the comments of %1"_s.arg(poll.post), now);
    result.outcome = ex.outcome;
    result.value.limit = ex.outcome.limit;
    if (!ex.outcome.ok())
        return result;

    FacebookReadContext context;
    context.postId = poll.post;
    context.pageId = m_pageId;
    context.accountName = m_accountName;
    context.origin = describeRequest(ex.request);
    context.quarantine = true;
    auto page = FacebookPayload::parseCommentsPage(ex.response.body, context);
    if (!page) {
        result.outcome.status = PlatformOutcome::Status::Malformed;
        result.outcome.message = redacted(u"Facebook reading the comments of %1: %2"_s.arg(poll.post, page.error().toString()));
        return result;
    }
    result.value.comments = page->comments;
    result.value.unreadable = page->unreadable;
    if (!page->next.isEmpty() && !page->after.isEmpty()) {
        poll.after = page->after;
    } else {
        poll.post.clear();
        poll.after.clear();
    }
    if (!poll.finished())
        result.value.nextPageToken = poll.toToken();
    return result;
}

PlatformResult<SendReceipt> FacebookClient::reply(const QString& target, const QString&, const QString& text)
{
    PlatformResult<SendReceipt> result;
    QUrlQuery form;
    form.addQueryItem(u"message"_s, QString::fromLatin1(QUrl::toPercentEncoding(text)));
    Exchange ex = exchange(formRequest(u"/%1/comments"_s.arg(target), form), u"replying to %1"_s.arg(target), m_clock->now());
    result.outcome = ex.outcome;
    if (!ex.outcome.ok())
        return result;
    const QString id = QJsonDocument::fromJson(ex.response.body).object().value(u"id"_s).toString();
    if (id.isEmpty()) {
        result.outcome.status = PlatformOutcome::Status::Malformed;
        result.outcome.message = u"Facebook replying to %1: the answer holds no comment id"_s.arg(target);
        return result;
    }
    result.value.platformId = id;
    return result;
}

PlatformResult<SendReceipt> FacebookClient::setHidden(const QString& target, bool hidden)
{
    PlatformResult<SendReceipt> result;
    QUrlQuery form;
    form.addQueryItem(u"is_hidden"_s, hidden ? u"true"_s : u"false"_s);
    Exchange ex = exchange(formRequest(u"/%1"_s.arg(target), form),
        (hidden ? u"hiding %1"_s : u"unhiding %1"_s).arg(target), m_clock->now());
    result.outcome = ex.outcome;
    if (!ex.outcome.ok())
        return result;
    // The body is unconfirmed ({"success":true} in practice): any success without an error counts.
    result.value.platformId = target;
    return result;
}

PlatformResult<SendReceipt> FacebookClient::remove(const QString& target)
{
    PlatformResult<SendReceipt> result;
    Exchange ex = exchange(request("DELETE", u"/%1"_s.arg(target)), u"deleting %1"_s.arg(target), m_clock->now());
    result.outcome = ex.outcome;
    if (ex.outcome.ok())
        result.value.platformId = target;
    return result;
}

PlatformResult<std::optional<FoundReply>> FacebookClient::findReply(
    const QString& target, const QString&, const QString& text)
{
    PlatformResult<std::optional<FoundReply>> result;
    const QString wanted = text.trimmed();
    QString after;
    for (int page = 0; page < 10; ++page) {
        QUrlQuery query;
        query.addQueryItem(u"filter"_s, u"stream"_s);
        query.addQueryItem(u"fields"_s, u"id,message,from"_s);
        query.addQueryItem(u"limit"_s, u"100"_s);
        if (!after.isEmpty())
            query.addQueryItem(u"after"_s, after);
        Exchange ex = exchange(request("GET", u"/%1/comments"_s.arg(target), query),
            u"looking for our reply to %1"_s.arg(target), m_clock->now());
        result.outcome = ex.outcome;
        if (!ex.outcome.ok())
            return result;
        const QJsonObject root = QJsonDocument::fromJson(ex.response.body).object();
        if (!root.value(u"data"_s).isArray()) {
            result.outcome.status = PlatformOutcome::Status::Malformed;
            result.outcome.message = u"Facebook looking for our reply to %1: the answer holds no data[]"_s.arg(target);
            return result;
        }
        const QJsonArray data = root.value(u"data"_s).toArray();
        for (const QJsonValue& value : data) {
            const QJsonObject comment = value.toObject();
            if (comment.value(u"from"_s).toObject().value(u"id"_s).toString() == m_pageId
                && comment.value(u"message"_s).toString().trimmed() == wanted) {
                result.value = FoundReply { comment.value(u"id"_s).toString(), comment.value(u"message"_s).toString() };
                return result;
            }
        }
        const QJsonObject paging = root.value(u"paging"_s).toObject();
        if (!paging.contains(u"next"_s))
            break;
        after = paging.value(u"cursors"_s).toObject().value(u"after"_s).toString();
        if (after.isEmpty())
            break;
    }
    return result;
}

QString FacebookClient::cannotHideReason(const Comment& comment) const
{
    const QJsonValue canHide = QJsonDocument::fromJson(comment.rawJson).object().value(u"can_hide"_s);
    if (canHide.isBool() && !canHide.toBool())
        return u"cannot hide on Facebook: the platform does not allow hiding this comment"_s;
    return {};
}

} // namespace moderation
