#include "storage/CommentReplay.h"

#include "storage/Database.h"
#include "storage/SqlTime.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace moderation {

Error CommentReplay::forEach(const QDateTime& from, const QDateTime& until,
                             const std::function<bool(const Comment&)>& visit, int pageSize) const
{
    const QString lower = from.isValid() ? sqlTimestamp(from) : u"1970-01-01T00:00:00.000Z"_s;
    const QString upper = until.isValid() ? sqlTimestamp(until) : u"9999-12-31T23:59:59.999Z"_s;
    // Keyset pages over the (created_at, id) index: each page starts after the last row seen.
    QVariant lastAt;
    qint64 lastId = 0;
    bool first = true;
    Comment c;
    for (;;) {
        Result<QSqlQuery> q = first
            ? m_database.exec(u"SELECT id, platform, platform_id, source, author_id, author_handle, text, lang, "
                              "created_at FROM comments WHERE created_at >= ? AND created_at < ? "
                              "ORDER BY created_at, id LIMIT ?"_s,
                              { lower, upper, pageSize })
            // A row value, not "a > ? OR (a = ? AND b > ?)": with the OR, SQLite walks the index
            // from its start for every page (8 s instead of 2 s for a million comments).
            : m_database.exec(u"SELECT id, platform, platform_id, source, author_id, author_handle, text, lang, "
                              "created_at FROM comments WHERE (created_at, id) > (?, ?) AND created_at < ? "
                              "ORDER BY created_at, id LIMIT ?"_s,
                              { lastAt, lastId, upper, pageSize });
        if (!q)
            return q.error().prefixed(u"reading stored comments"_s);
        first = false;
        int rows = 0;
        while (q->next()) {
            ++rows;
            c.id = q->value(0).toLongLong();
            c.platform = q->value(1).toString() == u"facebook"_s ? Platform::Facebook : Platform::Twitter;
            c.platformId = q->value(2).toString();
            c.source = sourceFromString(q->value(3).toString()).value_or(Source::Mention);
            c.author.id = q->value(4).toString();
            c.author.handle = q->value(5).toString();
            c.text = q->value(6).toString();
            c.lang = q->value(7).toString();
            const QVariant at = q->value(8);
            c.createdAt = timestampFrom(at);
            lastId = c.id;
            lastAt = at.userType() == QMetaType::QDateTime ? QVariant(sqlTimestamp(at.toDateTime())) : at;
            if (!visit(c))
                return {};
        }
        if (rows < pageSize)
            return {};
    }
}

} // namespace moderation
