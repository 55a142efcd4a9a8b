#pragma once

#include "model/Error.h"
#include "model/RecordsTable.h"

#include <QVariantList>

#include <functional>

namespace moderation {

class Database;

// The SQL of a records export (docs/RECORDS.md): the comments of a window and what was done with
// them, streamed, never held whole. Comments are read in keyset pages on (created_at, id); after
// each page, the rows of the other tables that belong to that page's comments (their history,
// decisions, cases, the cases' drafts, reviews and hide confirmations, outbox entries). The audit
// events: for a whole-site export every event of the window, in sequence pages; for one author
// the events about the exported comments, cases, drafts and outbox entries, page by page.
//
// Reads are not made consistent here: run forEach inside Database::readSnapshot.
class RecordsStore
{
public:
    static constexpr int kDefaultPageSize = 5000;

    explicit RecordsStore(Database& database, int pageSize = kDefaultPageSize)
        : m_database(database)
        , m_pageSize(pageSize)
    {
    }

    // Every exported table with its columns, in RecordsTableId order.
    static const QList<RecordsTable>& tables();
    static const RecordsTable& table(RecordsTableId id);

    // One row of a table, its values in the table's column order: qint64, QString, a UTC
    // QDateTime, bool, or a null QVariant for SQL NULL; Json columns as their stored text.
    // An Error returned by the visitor stops the read and is returned.
    using Visitor = std::function<Error(const RecordsTable& table, const QVariantList& row)>;
    Error forEach(const RecordsScope& scope, const Visitor& visit) const;

private:
    struct PageRange;
    Error pageOfComments(const RecordsScope& scope, PageRange& range, int& rows, const Visitor& visit) const;
    Error rowsOfPage(const RecordsScope& scope, const PageRange& range, const Visitor& visit) const;
    Error auditOfWindow(const RecordsScope& scope, const Visitor& visit) const;
    Error readRows(const RecordsTable& table, const QString& sql, const QVariantList& values, const Visitor& visit,
                   const std::function<void(const QVariantList&)>& seen = {}) const;

    Database& m_database;
    int m_pageSize;
};

} // namespace moderation
