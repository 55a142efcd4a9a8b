#include "storage/RecordsStore.h"

#include "storage/Database.h"
#include "storage/SqlTime.h"

using namespace Qt::StringLiterals;

namespace moderation {

namespace {

using Kind = RecordsColumn::Kind;

RecordsColumn integer(const QString& name) { return { name, Kind::Integer }; }
RecordsColumn text(const QString& name) { return { name, Kind::Text }; }
RecordsColumn time(const QString& name) { return { name, Kind::Time }; }
RecordsColumn flag(const QString& name) { return { name, Kind::Bool }; }
RecordsColumn json(const QString& name) { return { name, Kind::Json }; }

// Every column of each table (TestRecordsStore holds these lists to the schema on both engines,
// so a column added later cannot be left out of an export unnoticed).
QList<RecordsTable> makeTables()
{
    return {
        { RecordsTableId::Comments, u"comments"_s,
          { integer(u"id"_s), text(u"platform"_s), text(u"platform_id"_s), integer(u"account_id"_s),
            text(u"source"_s), text(u"author_id"_s), text(u"author_handle"_s), text(u"author_name"_s),
            text(u"text"_s), text(u"lang"_s), time(u"created_at"_s), text(u"conversation_id"_s),
            text(u"parent_platform_id"_s), json(u"raw_json"_s), time(u"ingested_at"_s), time(u"updated_at"_s),
            flag(u"removed"_s), flag(u"ours"_s) } },
        { RecordsTableId::CommentHistory, u"comment_history"_s,
          { integer(u"id"_s), integer(u"comment_id"_s), text(u"text"_s), json(u"raw_json"_s),
            time(u"replaced_at"_s) } },
        { RecordsTableId::Decisions, u"decisions"_s,
          { integer(u"id"_s), integer(u"comment_id"_s), integer(u"policy_version_id"_s), text(u"rule_id"_s),
            text(u"clause"_s), text(u"action"_s), text(u"category"_s), text(u"queue"_s), text(u"priority"_s),
            integer(u"sla_seconds"_s), text(u"hide_mode"_s), text(u"answer_id"_s), integer(u"reviews"_s),
            text(u"explanation"_s), json(u"pii"_s), json(u"matches"_s), time(u"decided_at"_s),
            integer(u"decided_by"_s) } },
        { RecordsTableId::Cases, u"cases"_s,
          { integer(u"id"_s), integer(u"comment_id"_s), integer(u"decision_id"_s),
            integer(u"pending_decision_id"_s), text(u"queue"_s), text(u"priority"_s), text(u"state"_s),
            text(u"state_reason"_s), integer(u"assignee_id"_s), time(u"assigned_at"_s), integer(u"reviews_required"_s),
            integer(u"sla_seconds"_s), time(u"sla_started_at"_s), time(u"sla_due_at"_s),
            time(u"sla_at_risk_at"_s), time(u"sla_breached_at"_s), time(u"created_at"_s), time(u"updated_at"_s),
            time(u"closed_at"_s) } },
        { RecordsTableId::Drafts, u"drafts"_s,
          { integer(u"id"_s), integer(u"case_id"_s), integer(u"author_id"_s), text(u"text"_s),
            text(u"text_sha256"_s), text(u"answer_key"_s), text(u"state"_s), time(u"created_at"_s),
            time(u"updated_at"_s) } },
        { RecordsTableId::Reviews, u"reviews"_s,
          { integer(u"id"_s), integer(u"draft_id"_s), integer(u"reviewer_id"_s), text(u"verdict"_s),
            text(u"text"_s), text(u"text_sha256"_s), text(u"reason"_s), time(u"reviewed_at"_s) } },
        { RecordsTableId::Outbox, u"outbox"_s,
          { integer(u"id"_s), text(u"kind"_s), integer(u"comment_id"_s), integer(u"account_id"_s),
            integer(u"draft_id"_s), text(u"text"_s), text(u"text_sha256"_s), text(u"state"_s),
            text(u"platform_result_id"_s), text(u"error"_s), flag(u"needs_attention"_s), integer(u"attempts"_s),
            time(u"next_attempt_at"_s), time(u"created_at"_s), time(u"updated_at"_s) } },
        { RecordsTableId::HideConfirmations, u"hide_confirmations"_s,
          { integer(u"id"_s), integer(u"case_id"_s), integer(u"decision_id"_s), integer(u"confirmed_by"_s),
            time(u"confirmed_at"_s) } },
        { RecordsTableId::AuditEvents, u"audit_events"_s,
          { integer(u"seq"_s), time(u"at"_s), text(u"actor"_s), text(u"action"_s), text(u"entity_type"_s),
            text(u"entity_id"_s), text(u"details"_s), text(u"prev_hash"_s), text(u"hash"_s) } },
    };
}

// How a table's rows are reached from the comments (alias c) they belong to.
struct Route
{
    RecordsTableId table;
    QString alias;
    QString from;
};

const QList<Route>& childRoutes()
{
    static const QList<Route> routes {
        { RecordsTableId::CommentHistory, u"h"_s, u"comment_history h JOIN comments c ON c.id = h.comment_id"_s },
        { RecordsTableId::Decisions, u"d"_s, u"decisions d JOIN comments c ON c.id = d.comment_id"_s },
        { RecordsTableId::Cases, u"k"_s, u"cases k JOIN comments c ON c.id = k.comment_id"_s },
        { RecordsTableId::Drafts, u"dr"_s,
          u"drafts dr JOIN cases k ON k.id = dr.case_id JOIN comments c ON c.id = k.comment_id"_s },
        { RecordsTableId::Reviews, u"r"_s,
          u"reviews r JOIN drafts dr ON dr.id = r.draft_id JOIN cases k ON k.id = dr.case_id "
          "JOIN comments c ON c.id = k.comment_id"_s },
        { RecordsTableId::Outbox, u"o"_s, u"outbox o JOIN comments c ON c.id = o.comment_id"_s },
        { RecordsTableId::HideConfirmations, u"hc"_s,
          u"hide_confirmations hc JOIN cases k ON k.id = hc.case_id JOIN comments c ON c.id = k.comment_id"_s },
    };
    return routes;
}

QString selectList(const RecordsTable& table, const QString& alias)
{
    QStringList columns;
    for (const RecordsColumn& column : table.columns)
        columns << alias + u'.' + column.name;
    return columns.join(u", "_s);
}

// The comments of one page: after the previous page's last key, up to and including this one's.
// The plain range on created_at says the same again for PostgreSQL's planner, which cannot
// estimate a row-value comparison: without it, it guessed a third of the table and joined each
// page's children by scanning their whole tables (167 s instead of a minute for a million).
const QString kPageRange = u"(c.created_at, c.id) > (?, ?) AND (c.created_at, c.id) <= (?, ?) "
                           "AND c.created_at >= ? AND c.created_at <= ?"_s;
// A handle with or without '@' in any case, or the platform's id for the person.
const QString kAuthorClause = u" AND (LOWER(c.author_handle) IN (?, ?) OR c.author_id = ?)"_s;

QVariantList authorValues(const QString& author)
{
    QString handle = author.trimmed();
    if (handle.startsWith(u'@'))
        handle.remove(0, 1);
    const QString lower = handle.toLower();
    return { lower, QString(u'@' + lower), handle };
}

QVariant valueOf(const QVariant& stored, Kind kind)
{
    if (stored.isNull())
        return {};
    switch (kind) {
    case Kind::Integer: return stored.toLongLong();
    case Kind::Bool: return stored.toBool();
    case Kind::Time: {
        const QDateTime at = timestampFrom(stored);
        return at.isValid() ? QVariant(at.toUTC()) : QVariant();
    }
    case Kind::Text:
    case Kind::Json: return stored.toString();
    }
    return {};
}

} // namespace

struct RecordsStore::PageRange
{
    QString afterAt;
    qint64 afterId = 0;
    QString lastAt;
    qint64 lastId = 0;

    QVariantList values() const { return { afterAt, afterId, lastAt, lastId, afterAt, lastAt }; }
};

const QList<RecordsTable>& RecordsStore::tables()
{
    static const QList<RecordsTable> all = makeTables();
    return all;
}

const RecordsTable& RecordsStore::table(RecordsTableId id)
{
    return tables().at(int(id));
}

Error RecordsStore::readRows(const RecordsTable& table, const QString& sql, const QVariantList& values,
                             const Visitor& visit,
                             const std::function<void(const QVariantList&)>& seen) const
{
    auto rows = m_database.execCached(sql, values);
    if (!rows)
        return rows.error().prefixed(u"reading %1 for the records export"_s.arg(table.name));
    const qsizetype width = table.columns.size();
    QVariantList row;
    row.reserve(width);
    while (rows->next()) {
        row.clear();
        for (qsizetype i = 0; i < width; ++i)
            row.append(valueOf(rows->value(int(i)), table.columns.at(i).kind));
        if (seen)
            seen(row);
        if (Error error = visit(table, row); error.isError())
            return error;
    }
    return {};
}

Error RecordsStore::forEach(const RecordsScope& scope, const Visitor& visit) const
{
    PageRange range;
    range.lastAt = sqlTimestamp(scope.start);
    range.lastId = 0; // ids start at 1: (start, 0) is before every comment of the window
    for (;;) {
        range.afterAt = range.lastAt;
        range.afterId = range.lastId;
        int rows = 0;
        if (Error error = pageOfComments(scope, range, rows, visit); error.isError())
            return error;
        if (rows == 0)
            break;
        if (Error error = rowsOfPage(scope, range, visit); error.isError())
            return error;
        if (rows < m_pageSize)
            break;
    }
    return scope.author.isEmpty() ? auditOfWindow(scope, visit) : Error();
}

Error RecordsStore::pageOfComments(const RecordsScope& scope, PageRange& range, int& rows, const Visitor& visit) const
{
    const RecordsTable& comments = table(RecordsTableId::Comments);
    QString sql = u"SELECT "_s + selectList(comments, u"c"_s)
        + u" FROM comments c WHERE (c.created_at, c.id) > (?, ?) AND c.created_at < ?"_s;
    QVariantList values { range.afterAt, range.afterId, sqlTimestamp(scope.end) };
    if (!scope.author.isEmpty()) {
        sql += kAuthorClause;
        values += authorValues(scope.author);
    }
    sql += u" ORDER BY c.created_at, c.id LIMIT ?"_s;
    values << m_pageSize;
    constexpr int kCreatedAt = 10;
    Q_ASSERT(comments.columns.at(kCreatedAt).name == u"created_at"_s);
    return readRows(comments, sql, values, visit, [&](const QVariantList& row) {
        ++rows;
        range.lastId = row.at(0).toLongLong();
        range.lastAt = sqlTimestamp(row.at(kCreatedAt).toDateTime());
    });
}

Error RecordsStore::rowsOfPage(const RecordsScope& scope, const PageRange& range, const Visitor& visit) const
{
    QString where = kPageRange;
    QVariantList values = range.values();
    if (!scope.author.isEmpty()) {
        where += kAuthorClause;
        values += authorValues(scope.author);
    }
    for (const Route& route : childRoutes()) {
        const RecordsTable& child = table(route.table);
        const QString sql = u"SELECT "_s + selectList(child, route.alias) + u" FROM "_s + route.from + u" WHERE "_s
            + where + u" ORDER BY c.created_at, c.id, "_s + route.alias + u".id"_s;
        if (Error error = readRows(child, sql, values, visit); error.isError())
            return error;
    }
    if (scope.author.isEmpty())
        return {};
    // One person's records: the audit events about what is exported of this page (the entity
    // types the stores write: comment, case, draft, outbox; reviews and hide confirmations are
    // audited on their draft and case).
    const RecordsTable& audit = table(RecordsTableId::AuditEvents);
    const QString sql = u"SELECT "_s + selectList(audit, u"a"_s) + u" FROM audit_log a WHERE "
        "(a.entity_type = 'comment' AND a.entity_id IN (SELECT CAST(c.id AS TEXT) FROM comments c WHERE "_s
        + where + u")) OR (a.entity_type = 'case' AND a.entity_id IN (SELECT CAST(k.id AS TEXT) FROM cases k "
                  "JOIN comments c ON c.id = k.comment_id WHERE "_s
        + where + u")) OR (a.entity_type = 'draft' AND a.entity_id IN (SELECT CAST(dr.id AS TEXT) FROM drafts dr "
                  "JOIN cases k ON k.id = dr.case_id JOIN comments c ON c.id = k.comment_id WHERE "_s
        + where + u")) OR (a.entity_type = 'outbox' AND a.entity_id IN (SELECT CAST(o.id AS TEXT) FROM outbox o "
                  "JOIN comments c ON c.id = o.comment_id WHERE "_s
        + where + u")) ORDER BY a.seq"_s;
    return readRows(audit, sql, values + values + values + values, visit);
}

Error RecordsStore::auditOfWindow(const RecordsScope& scope, const Visitor& visit) const
{
    // The window's events lie between two sequence numbers (times follow the sequence, but a
    // clock may step back, so `at` is still checked row by row): pages by key on seq.
    const QVariantList window { sqlTimestamp(scope.start), sqlTimestamp(scope.end) };
    auto bounds = m_database.exec(u"SELECT MIN(seq), MAX(seq) FROM audit_log WHERE at >= ? AND at < ?"_s, window);
    if (!bounds)
        return bounds.error().prefixed(u"reading the audit log for the records export"_s);
    if (!bounds->next())
        return Error(Error::Code::Internal, u"reading the audit log for the records export: no row"_s);
    if (bounds->value(0).isNull())
        return {};
    qint64 after = bounds->value(0).toLongLong() - 1;
    const qint64 last = bounds->value(1).toLongLong();
    bounds->finish();
    const RecordsTable& audit = table(RecordsTableId::AuditEvents);
    const QString sql = u"SELECT "_s + selectList(audit, u"a"_s)
        + u" FROM audit_log a WHERE a.seq > ? AND a.seq <= ? AND a.at >= ? AND a.at < ? ORDER BY a.seq LIMIT ?"_s;
    for (;;) {
        int rows = 0;
        const qint64 from = after;
        Error error = readRows(audit, sql, { from, last, window.at(0), window.at(1), m_pageSize }, visit,
                               [&](const QVariantList& row) {
                                   ++rows;
                                   after = row.at(0).toLongLong();
                               });
        if (error.isError())
            return error;
        if (rows < m_pageSize || after >= last)
            return {};
    }
}

} // namespace moderation
