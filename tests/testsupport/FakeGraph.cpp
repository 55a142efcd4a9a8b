#include "FakeGraph.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace moderation::test {

namespace {

const QString kVersion = u"/v27.0"_s;

QString graphTime(const QDateTime& at)
{
    return at.toUTC().toString(u"yyyy-MM-ddTHH:mm:ss'+0000'"_s);
}

QString cursor(qsizetype offset)
{
    return QString::fromLatin1(QByteArray::number(offset).toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

qsizetype offsetOf(const QString& text)
{
    bool ok = false;
    const qsizetype offset
        = QByteArray::fromBase64(text.toLatin1(), QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals).toLongLong(&ok);
    return ok ? offset : -1;
}

// One page of `items`, Graph's paging object beside it.
QJsonObject paged(const QJsonArray& items, const FakeRequest& request, const QUrl& self)
{
    const int limit = std::clamp(request.query.hasQueryItem(u"limit"_s) ? request.query.queryItemValue(u"limit"_s).toInt() : 25, 1, 100);
    const QString after = request.query.queryItemValue(u"after"_s);
    const qsizetype offset = after.isEmpty() ? 0 : std::max<qsizetype>(0, offsetOf(after));
    const qsizetype end = std::min<qsizetype>(items.size(), offset + limit);
    QJsonArray data;
    for (qsizetype i = offset; i < end; ++i)
        data.append(items.at(i));
    QJsonObject body { { u"data"_s, data } };
    if (!data.isEmpty()) {
        QJsonObject paging { { u"cursors"_s, QJsonObject { { u"before"_s, cursor(offset) }, { u"after"_s, cursor(end) } } } };
        if (end < items.size()) {
            QUrl next = self;
            QUrlQuery query = request.query;
            query.removeAllQueryItems(u"after"_s);
            query.addQueryItem(u"after"_s, cursor(end));
            next.setQuery(query);
            paging.insert(u"next"_s, next.toString());
        }
        body.insert(u"paging"_s, paging);
    }
    return body;
}

} // namespace

FakeGraph::FakeGraph(QString pageId, QByteArray pageToken, QObject* parent)
    : FakeHttpServer(parent)
    , m_pageId(std::move(pageId))
    , m_token(std::move(pageToken))
{
}

QString FakeGraph::addPost(const QString& message, const QDateTime& at)
{
    Post post { u"%1_%2"_s.arg(m_pageId).arg(++m_lastPost), message, at.toUTC() };
    m_posts.insert(post.id, post);
    return post.id;
}

QString FakeGraph::addComment(const QString& postId, const QString& fromId, const QString& fromName,
    const QString& message, const QDateTime& at, const QString& parentId)
{
    Comment comment;
    comment.id = u"%1_%2"_s.arg(postId.section(u'_', -1)).arg(++m_lastComment);
    comment.postId = postId;
    comment.parentId = parentId;
    comment.message = message;
    comment.fromId = fromId;
    comment.fromName = fromName;
    comment.createdAt = at.toUTC();
    m_comments.insert(comment.id, comment);
    return comment.id;
}

void FakeGraph::setCanHide(const QString& commentId, bool canHide)
{
    if (m_comments.contains(commentId))
        m_comments[commentId].canHide = canHide;
}

void FakeGraph::deleteComment(const QString& commentId)
{
    if (m_comments.contains(commentId))
        m_comments[commentId].deleted = true;
}

const FakeGraph::Comment* FakeGraph::comment(const QString& id) const
{
    auto it = m_comments.constFind(id);
    return it == m_comments.constEnd() ? nullptr : &*it;
}

FakeResponse FakeGraph::json(int status, const QJsonObject& body) const
{
    FakeResponse response;
    response.status = status;
    response.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    response.headers = { { "x-app-usage", R"({"call_count":3,"total_cputime":1,"total_time":2})" } };
    return response;
}

FakeResponse FakeGraph::error(int status, int code, const QString& message, const QString& type, int subcode) const
{
    QJsonObject error { { u"message"_s, message }, { u"type"_s, type }, { u"code"_s, code },
        { u"fbtrace_id"_s, u"AbCdEfFake"_s } };
    if (subcode != 0)
        error.insert(u"error_subcode"_s, subcode);
    if (code == 1 || code == 2)
        error.insert(u"is_transient"_s, true);
    FakeResponse response = json(status, QJsonObject { { u"error"_s, error } });
    if (code == 4)
        response.headers = { { "x-app-usage", R"({"call_count":100,"total_cputime":20,"total_time":30})" } };
    if (code == 32 || code == 613 || code == 80001 || code == 17) {
        const QByteArray buc = QJsonDocument(QJsonObject { { m_pageId,
                                                  QJsonArray { QJsonObject { { u"type"_s, u"pages"_s },
                                                      { u"call_count"_s, 100 }, { u"total_cputime"_s, 10 },
                                                      { u"total_time"_s, 10 },
                                                      { u"estimated_time_to_regain_access"_s, m_regainMinutes } } } } })
                                   .toJson(QJsonDocument::Compact);
        response.headers.append({ "x-business-use-case-usage", buc });
    }
    return response;
}

FakeResponse FakeGraph::fault(const FakeFaults::Fault& fault) const
{
    using Kind = FakeFaults::Kind;
    switch (fault.kind) {
    case Kind::RevokedToken:
        return error(400, 190,
            u"Error validating access token: The session has been invalidated because the user changed their password or Facebook has changed the session for security reasons."_s,
            u"OAuthException"_s, 460);
    case Kind::TooManyRequests:
        return error(403, 4, u"Application request limit reached"_s);
    case Kind::Unavailable: {
        FakeResponse response = error(503, 2, u"Service temporarily unavailable"_s);
        return response;
    }
    case Kind::Duplicate:
        return error(400, 506, u"Duplicate status message"_s, u"FacebookApiException"_s);
    case Kind::GraphCode: {
        const int code = fault.code;
        const int status = code == 4 || code == 17 || code == 32 || code == 613 ? 403 : 400;
        const QString type = code == 190 || code == 10 || (code >= 200 && code <= 299) ? u"OAuthException"_s : u"GraphMethodException"_s;
        return error(status, code, u"fake error %1"_s.arg(code), type);
    }
    case Kind::ReplyRefused:
    case Kind::Slow:
    case Kind::Truncate:
        break;
    }
    return error(500, 1, u"An unknown error occurred"_s);
}

bool FakeGraph::authorized(const FakeRequest& request) const
{
    const QByteArray header = request.headers.value("authorization");
    if (header == "Bearer " + m_token || header == "OAuth " + m_token)
        return true;
    return request.query.queryItemValue(u"access_token"_s, QUrl::FullyDecoded).toUtf8() == m_token;
}

FakeResponse FakeGraph::serve(const FakeRequest& request)
{
    if (request.path == u"/_fake/state"_s)
        return json(200, stateJson());
    ++m_requests;
    m_log.append(request);
    if (!request.path.startsWith(kVersion + u'/'))
        return error(400, 2635, u"Graph API version required"_s);
    const QString path = request.path.mid(kVersion.size());
    const bool isReply = request.method == "POST" && path.endsWith(u"/comments"_s);
    const bool isWrite = request.method != "GET";
    if (isReply)
        ++m_replies[path.section(u'/', 1, 1)].attempts;
    std::optional<FakeFaults::Fault> injected = m_faults.take(isReply, isWrite);
    if (injected && injected->kind == FakeFaults::Kind::ReplyRefused)
        injected.reset();
    if (!authorized(request))
        return fault(FakeFaults::Fault { FakeFaults::Kind::RevokedToken, 1, 0 });
    if (injected && injected->kind != FakeFaults::Kind::Slow && injected->kind != FakeFaults::Kind::Truncate)
        return fault(*injected);
    FakeResponse response = route(request, path);
    if (injected && injected->kind == FakeFaults::Kind::Slow)
        response.delivery = FakeResponse::Delivery::Delayed;
    if (injected && injected->kind == FakeFaults::Kind::Truncate)
        response.delivery = FakeResponse::Delivery::Truncated;
    return response;
}

FakeResponse FakeGraph::route(const FakeRequest& request, const QString& path)
{
    const QStringList parts = path.split(u'/', Qt::SkipEmptyParts);
    if (request.method == "GET" && parts.size() == 2 && parts.at(0) == m_pageId && parts.at(1) == u"feed"_s)
        return feed(request);
    if (request.method == "GET" && parts.size() == 2 && parts.at(1) == u"comments"_s)
        return comments(request, parts.at(0));
    if (request.method == "POST" && parts.size() == 2 && parts.at(1) == u"comments"_s)
        return createComment(request, parts.at(0));
    if (request.method == "POST" && parts.size() == 1)
        return setHidden(request, parts.at(0));
    if (request.method == "DELETE" && parts.size() == 1)
        return remove(parts.at(0));
    return error(400, 100, u"Unsupported %1 request. Object with ID '%2' does not exist, cannot be loaded due to missing permissions, or does not support this operation."_s.arg(QString::fromLatin1(request.method), path),
        u"GraphMethodException"_s, 33);
}

FakeResponse FakeGraph::feed(const FakeRequest& request)
{
    const qint64 since = request.query.queryItemValue(u"since"_s).toLongLong();
    QList<Post> posts;
    for (const Post& post : m_posts) {
        if (post.createdAt.toSecsSinceEpoch() >= since)
            posts.append(post);
    }
    std::sort(posts.begin(), posts.end(), [](const Post& a, const Post& b) { return a.createdAt > b.createdAt; });
    QJsonArray items;
    for (const Post& post : posts) {
        QDateTime updated = post.createdAt;
        for (const Comment& comment : m_comments) {
            if (comment.postId == post.id && !comment.deleted)
                updated = std::max(updated, comment.createdAt);
        }
        items.append(QJsonObject { { u"id"_s, post.id }, { u"created_time"_s, graphTime(post.createdAt) },
            { u"updated_time"_s, graphTime(updated) } });
    }
    return json(200, paged(items, request, baseUrl().resolved(QUrl(request.path))));
}

QJsonObject FakeGraph::commentJson(const Comment& comment) const
{
    QJsonObject object { { u"id"_s, comment.id }, { u"created_time"_s, graphTime(comment.createdAt) },
        { u"is_hidden"_s, comment.hidden }, { u"can_hide"_s, comment.canHide } };
    if (!comment.message.isEmpty())
        object.insert(u"message"_s, comment.message);
    if (!comment.fromId.isEmpty())
        object.insert(u"from"_s, QJsonObject { { u"id"_s, comment.fromId }, { u"name"_s, comment.fromName } });
    if (!comment.parentId.isEmpty())
        object.insert(u"parent"_s, QJsonObject { { u"id"_s, comment.parentId } });
    return object;
}

FakeResponse FakeGraph::comments(const FakeRequest& request, const QString& objectId)
{
    const bool onPost = m_posts.contains(objectId);
    if (!onPost && !m_comments.contains(objectId))
        return error(400, 100, u"Object with ID '%1' does not exist"_s.arg(objectId), u"GraphMethodException"_s, 33);
    const bool stream = request.query.queryItemValue(u"filter"_s) == u"stream"_s;
    const qint64 since = request.query.queryItemValue(u"since"_s).toLongLong();
    QList<Comment> matching;
    for (const Comment& comment : m_comments) {
        if (comment.deleted || comment.createdAt.toSecsSinceEpoch() < since)
            continue;
        const bool belongs = onPost ? comment.postId == objectId && (stream || comment.parentId.isEmpty())
                                    : comment.parentId == objectId;
        if (belongs)
            matching.append(comment);
    }
    const bool reverse = request.query.queryItemValue(u"order"_s) == u"reverse_chronological"_s;
    std::stable_sort(matching.begin(), matching.end(), [reverse](const Comment& a, const Comment& b) {
        return reverse ? a.createdAt > b.createdAt : a.createdAt < b.createdAt;
    });
    QJsonArray items;
    for (const Comment& comment : matching)
        items.append(commentJson(comment));
    return json(200, paged(items, request, baseUrl().resolved(QUrl(request.path))));
}

FakeResponse FakeGraph::createComment(const FakeRequest& request, const QString& objectId)
{
    const QString message = request.form().queryItemValue(u"message"_s, QUrl::FullyDecoded);
    auto target = m_comments.constFind(objectId);
    if (target == m_comments.constEnd() || target->deleted)
        return error(400, 100, u"Object with ID '%1' does not exist"_s.arg(objectId), u"GraphMethodException"_s, 33);
    if (message.isEmpty())
        return error(400, 100, u"(#100) Missing message or attachment"_s);
    const QString id = addComment(target->postId, m_pageId, u"Our page"_s, message, QDateTime::currentDateTimeUtc(), objectId);
    Write& write = m_replies[objectId];
    ++write.count;
    write.ids.append(id);
    return json(200, QJsonObject { { u"id"_s, id } });
}

FakeResponse FakeGraph::setHidden(const FakeRequest& request, const QString& commentId)
{
    QString value = request.form().queryItemValue(u"is_hidden"_s);
    if (value.isEmpty())
        value = request.query.queryItemValue(u"is_hidden"_s);
    Write& write = m_hides[commentId];
    ++write.attempts;
    auto it = m_comments.find(commentId);
    if (it == m_comments.end() || it->deleted)
        return error(400, 100, u"Object with ID '%1' does not exist"_s.arg(commentId), u"GraphMethodException"_s, 33);
    if (value != u"true"_s && value != u"false"_s)
        return error(400, 100, u"(#100) is_hidden must be a boolean"_s);
    if (!it->canHide)
        return error(400, 100, u"(#100) This comment cannot be hidden"_s);
    it->hidden = value == u"true"_s;
    ++write.count;
    write.hidden = it->hidden;
    return json(200, QJsonObject { { u"success"_s, true } });
}

FakeResponse FakeGraph::remove(const QString& commentId)
{
    Write& write = m_deletions[commentId];
    ++write.attempts;
    auto it = m_comments.find(commentId);
    if (it == m_comments.end() || it->deleted)
        return error(400, 100, u"Object with ID '%1' does not exist"_s.arg(commentId), u"GraphMethodException"_s, 33);
    it->deleted = true;
    ++write.count;
    return json(200, QJsonObject { { u"success"_s, true } });
}

namespace {

QJsonObject writesJson(const QMap<QString, FakeGraph::Write>& writes, bool withHidden)
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

QJsonObject FakeGraph::stateJson() const
{
    return QJsonObject { { u"platform"_s, u"graph"_s }, { u"requests"_s, m_requests },
        { u"replies"_s, writesJson(m_replies, false) }, { u"hidden"_s, writesJson(m_hides, true) },
        { u"deleted"_s, writesJson(m_deletions, false) }, { u"faultsLeft"_s, m_faults.toJson() } };
}

void FakeGraph::seed(const QJsonObject& graph)
{
    const QJsonArray posts = graph.value(u"posts"_s).toArray();
    for (const QJsonValue& value : posts) {
        const QJsonObject object = value.toObject();
        const QDateTime at = QDateTime::fromString(object.value(u"created_time"_s).toString(), Qt::ISODate);
        QString id = object.value(u"id"_s).toString();
        if (id.isEmpty())
            id = addPost(object.value(u"message"_s).toString(), at.isValid() ? at : QDateTime::currentDateTimeUtc());
        else
            m_posts.insert(id, Post { id, object.value(u"message"_s).toString(), at.isValid() ? at : QDateTime::currentDateTimeUtc() });
        const QJsonArray comments = object.value(u"comments"_s).toArray();
        for (const QJsonValue& c : comments) {
            const QJsonObject co = c.toObject();
            const QDateTime cat = QDateTime::fromString(co.value(u"created_time"_s).toString(), Qt::ISODate);
            Comment comment;
            comment.id = co.value(u"id"_s).toString();
            comment.postId = id;
            comment.parentId = co.value(u"parent_id"_s).toString();
            comment.message = co.value(u"message"_s).toString();
            comment.fromId = co.value(u"from_id"_s).toString();
            comment.fromName = co.value(u"from_name"_s).toString();
            comment.createdAt = cat.isValid() ? cat.toUTC() : QDateTime::currentDateTimeUtc();
            comment.canHide = co.value(u"can_hide"_s).toBool(true);
            if (comment.id.isEmpty())
                comment.id = u"%1_%2"_s.arg(id.section(u'_', -1)).arg(++m_lastComment);
            m_comments.insert(comment.id, comment);
        }
    }
}

} // namespace moderation::test
