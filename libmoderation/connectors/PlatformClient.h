#pragma once

#include "connectors/PlatformFailure.h"
#include "connectors/RateLimit.h"
#include "connectors/UnreadableItem.h"
#include "model/Comment.h"
#include "model/Error.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace moderation {

// One page of a watch, read.
struct WatchPage
{
    QList<Comment> comments; // ours among them, flagged Comment::ours
    QList<UnreadableItem> unreadable;
    // Where the next request of this poll starts; empty when the poll is complete.
    QString nextPageToken;
    // The watch's stored cursor after the whole poll completes (X: the first page's newest_id as
    // the next since_id; Graph: the poll's start time). Set on the first page; empty: keep the old.
    QString nextCursor;
    RateLimit limit;
};

// What a request to a platform came to. Exactly one of: a result, or a failure of a kind.
struct PlatformOutcome
{
    enum class Status {
        Ok,
        RateLimited, // 429, X usage cap, Graph 4/17/32/613: wait until retryAt (invalid: back off)
        NeedsReauth, // 401, Graph 190, a missing permission: a person must re-authenticate
        NotReached, // connection refused, timeout, 5xx before a result: nothing known to have happened
        Malformed, // a 200 whose body broke the format (truncated, not JSON): retry the request
        Refused, // any other 4xx: the platform said no, with its reason
    };

    Status status = Status::Ok;
    PlatformFailure failure; // when not Ok and the platform sent a body
    QString message; // one line for people: what, where (URL redacted), why
    QDateTime retryAt; // RateLimited: when the limit resets, if the platform said
    RateLimit limit; // the headers of the last response

    bool ok() const { return status == Status::Ok; }
};

template <typename T>
struct PlatformResult
{
    PlatformOutcome outcome;
    T value {};
};

// What a send created or changed on the platform.
struct SendReceipt
{
    QString platformId; // the new reply's id; for hide/unhide/delete the target's own id
};

// Our reply found on the platform by reconciliation.
struct FoundReply
{
    QString platformId;
    QString text;
};

// One platform account as the sync and the outbox use it: reads the watches page by page and
// performs the outbox's actions. Knows the wire format and HTTP, nothing of stores or policy.
// Blocking: each call makes one or a few requests and returns.
class PlatformClient
{
public:
    virtual ~PlatformClient() = default;

    virtual Platform platform() const = 0;

    // One page of `watch` ("mentions", "replies", "page-comments", "search:QUERY"). `cursor` is the
    // watch's stored cursor (empty on the first poll: read back the backfill window only);
    // `pageToken` empty starts a poll, otherwise continues it. `now` is the poll's clock.
    virtual PlatformResult<WatchPage> fetch(const QString& watch, const QString& cursor, const QString& pageToken,
                                            const QDateTime& now) = 0;

    // The outbox's actions. `target` is the platform id of the comment acted on.
    virtual PlatformResult<SendReceipt> reply(const QString& target, const QString& conversationId,
                                              const QString& text) = 0;
    virtual PlatformResult<SendReceipt> setHidden(const QString& target, bool hidden) = 0;
    virtual PlatformResult<SendReceipt> remove(const QString& target) = 0;

    // Reconciliation before a retry: our reply to `target` with exactly `text`, if the platform
    // has one (X: our recent posts in the conversation; Graph: the comment's replies by the page).
    virtual PlatformResult<std::optional<FoundReply>> findReply(const QString& target, const QString& conversationId,
                                                                const QString& text) = 0;

    // Whether an action is possible at all on this platform for that comment, before trying
    // (X hides only replies in conversations the account started). Empty when it is.
    virtual QString cannotHideReason(const Comment& comment) const = 0;
};

} // namespace moderation
