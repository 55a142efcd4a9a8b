#pragma once

#include "model/Case.h"
#include "model/Enums.h"

#include <QSortFilterProxyModel>

#include <optional>

namespace moderation {

// The case list's filters over CasesModel: platform, queue, category, SLA standing and a
// case-insensitive search through author, text, queue and category. Each unset filter lets
// every row through. Sorts by CasesModel::SortRole.
class CasesFilter : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit CasesFilter(QObject* parent = nullptr);

    void setPlatform(std::optional<Platform> platform);
    void setQueue(const QString& queue); // empty: any
    void setCategory(const QString& category); // empty: any
    void setSlaStatus(std::optional<SlaStatus> status);
    void setSearch(const QString& text);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    std::optional<Platform> m_platform;
    QString m_queue;
    QString m_category;
    std::optional<SlaStatus> m_slaStatus;
    QString m_search;
};

} // namespace moderation
