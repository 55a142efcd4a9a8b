#include "agent/InboxWidget.h"

#include "DisplayText.h"
#include "agent/CommentDetailPane.h"
#include "agent/InboxModel.h"

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace moderation {

namespace {

// Typing in the filter narrows the list after this pause, not on every key.
constexpr int kFilterDelayMs = 250;

} // namespace

InboxWidget::InboxWidget(Session& session, QWidget* parent)
    : QWidget(parent)
    , m_model(new InboxModel(session, this))
{
    setAccessibleName(tr("Inbox"));

    // Filter bar.
    auto* filterLabel = new QLabel(tr("Fil&ter:"), this);
    m_filter = new QLineEdit(this);
    m_filter->setPlaceholderText(tr("Words in the comment, the author's name or @handle"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setAccessibleName(tr("Filter comments"));
    m_filter->setAccessibleDescription(tr("Shows only comments whose text, author name or handle contains these words. "
                                          "Press Enter to go to the list, Escape to clear."));
    filterLabel->setBuddy(m_filter);

    auto* platformLabel = new QLabel(tr("&Platform:"), this);
    m_platform = new QComboBox(this);
    m_platform->addItem(tr("All platforms"));
    for (const Platform platform : allPlatforms())
        m_platform->addItem(
            DisplayText::platformIcon(platform), DisplayText::platform(platform), static_cast<int>(platform));
    m_platform->setAccessibleName(tr("Platform"));
    m_platform->setAccessibleDescription(tr("Shows comments from one platform only, or from all."));
    platformLabel->setBuddy(m_platform);

    auto* filterBar = new QHBoxLayout;
    filterBar->addWidget(filterLabel);
    filterBar->addWidget(m_filter, 1);
    filterBar->addSpacing(12);
    filterBar->addWidget(platformLabel);
    filterBar->addWidget(m_platform);

    // The list.
    m_table = new QTableView(this);
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setShowGrid(false);
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideRight);
    m_table->setSortingEnabled(false); // the store's order: newest first
    m_table->setTabKeyNavigation(false); // Tab leaves the list, arrows move in it
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 10);
    m_table->horizontalHeader()->setHighlightSections(false);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_table->setIconSize(QSize(16, 16));
    m_table->setAccessibleName(tr("Comments"));
    m_table->setAccessibleDescription(
        tr("Comments, newest first. Arrow keys or J and K move; the selected comment is shown in full beside the "
           "list."));
    sizeColumns();

    // Like a mail reader: J and K walk the list without leaving the home row. The shortcuts hold
    // anywhere in the inbox but the filter field, which takes the letters as text.
    m_nextAction = new QAction(tr("&Next Comment"), this);
    m_nextAction->setShortcut(Qt::Key_J);
    m_nextAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_nextAction, &QAction::triggered, this, &InboxWidget::selectNext);
    m_previousAction = new QAction(tr("&Previous Comment"), this);
    m_previousAction->setShortcut(Qt::Key_K);
    m_previousAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_previousAction, &QAction::triggered, this, &InboxWidget::selectPrevious);
    addAction(m_nextAction);
    addAction(m_previousAction);

    m_detail = new CommentDetailPane(this);

    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->addWidget(m_table);
    m_splitter->addWidget(m_detail);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    m_splitter->setChildrenCollapsible(false);
    m_splitter->setAccessibleName(tr("Inbox and comment details"));

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 0);
    layout->addLayout(filterBar);
    layout->addWidget(m_splitter, 1);

    setTabOrder(m_filter, m_platform);
    setTabOrder(m_platform, m_table);
    setTabOrder(m_table, m_detail->textView());

    m_filterDelay = new QTimer(this);
    m_filterDelay->setSingleShot(true);
    m_filterDelay->setInterval(kFilterDelayMs);
    connect(m_filterDelay, &QTimer::timeout, this, &InboxWidget::applyFilter);
    connect(m_filter, &QLineEdit::textChanged, m_filterDelay, qOverload<>(&QTimer::start));
    connect(m_filter, &QLineEdit::returnPressed, this, [this] {
        applyFilter();
        m_table->setFocus(Qt::ShortcutFocusReason);
    });
    m_filter->installEventFilter(this);
    connect(m_platform, &QComboBox::currentIndexChanged, this, &InboxWidget::applyFilter);

    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &InboxWidget::showCurrent);
    connect(m_model, &QAbstractItemModel::modelReset, this, &InboxWidget::showCurrent);
    connect(m_model, &InboxModel::countsChanged, this, &InboxWidget::countsChanged);
    connect(m_model, &InboxModel::loadFailed, this, &InboxWidget::loadFailed);
    connect(m_model, &InboxModel::loaded, this, &InboxWidget::placeSelection);
    // The first page is on its way (the model asked when it was made): its first row is selected.
    m_wantSelection = true;
}

void InboxWidget::placeSelection()
{
    if (m_wantSelection) {
        m_wantSelection = false;
        int row = m_wantedId ? m_model->rowOf(m_wantedId) : -1;
        if (row < 0 && m_model->rowCount() > 0)
            row = 0;
        selectRow(row);
    } else if (m_advanceWhenLoaded) {
        m_advanceWhenLoaded = false;
        selectRow(qMin(currentRow() + 1, m_model->rowCount() - 1));
    }
}

void InboxWidget::sizeColumns()
{
    // Widths from the font and the texts they hold, so they suit any language and DPI.
    const QFontMetrics metrics = m_table->fontMetrics();
    const int padding = 16;
    const QString sampleTime
        = DisplayText::localTime(QDateTime(QDate(2026, 12, 28), QTime(22, 59), Qt::UTC), QLocale::ShortFormat);
    int platformWidth
        = metrics.horizontalAdvance(m_model->headerData(InboxModel::PlatformColumn, Qt::Horizontal).toString());
    for (const Platform platform : allPlatforms())
        platformWidth = qMax(platformWidth, metrics.horizontalAdvance(DisplayText::platform(platform)) + 20);
    int sourceWidth = 0;
    for (const Source source : allSources())
        sourceWidth = qMax(sourceWidth, metrics.horizontalAdvance(DisplayText::source(source)));
    QHeaderView* header = m_table->horizontalHeader();
    header->resizeSection(InboxModel::TimeColumn, metrics.horizontalAdvance(sampleTime) + padding);
    header->resizeSection(InboxModel::PlatformColumn, platformWidth + padding);
    header->resizeSection(InboxModel::SourceColumn, sourceWidth + padding);
    header->resizeSection(InboxModel::AuthorColumn, metrics.horizontalAdvance(u'M') * 19);
    int decisionWidth
        = metrics.horizontalAdvance(m_model->headerData(InboxModel::DecisionColumn, Qt::Horizontal).toString());
    Decision sample;
    for (const Action action : { Action::Respond, Action::Ignore, Action::Escalate, Action::Hide }) {
        sample.action = action;
        for (const HideMode mode : { HideMode::Proposed, HideMode::Automatic }) {
            sample.hideMode = mode;
            decisionWidth = qMax(decisionWidth, metrics.horizontalAdvance(DisplayText::action(sample)));
        }
    }
    header->resizeSection(InboxModel::DecisionColumn, decisionWidth + padding);
}

void InboxWidget::reload()
{
    const int row = currentRow();
    const qint64 id = row >= 0 ? m_model->data(m_model->index(row, 0), InboxModel::CommentIdRole).toLongLong() : 0;
    // The same comment stays selected when the store answers, else the first.
    m_wantedId = id;
    m_wantSelection = true;
    m_model->reload();
}

void InboxWidget::applyFilter()
{
    m_filterDelay->stop();
    CommentFilter filter;
    filter.textContains = m_filter->text().trimmed();
    const QVariant platform = m_platform->currentData();
    if (platform.isValid())
        filter.platform = static_cast<Platform>(platform.toInt());
    const CommentFilter& current = m_model->filter();
    if (current.textContains == filter.textContains && current.platform == filter.platform)
        return;
    m_wantedId = 0;
    m_wantSelection = true;
    m_model->setFilter(filter);
}

void InboxWidget::focusFilter()
{
    m_filter->setFocus(Qt::ShortcutFocusReason);
    m_filter->selectAll();
}

int InboxWidget::currentRow() const
{
    const QModelIndex current = m_table->currentIndex();
    return current.isValid() ? current.row() : -1;
}

void InboxWidget::selectRow(int row)
{
    if (row < 0 || row >= m_model->rowCount())
        return;
    const QModelIndex index = m_model->index(row, InboxModel::TimeColumn);
    m_table->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_table->scrollTo(index);
}

void InboxWidget::selectNext()
{
    const int next = currentRow() + 1;
    if (next >= m_model->rowCount() && (m_model->canFetchMore({}) || m_model->isLoading())) {
        // The next row is on the next page (asked for now, or already by the scrolling view):
        // selected when it comes.
        m_advanceWhenLoaded = true;
        m_model->fetchMore({});
        return;
    }
    selectRow(qMin(next, m_model->rowCount() - 1));
}

void InboxWidget::selectPrevious()
{
    selectRow(qMax(0, currentRow() - 1));
}

void InboxWidget::showCurrent()
{
    const Comment* comment = m_model->commentAt(currentRow());
    if (comment)
        m_detail->showComment(*comment, m_model->decisionAt(currentRow()));
    else
        m_detail->clear();
}

bool InboxWidget::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::KeyPress) {
        auto* key = static_cast<QKeyEvent*>(event);
        if (watched == m_filter && key->key() == Qt::Key_Escape) {
            m_filter->clear();
            applyFilter();
            m_table->setFocus(Qt::ShortcutFocusReason);
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace moderation
