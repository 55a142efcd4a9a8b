#pragma once

#include "model/Case.h"
#include "model/Comment.h"
#include "model/Error.h"
#include "model/User.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QList>

namespace moderation {

class Database;

// One case as the agent's list shows it.
struct CaseRow
{
    Case heldCase;
    Platform platform = Platform::Twitter;
    QString author; // "Name (@handle)": untrusted, plain text
    QString text; // the comment's first line: untrusted, plain text
    QString category; // the decision's category, if any
};

// A bounded page of cases: the rows, whether more exist than were read, and the store's "now"
// the SLA column is measured against.
struct CaseRows
{
    QList<CaseRow> rows;
    bool truncated = false;
    QDateTime now;
};

// The agent's case list: the cases they hold, or the open unheld cases of the queues they work.
// Display texts are plain strings; SortRole gives each column's natural order (the SLA by time
// left, the priority by urgency), and the filter roles feed CasesFilter.
class CasesModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { SlaColumn, PriorityColumn, QueueColumn, StateColumn, PlatformColumn, AuthorColumn, TextColumn, ColumnCount };
    enum Roles {
        SortRole = Qt::UserRole + 1,
        CaseIdRole,
        PlatformRole, // int(Platform)
        QueueRole,
        CategoryRole,
        SlaStatusRole, // int(SlaStatus)
        SearchRole, // what the search field looks through
    };
    // Which list.
    enum class Scope { Mine, Queue };
    // How many rows a list reads at most; more are counted as "truncated".
    static constexpr int kLimit = 500;

    explicit CasesModel(QObject* parent = nullptr);

    // Reads a list (store thread only): `user` is the signed-in agent.
    static Result<CaseRows> load(Database& database, const User& user, Scope scope, int limit = kLimit);

    void setRows(const CaseRows& rows);
    const CaseRows& rows() const { return m_rows; }
    // The row of a case, or -1.
    int rowOf(qint64 caseId) const;

    // Translated words for a case's state and its SLA standing ("Due in 25 min", "Overdue by 2 h").
    static QString stateName(Case::State state);
    static QString slaText(const Case& c, const QDateTime& now);
    static QString slaStatusName(SlaStatus status);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    CaseRows m_rows;
};

} // namespace moderation
