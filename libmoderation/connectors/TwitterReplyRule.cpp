#include "connectors/TwitterReplyRule.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace moderation::TwitterReplyRule {

QString warning(const Comment& comment, const QString& ownUserId)
{
    if (comment.platform != Platform::Twitter || comment.source == Source::Mention || comment.ours)
        return {};
    const QJsonObject post = QJsonDocument::fromJson(comment.rawJson).object();
    if (!ownUserId.isEmpty()) {
        if (post.value(u"in_reply_to_user_id"_s).toString() == ownUserId)
            return {};
        const QJsonArray mentions = post.value(u"entities"_s).toObject().value(u"mentions"_s).toArray();
        for (const QJsonValue& mention : mentions) {
            if (mention.toObject().value(u"id"_s).toString() == ownUserId)
                return {};
        }
    }
    return u"X may refuse this reply: since 2026-02-23 the account's tier may reply only to posts whose author "
           "mentioned or quoted it, and this post does neither. Consider answering in a post of your own."_s;
}

} // namespace moderation::TwitterReplyRule
