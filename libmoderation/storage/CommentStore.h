#pragma once

#include "model/Comment.h"
#include "model/CommentQuery.h"
#include "model/Error.h"

#include <QHash>
#include <QList>
#include <QVariant>

#include <optional>
#include <utility>

namespace moderation {

class Database;

// (platform, platform id): what makes a comment the same comment.
using CommentKey = std::pair<QString, QString>;

// Comments: stored once per (platform, platform id), raw JSON kept.
class CommentStore
{
public:
    explicit CommentStore(Database& database)
        : m_database(database)
    {
    }

    // Stores one page of comments in one transaction with one audit event for the page.
    // A comment already stored with the same text changes nothing; an edited one updates its
    // row and appends the earlier text to its history; one flagged removed is marked removed.
    // A text the comment had before its last edit counts as unchanged (a stale read), so
    // replaying older pages never undoes an edit. Nothing changed: no audit event.
    // An X edit arriving under a new id (Comment::editHistoryIds names a stored version) is the
    // same comment: its row is updated and the new id becomes an alias of it. A comment that is
    // `ours` (our account's own post) is stored as thread context: undecided() never lists it.
    Result<IngestResult> ingest(const QList<Comment>& page, const QString& actor = QStringLiteral("system"),
                                const QString& origin = {});

    Result<Comment> byId(qint64 id) const;
    // By its own id, or by a later id an X edit gave it (an alias).
    Result<Comment> byPlatformId(Platform platform, const QString& platformId) const;
    Result<qint64> count(const CommentFilter& filter = {}) const;
    // The count, but reading at most `cap` rows: what a view shows as "more than N" costs the
    // same on a store of a thousand comments as on one of millions.
    Result<qint64> countUpTo(const CommentFilter& filter, qint64 cap) const;
    // Newest first (created_at DESC, id DESC), the page after `after` (none: from the newest),
    // for lazily fetching views. Pages by key on (created_at, id), never by OFFSET: the next
    // page's cursor is cursorOf(the last comment).
    Result<QList<Comment>> list(const CommentFilter& filter, const std::optional<CommentCursor>& after,
                                int limit) const;
    static CommentCursor cursorOf(const Comment& comment) { return { comment.createdAt, comment.id }; }
    // Comments created in [from, until), oldest first: replay (policy simulate) and reports.
    Result<QList<Comment>> createdBetween(const QDateTime& from, const QDateTime& until, qint64 afterId,
                                          int limit) const;
    // Comments the policy has not decided yet, or not since they were edited (an edit can add
    // personal data), oldest first: the triage queue. Never our own posts (Comment::ours).
    Result<QList<Comment>> undecided(int limit) const;
    // The comments of one thread (the platform's conversation id), oldest first, at most `limit`
    // of them: what an agent reads around the comment they answer. Our own replies included.
    Result<QList<Comment>> inConversation(Platform platform, const QString& conversationId, int limit) const;
    // The author's latest comments on the platform (by the platform's user id), newest first.
    Result<QList<Comment>> byAuthor(Platform platform, const QString& authorId, int limit) const;
    // Earlier texts of an edited comment, oldest first.
    Result<QStringList> history(qint64 commentId) const;

private:
    // Batched: a few multi-row INSERTs a page (one round trip each on PostgreSQL); a refusal
    // cannot tell which row it is about. RowByRow: one INSERT a comment; it can.
    enum class InsertMode { Batched, RowByRow };

    // ingest() after validation: one transaction; batchFailed tells that an insert batch failed.
    Result<IngestResult> storePage(const QList<Comment>& page, const QString& actor, const QString& origin,
                                   InsertMode mode, bool& batchFailed);
    // Inserts the comments at `offered` that are not stored yet; their store ids by key.
    Result<QHash<CommentKey, qint64>> insertNew(const QList<Comment>& page, const QList<int>& offered,
                                                 const QHash<QString, QVariant>& accountIds, const QString& now,
                                                 InsertMode mode, bool& batchFailed);
    // The page's X edits whose earlier version is stored (under its own id or an alias): the
    // stored row each one is, by the edit's key. A comment stored under its own id is not listed.
    Result<QHash<CommentKey, qint64>> storedVersions(const QList<Comment>& page) const;
    // A comment already stored (by its key, or the row `storedId` for an X edit, whose new id
    // becomes an alias): applies an edit or a removal, or counts it unchanged.
    Error applyToStored(const Comment& comment, std::optional<qint64> storedId, const QString& now,
                        IngestResult& result);

    Database& m_database;
};

} // namespace moderation
