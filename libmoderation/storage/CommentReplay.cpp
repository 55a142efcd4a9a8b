#include "storage/CommentReplay.h"

#include "storage/Database.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace moderation {

namespace {

QString ts(const QDateTime& at)
{
    return at.toUTC().toString(Qt::ISODateWithMs);
}

int digits(const QChar* p, int n)
{
    int value = 0;
    for (int i = 0; i < n; ++i) {
        const char16_t c = p[i].unicode();
        if (c < u'0' || c > u'9')
            return -1;
        value = value * 10 + (c - u'0');
    }
    return value;
}

// SQLite stores "YYYY-MM-DDTHH:MM:SS.mmmZ"; reading a million of them through QDateTime's
// general parser costs more than the policy does, so the fixed form is read by hand.
QDateTime readTs(const QVariant& value)
{
    if (value.userType() == QMetaType::QDateTime)
        return value.toDateTime().toUTC();
    const QString text = value.toString();
    if (text.size() == 24 && text.at(4) == u'-' && text.at(10) == u'T' && text.at(19) == u'.' && text.at(23) == u'Z') {
        const QChar* p = text.constData();
        const int year = digits(p, 4), month = digits(p + 5, 2), day = digits(p + 8, 2);
        const int hour = digits(p + 11, 2), minute = digits(p + 14, 2), second = digits(p + 17, 2);
        const int ms = digits(p + 20, 3);
        const QDate date(year, month, day);
        const QTime time(hour, minute, second, ms);
        if (date.isValid() && time.isValid())
            return QDateTime(date, time, Qt::UTC);
    }
    return QDateTime::fromString(text, Qt::ISODateWithMs).toUTC();
}

} // namespace

Error CommentReplay::forEach(const QDateTime& from, const QDateTime& until,
                             const std::function<bool(const Comment&)>& visit, int pageSize) const
{
    const QString lower = from.isValid() ? ts(from) : u"1970-01-01T00:00:00.000Z"_s;
    const QString upper = until.isValid() ? ts(until) : u"9999-12-31T23:59:59.999Z"_s;
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
            c.createdAt = readTs(at);
            lastId = c.id;
            lastAt = at.userType() == QMetaType::QDateTime ? QVariant(ts(at.toDateTime())) : at;
            if (!visit(c))
                return {};
        }
        if (rows < pageSize)
            return {};
    }
}

} // namespace moderation
