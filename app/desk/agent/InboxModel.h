#pragma once

#include "model/Comment.h"
#include "storage/CommentStore.h"
#include "storage/DecisionStore.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

namespace moderation {

class Database;
class Session;

// The agent's inbox: comments from the store, newest first, read a page at a time as the view
// scrolls (canFetchMore/fetchMore), so a store of millions opens as fast as one of ten. Every
// read runs on the session's store thread; the rows come when it answers (loaded()). Pages
// continue by key from the last row loaded, so scrolling deep costs what the first page does
// and a comment stored meanwhile never shifts a row into the next page twice.
class InboxModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { TimeColumn, PlatformColumn, SourceColumn, AuthorColumn, DecisionColumn, TextColumn, ColumnCount };
    enum Role { CommentIdRole = Qt::UserRole + 1 };
    static constexpr int kDefaultPageSize = 100;

    explicit InboxModel(Session& session, QObject* parent = nullptr);

    int pageSize() const { return m_pageSize; }
    void setPageSize(int rows);

    const CommentFilter& filter() const { return m_filter; }
    // Narrows the inbox and starts again from the newest comment.
    void setFilter(const CommentFilter& filter);
    // Re-reads the store (F5): new comments appear, counts are fresh (when the store answers).
    void reload();
    // A read is under way: the first page after a reload, or the next as the view scrolls.
    bool isLoading() const { return m_loading || m_fetching; }

    // Counting stops at this many rows (countCap), so that opening and filtering cost the same
    // on a store of millions as on a small one; the window then says "more than 10,000".
    static constexpr qint64 kDefaultCountCap = 10000;
    void setCountCap(qint64 cap) { m_countCap = qMax<qint64>(1, cap); }
    qint64 countCap() const { return m_countCap; }

    // Comments matching the filter in the store, loaded or not; at most the cap while
    // matchingIsCapped() (then there are more).
    qint64 matchingCount() const { return m_total; }
    bool matchingIsCapped() const { return m_matchingCapped; }
    // Comments in the store, whatever the filter (at most the cap while storeIsCapped()).
    qint64 storeCount() const { return m_storeTotal; }
    bool storeIsCapped() const { return m_storeCapped; }
    const Comment* commentAt(int row) const;
    int rowOf(qint64 commentId) const; // -1 when not loaded (yet)
    // The policy's latest decision on the row's comment, or null when it is undecided.
    const StoredDecision* decisionAt(int row) const;
    // The last error reading the store, or empty.
    const QString& lastError() const { return m_lastError; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;

Q_SIGNALS:
    void countsChanged(qint64 matching, qint64 inStore);
    void loadFailed(const QString& message);
    // A page came (the first after reload(), or the next).
    void loaded();

private:
    // A page of comments and their decisions, read on the store thread.
    struct Page
    {
        QList<Comment> comments;
        QHash<qint64, StoredDecision> decisions;
        int requested = 0;
    };
    struct FirstPage
    {
        qint64 matching = 0;
        qint64 inStore = 0;
        Page rows;
        QString error;
    };
    static Result<Page> readPage(Database& database, const CommentFilter& filter,
                                 const std::optional<CommentCursor>& cursor, int pageSize);
    void append(Page page);
    void fail(const QString& message);

    Session& m_session;
    int m_generation = 0;
    bool m_loading = false;
    bool m_fetching = false;
    CommentFilter m_filter;
    int m_pageSize = kDefaultPageSize;
    qint64 m_total = 0;
    std::optional<CommentCursor> m_cursor; // after the last row loaded; none before the first page
    bool m_atEnd = false; // a page came back short: nothing older is left
    qint64 m_storeTotal = 0;
    qint64 m_countCap = kDefaultCountCap;
    bool m_matchingCapped = false;
    bool m_storeCapped = false;
    QList<Comment> m_rows;
    // Read with each page, in one query, so the Decision column costs no query per row.
    QHash<qint64, StoredDecision> m_decisions;
    QString m_lastError;
};

} // namespace moderation
