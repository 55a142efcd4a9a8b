#include "MainWindow.h"

#include "DisplayText.h"
#include "Session.h"
#include "SignIn.h"
#include "SyncThread.h"
#include "Workspaces.h"
#include "Version.h"
#include "agent/CommentDetailPane.h"
#include "agent/InboxModel.h"
#include "agent/InboxWidget.h"
#include "storage/CaseStore.h"
#include "storage/ChangeFeed.h"
#include "storage/Database.h"

#include <QAction>
#include <QActionGroup>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>
#include <QSystemTrayIcon>
#include <QTabBar>
#include <QTabWidget>
#include <QTimer>
#include <QApplication>
#include <QCloseEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QTableView>

using namespace Qt::StringLiterals;

namespace moderation {

namespace {

// The status bar shows where the store lives; a long path keeps its start and its file name.
constexpr int kStoreTextWidthChars = 70;
// How often the store is asked whether other seats changed anything (a cheap query: see
// storage/ChangeFeed), and how many escalated cases a notification check reads at most.
constexpr int kChangePollMs = 2000;
constexpr int kUrgentScanLimit = 500;

} // namespace

MainWindow::MainWindow(Session& session, QWidget* parent)
    : QMainWindow(parent)
    , m_session(session)
{
    setWindowTitle(tr("Moderation Desk"));
    setAccessibleName(tr("Moderation Desk"));
    setAccessibleDescription(tr("Workspaces for answering the public on Facebook and X: cases, review, the "
                                "supervisor's dashboard and every comment in the store."));

    m_tabs = new QTabWidget(this);
    m_tabs->setAccessibleName(tr("Workspaces"));
    m_tabs->setDocumentMode(true);
    m_tabs->setAccessibleDescription(tr("One workspace for each of your roles, and every comment in the store."));
    m_tabs->tabBar()->setAccessibleName(tr("Workspaces"));
    m_tabs->tabBar()->setAccessibleDescription(
        tr("Choose a workspace with the arrow keys, or press Ctrl+1 to Ctrl+9 from anywhere."));
    setCentralWidget(m_tabs);

    m_userLabel = new QLabel(this);
    m_userLabel->setTextFormat(Qt::PlainText);
    m_userLabel->setAccessibleName(tr("Signed in as"));
    m_storeLabel = new QLabel(this);
    m_storeLabel->setTextFormat(Qt::PlainText);
    m_storeLabel->setAccessibleName(tr("Store location"));
    m_countLabel = new QLabel(this);
    m_countLabel->setTextFormat(Qt::PlainText);
    m_countLabel->setAccessibleName(tr("Comment count"));
    m_syncLabel = new QLabel(this);
    m_syncLabel->setTextFormat(Qt::PlainText);
    m_syncLabel->setAccessibleName(tr("Sync status"));
    m_syncLabel->hide(); // until a sync runs
    // The store's path gives way to the sync's outcome, which is news; the path has a tooltip.
    m_storeLabel->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    statusBar()->addWidget(m_userLabel);
    statusBar()->addWidget(m_storeLabel, 1);
    statusBar()->addPermanentWidget(m_syncLabel);
    statusBar()->addPermanentWidget(m_countLabel);

    const QString where = session.isSqlite() ? session.url().path : session.url().toString();
    const QString elided
        = fontMetrics().elidedText(where, Qt::ElideMiddle, fontMetrics().averageCharWidth() * kStoreTextWidthChars);
    m_storeLabel->setText(tr("Store: %1").arg(elided));
    m_storeLabel->setToolTip(where.toHtmlEscaped());

    createMenus();
    buildWorkspaces();
    connect(m_tabs, &QTabWidget::currentChanged, this, &MainWindow::fillWorkMenu);
    connect(&m_session, &Session::changed, this, &MainWindow::storeChanged);
    connect(&m_session, &Session::userChanged, this, &MainWindow::buildWorkspaces);

    // Other seats' work (and the sync's) shows without reloading: the store is asked every few
    // seconds, on its own thread, whether anything changed (storage/ChangeFeed).
    m_pollTimer = new QTimer(this);
    m_pollTimer->setInterval(kChangePollMs);
    connect(m_pollTimer, &QTimer::timeout, &m_session, &Session::pollChanges);
    m_pollTimer->start();

    if (QSystemTrayIcon::isSystemTrayAvailable()) {
        m_tray = new QSystemTrayIcon(windowIcon(), this);
        m_tray->setToolTip(tr("Moderation Desk"));
        m_tray->show();
    }
    checkUrgentEscalations();

    resize(1280, 800);
    restoreLayout();
}

// Joins the sync's thread (SyncThread's destructor) before the window's store connection goes.
MainWindow::~MainWindow() = default;

void MainWindow::buildWorkspaces()
{
    const QString current = m_tabs->currentWidget() ? m_tabs->currentWidget()->objectName() : QString();
    while (m_tabs->count() > 0) {
        QWidget* page = m_tabs->widget(0);
        m_tabs->removeTab(0);
        page->deleteLater();
    }
    m_inbox = nullptr;
    for (const Workspace& workspace : createWorkspaces(m_session, m_tabs)) {
        workspace.widget->setObjectName(workspace.objectName);
        workspace.widget->setProperty("workActions", QVariant::fromValue(workspace.actions));
        m_tabs->addTab(workspace.widget, workspace.title);
    }
    m_inbox = new InboxWidget(m_session, m_tabs);
    m_inbox->setObjectName(u"comments"_s);
    m_inbox->setProperty("workActions",
                         QVariant::fromValue(QList<QAction*> { m_inbox->nextAction(), m_inbox->previousAction() }));
    m_tabs->addTab(m_inbox, tr("All &Comments"));
    const Workspace settings = createSettingsWorkspace(m_session, m_tabs);
    settings.widget->setObjectName(settings.objectName);
    settings.widget->setProperty("workActions", QVariant::fromValue(settings.actions));
    m_tabs->addTab(settings.widget, settings.title);
    connect(m_inbox, &InboxWidget::countsChanged, this, &MainWindow::updateCounts);
    connect(m_inbox, &InboxWidget::loadFailed, this, &MainWindow::showLoadError);
    const QByteArray splitter = QSettings().value(u"desk/inboxSplitter"_s).toByteArray();
    if (splitter.isEmpty() || !m_inbox->splitter()->restoreState(splitter))
        m_inbox->splitter()->setSizes({ 880, 400 }); // the list first, the detail beside it
    // Ctrl+1 … Ctrl+9 go to the workspaces by their place, as in a browser.
    for (int index = 0; index < m_tabs->count(); ++index) {
        m_tabs->setTabToolTip(index, tr("Ctrl+%1").arg(index + 1));
        m_tabs->widget(index)->setAccessibleName(m_tabs->tabText(index).remove(u'&'));
    }
    if (!current.isEmpty())
        showWorkspace(current);
    updateUserText();
    fillWorkMenu();
}

QWidget* MainWindow::workspace(const QString& objectName) const
{
    for (int index = 0; index < m_tabs->count(); ++index) {
        if (m_tabs->widget(index)->objectName() == objectName)
            return m_tabs->widget(index);
    }
    return nullptr;
}

bool MainWindow::showWorkspace(const QString& objectName)
{
    QWidget* page = workspace(objectName);
    if (!page)
        return false;
    m_tabs->setCurrentWidget(page);
    return true;
}

void MainWindow::fillWorkMenu()
{
    m_workMenu->clear();
    QWidget* page = m_tabs->currentWidget();
    const auto actions = page ? page->property("workActions").value<QList<QAction*>>() : QList<QAction*>();
    m_workMenu->addActions(actions);
    m_workMenu->setEnabled(!actions.isEmpty());
    if (page)
        setWindowTitle(tr("%1 — Moderation Desk").arg(m_tabs->tabText(m_tabs->currentIndex()).remove(u'&')));
}

void MainWindow::updateUserText()
{
    const User& user = m_session.user();
    QStringList roles;
    for (const Role role : user.roles)
        roles.append(DisplayText::role(role));
    m_userLabel->setText(tr("%1 (%2)").arg(user.displayName.isEmpty() ? user.login : user.displayName,
                                           roles.join(u", "_s)));
    if (m_switchMenu) {
        for (QAction* action : m_switchMenu->actions())
            action->setChecked(action->data().toString() == user.login);
    }
}

QString MainWindow::userText() const
{
    return m_userLabel->text();
}

void MainWindow::switchUser(const QString& login)
{
    m_session.call(
        this, [login](Database& database) { return SignIn::demoUser(database, login); },
        [this](Result<User> user) {
            if (!user) {
                QMessageBox box(QMessageBox::Warning, tr("Switch user"), user.error().message(), QMessageBox::Ok, this);
                box.setTextFormat(Qt::PlainText);
                box.exec();
                return;
            }
            m_session.setUser(*user); // buildWorkspaces follows
            statusBar()->showMessage(tr("Now working as %1.").arg(user->displayName), 5000);
        });
}

bool MainWindow::startSync(SyncWorker::Options options)
{
    if (m_sync || !m_session.isSqlite())
        return false;
    m_sync = std::make_unique<SyncThread>(m_session.url(), options);
    SyncWorker* worker = m_sync->worker();
    connect(worker, &SyncWorker::roundFinished, this, &MainWindow::showSyncRound);
    connect(worker, &SyncWorker::failed, this, &MainWindow::showSyncProblem);
    m_syncLabel->setText(tr("Syncing…"));
    m_syncLabel->show();
    m_sync->start();
    return true;
}

QString MainWindow::syncText() const
{
    return m_syncLabel->text();
}

void MainWindow::showSyncRound(const QString& text, int storedComments)
{
    m_syncLabel->setText(text);
    m_syncLabel->setToolTip(text);
    // New comments: every workspace hears of it as of another seat's change.
    if (storedComments > 0)
        m_session.pollChanges();
}

void MainWindow::showSyncProblem(const QString& message)
{
    m_syncLabel->setText(message);
    m_syncLabel->setToolTip(message);
}

void MainWindow::storeChanged(const QStringList& tables)
{
    const bool any = tables.contains(ChangeFeed::kAnyTable.toString());
    if (m_inbox && (any || tables.contains(u"comments"_s)))
        m_inbox->reload(); // keeps the selected comment
    if (any || tables.contains(u"cases"_s))
        checkUrgentEscalations();
}

void MainWindow::checkUrgentEscalations()
{
    if (!m_session.hasRole(Role::Supervisor) && !m_session.hasRole(Role::Agent))
        return;
    m_session.call(
        this,
        [](Database& database) -> Result<QList<Case>> {
            CaseFilter filter;
            filter.state = Case::State::Escalated;
            filter.openOnly = true;
            auto escalated = CaseStore(database).list(filter, kUrgentScanLimit);
            if (!escalated)
                return escalated.error();
            QList<Case> urgent;
            for (const Case& c : std::as_const(*escalated)) {
                if (c.priority == Priority::Urgent)
                    urgent.append(c);
            }
            return urgent;
        },
        [this](Result<QList<Case>> urgent) {
            if (!urgent)
                return;
            int fresh = 0;
            for (const Case& c : std::as_const(*urgent)) {
                if (!m_urgentSeen.contains(c.id)) {
                    m_urgentSeen.insert(c.id);
                    ++fresh;
                }
            }
            // The ones open when the window opened are on the dashboard already; only new ones
            // are news worth a notification.
            const bool primed = m_urgentPrimed;
            m_urgentPrimed = true;
            if (!primed || fresh == 0)
                return;
            const QString text = tr("%n new urgent escalation(s) waiting.", nullptr, fresh);
            if (m_tray)
                m_tray->showMessage(tr("Moderation Desk"), text, QSystemTrayIcon::Warning);
            statusBar()->showMessage(text, 10000);
            Q_EMIT urgentNotified(text);
        });
}

void MainWindow::createMenus()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    QAction* newStoreAction = file->addAction(tr("&New Store…"));
    newStoreAction->setStatusTip(tr("Make a new store of your own, with its administrator"));
    connect(newStoreAction, &QAction::triggered, this, &MainWindow::newStore);
    QAction* openStoreAction = file->addAction(tr("&Open Store…"));
    openStoreAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_O));
    openStoreAction->setStatusTip(tr("Open another store: a file, or a shared site's address"));
    connect(openStoreAction, &QAction::triggered, this, &MainWindow::openStore);
    if (m_session.isDemoStore()) {
        // Only a demo store: its people have no passwords, so anyone may be anyone.
        m_switchMenu = file->addMenu(tr("&Switch User"));
        m_switchMenu->setStatusTip(tr("Work as the demo agent, reviewer or supervisor"));
        auto* group = new QActionGroup(m_switchMenu);
        const QStringList names { tr("Demo &agent (Dana)"), tr("Demo &reviewer (Rafael)"), tr("Demo &supervisor (Sam)") };
        const QStringList logins = SignIn::demoLogins();
        for (int i = 0; i < logins.size(); ++i) {
            QAction* action = m_switchMenu->addAction(names.value(i, logins.at(i)));
            action->setCheckable(true);
            action->setData(logins.at(i));
            action->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key(Qt::Key_1 + i)));
            group->addAction(action);
            const QString login = logins.at(i);
            connect(action, &QAction::triggered, this, [this, login] { switchUser(login); });
        }
    }
    file->addSeparator();
    QAction* quit = file->addAction(tr("&Quit"));
    quit->setShortcuts({ QKeySequence(Qt::CTRL | Qt::Key_Q) });
    quit->setStatusTip(tr("Close Moderation Desk"));
    quit->setMenuRole(QAction::QuitRole);
    connect(quit, &QAction::triggered, this, &QWidget::close);

    m_workMenu = menuBar()->addMenu(tr("&Work"));

    QMenu* view = menuBar()->addMenu(tr("&View"));
    for (int index = 0; index < 9; ++index) {
        // Added to the window, not a menu: the workspace list changes with the person.
        auto* go = new QAction(this);
        go->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + index)));
        connect(go, &QAction::triggered, this, [this, index] {
            if (index < m_tabs->count())
                m_tabs->setCurrentIndex(index);
        });
        addAction(go);
    }
    QAction* find = view->addAction(tr("&Filter Comments…"));
    find->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_F));
    find->setStatusTip(tr("Move to the filter field of all comments"));
    connect(find, &QAction::triggered, this, [this] {
        showWorkspace(u"comments"_s);
        m_inbox->focusFilter();
    });
    QAction* reloadAction = view->addAction(tr("&Reload"));
    reloadAction->setShortcut(QKeySequence(Qt::Key_F5));
    reloadAction->setStatusTip(tr("Read the store again to show new comments"));
    connect(reloadAction, &QAction::triggered, this, &MainWindow::reload);

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    QAction* shortcuts = help->addAction(tr("&Keyboard Shortcuts"));
    shortcuts->setShortcut(QKeySequence(Qt::Key_F1));
    connect(shortcuts, &QAction::triggered, this, &MainWindow::showShortcuts);
    help->addSeparator();
    QAction* about = help->addAction(tr("&About Moderation Desk"));
    about->setMenuRole(QAction::AboutRole);
    connect(about, &QAction::triggered, this, &MainWindow::showAbout);
    QAction* aboutQt = help->addAction(tr("About &Qt"));
    aboutQt->setMenuRole(QAction::AboutQtRole);
    connect(aboutQt, &QAction::triggered, qApp, &QApplication::aboutQt);
}

void MainWindow::newStore()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("New store"), QDir::homePath(),
                                                      tr("Moderation Desk stores (*.sqlite)"));
    if (path.isEmpty())
        return;
    if (QFileInfo::exists(path)) {
        QMessageBox box(QMessageBox::Warning, tr("New store"),
                        tr("%1 exists already. Choose a name for a new file, or open it with File ▸ Open Store.")
                            .arg(path),
                        QMessageBox::Ok, this);
        box.setTextFormat(Qt::PlainText);
        box.exec();
        return;
    }
    Q_EMIT openStoreRequested(u"sqlite:"_s + path, true);
}

void MainWindow::openStore()
{
    bool ok = false;
    const QString address = QInputDialog::getText(
        this, tr("Open store"),
        tr("The store: a file (sqlite:PATH) or a shared site (postgresql://USER@HOST:PORT/DATABASE)."),
        QLineEdit::Normal, m_session.url().toString(), &ok);
    if (ok && !address.trimmed().isEmpty())
        Q_EMIT openStoreRequested(address.trimmed(), false);
}

QString MainWindow::storeText() const
{
    return m_storeLabel->text();
}

QString MainWindow::countText() const
{
    return m_countLabel->text();
}

void MainWindow::announce(const QString& message)
{
    statusBar()->showMessage(message, 10000);
}

void MainWindow::reload()
{
    statusBar()->clearMessage();
    // Every workspace reloads as it does for another seat's change.
    Q_EMIT m_session.changed({ ChangeFeed::kAnyTable.toString() });
}

void MainWindow::updateCounts(qint64 matching, qint64 inStore)
{
    // Counting stops at the inbox's cap (it costs the same on any size of store): past it the
    // window says "more than".
    const InboxModel* model = m_inbox ? m_inbox->model() : nullptr;
    if (model && model->storeIsCapped()) {
        const bool unfiltered = !model->filter().platform && model->filter().textContains.isEmpty();
        if (model->matchingIsCapped() && unfiltered)
            m_countLabel->setText(tr("More than %L1 comments").arg(model->countCap()));
        else if (model->matchingIsCapped())
            m_countLabel->setText(tr("More than %L1 comments match").arg(model->countCap()));
        else
            m_countLabel->setText(tr("%n comment(s) match", nullptr, static_cast<int>(matching)));
        return;
    }
    if (matching == inStore)
        m_countLabel->setText(tr("%n comment(s)", nullptr, static_cast<int>(inStore)));
    else
        m_countLabel->setText(tr("%1 of %n comment(s) match", nullptr, static_cast<int>(inStore)).arg(matching));
}

void MainWindow::showLoadError(const QString& message)
{
    statusBar()->showMessage(tr("Could not read the store: %1").arg(message));
}

void MainWindow::showShortcuts()
{
    const QList<std::pair<QString, QString>> rows {
        { tr("Ctrl+1 … Ctrl+9"), tr("Go to a workspace") },
        { tr("Ctrl+N"), tr("Take the next case (agent)") },
        { tr("Ctrl+Enter"), tr("Submit the reply for review (agent); approve it (reviewer)") },
        { tr("Ctrl+R"), tr("Return the draft with a reason (reviewer)") },
        { tr("Down, J"), tr("Next comment") },
        { tr("Up, K"), tr("Previous comment") },
        { tr("Page Down, Page Up"), tr("A screen further or back") },
        { tr("Ctrl+F"), tr("Filter comments") },
        { tr("Enter (in the filter)"), tr("Go to the list") },
        { tr("Escape (in the filter)"), tr("Clear the filter") },
        { tr("Tab, Shift+Tab"), tr("Next or previous area") },
        { tr("F5"), tr("Reload") },
        { tr("F1"), tr("This list") },
        { tr("Ctrl+Q"), tr("Quit") },
    };
    QString text = u"<table cellspacing=\"0\" cellpadding=\"4\">"_s;
    for (const auto& [keys, what] : rows)
        text += u"<tr><td><b>%1</b></td><td>%2</td></tr>"_s.arg(keys.toHtmlEscaped(), what.toHtmlEscaped());
    text += u"</table>"_s;
    QMessageBox box(QMessageBox::NoIcon, tr("Keyboard Shortcuts"), text, QMessageBox::Close, this);
    box.setTextFormat(Qt::RichText);
    box.setAccessibleName(tr("Keyboard Shortcuts"));
    box.exec();
}

void MainWindow::showAbout()
{
    const QString text = u"<h3>%1</h3><p>%2</p><p>%3</p><p>%4</p>"_s.arg(
        tr("Moderation Desk %1").arg(QString::fromLatin1(MODERATION_VERSION)).toHtmlEscaped(),
        tr("Answering the public on Facebook and X, under policy and review.").toHtmlEscaped(),
        tr("Store: %1").arg(m_session.url().toString()).toHtmlEscaped(),
        tr("Built with Qt %1.").arg(QString::fromLatin1(qVersion())).toHtmlEscaped());
    QMessageBox::about(this, tr("About Moderation Desk"), text);
}

void MainWindow::restoreLayout()
{
    restoreGeometry(QSettings().value(u"desk/geometry"_s).toByteArray());
}

void MainWindow::changeEvent(QEvent* event)
{
    // Back at the desk after another window: ask at once what changed meanwhile.
    if (event->type() == QEvent::ActivationChange && isActiveWindow())
        m_session.pollChanges();
    QMainWindow::changeEvent(event);
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    QSettings settings;
    settings.setValue(u"desk/geometry"_s, saveGeometry());
    if (m_inbox)
        settings.setValue(u"desk/inboxSplitter"_s, m_inbox->splitter()->saveState());
    event->accept();
}

} // namespace moderation
