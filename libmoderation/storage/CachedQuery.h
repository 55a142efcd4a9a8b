#pragma once

#include <QSqlQuery>
#include <QVariant>

#include <memory>

namespace moderation {

struct CachedStatement;

// A statement from a Database's statement cache, executed: read its rows like a QSqlQuery's.
// Going out of scope finishes the query, so SQLite drops the read lock (and WAL snapshot) that an
// unfinished read keeps, which would stall other connections' checkpoints; the prepared
// statement stays cached for the next run of the same SQL. Must not outlive its Database.
class CachedQuery
{
public:
    explicit CachedQuery(std::shared_ptr<CachedStatement> statement);
    CachedQuery(CachedQuery&& other) noexcept = default;
    CachedQuery& operator=(CachedQuery&& other) noexcept;
    CachedQuery(const CachedQuery&) = delete;
    CachedQuery& operator=(const CachedQuery&) = delete;
    ~CachedQuery();

    bool next();
    QVariant value(int column) const;
    QSqlQuery& query();

private:
    void release();

    std::shared_ptr<CachedStatement> m_statement;
};

} // namespace moderation
