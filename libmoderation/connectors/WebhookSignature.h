#pragma once

#include "model/Error.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

namespace moderation {

// One change of a Page webhook delivery about a comment (PLATFORMS.md section 7).
struct WebhookChange
{
    enum class Verb { Add, Edit, Remove, Hide, Unhide, Other };

    QString pageId; // entry[].id
    QString commentId;
    QString postId;
    QString parentId; // the post for a top-level comment, else the parent comment
    Verb verb = Verb::Other;
    QString verbText; // as sent: "add", "edited", "edit", "remove", "hide", "unhide", …
    QString message; // untrusted text
    QString fromId;
    QString fromName;
    QDateTime createdAt; // from created_time (epoch seconds), UTC; invalid when not sent
};

// The Facebook webhook's pure parts: the signature of a delivery and its changes.
namespace WebhookSignature {

// Whether `header` (X-Hub-Signature-256: "sha256=" + hex HMAC-SHA256 of the raw body keyed with
// the app secret; the prefix may be missing) signs `body`. Compared in constant time. An empty
// secret or header never verifies.
bool verify(const QByteArray& body, const QByteArray& header, const QByteArray& appSecret);

// The hex signature of `body` as Meta would send it, with the "sha256=" prefix (for tests and
// tools that replay deliveries).
QByteArray sign(const QByteArray& body, const QByteArray& appSecret);

// The comment changes of a Page delivery: entry[].changes[] with field "feed" and item
// "comment". Changes about other items (posts, reactions) are left out. A body that is not a
// JSON object with object "page" is an Error; a comment change without a comment_id too.
Result<QList<WebhookChange>> parse(const QByteArray& body);

WebhookChange::Verb verbFrom(const QString& text);

} // namespace WebhookSignature

} // namespace moderation
