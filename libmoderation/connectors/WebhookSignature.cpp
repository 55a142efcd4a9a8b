#include "connectors/WebhookSignature.h"

#include "connectors/PayloadReader.h"

#include <QCryptographicHash>
#include <QMessageAuthenticationCode>

using namespace Qt::StringLiterals;

namespace moderation {

namespace {

using Need = PayloadReader::Need;

bool constantTimeEquals(const QByteArray& a, const QByteArray& b)
{
    if (a.size() != b.size())
        return false;
    unsigned char difference = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        difference |= static_cast<unsigned char>(a.at(i) ^ b.at(i));
    return difference == 0;
}

Result<WebhookChange> readChange(const PayloadReader& reader, const QJsonObject& value, const QString& path)
{
    WebhookChange change;
    auto commentId = reader.string(value, path, u"comment_id"_s, Need::Required);
    if (!commentId)
        return commentId.error();
    change.commentId = *commentId;
    auto postId = reader.string(value, path, u"post_id"_s, Need::Optional);
    auto parentId = reader.string(value, path, u"parent_id"_s, Need::Optional);
    auto verb = reader.string(value, path, u"verb"_s, Need::Required);
    auto message = reader.string(value, path, u"message"_s, Need::Optional);
    auto from = reader.object(value, path, u"from"_s, Need::Optional);
    for (const Error& error : { postId.error(), parentId.error(), verb.error(), message.error(), from.error() }) {
        if (error.isError())
            return error;
    }
    change.postId = *postId;
    change.parentId = *parentId;
    change.verbText = *verb;
    change.verb = WebhookSignature::verbFrom(*verb);
    change.message = *message;
    change.fromId = from->value(u"id"_s).toString();
    change.fromName = from->value(u"name"_s).toString();
    const QJsonValue created = value.value(u"created_time"_s);
    if (created.isDouble())
        change.createdAt = QDateTime::fromSecsSinceEpoch(qint64(created.toDouble()), Qt::UTC);
    else if (created.isString())
        change.createdAt = PayloadReader::parseTimestamp(created.toString());
    return change;
}

} // namespace

QByteArray WebhookSignature::sign(const QByteArray& body, const QByteArray& appSecret)
{
    return "sha256=" + QMessageAuthenticationCode::hash(body, appSecret, QCryptographicHash::Sha256).toHex();
}

bool WebhookSignature::verify(const QByteArray& body, const QByteArray& header, const QByteArray& appSecret)
{
    if (appSecret.isEmpty())
        return false;
    QByteArray given = header.trimmed().toLower();
    if (given.startsWith("sha256="))
        given = given.mid(7);
    if (given.isEmpty())
        return false;
    const QByteArray expected
        = QMessageAuthenticationCode::hash(body, appSecret, QCryptographicHash::Sha256).toHex();
    return constantTimeEquals(given, expected);
}

WebhookChange::Verb WebhookSignature::verbFrom(const QString& text)
{
    using Verb = WebhookChange::Verb;
    if (text == u"add"_s)
        return Verb::Add;
    if (text == u"edited"_s || text == u"edit"_s)
        return Verb::Edit;
    if (text == u"remove"_s)
        return Verb::Remove;
    if (text == u"hide"_s)
        return Verb::Hide;
    if (text == u"unhide"_s)
        return Verb::Unhide;
    return Verb::Other;
}

Result<QList<WebhookChange>> WebhookSignature::parse(const QByteArray& body)
{
    const PayloadReader reader(u"webhook delivery"_s);
    auto root = reader.parseObject(body);
    if (!root)
        return root.error();
    auto object = reader.string(*root, u"$"_s, u"object"_s, Need::Required);
    if (!object)
        return object.error();
    if (*object != u"page"_s)
        return reader.error(u"$.object"_s, u"expected \"page\", found \"%1\""_s.arg(object->left(40)));
    auto entries = reader.array(*root, u"$"_s, u"entry"_s, Need::Required);
    if (!entries)
        return entries.error();

    QList<WebhookChange> changes;
    for (qsizetype i = 0; i < entries->size(); ++i) {
        const QString entryPath = PayloadReader::index(u"$.entry"_s, i);
        auto entry = reader.element(*entries, u"$.entry"_s, i);
        if (!entry)
            return entry.error();
        const QString pageId = entry->value(u"id"_s).toString();
        auto list = reader.array(*entry, entryPath, u"changes"_s, Need::Optional);
        if (!list)
            return list.error();
        const QString changesPath = PayloadReader::member(entryPath, u"changes"_s);
        for (qsizetype j = 0; j < list->size(); ++j) {
            auto change = reader.element(*list, changesPath, j);
            if (!change)
                return change.error();
            const QString at = PayloadReader::index(changesPath, j);
            const QJsonObject value = change->value(u"value"_s).toObject();
            if (change->value(u"field"_s).toString() != u"feed"_s || value.value(u"item"_s).toString() != u"comment"_s)
                continue;
            auto read = readChange(reader, value, PayloadReader::member(at, u"value"_s));
            if (!read)
                return read.error();
            read->pageId = pageId;
            changes.append(*read);
        }
    }
    return changes;
}

} // namespace moderation
