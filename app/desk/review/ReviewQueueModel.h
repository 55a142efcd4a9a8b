#pragma once

#include "review/ReviewItem.h"

#include <QAbstractTableModel>
#include <QDateTime>

namespace moderation {

// The drafts awaiting review as a table: due, queue, platform, the draft's author and the
// comment's first line. Every cell is plain text.
class ReviewQueueModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { DueColumn, QueueColumn, PlatformColumn, AuthorColumn, FirstLineColumn, ColumnCount };

    using QAbstractTableModel::QAbstractTableModel;

    // `now`: the store's time when the items were read, against which "overdue" is said.
    void setItems(const QList<ReviewItem>& items, const QDateTime& now);
    const ReviewItem* itemAt(int row) const;
    int rowOfDraft(qint64 draftId) const; // -1 when it is not in the queue

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QString dueText(const Case& reviewCase) const;

    QList<ReviewItem> m_items;
    QDateTime m_now;
};

} // namespace moderation
