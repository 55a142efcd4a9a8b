#include "SupervisorDashboard.h"

#include "DisplayText.h"
#include "Session.h"
#include "routing/Router.h"

#include <QAction>
#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QStandardItemModel>
#include <QTableView>
#include <QValueAxis>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace moderation {

namespace {

constexpr int kIdRole = Qt::UserRole + 1;

QTableView* tableFor(QStandardItemModel* model, const QString& name, const QString& description, QWidget* parent)
{
    auto* table = new QTableView(parent);
    table->setModel(model);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setTabKeyNavigation(false);
    table->setWordWrap(false);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    table->setAccessibleName(name);
    table->setAccessibleDescription(description);
    return table;
}

// A read-only cell: QStandardItem shows its text as plain text, never as markup.
QStandardItem* cell(const QString& text, qint64 id = 0)
{
    auto* item = new QStandardItem(text);
    item->setEditable(false);
    if (id != 0)
        item->setData(id, kIdRole);
    return item;
}

QStandardItem* numberCell(qint64 n)
{
    QStandardItem* item = cell(QLocale().toString(n));
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

QString presenceText(User::Presence presence)
{
    switch (presence) {
    case User::Presence::Available:
        return SupervisorDashboard::tr("Available");
    case User::Presence::Away:
        return SupervisorDashboard::tr("Away");
    case User::Presence::Offline:
        break;
    }
    return SupervisorDashboard::tr("Offline");
}

QString stateText(Case::State state)
{
    switch (state) {
    case Case::State::New:
        return SupervisorDashboard::tr("New");
    case Case::State::Assigned:
        return SupervisorDashboard::tr("Assigned");
    case Case::State::Drafting:
        return SupervisorDashboard::tr("Drafting");
    case Case::State::InReview:
        return SupervisorDashboard::tr("In review");
    case Case::State::Returned:
        return SupervisorDashboard::tr("Returned");
    case Case::State::Approved:
        return SupervisorDashboard::tr("Approved");
    case Case::State::Answered:
        return SupervisorDashboard::tr("Answered");
    case Case::State::Escalated:
        return SupervisorDashboard::tr("Escalated");
    case Case::State::Closed:
        break;
    }
    return SupervisorDashboard::tr("Closed");
}

QString slaStatusText(SlaStatus status)
{
    switch (status) {
    case SlaStatus::Breached:
        return SupervisorDashboard::tr("Breached");
    case SlaStatus::AtRisk:
        return SupervisorDashboard::tr("At risk");
    case SlaStatus::Ok:
        return SupervisorDashboard::tr("On time");
    case SlaStatus::None:
        break;
    }
    return SupervisorDashboard::tr("No SLA");
}

QString accountStateText(const Account& account)
{
    switch (account.state) {
    case Account::State::Ok:
        return SupervisorDashboard::tr("OK");
    case Account::State::NeedsReauth:
        return account.stateReason.isEmpty()
            ? SupervisorDashboard::tr("Needs re-authentication")
            : SupervisorDashboard::tr("Needs re-authentication: %1").arg(account.stateReason);
    case Account::State::RateLimited:
        return SupervisorDashboard::tr("Rate-limited until %1")
            .arg(DisplayText::localTime(account.rateLimitedUntil, QLocale::ShortFormat));
    case Account::State::Disabled:
        break;
    }
    return SupervisorDashboard::tr("Disabled");
}

QString quotaText(const AccountQuota& quota)
{
    return SupervisorDashboard::tr("%1 of %2 used").arg(quota.used).arg(quota.limit);
}

QPushButton* buttonFor(QAction* action, const QString& accessibleName, QWidget* parent)
{
    auto* button = new QPushButton(action->text(), parent);
    button->setToolTip(action->toolTip());
    button->setAccessibleName(accessibleName);
    button->setAccessibleDescription(action->toolTip());
    QObject::connect(button, &QPushButton::clicked, action, &QAction::trigger);
    return button;
}

QGroupBox* box(const QString& title, QWidget* parent)
{
    auto* group = new QGroupBox(title, parent);
    new QVBoxLayout(group);
    return group;
}

} // namespace

SupervisorDashboard::SupervisorDashboard(Session& session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
{
    m_queues = new QStandardItemModel(0, 2, this);
    m_queues->setHorizontalHeaderLabels({ tr("Queue"), tr("Open cases") });
    m_cases = new QStandardItemModel(0, 6, this);
    m_cases->setHorizontalHeaderLabels({ tr("Case"), tr("SLA"), tr("Due"), tr("Queue"), tr("State"), tr("Agent") });
    m_agents = new QStandardItemModel(0, 4, this);
    m_agents->setHorizontalHeaderLabels({ tr("Agent"), tr("Presence"), tr("Load"), tr("Queues") });
    m_byAction = new QStandardItemModel(0, 2, this);
    m_byAction->setHorizontalHeaderLabels({ tr("Action"), tr("Comments") });
    m_accounts = new QStandardItemModel(0, 5, this);
    m_accounts->setHorizontalHeaderLabels(
        { tr("Account"), tr("Platform"), tr("State"), tr("Posts today"), tr("Reads this hour") });

    m_queueTable = tableFor(m_queues, tr("Queue sizes"), tr("Open cases in each queue."), this);
    m_caseTable = tableFor(m_cases, tr("Open cases"),
                           tr("Open cases, breached and at-risk ones first. Select one to assign or release it."), this);
    m_agentTable = tableFor(m_agents, tr("Agents"),
                            tr("Agents with their presence and how many cases they hold of their capacity."), this);
    m_actionTable = tableFor(m_byAction, tr("Comments today by action"),
                             tr("Today's comments by what was decided for them."), this);
    m_accountTable = tableFor(m_accounts, tr("Accounts"),
                              tr("Watched accounts with their state and their quotas' use."), this);

    m_sla = new QLabel(this);
    m_sla->setTextFormat(Qt::PlainText);
    m_day = new QLabel(this);
    m_day->setTextFormat(Qt::PlainText);
    m_status = new QLabel(this);
    m_status->setTextFormat(Qt::PlainText); // refusals quote the library's words, which may quote names
    m_status->setWordWrap(true);
    m_status->setAccessibleName(tr("Dashboard status"));

    m_agentChoice = new QComboBox(this);
    m_agentChoice->setAccessibleName(tr("Agent to assign to"));
    m_agentChoice->setAccessibleDescription(tr("The agent who gets the selected case."));
    m_presenceChoice = new QComboBox(this);
    for (const User::Presence presence : { User::Presence::Available, User::Presence::Away, User::Presence::Offline })
        m_presenceChoice->addItem(presenceText(presence), int(presence));
    m_presenceChoice->setAccessibleName(tr("Presence"));
    m_presenceChoice->setAccessibleDescription(tr("The presence to give the selected agent."));

    m_refresh = new QAction(tr("&Refresh"), this);
    m_refresh->setShortcut(QKeySequence(Qt::Key_F5));
    m_refresh->setToolTip(tr("Read the dashboard again (F5)"));
    m_refresh->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_refresh, &QAction::triggered, this, &SupervisorDashboard::refresh);
    m_assign = new QAction(tr("&Assign to Agent"), this);
    m_assign->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A));
    m_assign->setToolTip(tr("Give the selected case to the chosen agent (Ctrl+Shift+A)"));
    m_assign->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_assign, &QAction::triggered, this, &SupervisorDashboard::assignSelected);
    m_release = new QAction(tr("Re&lease to Queue"), this);
    m_release->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
    m_release->setToolTip(tr("Put the selected case back in its queue, unheld (Ctrl+Shift+L)"));
    m_release->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_release, &QAction::triggered, this, &SupervisorDashboard::releaseSelected);
    m_setPresence = new QAction(tr("Set &Presence"), this);
    m_setPresence->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    m_setPresence->setToolTip(tr("Give the selected agent the chosen presence (Ctrl+Shift+P)"));
    m_setPresence->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_setPresence, &QAction::triggered, this, &SupervisorDashboard::setPresenceOfSelected);
    addActions(actions());

    m_hourChart = new QChartView(this);
    m_categoryChart = new QChartView(this);
    for (QChartView* view : { m_hourChart, m_categoryChart }) {
        view->setRenderHint(QPainter::Antialiasing);
        view->setMinimumHeight(180);
        view->chart()->legend()->hide();
        view->chart()->setMargins(QMargins(4, 4, 4, 4));
        // A chart is read by the screen reader through its description (the data in words), so
        // it takes focus like any other control.
        view->setFocusPolicy(Qt::StrongFocus);
    }

    auto* queues = box(tr("Queues"), this);
    queues->layout()->addWidget(m_queueTable);
    auto* cases = box(tr("Service levels"), this);
    cases->layout()->addWidget(m_sla);
    cases->layout()->addWidget(m_caseTable);
    auto* assignRow = new QHBoxLayout;
    assignRow->addWidget(m_agentChoice, 1);
    assignRow->addWidget(buttonFor(m_assign, tr("Assign to agent"), this));
    assignRow->addWidget(buttonFor(m_release, tr("Release to queue"), this));
    static_cast<QVBoxLayout*>(cases->layout())->addLayout(assignRow);
    auto* agents = box(tr("Agents"), this);
    agents->layout()->addWidget(m_agentTable);
    auto* presenceRow = new QHBoxLayout;
    presenceRow->addWidget(m_presenceChoice, 1);
    presenceRow->addWidget(buttonFor(m_setPresence, tr("Set presence"), this));
    static_cast<QVBoxLayout*>(agents->layout())->addLayout(presenceRow);
    auto* today = box(tr("Today"), this);
    today->layout()->addWidget(m_day);
    today->layout()->addWidget(m_actionTable);
    auto* accounts = box(tr("Accounts"), this);
    accounts->layout()->addWidget(m_accountTable);

    auto* grid = new QGridLayout;
    grid->addWidget(queues, 0, 0);
    grid->addWidget(cases, 0, 1, 1, 2);
    grid->addWidget(agents, 0, 3);
    grid->addWidget(today, 1, 0);
    grid->addWidget(m_hourChart, 1, 1, 1, 2);
    grid->addWidget(m_categoryChart, 1, 3);
    grid->addWidget(accounts, 2, 0, 1, 4);
    for (int column = 0; column < 4; ++column)
        grid->setColumnStretch(column, 1);
    grid->setRowStretch(0, 3);
    grid->setRowStretch(1, 3);
    grid->setRowStretch(2, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(grid);
    layout->addWidget(m_status);

    connect(&m_session, &Session::changed, this, &SupervisorDashboard::refresh);
    refresh();
}

QList<QAction*> SupervisorDashboard::actions() const
{
    return { m_refresh, m_assign, m_release, m_setPresence };
}

void SupervisorDashboard::refresh()
{
    // One read at a time: a refresh asked for meanwhile runs once the current one is shown.
    if (m_refreshing) {
        m_refreshAgain = true;
        return;
    }
    m_refreshing = true;
    m_session.call(
        this, [](Database& database) { return DashboardData::read(database); },
        [this](Result<DashboardData> data) {
            m_refreshing = false;
            if (data)
                showData(*data);
            else
                setStatus(tr("The dashboard could not be read: %1").arg(data.error().message()));
            if (m_refreshAgain) {
                m_refreshAgain = false;
                refresh();
            }
        });
}

void SupervisorDashboard::showData(const DashboardData& data)
{
    const qint64 keptCase = selectedCase();
    const QString keptAgent = selectedAgent();

    m_queues->removeRows(0, m_queues->rowCount());
    QStringList queueNames = data.queueSizes.keys();
    queueNames.sort();
    for (const QString& queue : std::as_const(queueNames))
        m_queues->appendRow({ cell(queue), numberCell(data.queueSizes.value(queue)) });

    m_sla->setText(tr("At risk: %1. Breached: %2.").arg(data.atRisk).arg(data.breached));
    m_cases->removeRows(0, m_cases->rowCount());
    for (const Case& c : data.openCases) {
        const SlaStatus status = slaStatus(c, data.now);
        m_cases->appendRow({ cell(QString::number(c.id), c.id), cell(slaStatusText(status)),
                             cell(c.slaDueAt.isValid() ? DisplayText::localTime(c.slaDueAt, QLocale::ShortFormat)
                                                       : QString()),
                             cell(c.queue), cell(stateText(c.state)),
                             cell(c.assigneeId ? data.logins.value(*c.assigneeId) : QString()) });
        if (status == SlaStatus::Breached || status == SlaStatus::AtRisk)
            m_cases->item(m_cases->rowCount() - 1, 1)->setForeground(status == SlaStatus::Breached ? Qt::darkRed
                                                                                                     : QColor(0x8a, 0x5a, 0x00));
    }

    m_agents->removeRows(0, m_agents->rowCount());
    m_agentChoice->clear();
    for (const DashboardData::AgentLoad& agent : data.agents) {
        m_agents->appendRow({ cell(agent.user.login), cell(presenceText(agent.user.presence)),
                              cell(tr("%1 of %2").arg(agent.held).arg(agent.user.capacity)),
                              cell(agent.user.queues.isEmpty() ? tr("All queues") : agent.user.queues.join(u", "_s)) });
        m_agentChoice->addItem(agent.user.login, agent.user.login);
    }
    if (const int i = m_agentChoice->findData(keptAgent); i >= 0)
        m_agentChoice->setCurrentIndex(i);

    m_day->setText(tr("Comments written on %1 (the site's day).").arg(data.dayLabel));
    m_byAction->removeRows(0, m_byAction->rowCount());
    for (int i = 0; i < data.byAction.labels.size(); ++i)
        m_byAction->appendRow({ cell(data.byAction.labels.at(i)), numberCell(qint64(data.byAction.values.at(i))) });

    m_accounts->removeRows(0, m_accounts->rowCount());
    for (const DashboardData::AccountRow& row : data.accounts)
        m_accounts->appendRow({ cell(row.account.name), cell(DisplayText::platform(row.account.platform)),
                                cell(accountStateText(row.account)), cell(quotaText(row.posts)),
                                cell(quotaText(row.reads)) });

    fillChart(m_hourChart, m_hourBars, tr("Comments by hour today"), data.byHour);
    fillChart(m_categoryChart, m_categoryBars, tr("Comments by category today"), data.byCategory);

    for (QTableView* table : { m_queueTable, m_caseTable, m_agentTable, m_actionTable, m_accountTable })
        table->resizeColumnsToContents();
    if (const int row = rowOfCase(keptCase); row >= 0)
        selectCase(row);
    for (int row = 0; row < m_agents->rowCount(); ++row) {
        if (m_agents->item(row, 0)->text() == keptAgent)
            selectAgent(row);
    }
}

void SupervisorDashboard::fillChart(QChartView* view, QBarSet*& bars, const QString& name,
                                    const DashboardData::Tally& tally)
{
    QChart* chart = view->chart();
    chart->removeAllSeries();
    for (QAbstractAxis* axis : chart->axes()) {
        chart->removeAxis(axis);
        delete axis;
    }
    chart->setTitle(name);
    auto* series = new QBarSeries(chart);
    bars = new QBarSet(name, series);
    double highest = 0;
    for (const double value : tally.values) {
        bars->append(value);
        highest = std::max(highest, value);
    }
    series->append(bars);
    chart->addSeries(series);
    auto* x = new QBarCategoryAxis(chart);
    x->append(tally.labels);
    // Upright labels: the axis then grows to the longest one instead of cutting it short.
    x->setLabelsAngle(-90);
    chart->addAxis(x, Qt::AlignBottom);
    series->attachAxis(x);
    auto* y = new QValueAxis(chart);
    y->setRange(0, std::max(1.0, highest));
    y->setLabelFormat(u"%d"_s);
    y->setTickCount(std::min(6, int(std::max(1.0, highest)) + 1));
    y->applyNiceNumbers(); // ticks at round counts
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(y);

    // What a screen reader says instead of the picture: every bar in words.
    QStringList said;
    for (int i = 0; i < tally.labels.size() && i < tally.values.size(); ++i)
        said.append(tr("%1: %2").arg(tally.labels.at(i), QLocale().toString(qint64(tally.values.at(i)))));
    const QString description = said.isEmpty() ? tr("%1: no comments.").arg(name)
                                               : tr("%1: %2.").arg(name, QLocale().createSeparatedList(said));
    // The view and the viewport inside it (which takes the focus) both say it.
    for (QWidget* widget : { static_cast<QWidget*>(view), view->viewport() }) {
        widget->setAccessibleName(name);
        widget->setAccessibleDescription(description);
    }
}

template<typename Work>
void SupervisorDashboard::change(Work work, const QString& done)
{
    m_session.call(this, std::move(work), [this, done](auto result) {
        if (result)
            setStatus(done);
        else
            setStatus(tr("Refused: %1").arg(result.error().message()));
        refresh();
    });
}

void SupervisorDashboard::assignSelected()
{
    const qint64 caseId = selectedCase();
    const QString agent = m_agentChoice->currentData().toString();
    if (caseId == 0 || agent.isEmpty()) {
        setStatus(tr("Select a case and choose an agent first."));
        return;
    }
    const QString actor = m_session.login();
    change([=](Database& database) { return Router(database).assign(caseId, agent, actor); },
           tr("Case %1 assigned to %2.").arg(caseId).arg(agent));
}

void SupervisorDashboard::releaseSelected()
{
    const qint64 caseId = selectedCase();
    if (caseId == 0) {
        setStatus(tr("Select a case first."));
        return;
    }
    const QString actor = m_session.login();
    change([=](Database& database) { return Router(database).release(caseId, actor); },
           tr("Case %1 released to its queue.").arg(caseId));
}

void SupervisorDashboard::setPresenceOfSelected()
{
    const QString agent = selectedAgent();
    if (agent.isEmpty()) {
        setStatus(tr("Select an agent first."));
        return;
    }
    const auto presence = User::Presence(m_presenceChoice->currentData().toInt());
    const QString actor = m_session.login();
    change([=](Database& database) { return Router(database).setPresence(agent, presence, actor); },
           tr("%1 is now %2.").arg(agent, presenceText(presence)));
}

void SupervisorDashboard::setStatus(const QString& text)
{
    m_status->setText(text);
}

QString SupervisorDashboard::slaText() const
{
    return m_sla->text();
}

QString SupervisorDashboard::statusText() const
{
    return m_status->text();
}

qint64 SupervisorDashboard::caseIdAt(int row) const
{
    const QStandardItem* item = m_cases->item(row, 0);
    return item ? item->data(kIdRole).toLongLong() : 0;
}

int SupervisorDashboard::rowOfCase(qint64 caseId) const
{
    for (int row = 0; row < m_cases->rowCount(); ++row) {
        if (caseIdAt(row) == caseId)
            return row;
    }
    return -1;
}

void SupervisorDashboard::selectCase(int row)
{
    m_caseTable->selectRow(row);
    m_caseTable->setCurrentIndex(m_cases->index(row, 0));
}

void SupervisorDashboard::selectAgent(int row)
{
    m_agentTable->selectRow(row);
    m_agentTable->setCurrentIndex(m_agents->index(row, 0));
}

qint64 SupervisorDashboard::selectedCase() const
{
    const QModelIndex current = m_caseTable->currentIndex();
    return current.isValid() ? caseIdAt(current.row()) : 0;
}

QString SupervisorDashboard::selectedAgent() const
{
    const QModelIndex current = m_agentTable->currentIndex();
    return current.isValid() ? m_agents->item(current.row(), 0)->text() : QString();
}

} // namespace moderation
