#include "CasesFilter.h"

#include "CasesModel.h"

namespace moderation {

CasesFilter::CasesFilter(QObject* parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(CasesModel::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
}

void CasesFilter::setPlatform(std::optional<Platform> platform)
{
    m_platform = platform;
    invalidateFilter();
}

void CasesFilter::setQueue(const QString& queue)
{
    m_queue = queue;
    invalidateFilter();
}

void CasesFilter::setCategory(const QString& category)
{
    m_category = category;
    invalidateFilter();
}

void CasesFilter::setSlaStatus(std::optional<SlaStatus> status)
{
    m_slaStatus = status;
    invalidateFilter();
}

void CasesFilter::setSearch(const QString& text)
{
    m_search = text.trimmed();
    invalidateFilter();
}

bool CasesFilter::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (m_platform && index.data(CasesModel::PlatformRole).toInt() != int(*m_platform))
        return false;
    if (!m_queue.isEmpty() && index.data(CasesModel::QueueRole).toString() != m_queue)
        return false;
    if (!m_category.isEmpty() && index.data(CasesModel::CategoryRole).toString() != m_category)
        return false;
    if (m_slaStatus && index.data(CasesModel::SlaStatusRole).toInt() != int(*m_slaStatus))
        return false;
    if (!m_search.isEmpty() && !index.data(CasesModel::SearchRole).toString().contains(m_search, Qt::CaseInsensitive))
        return false;
    return true;
}

} // namespace moderation
