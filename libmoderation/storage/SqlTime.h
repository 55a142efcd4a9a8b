#pragma once

#include <QDateTime>
#include <QString>
#include <QVariant>

namespace moderation {

// How every store writes and reads a timestamp. Written as ISO-8601 UTC text with milliseconds
// ("2026-11-02T14:05:09.000Z"), so SQLite's text columns sort by time and PostgreSQL's
// TIMESTAMPTZ columns take it as a literal; read back from either (SQLite gives the text,
// QPSQL a QDateTime). An invalid QDateTime writes as '' and a NULL reads as invalid.
QString sqlTimestamp(const QDateTime& at);
QDateTime timestampFrom(const QVariant& value);
// The same from SQLite's own UTF-8 (null: invalid), for readers that bypass QtSql.
QDateTime timestampFromUtf8(const char* text, qsizetype size);

} // namespace moderation
