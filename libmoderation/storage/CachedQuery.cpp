#include "storage/CachedQuery.h"

#include "storage/StatementCache.h"

namespace moderation {

CachedQuery::CachedQuery(std::shared_ptr<CachedStatement> statement)
    : m_statement(std::move(statement))
{
    m_statement->inUse = true;
}

CachedQuery& CachedQuery::operator=(CachedQuery&& other) noexcept
{
    if (this != &other) {
        release();
        m_statement = std::move(other.m_statement);
    }
    return *this;
}

CachedQuery::~CachedQuery()
{
    release();
}

void CachedQuery::release()
{
    if (!m_statement)
        return;
    m_statement->query.finish();
    m_statement->inUse = false;
    m_statement.reset();
}

bool CachedQuery::next()
{
    return m_statement->query.next();
}

QVariant CachedQuery::value(int column) const
{
    return m_statement->query.value(column);
}

QSqlQuery& CachedQuery::query()
{
    return m_statement->query;
}

} // namespace moderation
