#include "FakeX.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace moderation::test {

namespace {

QString isoTime(const QDateTime& at)
{
    return at.toUTC().toString(u"yyyy-MM-ddTHH:mm:ss.zzzZ"_s);
}

QJsonObject problem(int status, const QString& title, const QString& detail, const QString& type = u"about:blank"_s)
{
    return QJsonObject {
        { u"title"_s, title }, { u"detail"_s, detail }, { u"type"_s, type }, { u"status"_s, status } };
}

// Paging tokens are opaque to clients: the offset, encoded.
QString token(qsizetype offset)
{
    return QString::fromLatin1(QByteArray("tok:" + QByteArray::number(offset)).toBase64(QByteArray::Base64UrlEncoding));
}

qsizetype offsetOf(const QString& text)
{
    const QByteArray raw = QByteArray::fromBase64(text.toLatin1(), QByteArray::Base64UrlEncoding);
    return raw.startsWith("tok:") ? raw.mid(4).toLongLong() : -1;
}

} // namespace

FakeX::FakeX(QString ownUserId, QString ownUsername, QByteArray bearerToken, QObject* parent)
    : FakeHttpServer(parent)
    , m_ownId(std::move(ownUserId))
    , m_ownUsername(std::move(ownUsername))
    , m_token(std::move(bearerToken))
    , m_reset(QDateTime::currentDateTimeUtc().addSecs(900))
{
    addUser(m_ownId, m_ownUsername, u"Our agency"_s);
}

void FakeX::addUser(const QString& id, const QString& username, const QString& name)
{
    m_users.insert(id, { username, name });
}

void FakeX::removeUser(const QString& id)
{
    m_users.remove(id);
}

QString FakeX::nextId()
{
    for (const QString& id : m_posts.keys())
        m_lastId = std::max(m_lastId, id.toLongLong());
    return QString::number(++m_lastId);
}

QString FakeX::addPost(Post post)
{
    if (post.id.isEmpty())
        post.id = nextId();
    if (post.conversationId.isEmpty())
        post.conversationId = post.id;
    if (post.editHistory.isEmpty())
        post.editHistory = QStringList { post.id };
    if (!post.createdAt.isValid())
        post.createdAt = QDateTime::currentDateTimeUtc();
    m_posts.insert(post.id, post);
    return post.id;
}

QString FakeX::addMention(const QString& authorId, const QString& text, const QDateTime& at)
{
    Post post;
    post.authorId = authorId;
    post.text = u"@%1 %2"_s.arg(m_ownUsername, text);
    post.createdAt = at;
    return addPost(post);
}

QString FakeX::addReplyTo(const QString& parentId, const QString& authorId, const QString& text, const QDateTime& at)
{
    const Post* parent = post(parentId);
    Post post;
    post.authorId = authorId;
    post.text = text;
    post.createdAt = at;
    post.repliedTo = parentId;
    post.conversationId = parent ? parent->conversationId : parentId;
    post.inReplyToUserId = parent ? parent->authorId : QString();
    return addPost(post);
}

QString FakeX::editPost(const QString& id, const QString& text)
{
    auto it = m_posts.find(id);
    if (it == m_posts.end())
        return {};
    Post edited = *it;
    it->superseded = true;
    edited.id = nextId();
    edited.text = text;
    edited.editHistory.append(edited.id);
    return addPost(edited);
}

const FakeX::Post* FakeX::post(const QString& id) const
{
    auto it = m_posts.constFind(id);
    return it == m_posts.constEnd() ? nullptr : &*it;
}

QJsonObject FakeX::postJson(const Post& post) const
{
    QJsonObject object { { u"id"_s, post.id }, { u"text"_s, post.text }, { u"author_id"_s, post.authorId },
        { u"created_at"_s, isoTime(post.createdAt) }, { u"conversation_id"_s, post.conversationId },
        { u"lang"_s, u"en"_s }, { u"edit_history_tweet_ids"_s, QJsonArray::fromStringList(post.editHistory) } };
    if (!post.inReplyToUserId.isEmpty())
        object.insert(u"in_reply_to_user_id"_s, post.inReplyToUserId);
    QJsonArray refs;
    if (!post.repliedTo.isEmpty())
        refs.append(QJsonObject { { u"type"_s, u"replied_to"_s }, { u"id"_s, post.repliedTo } });
    if (!post.retweetOf.isEmpty())
        refs.append(QJsonObject { { u"type"_s, u"retweeted"_s }, { u"id"_s, post.retweetOf } });
    if (!refs.isEmpty())
        object.insert(u"referenced_tweets"_s, refs);
    return object;
}

FakeResponse FakeX::json(int status, const QJsonObject& body) const
{
    FakeResponse response;
    response.status = status;
    response.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    response.headers = { { "x-rate-limit-limit", "450" }, { "x-rate-limit-remaining", "449" },
        { "x-rate-limit-reset", QByteArray::number(m_reset.toSecsSinceEpoch()) } };
    return response;
}

FakeResponse FakeX::fault(const FakeFaults::Fault& fault)
{
    using Kind = FakeFaults::Kind;
    switch (fault.kind) {
    case Kind::RevokedToken: {
        FakeResponse r = json(401, problem(401, u"Unauthorized"_s, u"Unauthorized"_s));
        r.contentType = "application/problem+json";
        return r;
    }
    case Kind::TooManyRequests: {
        FakeResponse r = json(429, problem(429, u"Too Many Requests"_s, u"Too Many Requests"_s));
        r.headers[1].second = "0";
        return r;
    }
    case Kind::Unavailable:
        return json(503, problem(503, u"Service Unavailable"_s, u"Service Unavailable"_s));
    case Kind::Duplicate:
        return json(403,
            problem(403, u"Forbidden"_s, u"You are not allowed to create a Tweet with duplicate content."_s));
    case Kind::ReplyRefused:
        return json(403,
            problem(403, u"Forbidden"_s,
                u"Reply to this conversation is not allowed because you have not been mentioned or otherwise "
                u"engaged by the author of the post you are replying to."_s));
    case Kind::Slow:
    case Kind::Truncate:
    case Kind::GraphCode:
        break;
    }
    return json(500, problem(500, u"Internal Server Error"_s, u"fault"_s));
}

FakeResponse FakeX::serve(const FakeRequest& request)
{
    if (request.path == u"/_fake/state"_s)
        return json(200, stateJson());
    ++m_requests;
    m_log.append(request);

    const bool isReply = request.method == "POST" && request.path == u"/2/tweets"_s;
    const bool isWrite = request.method != "GET";
    std::optional<FakeFaults::Fault> injected = m_faults.take(isReply, isWrite);
    if (isReply) {
        const QString target = QJsonDocument::fromJson(request.body)
                                   .object()
                                   .value(u"reply"_s)
                                   .toObject()
                                   .value(u"in_reply_to_tweet_id"_s)
                                   .toString();
        ++m_replies[target].attempts;
    }
    if (request.headers.value("authorization") != "Bearer " + m_token)
        return fault(FakeFaults::Fault { FakeFaults::Kind::RevokedToken, 1, 0 });
    if (injected && injected->kind != FakeFaults::Kind::Slow && injected->kind != FakeFaults::Kind::Truncate)
        return fault(*injected);
    FakeResponse response = route(request);
    if (injected && injected->kind == FakeFaults::Kind::Slow)
        response.delivery = FakeResponse::Delivery::Delayed;
    if (injected && injected->kind == FakeFaults::Kind::Truncate)
        response.delivery = FakeResponse::Delivery::Truncated;
    return response;
}

FakeResponse FakeX::route(const FakeRequest& request)
{
    static const QRegularExpression mentions(uR"(^/2/users/(\d+)/mentions$)"_s);
    static const QRegularExpression timeline(uR"(^/2/users/(\d+)/tweets$)"_s);
    static const QRegularExpression hidden(uR"(^/2/tweets/(\d+)/hidden$)"_s);
    static const QRegularExpression single(uR"(^/2/tweets/(\d+)$)"_s);
    QRegularExpressionMatch m;

    if (request.method == "GET" && (m = mentions.match(request.path)).hasMatch()) {
        QList<const Post*> matching;
        const QString at = u"@"_s + m_users.value(m.captured(1)).first;
        for (const Post& post : m_posts) {
            if (post.text.contains(at, Qt::CaseInsensitive))
                matching.append(&post);
        }
        return list(request, matching, true);
    }
    if (request.method == "GET" && (m = timeline.match(request.path)).hasMatch()) {
        QList<const Post*> matching;
        for (const Post& post : m_posts) {
            if (post.authorId == m.captured(1))
                matching.append(&post);
        }
        return list(request, matching, true);
    }
    if (request.method == "GET" && request.path == u"/2/tweets/search/recent"_s) {
        const QStringList terms = request.query.queryItemValue(u"query"_s, QUrl::FullyDecoded).split(u' ', Qt::SkipEmptyParts);
        if (terms.isEmpty())
            return json(400, problem(400, u"Invalid Request"_s, u"The `query` query parameter can not be empty"_s,
                                 u"https://api.x.com/2/problems/invalid-request"_s));
        QList<const Post*> matching;
        for (const Post& post : m_posts) {
            bool all = true;
            for (const QString& term : terms) {
                if (term == u"-is:retweet"_s)
                    all = all && post.retweetOf.isEmpty();
                else if (term.startsWith(u"to:"_s))
                    all = all && (post.inReplyToUserId == term.mid(3) || m_users.value(post.inReplyToUserId).first == term.mid(3));
                else if (term.startsWith(u"conversation_id:"_s))
                    all = all && post.conversationId == term.mid(16);
                else
                    all = all && post.text.contains(term, Qt::CaseInsensitive);
            }
            if (all)
                matching.append(&post);
        }
        return list(request, matching, false);
    }
    if (request.method == "POST" && request.path == u"/2/tweets"_s)
        return createPost(request);
    if (request.method == "PUT" && (m = hidden.match(request.path)).hasMatch())
        return setHidden(request, m.captured(1));
    if (request.method == "DELETE" && (m = single.match(request.path)).hasMatch())
        return deletePost(m.captured(1));
    return json(404, problem(404, u"Not Found"_s, u"no such endpoint: %1 %2"_s.arg(QString::fromLatin1(request.method), request.path)));
}

FakeResponse FakeX::list(const FakeRequest& request, const QList<const Post*>& all, bool mentions)
{
    const int max = request.query.queryItemValue(u"max_results"_s).toInt();
    if (max < (mentions ? 5 : 10) || max > 100)
        return json(400, problem(400, u"Invalid Request"_s, u"max_results out of range"_s,
                             u"https://api.x.com/2/problems/invalid-request"_s));
    const QString sinceId = request.query.queryItemValue(u"since_id"_s);
    const QDateTime start
        = QDateTime::fromString(request.query.queryItemValue(u"start_time"_s, QUrl::FullyDecoded), Qt::ISODateWithMs);
    if (!mentions && !sinceId.isEmpty() && start.isValid())
        return json(400, problem(400, u"Invalid Request"_s, u"since_id and start_time cannot be used together"_s,
                             u"https://api.x.com/2/problems/invalid-request"_s));
    QList<const Post*> matching;
    for (const Post* post : all) {
        if (post->deleted || post->superseded)
            continue;
        if (!sinceId.isEmpty() && post->id.toLongLong() <= sinceId.toLongLong())
            continue;
        if (start.isValid() && post->createdAt < start)
            continue;
        matching.append(post);
    }
    std::sort(matching.begin(), matching.end(),
        [](const Post* a, const Post* b) { return a->id.toLongLong() > b->id.toLongLong(); });

    const QString pageToken = request.query.hasQueryItem(u"pagination_token"_s)
        ? request.query.queryItemValue(u"pagination_token"_s)
        : request.query.queryItemValue(u"next_token"_s);
    const qsizetype offset = pageToken.isEmpty() ? 0 : offsetOf(pageToken);
    if (offset < 0)
        return json(400, problem(400, u"Invalid Request"_s, u"bad pagination token"_s,
                             u"https://api.x.com/2/problems/invalid-request"_s));

    QJsonArray data;
    QJsonArray users;
    QJsonArray errors;
    QStringList seen;
    const qsizetype end = std::min<qsizetype>(matching.size(), offset + max);
    for (qsizetype i = offset; i < end; ++i) {
        const Post* post = matching.at(i);
        data.append(postJson(*post));
        if (seen.contains(post->authorId))
            continue;
        seen.append(post->authorId);
        if (m_users.contains(post->authorId)) {
            const auto& [username, name] = m_users.value(post->authorId);
            users.append(QJsonObject { { u"id"_s, post->authorId }, { u"username"_s, username }, { u"name"_s, name } });
        } else {
            errors.append(QJsonObject { { u"value"_s, post->authorId },
                { u"detail"_s, u"Could not find user with author_id: [%1]."_s.arg(post->authorId) },
                { u"title"_s, u"Not Found Error"_s }, { u"resource_type"_s, u"user"_s },
                { u"parameter"_s, u"author_id"_s }, { u"resource_id"_s, post->authorId },
                { u"type"_s, u"https://api.twitter.com/2/problems/resource-not-found"_s } });
        }
    }
    QJsonObject meta { { u"result_count"_s, data.size() } };
    if (!data.isEmpty()) {
        meta.insert(u"newest_id"_s, data.first().toObject().value(u"id"_s));
        meta.insert(u"oldest_id"_s, data.last().toObject().value(u"id"_s));
    }
    if (end < matching.size())
        meta.insert(u"next_token"_s, token(end));
    if (offset > 0)
        meta.insert(u"previous_token"_s, token(std::max<qsizetype>(0, offset - max)));
    QJsonObject body { { u"meta"_s, meta } };
    if (!data.isEmpty())
        body.insert(u"data"_s, data);
    if (!users.isEmpty())
        body.insert(u"includes"_s, QJsonObject { { u"users"_s, users } });
    if (!errors.isEmpty())
        body.insert(u"errors"_s, errors);
    return json(200, body);
}

FakeResponse FakeX::createPost(const FakeRequest& request)
{
    const QJsonObject body = QJsonDocument::fromJson(request.body).object();
    const QString text = body.value(u"text"_s).toString();
    const QString target = body.value(u"reply"_s).toObject().value(u"in_reply_to_tweet_id"_s).toString();
    if (text.isEmpty())
        return json(400, problem(400, u"Invalid Request"_s, u"text is required"_s,
                             u"https://api.x.com/2/problems/invalid-request"_s));
    const Post* parent = target.isEmpty() ? nullptr : post(target);
    if (!target.isEmpty() && (!parent || parent->deleted))
        return json(400, problem(400, u"Invalid Request"_s, u"the post replied to was not found"_s,
                             u"https://api.x.com/2/problems/invalid-request"_s));
    for (const Post& existing : m_posts) {
        if (existing.authorId == m_ownId && !existing.deleted && existing.text == text) {
            ++m_duplicateRefusals;
            return fault(FakeFaults::Fault { FakeFaults::Kind::Duplicate, 1, 0 });
        }
    }
    const QString id = addReplyTo(target, m_ownId, text, QDateTime::currentDateTimeUtc());
    if (target.isEmpty())
        m_posts[id].repliedTo.clear();
    Write& write = m_replies[target];
    ++write.count;
    write.ids.append(id);
    return json(201, QJsonObject { { u"data"_s, QJsonObject { { u"id"_s, id }, { u"text"_s, text } } } });
}

FakeResponse FakeX::setHidden(const FakeRequest& request, const QString& id)
{
    auto it = m_posts.find(id);
    Write& write = m_hides[id];
    ++write.attempts;
    if (it == m_posts.end() || it->deleted)
        return json(404, problem(404, u"Not Found Error"_s, u"Could not find tweet with id: [%1]."_s.arg(id),
                             u"https://api.x.com/2/problems/resource-not-found"_s));
    const Post* root = post(it->conversationId);
    if (it->repliedTo.isEmpty() || (root && root->authorId != m_ownId))
        return json(403, problem(403, u"Forbidden"_s, u"You cannot hide or unhide this reply."_s,
                             u"https://api.x.com/2/problems/not-authorized-for-resource"_s));
    const QJsonValue value = QJsonDocument::fromJson(request.body).object().value(u"hidden"_s);
    if (!value.isBool())
        return json(400, problem(400, u"Invalid Request"_s, u"hidden must be a boolean"_s,
                             u"https://api.x.com/2/problems/invalid-request"_s));
    it->hidden = value.toBool();
    ++write.count;
    write.hidden = it->hidden;
    return json(200, QJsonObject { { u"data"_s, QJsonObject { { u"hidden"_s, it->hidden } } } });
}

FakeResponse FakeX::deletePost(const QString& id)
{
    auto it = m_posts.find(id);
    Write& write = m_deletions[id];
    ++write.attempts;
    if (it == m_posts.end())
        return json(404, problem(404, u"Not Found Error"_s, u"Could not find tweet with id: [%1]."_s.arg(id),
                             u"https://api.x.com/2/problems/resource-not-found"_s));
    if (it->authorId != m_ownId)
        return json(403, problem(403, u"Forbidden"_s, u"You are not authorized to delete this Tweet."_s,
                             u"https://api.x.com/2/problems/not-authorized-for-resource"_s));
    if (!it->deleted)
        ++write.count;
    it->deleted = true;
    return json(200, QJsonObject { { u"data"_s, QJsonObject { { u"deleted"_s, true } } } });
}

namespace {

QJsonObject writesJson(const QMap<QString, FakeX::Write>& writes, bool withHidden)
{
    QJsonObject out;
    for (auto it = writes.begin(); it != writes.end(); ++it) {
        QJsonObject entry { { u"count"_s, it->count }, { u"attempts"_s, it->attempts } };
        if (!it->ids.isEmpty())
            entry.insert(u"ids"_s, QJsonArray::fromStringList(it->ids));
        if (withHidden)
            entry.insert(u"hidden"_s, it->hidden);
        out.insert(it.key(), entry);
    }
    return out;
}

} // namespace

QJsonObject FakeX::stateJson() const
{
    return QJsonObject { { u"platform"_s, u"x"_s }, { u"requests"_s, m_requests },
        { u"replies"_s, writesJson(m_replies, false) }, { u"hidden"_s, writesJson(m_hides, true) },
        { u"deleted"_s, writesJson(m_deletions, false) }, { u"duplicateRefusals"_s, m_duplicateRefusals },
        { u"faultsLeft"_s, m_faults.toJson() } };
}

void FakeX::seed(const QJsonObject& x)
{
    const QJsonArray users = x.value(u"users"_s).toArray();
    for (const QJsonValue& value : users) {
        const QJsonObject user = value.toObject();
        addUser(user.value(u"id"_s).toString(), user.value(u"username"_s).toString(), user.value(u"name"_s).toString());
    }
    const QJsonArray posts = x.value(u"posts"_s).toArray();
    for (const QJsonValue& value : posts) {
        const QJsonObject object = value.toObject();
        Post post;
        post.id = object.value(u"id"_s).toString();
        post.text = object.value(u"text"_s).toString();
        post.authorId = object.value(u"author_id"_s).toString();
        post.createdAt = QDateTime::fromString(object.value(u"created_at"_s).toString(), Qt::ISODateWithMs);
        post.conversationId = object.value(u"conversation_id"_s).toString();
        post.inReplyToUserId = object.value(u"in_reply_to_user_id"_s).toString();
        post.repliedTo = object.value(u"replied_to"_s).toString();
        post.retweetOf = object.value(u"retweet_of"_s).toString();
        if (!post.repliedTo.isEmpty() && post.conversationId.isEmpty()) {
            const Post* parent = this->post(post.repliedTo);
            post.conversationId = parent ? parent->conversationId : post.repliedTo;
            if (parent && post.inReplyToUserId.isEmpty())
                post.inReplyToUserId = parent->authorId;
        }
        addPost(post);
    }
    const QJsonArray removed = x.value(u"removed_users"_s).toArray();
    for (const QJsonValue& value : removed)
        removeUser(value.toString());
}

} // namespace moderation::test
