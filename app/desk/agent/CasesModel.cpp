#include "CasesModel.h"

#include "DisplayText.h"
#include "storage/CaseStore.h"
#include "storage/CommentStore.h"
#include "storage/Database.h"
#include "storage/DecisionStore.h"

#include <QColor>

#include <algorithm>
#include <limits>

namespace moderation {

namespace {

// "1 h 5 min", "25 min", "3 d 2 h": short enough for a column.
QString shortDuration(qint64 seconds)
{
    const qint64 minutes = seconds / 60;
    if (minutes < 60)
        return CasesModel::tr("%n min", nullptr, int(std::max<qint64>(minutes, 1)));
    const qint64 hours = minutes / 60;
    if (hours < 24)
        return CasesModel::tr("%1 h %2 min").arg(hours).arg(minutes % 60);
    return CasesModel::tr("%1 d %2 h").arg(hours / 24).arg(hours % 24);
}

} // namespace

CasesModel::CasesModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

Result<CaseRows> CasesModel::load(Database& database, const User& user, Scope scope, int limit)
{
    CaseRows result;
    result.now = database.clock().now();
    CaseStore cases(database);
    QList<Case> found;
    if (scope == Scope::Mine) {
        CaseFilter filter;
        filter.assigneeId = user.id;
        filter.openOnly = true;
        auto mine = cases.list(filter, limit + 1);
        if (!mine)
            return mine.error();
        found = *mine;
    } else {
        // The open, unheld cases of the agent's queues (every queue when they have none listed).
        // Each queue reads one more than the limit, so that "more than shown" is known.
        QStringList queues = user.queues;
        if (queues.isEmpty())
            queues.append(QString());
        for (const QString& queue : std::as_const(queues)) {
            CaseFilter filter;
            filter.queue = queue;
            filter.openOnly = true;
            auto open = cases.list(filter, limit + 1);
            if (!open)
                return open.error();
            for (const Case& c : std::as_const(*open)) {
                if (!c.assigneeId)
                    found.append(c);
            }
        }
    }
    if (found.size() > limit) {
        result.truncated = true;
        found.resize(limit);
    }
    CommentStore comments(database);
    QList<qint64> commentIds;
    for (const Case& c : std::as_const(found))
        commentIds.append(c.commentId);
    auto decisions = DecisionStore(database).latestForComments(commentIds);
    if (!decisions)
        return decisions.error();
    for (const Case& c : std::as_const(found)) {
        auto comment = comments.byId(c.commentId);
        if (!comment)
            return comment.error();
        CaseRow row;
        row.heldCase = c;
        row.platform = comment->platform;
        row.author = DisplayText::author(comment->author);
        row.text = comment->text.section(u'\n', 0, 0, QString::SectionSkipEmpty).trimmed();
        row.category = decisions->value(c.commentId).decision.category;
        result.rows.append(row);
    }
    return result;
}

void CasesModel::setRows(const CaseRows& rows)
{
    beginResetModel();
    m_rows = rows;
    endResetModel();
}

int CasesModel::rowOf(qint64 caseId) const
{
    for (int row = 0; row < m_rows.rows.size(); ++row) {
        if (m_rows.rows.at(row).heldCase.id == caseId)
            return row;
    }
    return -1;
}

QString CasesModel::stateName(Case::State state)
{
    switch (state) {
    case Case::State::New:
        return tr("New");
    case Case::State::Assigned:
        return tr("Assigned");
    case Case::State::Drafting:
        return tr("Drafting");
    case Case::State::InReview:
        return tr("In review");
    case Case::State::Returned:
        return tr("Returned");
    case Case::State::Approved:
        return tr("Approved");
    case Case::State::Answered:
        return tr("Answered");
    case Case::State::Escalated:
        return tr("Escalated");
    case Case::State::Closed:
        return tr("Closed");
    }
    return {};
}

QString CasesModel::slaStatusName(SlaStatus status)
{
    switch (status) {
    case SlaStatus::None:
        return tr("No SLA");
    case SlaStatus::Ok:
        return tr("On time");
    case SlaStatus::AtRisk:
        return tr("At risk");
    case SlaStatus::Breached:
        return tr("Breached");
    }
    return {};
}

QString CasesModel::slaText(const Case& c, const QDateTime& now)
{
    const SlaStatus status = slaStatus(c, now);
    if (status == SlaStatus::None || !c.slaDueAt.isValid())
        return tr("No SLA");
    const qint64 left = now.secsTo(c.slaDueAt);
    if (left < 0)
        return tr("Overdue by %1").arg(shortDuration(-left));
    if (status == SlaStatus::Breached)
        return tr("Breached, due in %1").arg(shortDuration(left));
    if (status == SlaStatus::AtRisk)
        return tr("At risk, due in %1").arg(shortDuration(left));
    return tr("Due in %1").arg(shortDuration(left));
}

int CasesModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.rows.size());
}

int CasesModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CasesModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.rows.size())
        return {};
    const CaseRow& row = m_rows.rows.at(index.row());
    const Case& c = row.heldCase;
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        switch (index.column()) {
        case SlaColumn:
            return slaText(c, m_rows.now);
        case PriorityColumn:
            return DisplayText::priority(c.priority);
        case QueueColumn:
            return c.queue;
        case StateColumn:
            return stateName(c.state);
        case PlatformColumn:
            return DisplayText::platform(row.platform);
        case AuthorColumn:
            return row.author;
        case TextColumn:
            return row.text;
        }
        return {};
    case Qt::ToolTipRole:
        return index.column() == TextColumn ? QVariant(row.text) : QVariant();
    case Qt::ForegroundRole:
        if (index.column() == SlaColumn) {
            const SlaStatus status = slaStatus(c, m_rows.now);
            if (status == SlaStatus::Breached)
                return QColor(0xb0, 0x00, 0x20);
            if (status == SlaStatus::AtRisk)
                return QColor(0x9a, 0x5b, 0x00);
        }
        return {};
    case Qt::DecorationRole:
        return index.column() == PlatformColumn ? QVariant(DisplayText::platformIcon(row.platform)) : QVariant();
    case SortRole:
        switch (index.column()) {
        case SlaColumn:
            // No SLA sorts after every deadline.
            return c.slaDueAt.isValid() ? m_rows.now.secsTo(c.slaDueAt) : std::numeric_limits<qint64>::max();
        case PriorityColumn:
            return int(c.priority);
        case StateColumn:
            return int(c.state);
        default:
            return data(index, Qt::DisplayRole);
        }
    case CaseIdRole:
        return c.id;
    case PlatformRole:
        return int(row.platform);
    case QueueRole:
        return c.queue;
    case CategoryRole:
        return row.category;
    case SlaStatusRole:
        return int(slaStatus(c, m_rows.now));
    case SearchRole:
        return QStringList { row.author, row.text, c.queue, row.category, QString::number(c.id) }.join(u'\n');
    }
    return {};
}

QVariant CasesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case SlaColumn:
        return tr("SLA");
    case PriorityColumn:
        return tr("Priority");
    case QueueColumn:
        return tr("Queue");
    case StateColumn:
        return tr("State");
    case PlatformColumn:
        return tr("Platform");
    case AuthorColumn:
        return tr("Author");
    case TextColumn:
        return tr("Text");
    }
    return {};
}

} // namespace moderation
