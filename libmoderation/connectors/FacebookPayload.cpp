#include "connectors/FacebookPayload.h"

#include "connectors/PayloadReader.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace moderation {

namespace {

using Need = PayloadReader::Need;

Result<Comment> readComment(const PayloadReader& reader, const QJsonObject& object, const QString& path,
    const FacebookReadContext& context, QStringList& warnings)
{
    Comment comment;
    comment.platform = Platform::Facebook;
    comment.source = Source::PageComment;
    comment.accountName = context.accountName;
    comment.conversationId = context.postId;
    comment.parentId = context.postId;

    auto id = reader.string(object, path, u"id"_s, Need::Required);
    if (!id)
        return id.error();
    if (id->trimmed().isEmpty())
        return reader.error(PayloadReader::member(path, u"id"_s), u"empty"_s);
    comment.platformId = *id;

    auto message = reader.string(object, path, u"message"_s, Need::Optional);
    if (!message)
        return message.error();
    comment.text = *message;

    auto createdAt = reader.timestamp(object, path, u"created_time"_s, Need::Required);
    if (!createdAt)
        return createdAt.error();
    comment.createdAt = *createdAt;

    auto from = reader.object(object, path, u"from"_s, Need::Optional);
    if (!from)
        return from.error();
    if (from->isEmpty()) {
        warnings.append(u"%1: comment %2 has no `from`: the token may lack pages_read_user_content"_s.arg(
            path, comment.platformId));
    } else {
        const QString fromPath = PayloadReader::member(path, u"from"_s);
        auto authorId = reader.string(*from, fromPath, u"id"_s, Need::Required);
        if (!authorId)
            return authorId.error();
        auto name = reader.string(*from, fromPath, u"name"_s, Need::Optional);
        if (!name)
            return name.error();
        comment.author.id = *authorId;
        comment.author.name = *name;
    }

    auto parent = reader.object(object, path, u"parent"_s, Need::Optional);
    if (!parent)
        return parent.error();
    if (!parent->isEmpty()) {
        auto parentId = reader.string(*parent, PayloadReader::member(path, u"parent"_s), u"id"_s, Need::Required);
        if (!parentId)
            return parentId.error();
        comment.parentId = *parentId;
    }

    // Not stored in columns, but a page whose fields have the wrong shape is not one we trust.
    for (const QString& key : { u"is_hidden"_s, u"can_hide"_s }) {
        auto flag = reader.boolean(object, path, key, Need::Optional);
        if (!flag)
            return flag.error();
    }
    auto replies = reader.integer(object, path, u"comment_count"_s, Need::Optional);
    if (!replies)
        return replies.error();
    auto permalink = reader.string(object, path, u"permalink_url"_s, Need::Optional);
    if (!permalink)
        return permalink.error();

    comment.rawJson = QJsonDocument(object).toJson(QJsonDocument::Compact);
    return comment;
}

PlatformFailure::Kind kindFromCode(int code, int subcode, const QJsonObject& error)
{
    using Kind = PlatformFailure::Kind;
    if (error.value(u"is_transient"_s).toBool())
        return Kind::Transient;
    switch (code) {
    case 102:
    case 190:
        return Kind::Unauthorized; // also "permission(s) must be granted": re-authenticate
    case 1:
    case 2:
        return Kind::Transient;
    case 4:
    case 17:
    case 32:
    case 341:
    case 613:
        return Kind::RateLimited;
    case 10:
        return Kind::PermissionMissing;
    case 368:
        return Kind::Blocked;
    case 506:
        return Kind::Duplicate;
    case 803:
        return Kind::NotFound;
    case 100:
        return subcode == 33 ? Kind::NotFound : Kind::InvalidRequest;
    default:
        break;
    }
    if (code >= 200 && code <= 299)
        return Kind::PermissionMissing;
    if (code >= 80000 && code <= 80014) // business use case throttles, 80001 for Pages
        return Kind::RateLimited;
    return Kind::Unknown;
}

PlatformFailure::Kind kindFromStatus(int status)
{
    using Kind = PlatformFailure::Kind;
    if (status == 401)
        return Kind::Unauthorized;
    if (status == 403)
        return Kind::Forbidden;
    if (status == 404)
        return Kind::NotFound;
    if (status == 429)
        return Kind::RateLimited;
    if (status == 400)
        return Kind::InvalidRequest;
    if (status >= 500)
        return Kind::Transient;
    return Kind::Unknown;
}

} // namespace

Result<FacebookPage> FacebookPayload::parseCommentsPage(const QByteArray& body, const FacebookReadContext& context)
{
    const PayloadReader reader(context.origin);
    auto root = reader.parseObject(body);
    if (!root)
        return root.error();
    if (root->contains(u"error"_s))
        return parseFailure(body, 0, context.origin).toError();

    FacebookPage page;
    auto data = reader.array(*root, u"$"_s, u"data"_s, Need::Required);
    if (!data)
        return data.error();
    for (qsizetype i = 0; i < data->size(); ++i) {
        const QString path = PayloadReader::index(u"$.data"_s, i);
        auto object = reader.element(*data, u"$.data"_s, i);
        auto comment
            = object ? readComment(reader, *object, path, context, page.warnings) : Result<Comment>(object.error());
        if (!comment) {
            if (!context.quarantine)
                return comment.error();
            const QJsonValue item = data->at(i);
            const QByteArray raw = item.isObject() ? QJsonDocument(item.toObject()).toJson(QJsonDocument::Compact)
                                                   : item.toVariant().toString().toUtf8();
            page.unreadable.append(UnreadableItem { raw, comment.error().message(), context.origin });
            continue;
        }
        comment->ours = !context.pageId.isEmpty() && comment->author.id == context.pageId;
        page.comments.append(std::move(comment.value()));
    }

    auto paging = reader.object(*root, u"$"_s, u"paging"_s, Need::Optional);
    if (!paging)
        return paging.error();
    auto cursors = reader.object(*paging, u"$.paging"_s, u"cursors"_s, Need::Optional);
    if (!cursors)
        return cursors.error();
    auto before = reader.string(*cursors, u"$.paging.cursors"_s, u"before"_s, Need::Optional);
    auto after = reader.string(*cursors, u"$.paging.cursors"_s, u"after"_s, Need::Optional);
    auto next = reader.string(*paging, u"$.paging"_s, u"next"_s, Need::Optional);
    auto previous = reader.string(*paging, u"$.paging"_s, u"previous"_s, Need::Optional);
    for (const Error& error : { before.error(), after.error(), next.error(), previous.error() }) {
        if (error.isError())
            return error;
    }
    page.before = *before;
    page.after = *after;
    page.next = *next;
    page.previous = *previous;

    auto summary = reader.object(*root, u"$"_s, u"summary"_s, Need::Optional);
    if (!summary)
        return summary.error();
    if (summary->contains(u"total_count"_s)) {
        auto total = reader.integer(*summary, u"$.summary"_s, u"total_count"_s, Need::Required);
        if (!total)
            return total.error();
        page.totalCount = *total;
    }
    return page;
}

PlatformFailure FacebookPayload::parseFailure(const QByteArray& body, int httpStatus, const QString& origin)
{
    PlatformFailure failure;
    failure.platform = Platform::Facebook;
    failure.httpStatus = httpStatus;
    failure.origin = origin;

    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    const QJsonObject error = document.object().value(u"error"_s).toObject();
    if (parseError.error != QJsonParseError::NoError || error.isEmpty()) {
        failure.detail
            = u"the response is not a Graph error: \"%1\""_s.arg(QString::fromUtf8(body.left(120)).simplified());
        failure.kind = kindFromStatus(httpStatus);
        return failure;
    }
    failure.code = error.value(u"code"_s).toInt();
    failure.subcode = error.value(u"error_subcode"_s).toInt();
    failure.type = error.value(u"type"_s).toString();
    failure.title = error.value(u"error_user_title"_s).toString();
    failure.detail = error.value(u"message"_s).toString();
    failure.traceId = error.value(u"fbtrace_id"_s).toString();
    failure.kind = kindFromCode(failure.code, failure.subcode, error);
    if (failure.kind == PlatformFailure::Kind::Unknown)
        failure.kind = kindFromStatus(httpStatus);
    return failure;
}

} // namespace moderation
