#pragma once

#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>

#include <list>
#include <memory>
#include <vector>

namespace moderation {

// One prepared statement a connection keeps for reuse.
struct CachedStatement
{
    CachedStatement(const QString& text, const QSqlDatabase& connection)
        : sql(text)
        , query(connection)
    {
    }

    QString sql;
    QSqlQuery query;
    int valueCount = -1; // bound values of its first successful run; -1 until then
    bool inUse = false; // a CachedQuery holds it
};

// The prepared statements of one connection, by SQL text, least recently used dropped first.
// Dropping one that a CachedQuery still holds only forgets it: the holder finishes with it.
// On PostgreSQL each kept statement is a server-side PREPARE, hence the bound.
class StatementCache
{
public:
    static constexpr int kDefaultCapacity = 64;

    explicit StatementCache(int capacity = kDefaultCapacity)
        : m_capacity(capacity)
    {
    }

    // The statement kept for sql (now the most recently used), or null.
    std::shared_ptr<CachedStatement> find(const QString& sql);
    // Keeps a newly prepared statement, dropping the least recently used beyond the capacity.
    void insert(std::shared_ptr<CachedStatement> statement);
    // Drops this statement if it is the one kept for its SQL (after it failed). With `later`,
    // keeps it alive until releaseForgotten(): freeing a PostgreSQL statement runs DEALLOCATE,
    // which an aborted transaction refuses, and the server would keep it until disconnection.
    void forget(const std::shared_ptr<CachedStatement>& statement, bool later);
    // The same for a statement that was never kept (Database::exec) and failed in a transaction.
    void releaseAfterTransaction(QSqlQuery&& query) { m_failed.push_back(std::move(query)); }
    void releaseForgotten()
    {
        m_forgotten.clear();
        m_failed.clear();
    }
    void clear();
    int size() const { return int(m_index.size()); }
    int capacity() const { return m_capacity; }

private:
    using Entries = std::list<std::shared_ptr<CachedStatement>>; // most recently used first

    int m_capacity;
    Entries m_entries;
    QHash<QString, Entries::iterator> m_index;
    QList<std::shared_ptr<CachedStatement>> m_forgotten;
    std::vector<QSqlQuery> m_failed; // statements run by Database::exec, kept past their call
};

} // namespace moderation
