#pragma once

#include "model/Enums.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace moderation {

// What the inbox asks for: newest first, optionally narrowed.
struct CommentFilter
{
    std::optional<Platform> platform;
    QString textContains; // plain substring, case-insensitive
    bool includeRemoved = true;
};

// Where a page of comments, newest first, ended: the last comment's (created_at, id). The next
// page starts after it, by key, so a page deep in a large store costs what the first one does.
struct CommentCursor
{
    QDateTime createdAt;
    qint64 id = 0;
};

// What storing one page of comments did.
struct IngestResult
{
    int inserted = 0;
    int edited = 0; // text changed: row updated, earlier text kept in comment_history
    int removed = 0;
    int unchanged = 0;
    QList<qint64> insertedIds; // store ids of the new comments, in input order
};

} // namespace moderation
