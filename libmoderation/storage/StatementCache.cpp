#include "storage/StatementCache.h"

namespace moderation {

std::shared_ptr<CachedStatement> StatementCache::find(const QString& sql)
{
    const auto found = m_index.constFind(sql);
    if (found == m_index.cend())
        return nullptr;
    m_entries.splice(m_entries.begin(), m_entries, found.value());
    return m_entries.front();
}

void StatementCache::insert(std::shared_ptr<CachedStatement> statement)
{
    if (m_capacity <= 0)
        return;
    const QString sql = statement->sql;
    if (const auto found = m_index.constFind(sql); found != m_index.cend())
        m_entries.erase(found.value());
    m_entries.push_front(std::move(statement));
    m_index.insert(sql, m_entries.begin());
    while (int(m_entries.size()) > m_capacity) {
        m_index.remove(m_entries.back()->sql);
        m_entries.pop_back();
    }
}

void StatementCache::forget(const std::shared_ptr<CachedStatement>& statement, bool later)
{
    if (later && !m_forgotten.contains(statement))
        m_forgotten.append(statement);
    const auto found = m_index.find(statement->sql);
    if (found == m_index.end() || *found.value() != statement)
        return;
    m_entries.erase(found.value());
    m_index.erase(found);
}

void StatementCache::clear()
{
    m_index.clear();
    m_entries.clear();
    m_forgotten.clear();
    m_failed.clear();
}

} // namespace moderation
