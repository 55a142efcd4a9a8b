#include "connectors/TwitterClient.h"

#include "connectors/TransportOutcome.h"
#include "connectors/TwitterPayload.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace moderation {

namespace {

const QString kTweetFields
    = u"conversation_id,in_reply_to_user_id,referenced_tweets,created_at,lang,entities,author_id,edit_history_tweet_ids"_s;

// A 403 for a reply X does not permit in that conversation. The body is unconfirmed
// (PLATFORMS.md section 2): any 403 whose title or detail says a reply is not allowed or not
// permitted counts, whatever else it says.
bool isReplyRestriction(const PlatformFailure& failure)
{
    if (failure.httpStatus != 403 || failure.kind == PlatformFailure::Kind::Duplicate)
        return false;
    const QString text = failure.title + u' ' + failure.detail;
    static const QRegularExpression pattern(
        uR"(\brepl(y|ies|ying)\b.*\bnot (allowed|permitted)\b|\bnot (allowed|permitted)\b.*\brepl(y|ies|ying)\b)"_s,
        QRegularExpression::CaseInsensitiveOption);
    return pattern.match(text).hasMatch();
}

// X shortens links to t.co: compare texts with every link masked, exactly otherwise.
QString comparable(const QString& text)
{
    static const QRegularExpression link(uR"(https?://\S+)"_s);
    QString masked = text.trimmed();
    masked.replace(link, u"<link>"_s);
    return masked;
}

struct WatchSpec
{
    QString path;
    QString query; // recent search; empty for mentions
    Source source = Source::Mention;
};

} // namespace

TwitterClient::TwitterClient(
    HttpTransport& transport, QString userId, QByteArray bearerToken, QString ownHandle, QUrl baseUrl)
    : m_transport(transport)
    , m_userId(std::move(userId))
    , m_token(std::move(bearerToken))
    , m_ownHandle(std::move(ownHandle))
    , m_baseUrl(std::move(baseUrl))
{
}

QString TwitterClient::replyNotAllowedMessage()
{
    return u"reply not allowed: the author did not mention or quote this account (X's reply restriction)"_s;
}

QString TwitterClient::redacted(QString text) const
{
    return redactToken(std::move(text), m_token);
}

HttpRequest TwitterClient::request(const QByteArray& method, const QString& path, const QUrlQuery& query) const
{
    return bearerRequest(method, m_baseUrl, path, query, m_token);
}

HttpRequest TwitterClient::jsonRequest(const QByteArray& method, const QString& path, const QJsonObject& body) const
{
    HttpRequest r = request(method, path);
    r.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    r.contentType = "application/json";
    return r;
}

TwitterClient::Exchange TwitterClient::exchange(const HttpRequest& request, const QString& what)
{
    using Status = PlatformOutcome::Status;
    Exchange ex { request, m_transport.send(request), {} };
    const HttpResponse& response = ex.response;
    PlatformOutcome& outcome = ex.outcome;
    const QString where = describeRequest(request);
    outcome.limit = RateLimit::fromHeaders(response.headers);

    if (readTransportFailure(response, u"X"_s, what, outcome)) {
        outcome.message = redacted(outcome.message);
        return ex;
    }
    if (response.status >= 200 && response.status < 300) {
        outcome.status = Status::Ok;
        // The data is good; an exhausted window is the caller's to wait for (limit.exhausted()).
        if (outcome.limit.exhausted())
            outcome.retryAt = outcome.limit.resetAt;
        return ex;
    }

    outcome.failure = TwitterPayload::parseFailure(response.body, response.status, where);
    outcome.failure.detail = redacted(outcome.failure.detail);
    const QString why = outcome.failure.detail.isEmpty() ? outcome.failure.title : outcome.failure.detail;
    const QString head = u"X %1 (%2): HTTP %3"_s.arg(what, where).arg(response.status);
    if (response.status == 429 || outcome.failure.isRateLimit()
        || (outcome.limit.remaining && *outcome.limit.remaining == 0)) {
        outcome.status = Status::RateLimited;
        outcome.retryAt = outcome.limit.resetAt;
        outcome.message = u"%1: rate limited until %2"_s.arg(
            head, outcome.retryAt.isValid() ? outcome.retryAt.toString(Qt::ISODate) : u"an unknown time"_s);
    } else if (response.status == 401) {
        outcome.status = Status::NeedsReauth;
        outcome.message = u"%1: the token is no longer accepted; re-authenticate the account"_s.arg(head);
    } else if (response.status >= 500) {
        outcome.status = Status::NotReached;
        outcome.message = u"%1: the platform failed: %2"_s.arg(head, why);
    } else if (isReplyRestriction(outcome.failure)) {
        outcome.status = Status::Refused;
        outcome.failure.kind = PlatformFailure::Kind::Forbidden;
        outcome.failure.title = replyNotAllowedMessage();
        outcome.message = u"%1: %2"_s.arg(head, replyNotAllowedMessage());
    } else {
        outcome.status = Status::Refused;
        outcome.message = u"%1: %2: %3"_s.arg(head, PlatformFailure::kindName(outcome.failure.kind), why);
    }
    outcome.message = redacted(outcome.message);
    return ex;
}

PlatformResult<WatchPage> TwitterClient::fetch(
    const QString& watch, const QString& cursor, const QString& pageToken, const QDateTime& now)
{
    PlatformResult<WatchPage> result;
    WatchSpec spec;
    if (watch == u"mentions"_s) {
        spec = { u"/2/users/%1/mentions"_s.arg(m_userId), {}, Source::Mention };
    } else if (watch == u"replies"_s) {
        spec = { u"/2/tweets/search/recent"_s, u"to:%1 -is:retweet"_s.arg(m_userId), Source::Reply };
    } else if (watch.startsWith(u"search:"_s) && !watch.mid(7).trimmed().isEmpty()) {
        spec = { u"/2/tweets/search/recent"_s, watch.mid(7).trimmed() + u" -is:retweet"_s, Source::Search };
    } else {
        result.outcome.status = PlatformOutcome::Status::Refused;
        result.outcome.failure.kind = PlatformFailure::Kind::InvalidRequest;
        result.outcome.message = u"X: unknown watch \"%1\" (mentions, replies or search:QUERY)"_s.arg(watch);
        return result;
    }

    QUrlQuery query;
    if (!spec.query.isEmpty())
        query.addQueryItem(u"query"_s, QString::fromLatin1(QUrl::toPercentEncoding(spec.query)));
    query.addQueryItem(u"max_results"_s, u"100"_s);
    if (!cursor.isEmpty()) {
        query.addQueryItem(u"since_id"_s, cursor);
    } else {
        // The backfill: 7 days, less a margin, as recent search refuses a start beyond 7 days.
        const QDateTime start = now.toUTC().addDays(-7).addSecs(300);
        query.addQueryItem(u"start_time"_s, start.toString(u"yyyy-MM-ddTHH:mm:ss'Z'"_s));
    }
    if (!pageToken.isEmpty())
        query.addQueryItem(spec.query.isEmpty() ? u"pagination_token"_s : u"next_token"_s, pageToken);
    query.addQueryItem(u"tweet.fields"_s, kTweetFields);
    query.addQueryItem(u"expansions"_s, u"author_id"_s);
    query.addQueryItem(u"user.fields"_s, u"username,name"_s);

    Exchange ex = exchange(request("GET", spec.path, query), u"reading %1"_s.arg(watch));
    result.outcome = ex.outcome;
    result.value.limit = ex.outcome.limit;
    if (!ex.outcome.ok())
        return result;

    TwitterReadContext context;
    context.source = spec.source;
    context.accountName = m_accountName;
    context.ownUserId = m_userId;
    context.origin = describeRequest(ex.request);
    context.quarantine = true;
    auto page = TwitterPayload::parsePage(ex.response.body, context);
    if (!page) {
        result.outcome.status = PlatformOutcome::Status::Malformed;
        result.outcome.message = redacted(u"X reading %1: the body is not a page: %2"_s.arg(watch, page.error().toString()));
        return result;
    }
    result.value.comments = page->comments;
    result.value.unreadable = page->unreadable;
    result.value.nextPageToken = page->nextToken;
    if (pageToken.isEmpty())
        result.value.nextCursor = page->newestId;
    return result;
}

PlatformResult<SendReceipt> TwitterClient::reply(const QString& target, const QString&, const QString& text)
{
    PlatformResult<SendReceipt> result;
    const QJsonObject body { { u"text"_s, text }, { u"reply"_s, QJsonObject { { u"in_reply_to_tweet_id"_s, target } } } };
    Exchange ex = exchange(jsonRequest("POST", u"/2/tweets"_s, body), u"replying to %1"_s.arg(target));
    result.outcome = ex.outcome;
    if (!ex.outcome.ok())
        return result;
    const QString id = QJsonDocument::fromJson(ex.response.body).object().value(u"data"_s).toObject().value(u"id"_s).toString();
    if (!TwitterPayload::isValidPostId(id)) {
        result.outcome.status = PlatformOutcome::Status::Malformed;
        result.outcome.message = u"X replying to %1: the answer holds no post id"_s.arg(target);
        return result;
    }
    result.value.platformId = id;
    return result;
}

PlatformResult<SendReceipt> TwitterClient::setHidden(const QString& target, bool hidden)
{
    PlatformResult<SendReceipt> result;
    Exchange ex = exchange(jsonRequest("PUT", u"/2/tweets/%1/hidden"_s.arg(target), { { u"hidden"_s, hidden } }),
        (hidden ? u"hiding %1"_s : u"unhiding %1"_s).arg(target));
    result.outcome = ex.outcome;
    if (!ex.outcome.ok())
        return result;
    const QJsonValue state = QJsonDocument::fromJson(ex.response.body).object().value(u"data"_s).toObject().value(u"hidden"_s);
    if (!state.isBool() || state.toBool() != hidden) {
        result.outcome.status = PlatformOutcome::Status::Malformed;
        result.outcome.message = u"X %1 %2: the answer does not confirm it"_s.arg(hidden ? u"hiding"_s : u"unhiding"_s, target);
        return result;
    }
    result.value.platformId = target;
    return result;
}

PlatformResult<SendReceipt> TwitterClient::remove(const QString& target)
{
    PlatformResult<SendReceipt> result;
    Exchange ex = exchange(request("DELETE", u"/2/tweets/%1"_s.arg(target)), u"deleting %1"_s.arg(target));
    result.outcome = ex.outcome;
    if (!ex.outcome.ok())
        return result;
    const QJsonValue deleted = QJsonDocument::fromJson(ex.response.body).object().value(u"data"_s).toObject().value(u"deleted"_s);
    if (!deleted.toBool()) {
        result.outcome.status = PlatformOutcome::Status::Malformed;
        result.outcome.message = u"X deleting %1: the answer does not confirm it"_s.arg(target);
        return result;
    }
    result.value.platformId = target;
    return result;
}

PlatformResult<std::optional<FoundReply>> TwitterClient::findReply(
    const QString& target, const QString&, const QString& text)
{
    PlatformResult<std::optional<FoundReply>> result;
    const QString wanted = comparable(text);
    QString pageToken;
    // Our newest posts, a few pages back: a reply being reconciled was sent minutes ago.
    for (int page = 0; page < 5; ++page) {
        QUrlQuery query;
        query.addQueryItem(u"tweet.fields"_s, u"conversation_id,referenced_tweets,in_reply_to_user_id,author_id,created_at"_s);
        query.addQueryItem(u"max_results"_s, u"100"_s);
        if (!pageToken.isEmpty())
            query.addQueryItem(u"pagination_token"_s, pageToken);
        Exchange ex = exchange(request("GET", u"/2/users/%1/tweets"_s.arg(m_userId), query),
            u"looking for our reply to %1"_s.arg(target));
        result.outcome = ex.outcome;
        if (!ex.outcome.ok())
            return result;
        TwitterReadContext context;
        context.ownUserId = m_userId;
        context.origin = describeRequest(ex.request);
        context.quarantine = true;
        auto parsed = TwitterPayload::parsePage(ex.response.body, context);
        if (!parsed) {
            result.outcome.status = PlatformOutcome::Status::Malformed;
            result.outcome.message = redacted(u"X looking for our reply to %1: %2"_s.arg(target, parsed.error().toString()));
            return result;
        }
        for (const Comment& post : parsed->comments) {
            if (post.parentId == target && comparable(post.text) == wanted) {
                result.value = FoundReply { post.platformId, post.text };
                return result;
            }
        }
        if (parsed->nextToken.isEmpty())
            break;
        pageToken = parsed->nextToken;
    }
    return result;
}

QString TwitterClient::cannotHideReason(const Comment& comment) const
{
    return hideRestriction(comment, m_userId);
}

QString TwitterClient::hideRestriction(const Comment& comment, const QString& userId)
{
    if (!comment.parentId.isEmpty()) {
        if (comment.source == Source::Reply)
            return {};
        const QJsonObject raw = QJsonDocument::fromJson(comment.rawJson).object();
        if (!userId.isEmpty() && raw.value(u"in_reply_to_user_id"_s).toString() == userId)
            return {};
    }
    return u"cannot hide on X: X hides only replies in conversations the account started"_s;
}

} // namespace moderation
