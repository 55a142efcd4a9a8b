#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

namespace moderation {

// One column of an exported table, and how its stored value reads: an integer, text, a
// timestamp (a UTC QDateTime), a flag, or text holding JSON (the platform's raw payload, a
// decision's spans) that an export embeds as JSON where it parses.
struct RecordsColumn
{
    enum class Kind { Integer, Text, Time, Bool, Json };
    QString name;
    Kind kind = Kind::Text;
};

// The tables of a records export (docs/RECORDS.md), in the order their files are listed.
enum class RecordsTableId {
    Comments,
    CommentHistory,
    Decisions,
    Cases,
    Drafts,
    Reviews,
    Outbox,
    HideConfirmations,
    AuditEvents,
};

struct RecordsTable
{
    RecordsTableId id = RecordsTableId::Comments;
    QString name; // the file's base name: "comments", "audit_events", …
    QList<RecordsColumn> columns;
};

// What a records export covers: comments created in [start, end) (UTC) and what was done with
// them; with an author, only that person's comments (a handle with or without '@', any case, or
// the platform's author id).
struct RecordsScope
{
    QDateTime start;
    QDateTime end;
    QString author;
};

} // namespace moderation
