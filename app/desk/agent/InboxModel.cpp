#include "agent/InboxModel.h"

#include "DisplayText.h"
#include "Session.h"

#include <QFont>

using namespace Qt::StringLiterals;

namespace moderation {

namespace {

// The table shows one line; the detail pane shows the whole text.
constexpr int kPreviewLength = 280;

QString oneLine(const QString& text)
{
    QString line = text.left(kPreviewLength * 2).simplified();
    if (line.size() > kPreviewLength)
        line = line.left(kPreviewLength) + u'…';
    return line;
}

} // namespace

InboxModel::InboxModel(Session& session, QObject* parent)
    : QAbstractTableModel(parent)
    , m_session(session)
{
    reload();
}

void InboxModel::setPageSize(int rows)
{
    m_pageSize = qMax(1, rows);
}

void InboxModel::setFilter(const CommentFilter& filter)
{
    m_filter = filter;
    reload();
}

void InboxModel::reload()
{
    // Results of reads made before this reload belong to another filter: dropped when they come.
    const int generation = ++m_generation;
    m_loading = true;
    m_fetching = false;
    const CommentFilter filter = m_filter;
    const int pageSize = m_pageSize;
    const qint64 cap = m_countCap;
    m_session.call(
        this,
        [filter, pageSize, cap](Database& database) {
            // Counts and the first page in one trip, so the inbox is never empty for a moment.
            FirstPage page;
            CommentStore store(database);
            // One more than the cap tells "more than the cap" from "exactly the cap".
            auto matching = store.countUpTo(filter, cap + 1);
            auto inStore = store.countUpTo({}, cap + 1);
            if (!matching || !inStore) {
                page.error = (matching ? inStore.error() : matching.error()).toString();
                return page;
            }
            page.matching = *matching;
            page.inStore = *inStore;
            auto rows = readPage(database, filter, std::nullopt, pageSize);
            if (!rows) {
                page.error = rows.error().toString();
                return page;
            }
            page.rows = std::move(*rows);
            return page;
        },
        [this, generation](FirstPage page) {
            if (generation != m_generation)
                return;
            m_loading = false;
            beginResetModel();
            m_rows.clear();
            m_decisions.clear();
            m_cursor.reset();
            m_atEnd = false;
            m_lastError = page.error;
            m_matchingCapped = page.error.isEmpty() && page.matching > m_countCap;
            m_storeCapped = page.error.isEmpty() && page.inStore > m_countCap;
            m_total = page.error.isEmpty() ? qMin(page.matching, m_countCap) : 0;
            m_storeTotal = page.error.isEmpty() ? qMin(page.inStore, m_countCap) : 0;
            endResetModel();
            if (!m_lastError.isEmpty()) {
                Q_EMIT loadFailed(m_lastError);
            } else {
                append(std::move(page.rows));
            }
            Q_EMIT countsChanged(m_total, m_storeTotal);
            Q_EMIT loaded();
        });
}

Result<InboxModel::Page> InboxModel::readPage(Database& database, const CommentFilter& filter,
                                              const std::optional<CommentCursor>& cursor, int pageSize)
{
    auto comments = CommentStore(database).list(filter, cursor, pageSize);
    if (!comments)
        return comments.error();
    Page page;
    page.comments = std::move(*comments);
    page.requested = pageSize;
    QList<qint64> ids;
    ids.reserve(page.comments.size());
    for (const Comment& comment : std::as_const(page.comments))
        ids.append(comment.id);
    if (!ids.isEmpty()) {
        auto decisions = DecisionStore(database).latestForComments(ids);
        if (!decisions)
            return decisions.error();
        page.decisions = std::move(*decisions);
    }
    return page;
}

void InboxModel::append(Page page)
{
    QList<Comment>& fresh = page.comments;
    if (fresh.size() < page.requested) {
        // Nothing older is left; the store may hold fewer than it did when counted.
        m_atEnd = true;
        if (m_rows.size() + fresh.size() != m_total || m_matchingCapped) {
            m_total = m_rows.size() + fresh.size();
            m_matchingCapped = false; // counted to the end now
            Q_EMIT countsChanged(m_total, m_storeTotal);
        }
    }
    if (fresh.isEmpty())
        return;
    m_cursor = CommentStore::cursorOf(fresh.constLast());
    m_decisions.insert(page.decisions);
    const int first = static_cast<int>(m_rows.size());
    beginInsertRows({}, first, first + static_cast<int>(fresh.size()) - 1);
    for (Comment& comment : fresh)
        m_rows.append(std::move(comment));
    endInsertRows();
    // Scrolled past the cap: what is loaded is the count known.
    if (m_matchingCapped && m_rows.size() > m_total)
        m_total = m_rows.size();
}

const Comment* InboxModel::commentAt(int row) const
{
    if (row < 0 || row >= m_rows.size())
        return nullptr;
    return &m_rows.at(row);
}

int InboxModel::rowOf(qint64 commentId) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).id == commentId)
            return row;
    }
    return -1;
}

const StoredDecision* InboxModel::decisionAt(int row) const
{
    const Comment* comment = commentAt(row);
    if (!comment)
        return nullptr;
    const auto found = m_decisions.constFind(comment->id);
    return found == m_decisions.constEnd() ? nullptr : &*found;
}

int InboxModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int InboxModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant InboxModel::data(const QModelIndex& index, int role) const
{
    const Comment* comment = index.isValid() ? commentAt(index.row()) : nullptr;
    if (!comment)
        return {};

    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case TimeColumn:
            return DisplayText::localTime(comment->createdAt, QLocale::ShortFormat);
        case PlatformColumn:
            return DisplayText::platform(comment->platform);
        case SourceColumn:
            return DisplayText::source(comment->source);
        case AuthorColumn:
            return DisplayText::author(comment->author);
        case DecisionColumn: {
            const StoredDecision* decision = decisionAt(index.row());
            return decision ? DisplayText::action(decision->decision) : QString();
        }
        case TextColumn:
            // Said in words, not only by the italic font: colour and style never carry meaning alone.
            return comment->removed ? tr("[removed] %1").arg(oneLine(comment->text)) : oneLine(comment->text);
        }
        break;
    case Qt::ToolTipRole:
        switch (index.column()) {
        case TimeColumn:
            return DisplayText::localTime(comment->createdAt, QLocale::LongFormat);
        case DecisionColumn: {
            // The policy's own sentence: plain text from the policy file, so escaped like the comment.
            const StoredDecision* decision = decisionAt(index.row());
            if (!decision)
                return {};
            return QString(u"<p style=\"white-space:pre-wrap\">"_s + decision->decision.explanation.toHtmlEscaped()
                           + u"</p>"_s);
        }
        case AuthorColumn:
        case TextColumn: {
            // Tool tips guess at rich text; untrusted text goes in escaped, inside a paragraph that
            // makes the guess "rich", so markup in a comment shows as the characters it is.
            const QString plain
                = index.column() == TextColumn ? comment->text.left(1000) : DisplayText::author(comment->author);
            return QString(u"<p style=\"white-space:pre-wrap\">"_s + plain.toHtmlEscaped() + u"</p>"_s);
        }
        }
        break;
    case Qt::DecorationRole:
        if (index.column() == PlatformColumn)
            return DisplayText::platformIcon(comment->platform);
        break;
    case Qt::FontRole:
        if (comment->removed) {
            QFont font;
            font.setItalic(true);
            return font;
        }
        break;
    case CommentIdRole:
        return comment->id;
    }
    return {};
}

QVariant InboxModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TimeColumn:
        return tr("Time");
    case PlatformColumn:
        return tr("Platform");
    case SourceColumn:
        return tr("Source");
    case AuthorColumn:
        return tr("Author");
    case DecisionColumn:
        return tr("Decision");
    case TextColumn:
        return tr("Comment");
    }
    return {};
}

Qt::ItemFlags InboxModel::flags(const QModelIndex& index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
}

bool InboxModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && !m_loading && !m_fetching && m_lastError.isEmpty() && !m_atEnd
        && (m_rows.size() < m_total || m_matchingCapped);
}

void InboxModel::fetchMore(const QModelIndex& parent)
{
    if (!canFetchMore(parent))
        return;
    // One page at a time: the view asks again as it scrolls, once this one has come.
    m_fetching = true;
    const int generation = m_generation;
    const CommentFilter filter = m_filter;
    const std::optional<CommentCursor> cursor = m_cursor;
    const int pageSize = m_pageSize;
    m_session.call(
        this, [=](Database& database) { return readPage(database, filter, cursor, pageSize); },
        [this, generation](Result<Page> page) {
            if (generation != m_generation)
                return;
            m_fetching = false;
            if (!page) {
                fail(page.error().toString());
                return;
            }
            append(std::move(*page));
            Q_EMIT loaded();
        });
}

void InboxModel::fail(const QString& message)
{
    m_lastError = message;
    Q_EMIT loadFailed(message);
}

} // namespace moderation
