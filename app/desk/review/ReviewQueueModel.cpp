#include "ReviewQueueModel.h"

#include "DisplayText.h"

#include <QBrush>
#include <QPalette>

namespace moderation {

void ReviewQueueModel::setItems(const QList<ReviewItem>& items, const QDateTime& now)
{
    beginResetModel();
    m_items = items;
    m_now = now;
    endResetModel();
}

const ReviewItem* ReviewQueueModel::itemAt(int row) const
{
    return row >= 0 && row < m_items.size() ? &m_items.at(row) : nullptr;
}

int ReviewQueueModel::rowOfDraft(qint64 draftId) const
{
    for (int row = 0; row < m_items.size(); ++row) {
        if (m_items.at(row).draft.id == draftId)
            return row;
    }
    return -1;
}

int ReviewQueueModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

int ReviewQueueModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ReviewQueueModel::dueText(const Case& reviewCase) const
{
    if (!reviewCase.slaDueAt.isValid())
        return tr("No SLA");
    const QString due = DisplayText::localTime(reviewCase.slaDueAt, QLocale::ShortFormat);
    return reviewCase.slaDueAt <= m_now ? tr("Overdue since %1").arg(due) : tr("Due %1").arg(due);
}

QVariant ReviewQueueModel::data(const QModelIndex& index, int role) const
{
    const ReviewItem* item = itemAt(index.row());
    if (!item || index.column() < 0 || index.column() >= ColumnCount)
        return {};
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
        switch (index.column()) {
        case DueColumn:
            return dueText(item->reviewCase);
        case QueueColumn:
            return item->reviewCase.queue;
        case PlatformColumn:
            return DisplayText::platform(item->comment.platform);
        case AuthorColumn:
            return item->authorLogin;
        case FirstLineColumn:
            return role == Qt::ToolTipRole ? item->comment.text : item->comment.text.section(u'\n', 0, 0);
        default:
            return {};
        }
    }
    // Overdue stands out in colour as well as in words (the text says "Overdue").
    if (role == Qt::ForegroundRole && index.column() == DueColumn && item->reviewCase.slaDueAt.isValid()
        && item->reviewCase.slaDueAt <= m_now)
        return QBrush(Qt::darkRed);
    return {};
}

QVariant ReviewQueueModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case DueColumn:
        return tr("Due");
    case QueueColumn:
        return tr("Queue");
    case PlatformColumn:
        return tr("Platform");
    case AuthorColumn:
        return tr("Draft by");
    case FirstLineColumn:
        return tr("Comment");
    default:
        return {};
    }
}

} // namespace moderation
