#include "connectors/TwitterPayload.h"

#include "connectors/PayloadReader.h"

#include <QHash>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace moderation {

namespace {

using Need = PayloadReader::Need;

// The key under either spec generation's name, whichever the body carries.
QString pick(const QJsonObject& object, const QString& tweetName, const QString& postName)
{
    return object.contains(postName) && !object.contains(tweetName) ? postName : tweetName;
}

struct User
{
    QString username;
    QString name;
};

Result<QHash<QString, User>> readUsers(const PayloadReader& reader, const QJsonObject& body)
{
    QHash<QString, User> users;
    auto includes = reader.object(body, u"$"_s, u"includes"_s, Need::Optional);
    if (!includes)
        return includes.error();
    auto list = reader.array(*includes, u"$.includes"_s, u"users"_s, Need::Optional);
    if (!list)
        return list.error();
    const QString path = u"$.includes.users"_s;
    for (qsizetype i = 0; i < list->size(); ++i) {
        auto user = reader.element(*list, path, i);
        if (!user)
            return user.error();
        const QString at = PayloadReader::index(path, i);
        auto id = reader.string(*user, at, u"id"_s, Need::Required);
        if (!id)
            return id.error();
        auto username = reader.string(*user, at, u"username"_s, Need::Optional);
        if (!username)
            return username.error();
        auto name = reader.string(*user, at, u"name"_s, Need::Optional);
        if (!name)
            return name.error();
        users.insert(*id, User { *username, *name });
    }
    return users;
}

Result<QList<PlatformProblem>> readProblems(const PayloadReader& reader, const QJsonObject& body)
{
    QList<PlatformProblem> problems;
    auto errors = reader.array(body, u"$"_s, u"errors"_s, Need::Optional);
    if (!errors)
        return errors.error();
    for (qsizetype i = 0; i < errors->size(); ++i) {
        auto entry = reader.element(*errors, u"$.errors"_s, i);
        if (!entry)
            return entry.error();
        // Lenient inside an entry: it only informs, and its shape varies between spec versions.
        PlatformProblem problem;
        problem.title = entry->value(u"title"_s).toString();
        problem.detail = entry->value(u"detail"_s).toString(entry->value(u"message"_s).toString());
        problem.type = entry->value(u"type"_s).toString();
        problem.resourceType = entry->value(u"resource_type"_s).toString();
        problem.resourceId = entry->value(u"resource_id"_s).toString();
        problem.parameter = entry->value(u"parameter"_s).toString();
        problems.append(problem);
    }
    return problems;
}

struct References
{
    QString repliedTo; // the post this one replies to, if any
    bool retweet = false;
};

Result<References> readReferences(const PayloadReader& reader, const QJsonObject& post, const QString& path)
{
    References references;
    const QString key = pick(post, u"referenced_tweets"_s, u"referenced_posts"_s);
    auto refs = reader.array(post, path, key, Need::Optional);
    if (!refs)
        return refs.error();
    const QString refsPath = PayloadReader::member(path, key);
    for (qsizetype i = 0; i < refs->size(); ++i) {
        auto ref = reader.element(*refs, refsPath, i);
        if (!ref)
            return ref.error();
        const QString at = PayloadReader::index(refsPath, i);
        auto type = reader.string(*ref, at, u"type"_s, Need::Required);
        if (!type)
            return type.error();
        auto id = reader.string(*ref, at, u"id"_s, Need::Required);
        if (!id)
            return id.error();
        if (*type == u"replied_to"_s && references.repliedTo.isEmpty())
            references.repliedTo = *id;
        else if (*type == u"retweeted"_s)
            references.retweet = true;
    }
    return references;
}

// A post read, or a retweet to leave out.
struct ReadPost
{
    Comment comment;
    bool retweet = false;
};

Result<ReadPost> readPost(
    const PayloadReader& reader, const QJsonObject& post, const QString& path, const TwitterReadContext& context)
{
    ReadPost read;
    Comment& comment = read.comment;
    comment.platform = Platform::Twitter;
    comment.source = context.source;
    comment.accountName = context.accountName;

    auto id = reader.string(post, path, u"id"_s, Need::Required);
    if (!id)
        return id.error();
    if (!TwitterPayload::isValidPostId(*id))
        return reader.error(
            PayloadReader::member(path, u"id"_s), u"not a post id (up to 19 digits): \"%1\""_s.arg(id->left(40)));
    comment.platformId = *id;

    auto text = reader.string(post, path, u"text"_s, Need::Required);
    if (!text)
        return text.error();
    comment.text = *text;
    // A long post's full text is in note_tweet (note_post); `text` holds its first 280 characters.
    const QString noteKey = pick(post, u"note_tweet"_s, u"note_post"_s);
    auto note = reader.object(post, path, noteKey, Need::Optional);
    if (!note)
        return note.error();
    if (!note->isEmpty()) {
        auto noteText = reader.string(*note, PayloadReader::member(path, noteKey), u"text"_s, Need::Optional);
        if (!noteText)
            return noteText.error();
        if (!noteText->isEmpty())
            comment.text = *noteText;
    }

    auto authorId = reader.string(post, path, u"author_id"_s, Need::Required);
    if (!authorId)
        return authorId.error();
    comment.author.id = *authorId;

    auto createdAt = reader.timestamp(post, path, u"created_at"_s, Need::Required);
    if (!createdAt)
        return createdAt.error();
    comment.createdAt = *createdAt;

    auto lang = reader.string(post, path, u"lang"_s, Need::Optional);
    if (!lang)
        return lang.error();
    comment.lang = *lang;

    auto conversation = reader.string(post, path, u"conversation_id"_s, Need::Optional);
    if (!conversation)
        return conversation.error();
    comment.conversationId = *conversation;

    auto references = readReferences(reader, post, path);
    if (!references)
        return references.error();
    comment.parentId = references->repliedTo;
    read.retweet = references->retweet;

    auto inReplyTo = reader.string(post, path, u"in_reply_to_user_id"_s, Need::Optional);
    if (!inReplyTo)
        return inReplyTo.error();
    if (!context.ownUserId.isEmpty() && *inReplyTo == context.ownUserId)
        comment.source = Source::Reply;

    comment.ours = !context.ownUserId.isEmpty() && comment.author.id == context.ownUserId;

    const QString editsKey = pick(post, u"edit_history_tweet_ids"_s, u"edit_history_post_ids"_s);
    auto edits = reader.array(post, path, editsKey, Need::Optional);
    if (!edits)
        return edits.error();
    for (qsizetype i = 0; i < edits->size(); ++i) {
        if (!edits->at(i).isString())
            return reader.error(PayloadReader::index(PayloadReader::member(path, editsKey), i),
                u"expected a string, found %1"_s.arg(PayloadReader::describe(edits->at(i))));
        comment.editHistoryIds.append(edits->at(i).toString());
    }
    auto entities = reader.object(post, path, u"entities"_s, Need::Optional);
    if (!entities)
        return entities.error();

    comment.rawJson = QJsonDocument(post).toJson(QJsonDocument::Compact);
    return read;
}

PlatformFailure::Kind kindFromType(const QString& type)
{
    // ".../2/problems/usage-capped" on either host: only the last segment is stable.
    const QString last = type.section(u'/', -1);
    using Kind = PlatformFailure::Kind;
    if (last == u"usage-capped"_s)
        return Kind::UsageCapped;
    if (last == u"rate-limit-exceeded"_s)
        return Kind::RateLimited;
    if (last == u"unsupported-authentication"_s)
        return Kind::Unauthorized;
    if (last == u"not-authorized-for-resource"_s || last == u"client-forbidden"_s
        || last == u"not-authorized-for-field"_s)
        return Kind::Forbidden;
    if (last == u"resource-not-found"_s)
        return Kind::NotFound;
    if (last == u"invalid-request"_s)
        return Kind::InvalidRequest;
    if (last == u"duplicate-rules"_s)
        return Kind::Duplicate;
    if (last == u"operational-disconnect"_s)
        return Kind::Transient;
    return Kind::Unknown;
}

PlatformFailure::Kind kindFromLegacyCode(int code)
{
    using Kind = PlatformFailure::Kind;
    switch (code) {
    case 32:
    case 89:
    case 215:
        return Kind::Unauthorized;
    case 88:
    case 185:
        return Kind::RateLimited;
    case 187:
        return Kind::Duplicate;
    case 130:
    case 131:
        return Kind::Transient;
    case 34:
    case 144:
        return Kind::NotFound;
    case 64:
    case 261:
        return Kind::Forbidden;
    default:
        return Kind::Unknown;
    }
}

PlatformFailure::Kind kindFromStatus(int status, const QString& detail)
{
    using Kind = PlatformFailure::Kind;
    if (status == 401)
        return Kind::Unauthorized;
    if (status == 403) {
        // The duplicate-post refusal has no code of its own (PLATFORMS.md section 2).
        if (detail.contains(u"duplicate content"_s, Qt::CaseInsensitive))
            return Kind::Duplicate;
        return Kind::Forbidden;
    }
    if (status == 404)
        return Kind::NotFound;
    if (status == 429)
        return Kind::RateLimited;
    if (status == 400 || status == 422)
        return Kind::InvalidRequest;
    if (status >= 500)
        return Kind::Transient;
    return Kind::Unknown;
}

} // namespace

bool TwitterPayload::isValidPostId(const QString& id)
{
    if (id.isEmpty() || id.size() > 19)
        return false;
    for (const QChar c : id) {
        if (c < u'0' || c > u'9')
            return false;
    }
    return true;
}

bool TwitterPayload::looksLikeFailure(const QJsonObject& body)
{
    if (body.contains(u"data"_s) || body.contains(u"meta"_s))
        return false;
    return body.contains(u"errors"_s) || body.contains(u"title"_s) || body.contains(u"status"_s);
}

Result<TwitterPage> TwitterPayload::parsePage(const QByteArray& body, const TwitterReadContext& context)
{
    const PayloadReader reader(context.origin);
    auto root = reader.parseObject(body);
    if (!root)
        return root.error();
    if (looksLikeFailure(*root))
        return parseFailure(body, 0, context.origin).toError();

    TwitterPage page;
    auto users = readUsers(reader, *root);
    if (!users)
        return users.error();
    auto problems = readProblems(reader, *root);
    if (!problems)
        return problems.error();
    page.problems = *problems;

    auto data = reader.array(*root, u"$"_s, u"data"_s, Need::Optional);
    if (!data)
        return data.error();
    for (qsizetype i = 0; i < data->size(); ++i) {
        const QString path = PayloadReader::index(u"$.data"_s, i);
        auto post = reader.element(*data, u"$.data"_s, i);
        Result<ReadPost> read = post ? readPost(reader, *post, path, context) : Result<ReadPost>(post.error());
        if (!read) {
            if (!context.quarantine)
                return read.error();
            const QJsonValue item = data->at(i);
            const QByteArray raw = item.isObject() ? QJsonDocument(item.toObject()).toJson(QJsonDocument::Compact)
                : item.isArray()                   ? QJsonDocument(item.toArray()).toJson(QJsonDocument::Compact)
                                                   : item.toVariant().toString().toUtf8();
            page.unreadable.append(UnreadableItem { raw, read.error().message(), context.origin });
            continue;
        }
        if (read->retweet) {
            ++page.retweetsSkipped;
            continue;
        }
        Comment* comment = &read->comment;
        const auto user = users->constFind(comment->author.id);
        if (user != users->constEnd()) {
            comment->author.handle = user->username;
            comment->author.name = user->name;
        } else {
            page.warnings.append(u"%1: author %2 of post %3 is not in includes.users"_s.arg(
                path, comment->author.id, comment->platformId));
        }
        page.comments.append(std::move(*comment));
    }

    auto meta = reader.object(*root, u"$"_s, u"meta"_s, Need::Optional);
    if (!meta)
        return meta.error();
    const QString metaPath = u"$.meta"_s;
    auto newest = reader.string(*meta, metaPath, u"newest_id"_s, Need::Optional);
    auto oldest = reader.string(*meta, metaPath, u"oldest_id"_s, Need::Optional);
    auto next = reader.string(*meta, metaPath, u"next_token"_s, Need::Optional);
    auto previous = reader.string(*meta, metaPath, u"previous_token"_s, Need::Optional);
    auto count = reader.integer(*meta, metaPath, u"result_count"_s, Need::Optional);
    for (const Error& error : { newest.error(), oldest.error(), next.error(), previous.error(), count.error() }) {
        if (error.isError())
            return error;
    }
    page.newestId = *newest;
    page.oldestId = *oldest;
    page.nextToken = *next;
    page.previousToken = *previous;
    page.resultCount = meta->contains(u"result_count"_s) ? int(*count) : int(data->size());
    if (page.resultCount != data->size())
        page.warnings.append(
            u"$.meta.result_count: says %1, the page holds %2"_s.arg(page.resultCount).arg(data->size()));
    return page;
}

PlatformFailure TwitterPayload::parseFailure(const QByteArray& body, int httpStatus, const QString& origin)
{
    PlatformFailure failure;
    failure.platform = Platform::Twitter;
    failure.httpStatus = httpStatus;
    failure.origin = origin;

    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        failure.detail = u"the response is not JSON: \"%1\""_s.arg(QString::fromUtf8(body.left(120)).simplified());
        failure.kind = kindFromStatus(httpStatus, {});
        return failure;
    }
    const QJsonObject root = document.object();
    failure.title = root.value(u"title"_s).toString();
    failure.detail = root.value(u"detail"_s).toString();
    failure.type = root.value(u"type"_s).toString();
    if (failure.httpStatus == 0)
        failure.httpStatus = root.value(u"status"_s).toInt();

    const QJsonArray errors = root.value(u"errors"_s).toArray();
    if (!errors.isEmpty()) {
        const QJsonObject first = errors.first().toObject();
        failure.code = first.value(u"code"_s).toInt();
        if (failure.detail.isEmpty())
            failure.detail = first.value(u"detail"_s).toString(first.value(u"message"_s).toString());
        if (failure.title.isEmpty())
            failure.title = first.value(u"title"_s).toString();
        if (failure.type.isEmpty())
            failure.type = first.value(u"type"_s).toString();
    }

    using Kind = PlatformFailure::Kind;
    failure.kind = Kind::Unknown;
    if (failure.code != 0)
        failure.kind = kindFromLegacyCode(failure.code);
    if (failure.kind == Kind::Unknown && !failure.type.isEmpty())
        failure.kind = kindFromType(failure.type);
    if (failure.kind == Kind::Unknown)
        failure.kind = kindFromStatus(failure.httpStatus, failure.detail);
    return failure;
}

} // namespace moderation
