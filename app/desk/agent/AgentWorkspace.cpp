#include "AgentWorkspace.h"

#include "CaseView.h"
#include "CasesFilter.h"
#include "Composer.h"
#include "DisplayText.h"
#include "ReclassifyDialog.h"
#include "Session.h"
#include "review/CaseReclassifier.h"
#include "review/ReviewDesk.h"
#include "routing/Router.h"
#include "storage/CaseStore.h"
#include "storage/UserStore.h"

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTabBar>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace moderation {

namespace {

// What "Take next" found: the case claimed, or none and whether the agent is at capacity.
struct TakeOutcome
{
    Result<std::optional<Case>> taken;
    bool atCapacity = false;
};

QAction* makeAction(const QString& text, const QString& toolTip, const QKeySequence& shortcut, QObject* parent)
{
    auto* action = new QAction(text, parent);
    if (!shortcut.isEmpty()) {
        action->setShortcut(shortcut);
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        action->setToolTip(AgentWorkspace::tr("%1 (%2)").arg(toolTip, shortcut.toString(QKeySequence::NativeText)));
    } else {
        action->setToolTip(toolTip);
    }
    return action;
}

QComboBox* filterBox(const QString& name, const QString& accessibleName, QWidget* parent)
{
    auto* box = new QComboBox(parent);
    box->setObjectName(name);
    box->setAccessibleName(accessibleName);
    box->setToolTip(accessibleName);
    box->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    return box;
}

} // namespace

AgentWorkspace::AgentWorkspace(Session& session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
{
    m_model = new CasesModel(this);
    m_filter = new CasesFilter(this);
    m_filter->setSourceModel(m_model);

    m_scope = new QTabBar(this);
    m_scope->setObjectName(u"caseScope"_s);
    m_scope->setAccessibleName(tr("Which cases"));
    m_scope->addTab(tr("My cases"));
    m_scope->addTab(tr("Queue"));
    m_scope->setTabToolTip(0, tr("The cases you hold"));
    m_scope->setTabToolTip(1, tr("Open cases nobody holds yet, in the queues you work"));
    m_scope->setFocusPolicy(Qt::StrongFocus);

    m_platformFilter = filterBox(u"platformFilter"_s, tr("Filter by platform"), this);
    m_platformFilter->addItem(tr("All platforms"), -1);
    for (Platform platform : allPlatforms())
        m_platformFilter->addItem(DisplayText::platform(platform), int(platform));
    m_queueFilter = filterBox(u"queueFilter"_s, tr("Filter by queue"), this);
    m_categoryFilter = filterBox(u"categoryFilter"_s, tr("Filter by category"), this);
    m_slaFilter = filterBox(u"slaFilter"_s, tr("Filter by SLA"), this);
    m_slaFilter->addItem(tr("Any SLA"), -1);
    for (SlaStatus status : { SlaStatus::Ok, SlaStatus::AtRisk, SlaStatus::Breached, SlaStatus::None })
        m_slaFilter->addItem(CasesModel::slaStatusName(status), int(status));
    m_search = new QLineEdit(this);
    m_search->setObjectName(u"caseSearch"_s);
    m_search->setPlaceholderText(tr("Search author, text, queue"));
    m_search->setAccessibleName(tr("Search the cases"));
    m_search->setClearButtonEnabled(true);

    m_table = new QTableView(this);
    m_table->setObjectName(u"casesTable"_s);
    m_table->setAccessibleName(tr("Cases"));
    m_table->setModel(m_filter);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(CasesModel::SlaColumn, Qt::AscendingOrder);
    m_table->setTabKeyNavigation(false);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_listNote = new QLabel(this);
    m_listNote->setObjectName(u"listNote"_s);
    m_listNote->setTextFormat(Qt::PlainText);
    m_listNote->setWordWrap(true);
    m_status = new QLabel(this);
    m_status->setObjectName(u"workspaceStatus"_s);
    m_status->setTextFormat(Qt::PlainText);
    m_status->setWordWrap(true);
    m_status->setAccessibleName(tr("Status"));

    m_caseView = new CaseView(session, this);

    m_takeNext = makeAction(tr("&Take next case"), tr("Take the most urgent waiting case of your queues"),
                            QKeySequence(Qt::CTRL | Qt::Key_N), this);
    m_takeNext->setObjectName(u"takeNext"_s);
    m_confirmHide = makeAction(tr("&Confirm hide"), tr("Agree with the proposed hide: the comment is hidden and the case closed"),
                               QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_H), this);
    m_confirmHide->setObjectName(u"confirmHide"_s);
    m_rejectHide = makeAction(tr("&Reject hide…"), tr("Disagree with the proposed hide, with a reason: nothing is hidden"),
                              QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_J), this);
    m_rejectHide->setObjectName(u"rejectHide"_s);
    m_reclassify = makeAction(tr("Rec&lassify…"), tr("Decide differently on this comment, with a reason"),
                              QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L), this);
    m_reclassify->setObjectName(u"reclassify"_s);
    m_release = makeAction(tr("Re&lease to queue"), tr("Give the case back to its queue (only before drafting)"),
                           QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R), this);
    m_release->setObjectName(u"releaseCase"_s);
    m_reload = makeAction(tr("Reload cases"), tr("Read the cases again"), QKeySequence(Qt::Key_F5), this);
    m_reload->setObjectName(u"reloadCases"_s);
    addActions(actions());
    m_caseView->addActionButton(m_confirmHide);
    m_caseView->addActionButton(m_rejectHide);
    m_caseView->addActionButton(m_reclassify);
    m_caseView->addActionButton(m_release);

    auto* takeButton = new QPushButton(this);
    takeButton->setObjectName(u"takeNextButton"_s);
    takeButton->setText(m_takeNext->text());
    takeButton->setToolTip(m_takeNext->toolTip());
    takeButton->setAccessibleName(tr("Take next case"));
    connect(takeButton, &QPushButton::clicked, m_takeNext, &QAction::trigger);

    auto* filters = new QHBoxLayout;
    filters->addWidget(m_platformFilter);
    filters->addWidget(m_queueFilter);
    filters->addWidget(m_categoryFilter);
    filters->addWidget(m_slaFilter);
    filters->addStretch(1);
    auto* top = new QHBoxLayout;
    top->addWidget(m_scope, 1);
    top->addWidget(takeButton);
    auto* left = new QWidget(this);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addLayout(top);
    leftLayout->addLayout(filters);
    leftLayout->addWidget(m_search);
    leftLayout->addWidget(m_table, 1);
    leftLayout->addWidget(m_listNote);
    leftLayout->addWidget(m_status);
    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(left);
    splitter->addWidget(m_caseView);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    splitter->setSizes({ 640, 760 });
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(splitter);

    setTabOrder(m_scope, takeButton);
    setTabOrder(takeButton, m_platformFilter);
    setTabOrder(m_platformFilter, m_queueFilter);
    setTabOrder(m_queueFilter, m_categoryFilter);
    setTabOrder(m_categoryFilter, m_slaFilter);
    setTabOrder(m_slaFilter, m_search);
    setTabOrder(m_search, m_table);

    connect(m_scope, &QTabBar::currentChanged, this, &AgentWorkspace::reloadList);
    for (QComboBox* box : { m_platformFilter, m_queueFilter, m_categoryFilter, m_slaFilter })
        connect(box, &QComboBox::currentIndexChanged, this, &AgentWorkspace::applyFilters);
    connect(m_search, &QLineEdit::textChanged, this, &AgentWorkspace::applyFilters);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this](const QModelIndex& current) {
        const qint64 id = current.data(CasesModel::CaseIdRole).toLongLong();
        if (id != 0 && id != currentCaseId())
            showCase(id);
    });
    connect(m_takeNext, &QAction::triggered, this, &AgentWorkspace::takeNext);
    connect(m_confirmHide, &QAction::triggered, this, &AgentWorkspace::confirmHide);
    connect(m_rejectHide, &QAction::triggered, this, [this] {
        ReclassifyDialog dialog({}, true, this);
        if (dialog.exec() == QDialog::Accepted)
            rejectHide(dialog.reason());
    });
    connect(m_reclassify, &QAction::triggered, this, [this] {
        ReclassifyDialog dialog(m_details ? m_details->queues : QStringList(), false, this);
        if (dialog.exec() == QDialog::Accepted)
            reclassify(dialog.action(), dialog.reason(), dialog.queue());
    });
    connect(m_release, &QAction::triggered, this, &AgentWorkspace::release);
    connect(m_reload, &QAction::triggered, this, &AgentWorkspace::reload);
    connect(m_caseView->composer(), &Composer::submitted, this, [this](qint64 caseId) {
        setStatus(tr("Case %1 went to review.").arg(caseId));
        reload();
    });
    connect(m_caseView->composer(), &Composer::textChanged, this, &AgentWorkspace::updateActions);
    connect(&m_session, &Session::changed, this, &AgentWorkspace::reload);
    connect(&m_session, &Session::userChanged, this, [this] {
        m_details.reset();
        m_caseView->clear();
        reload();
    });
    updateFilterChoices();
    updateActions();
    reloadList();
}

QList<QAction*> AgentWorkspace::actions() const
{
    return { m_takeNext, m_confirmHide, m_rejectHide, m_reclassify, m_release, m_reload };
}

QString AgentWorkspace::status() const
{
    return m_status->text();
}

void AgentWorkspace::setScope(CasesModel::Scope scope)
{
    m_scope->setCurrentIndex(scope == CasesModel::Scope::Mine ? 0 : 1);
}

CasesModel::Scope AgentWorkspace::scope() const
{
    return m_scope->currentIndex() == 0 ? CasesModel::Scope::Mine : CasesModel::Scope::Queue;
}

void AgentWorkspace::setStatus(const QString& text, bool problem)
{
    m_status->setText(text);
    m_status->setStyleSheet(problem ? u"color: #b00020;"_s : QString());
}

void AgentWorkspace::reload()
{
    reloadList();
    reloadCase();
}

void AgentWorkspace::reloadList()
{
    const int request = ++m_listRequests;
    const User user = m_session.user();
    const CasesModel::Scope listed = scope();
    m_session.call(
        this, [user, listed](Database& database) { return CasesModel::load(database, user, listed); },
        [this, request](Result<CaseRows> rows) {
            if (request != m_listRequests)
                return; // a newer list is on its way
            if (!rows) {
                setStatus(tr("The cases could not be read: %1").arg(rows.error().message()), true);
                return;
            }
            const qint64 keep = m_wantedCase ? m_wantedCase : currentCaseId();
            m_wantedCase = 0;
            m_model->setRows(*rows);
            // Short columns fit their contents; the author is cut so that the text shows.
            for (int column = CasesModel::SlaColumn; column < CasesModel::AuthorColumn; ++column)
                m_table->resizeColumnToContents(column);
            m_table->setColumnWidth(CasesModel::AuthorColumn, 120);
            updateFilterChoices();
            if (rows->truncated)
                m_listNote->setText(tr("Showing the first %n case(s) only; narrow the list with the filters.", nullptr,
                                       int(rows->rows.size())));
            else
                m_listNote->setText(tr("%n case(s).", nullptr, int(rows->rows.size())));
            selectCase(keep);
        });
}

void AgentWorkspace::reloadCase()
{
    if (m_details)
        showCase(m_details->heldCase.id);
}

void AgentWorkspace::showCase(qint64 caseId)
{
    const int request = ++m_caseRequests;
    const QString login = m_session.login();
    m_session.call(
        this, [caseId, login](Database& database) { return CaseDetails::load(database, caseId, login); },
        [this, request](Result<CaseDetails> details) {
            if (request != m_caseRequests)
                return;
            if (!details) {
                setStatus(tr("The case could not be read: %1").arg(details.error().message()), true);
                return;
            }
            m_details = *details;
            m_caseView->setDetails(*m_details);
            updateActions();
        });
}

void AgentWorkspace::selectCase(qint64 caseId)
{
    const int row = m_model->rowOf(caseId);
    if (row < 0)
        return;
    const QModelIndex index = m_filter->mapFromSource(m_model->index(row, 0));
    if (!index.isValid())
        return;
    m_table->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_table->scrollTo(index);
}

void AgentWorkspace::updateFilterChoices()
{
    auto refill = [](QComboBox* box, const QString& any, QStringList values) {
        const QString current = box->currentIndex() > 0 ? box->currentText() : QString();
        values.removeAll(QString());
        values.removeDuplicates();
        values.sort(Qt::CaseInsensitive);
        if (!current.isEmpty() && !values.contains(current))
            values.append(current);
        const QSignalBlocker blocker(box);
        box->clear();
        box->addItem(any);
        box->addItems(values);
        box->setCurrentIndex(current.isEmpty() ? 0 : box->findText(current));
    };
    QStringList queues;
    QStringList categories;
    for (const CaseRow& row : m_model->rows().rows) {
        queues.append(row.heldCase.queue);
        categories.append(row.category);
    }
    refill(m_queueFilter, tr("All queues"), queues);
    refill(m_categoryFilter, tr("All categories"), categories);
}

void AgentWorkspace::applyFilters()
{
    const int platform = m_platformFilter->currentData().toInt();
    m_filter->setPlatform(platform < 0 ? std::nullopt : std::optional<Platform>(Platform(platform)));
    m_filter->setQueue(m_queueFilter->currentIndex() > 0 ? m_queueFilter->currentText() : QString());
    m_filter->setCategory(m_categoryFilter->currentIndex() > 0 ? m_categoryFilter->currentText() : QString());
    const int sla = m_slaFilter->currentData().toInt();
    m_filter->setSlaStatus(sla < 0 ? std::nullopt : std::optional<SlaStatus>(SlaStatus(sla)));
    m_filter->setSearch(m_search->text());
}

void AgentWorkspace::updateActions()
{
    const bool open = m_details && m_details->isOpen();
    const bool held = open && m_details->heldByUser();
    const bool proposedHide = held && m_details->isProposedHide();
    m_confirmHide->setEnabled(proposedHide);
    m_rejectHide->setEnabled(proposedHide);
    m_reclassify->setEnabled(open);
    m_release->setEnabled(held && m_details->heldCase.state == Case::State::Assigned
                          && !m_caseView->composer()->hasText());
}

void AgentWorkspace::takeNext()
{
    const QString login = m_session.login();
    m_session.call(
        this,
        [login](Database& database) {
            TakeOutcome outcome { Router(database).next(login, login) };
            if (outcome.taken && !outcome.taken->has_value()) {
                // Nothing claimed: say whether it is for want of work or of room.
                auto user = UserStore(database).byLogin(login);
                if (user) {
                    auto held = CaseStore(database).heldBy(user->id);
                    outcome.atCapacity = held && *held >= user->capacity;
                }
            }
            return outcome;
        },
        [this](TakeOutcome outcome) {
            if (!outcome.taken) {
                setStatus(tr("No case taken: %1").arg(outcome.taken.error().message()), true);
                return;
            }
            if (!outcome.taken->has_value()) {
                setStatus(outcome.atCapacity
                              ? tr("No case taken: you hold as many cases as you may. Finish or release one first.")
                              : tr("No case taken: nothing waits in your queues."),
                          outcome.atCapacity);
                return;
            }
            const Case& taken = **outcome.taken;
            setStatus(tr("You took case %1 from the %2 queue.").arg(taken.id).arg(taken.queue));
            m_wantedCase = taken.id;
            showCase(taken.id);
            if (scope() == CasesModel::Scope::Mine)
                reloadList();
            else
                setScope(CasesModel::Scope::Mine); // reloads the list
        });
}

template<typename Work>
void AgentWorkspace::runCaseAction(Work work, const QString& done)
{
    m_session.call(this, std::move(work), [this, done](Result<Case> result) {
        if (!result) {
            setStatus(tr("Not done: %1").arg(result.error().message()), true);
            return;
        }
        setStatus(done);
        reload();
    });
}

void AgentWorkspace::confirmHide()
{
    if (!m_details)
        return;
    const qint64 id = m_details->heldCase.id;
    const QString login = m_session.login();
    runCaseAction([id, login](Database& database) { return ReviewDesk(database).confirmHide(id, login, login); },
                  tr("Case %1: the hide is confirmed and queued; the case is closed.").arg(id));
}

void AgentWorkspace::rejectHide(const QString& reason)
{
    if (!m_details)
        return;
    const qint64 id = m_details->heldCase.id;
    const QString login = m_session.login();
    runCaseAction([id, login, reason](Database& database) { return ReviewDesk(database).rejectHide(id, login, reason, login); },
                  tr("Case %1: the hide is rejected; nothing is hidden and the case is closed.").arg(id));
}

void AgentWorkspace::reclassify(Action action, const QString& reason, const QString& queue)
{
    if (!m_details)
        return;
    const qint64 id = m_details->heldCase.id;
    const QString login = m_session.login();
    runCaseAction(
        [id, login, action, reason, queue](Database& database) {
            return CaseReclassifier(database).reclassify(id, login, action, reason, queue, login);
        },
        tr("Case %1 reclassified.").arg(id));
}

void AgentWorkspace::release()
{
    if (!m_details)
        return;
    const qint64 id = m_details->heldCase.id;
    const QString login = m_session.login();
    runCaseAction([id, login](Database& database) { return Router(database).release(id, login); },
                  tr("Case %1 is back in its queue.").arg(id));
}

} // namespace moderation
