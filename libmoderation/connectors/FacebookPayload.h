#pragma once

#include "connectors/PlatformFailure.h"
#include "connectors/UnreadableItem.h"
#include "model/Comment.h"
#include "model/Error.h"

#include <QList>
#include <QStringList>
#include <optional>

namespace moderation {

// What a page of Graph comments is read for.
struct FacebookReadContext
{
    // The post whose comments these are ("{page-id}_{post-id}"): the comments' conversation, and
    // the parent of top-level comments. Comment ids are opaque: their prefix need not match it.
    QString postId;
    QString pageId; // the page's own comments (its answers) are flagged Comment::ours
    QString accountName;
    QString origin; // the URL or file, for errors
    // Quarantine: a malformed comment of data[] goes to FacebookPage::unreadable and the rest of
    // the page is read. Off: any malformed comment fails the whole page.
    bool quarantine = false;
};

// One page of GET /{post-id}/comments, read.
struct FacebookPage
{
    QList<Comment> comments; // in the page's order
    QString before; // paging.cursors
    QString after;
    QString next; // paging.next: empty on the last page
    QString previous;
    std::optional<qint64> totalCount; // summary.total_count, when asked for with summary=1
    QStringList warnings; // what was odd but not fatal, e.g. a comment without `from`
    QList<UnreadableItem> unreadable; // quarantined comments (FacebookReadContext::quarantine)

    bool isLastPage() const { return next.isEmpty(); }
};

// Graph API bodies to comments (PLATFORMS.md sections 5 and 6). Each comment keeps its object as
// compact JSON. A comment without `message` (a sticker or a photo) has empty text; one without
// `from` (the reader lacks pages_read_user_content) has an empty author. A body that breaks the
// format is an Error naming the origin and the JSON path, and none of the page is returned (with
// the context's quarantine on, a malformed comment of data[] is set aside instead).
namespace FacebookPayload {

Result<FacebookPage> parseCommentsPage(const QByteArray& body, const FacebookReadContext& context);

// The body of a failed request, {"error":{message, type, code, error_subcode, fbtrace_id, …}},
// classified by code and subcode, never by the wording of the message.
PlatformFailure parseFailure(const QByteArray& body, int httpStatus, const QString& origin = {});

} // namespace FacebookPayload

} // namespace moderation
