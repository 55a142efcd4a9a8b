#include "sync/WebhookIngest.h"

#include "storage/CommentStore.h"
#include "storage/Database.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace moderation {

namespace {

// The change as the comment's stored JSON: what the platform said, in its own field names.
QByteArray rawOf(const WebhookChange& change)
{
    QJsonObject value { { u"item"_s, u"comment"_s },
                        { u"verb"_s, change.verbText },
                        { u"comment_id"_s, change.commentId },
                        { u"post_id"_s, change.postId },
                        { u"parent_id"_s, change.parentId },
                        { u"message"_s, change.message },
                        { u"from"_s, QJsonObject { { u"id"_s, change.fromId }, { u"name"_s, change.fromName } } } };
    if (change.createdAt.isValid())
        value.insert(u"created_time"_s, change.createdAt.toSecsSinceEpoch());
    return QJsonDocument(value).toJson(QJsonDocument::Compact);
}

} // namespace

Result<WebhookIngestResult> ingestWebhookChanges(Database& database, const Account& account,
                                                 const QList<WebhookChange>& changes)
{
    WebhookIngestResult result;
    CommentStore comments(database);
    QList<Comment> page;
    for (const WebhookChange& change : changes) {
        if (account.platform != Platform::Facebook || change.pageId != account.externalId) {
            ++result.ignored;
            continue;
        }
        if (change.verb == WebhookChange::Verb::Remove) {
            auto stored = comments.byPlatformId(Platform::Facebook, change.commentId);
            if (!stored) {
                if (stored.error().code() != Error::Code::NotFound)
                    return stored.error();
                ++result.ignored;
                continue;
            }
            Comment removed = *stored;
            removed.removed = true;
            page.append(removed);
            continue;
        }
        if (change.verb != WebhookChange::Verb::Add && change.verb != WebhookChange::Verb::Edit) {
            ++result.ignored;
            continue;
        }
        Comment comment;
        comment.platform = Platform::Facebook;
        comment.platformId = change.commentId;
        comment.source = Source::PageComment;
        comment.accountName = account.name;
        comment.author = Author { change.fromId, QString(), change.fromName };
        comment.text = change.message;
        comment.createdAt = change.createdAt.isValid() ? change.createdAt : database.clock().now();
        comment.conversationId = change.postId;
        comment.parentId = change.parentId.isEmpty() ? change.postId : change.parentId;
        comment.rawJson = rawOf(change);
        comment.ours = change.fromId == account.externalId;
        page.append(comment);
    }
    if (page.isEmpty())
        return result;
    auto stored = comments.ingest(page, u"webhook"_s, u"facebook webhook"_s);
    if (!stored)
        return stored.error();
    result.stored = *stored;
    return result;
}

} // namespace moderation
