#include "storage/CommentReplay.h"

#include "storage/Database.h"
#include "storage/SqlTime.h"
#include "storage/StoredRow.h"

#include <QSqlDriver>
#include <QSqlQuery>

#ifdef MODERATION_SQLITE_DIRECT_READ
#include <sqlite3.h>
#endif

using namespace Qt::StringLiterals;

namespace moderation {

namespace {

// The two enum columns of a replayed row; an unknown value is a corrupt row (StoredRow).
Error decodeEnums(Comment& c, QStringView platform, QStringView source)
{
    if (platform == u"twitter")
        c.platform = Platform::Twitter;
    else if (platform == u"facebook")
        c.platform = Platform::Facebook;
    else
        return StoredRow::unknownValue(u"comments"_s, c.id, u"platform"_s, platform.toString());
    const std::optional<Source> parsed = sourceFromString(source);
    if (!parsed)
        return StoredRow::unknownValue(u"comments"_s, c.id, u"source"_s, source.toString());
    c.source = *parsed;
    return {};
}

#ifdef MODERATION_SQLITE_DIRECT_READ

// The sqlite3 handle behind a QSQLITE connection, when the driver runs on the same SQLite
// library as this code (CMake checked that it links the shared system library; the version
// check here catches a plugin swapped since). Null otherwise: then QtSql reads.
sqlite3* directHandle(const Database& database)
{
    if (database.engine() != DatabaseEngine::Sqlite)
        return nullptr;
    const QSqlDatabase connection = database.connection();
    const QVariant handle = connection.driver() ? connection.driver()->handle() : QVariant();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    QSqlQuery version(connection);
    if (!version.exec(u"SELECT sqlite_source_id()"_s) || !version.next()
        || version.value(0).toString() != QString::fromLatin1(sqlite3_sourceid()))
        return nullptr;
    return *static_cast<sqlite3* const*>(handle.constData());
}

// A column's UTF-8 into out, reusing out's buffer when nothing shares it: ASCII (most text) is
// widened in place; anything else is decoded anew.
void readText(sqlite3_stmt* statement, int column, QString& out)
{
    const auto* text = static_cast<const unsigned char*>(sqlite3_column_text(statement, column));
    if (!text) {
        out = QString();
        return;
    }
    const int n = sqlite3_column_bytes(statement, column);
    out.resize(n);
    char16_t* dst = reinterpret_cast<char16_t*>(out.data());
    unsigned char high = 0;
    for (int i = 0; i < n; ++i) {
        dst[i] = text[i];
        high |= text[i];
    }
    if (high & 0x80)
        out = QString::fromUtf8(reinterpret_cast<const char*>(text), n);
}

Error sqliteError(sqlite3* db, int status)
{
    const int primary = status & 0xFF;
    const Error::Code code = primary == SQLITE_CORRUPT || primary == SQLITE_NOTADB ? Error::Code::Corrupt
        : primary == SQLITE_READONLY                                                ? Error::Code::ReadOnly
                                                                                    : Error::Code::Internal;
    return Error(code, QString::fromUtf8(sqlite3_errmsg(db))).prefixed(u"reading stored comments"_s);
}

// One statement over the whole range, stepped with SQLite's C API: UTF-8 straight from the
// page into QString, no QVariant per value (QSQLITE asks SQLite for UTF-16 and wraps each value
// in a QVariant, which is most of what reading a million comments costs through QtSql).
Error forEachDirect(sqlite3* db, const QString& lower, const QString& upper,
                    const std::function<bool(Comment&)>& visit)
{
    sqlite3_stmt* statement = nullptr;
    const char* sql = "SELECT id, platform, platform_id, source, author_id, author_handle, text, lang, created_at "
                      "FROM comments WHERE created_at >= ? AND created_at < ? ORDER BY created_at, id";
    const int prepared = sqlite3_prepare_v2(db, sql, -1, &statement, nullptr);
    if (prepared != SQLITE_OK)
        return sqliteError(db, prepared);
    const QByteArray from = lower.toUtf8();
    const QByteArray until = upper.toUtf8();
    sqlite3_bind_text(statement, 1, from.constData(), int(from.size()), SQLITE_STATIC);
    sqlite3_bind_text(statement, 2, until.constData(), int(until.size()), SQLITE_STATIC);
    Comment c;
    QString platform;
    QString source;
    int status = SQLITE_ROW;
    Error error;
    while ((status = sqlite3_step(statement)) == SQLITE_ROW) {
        c.id = sqlite3_column_int64(statement, 0);
        readText(statement, 1, platform);
        readText(statement, 2, c.platformId);
        readText(statement, 3, source);
        if (error = decodeEnums(c, platform, source); error.isError())
            break;
        readText(statement, 4, c.author.id);
        readText(statement, 5, c.author.handle);
        readText(statement, 6, c.text);
        readText(statement, 7, c.lang);
        c.createdAt = timestampFromUtf8(reinterpret_cast<const char*>(sqlite3_column_text(statement, 8)),
                                        sqlite3_column_bytes(statement, 8));
        if (!visit(c)) {
            status = SQLITE_DONE;
            break;
        }
    }
    if (!error.isError() && status != SQLITE_DONE)
        error = sqliteError(db, status);
    sqlite3_finalize(statement);
    return error;
}

#endif

} // namespace

bool CommentReplay::directReadBuilt()
{
#ifdef MODERATION_SQLITE_DIRECT_READ
    return true;
#else
    return false;
#endif
}

bool CommentReplay::readsDirectly() const
{
#ifdef MODERATION_SQLITE_DIRECT_READ
    return m_reader == Reader::Fastest && directHandle(m_database) != nullptr;
#else
    return false;
#endif
}

Error CommentReplay::forEach(const QDateTime& from, const QDateTime& until,
                             const std::function<bool(Comment&)>& visit) const
{
    const int pageSize = m_pageSize;
    const QString lower = from.isValid() ? sqlTimestamp(from) : u"1970-01-01T00:00:00.000Z"_s;
    const QString upper = until.isValid() ? sqlTimestamp(until) : u"9999-12-31T23:59:59.999Z"_s;
#ifdef MODERATION_SQLITE_DIRECT_READ
    if (m_reader == Reader::Fastest) {
        if (sqlite3* db = directHandle(m_database))
            return forEachDirect(db, lower, upper, visit);
    }
#endif
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
            if (Error error = decodeEnums(c, q->value(1).toString(), q->value(3).toString()); error.isError())
                return error;
            c.platformId = q->value(2).toString();
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
