#include "MainWindow.h"

#include "SyncThread.h"
#include "Version.h"
#include "agent/CommentDetailPane.h"
#include "agent/InboxModel.h"
#include "agent/InboxWidget.h"
#include "storage/Database.h"

#include <QAction>
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

} // namespace

MainWindow::MainWindow(Database& database, QWidget* parent)
    : QMainWindow(parent)
    , m_database(database)
{
    setWindowTitle(tr("Inbox — Moderation Desk"));
    setAccessibleName(tr("Moderation Desk"));
    setAccessibleDescription(tr("The inbox of comments from Facebook and X, with the selected comment in full."));

    m_inbox = new InboxWidget(database, this);
    setCentralWidget(m_inbox);

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
    statusBar()->addWidget(m_storeLabel, 1);
    statusBar()->addPermanentWidget(m_syncLabel);
    statusBar()->addPermanentWidget(m_countLabel);

    const QString where = database.isSqlite() ? database.url().path : database.url().toString();
    const QString elided
        = fontMetrics().elidedText(where, Qt::ElideMiddle, fontMetrics().averageCharWidth() * kStoreTextWidthChars);
    m_storeLabel->setText(tr("Store: %1").arg(elided));
    m_storeLabel->setToolTip(where.toHtmlEscaped());

    connect(m_inbox, &InboxWidget::countsChanged, this, &MainWindow::updateCounts);
    connect(m_inbox, &InboxWidget::loadFailed, this, &MainWindow::showLoadError);
    updateCounts(m_inbox->model()->matchingCount(), m_inbox->model()->storeCount());
    if (!m_inbox->model()->lastError().isEmpty())
        showLoadError(m_inbox->model()->lastError());

    createMenus();
    resize(1280, 800);
    restoreLayout();
    m_inbox->table()->setFocus(Qt::OtherFocusReason);
}

// Joins the sync's thread (SyncThread's destructor) before the window's store connection goes.
MainWindow::~MainWindow() = default;

bool MainWindow::startSync(SyncWorker::Options options)
{
    if (m_sync || !m_database.isSqlite())
        return false;
    m_sync = std::make_unique<SyncThread>(m_database.url(), options);
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
    if (storedComments > 0)
        m_inbox->reload(); // keeps the selected comment
}

void MainWindow::showSyncProblem(const QString& message)
{
    m_syncLabel->setText(message);
    m_syncLabel->setToolTip(message);
}

void MainWindow::createMenus()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    QAction* quit = file->addAction(tr("&Quit"));
    quit->setShortcuts({ QKeySequence(Qt::CTRL | Qt::Key_Q) });
    quit->setStatusTip(tr("Close Moderation Desk"));
    quit->setMenuRole(QAction::QuitRole);
    connect(quit, &QAction::triggered, this, &QWidget::close);

    QMenu* view = menuBar()->addMenu(tr("&View"));
    QAction* find = view->addAction(tr("&Filter Comments…"));
    find->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_F));
    find->setStatusTip(tr("Move to the filter field"));
    connect(find, &QAction::triggered, m_inbox, &InboxWidget::focusFilter);
    QAction* reloadAction = view->addAction(tr("&Reload"));
    reloadAction->setShortcut(QKeySequence(Qt::Key_F5));
    reloadAction->setStatusTip(tr("Read the store again to show new comments"));
    connect(reloadAction, &QAction::triggered, this, &MainWindow::reload);
    view->addSeparator();
    view->addAction(m_inbox->nextAction());
    view->addAction(m_inbox->previousAction());
    view->addSeparator();
    QAction* details = view->addAction(tr("Comment &Details"));
    details->setCheckable(true);
    details->setChecked(true);
    details->setStatusTip(tr("Show or hide the pane with the selected comment in full"));
    connect(details, &QAction::toggled, m_inbox->detailPane(), &QWidget::setVisible);

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
    m_inbox->reload();
}

void MainWindow::updateCounts(qint64 matching, qint64 inStore)
{
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
        tr("Store: %1").arg(m_database.url().toString()).toHtmlEscaped(),
        tr("Built with Qt %1.").arg(QString::fromLatin1(qVersion())).toHtmlEscaped());
    QMessageBox::about(this, tr("About Moderation Desk"), text);
}

void MainWindow::restoreLayout()
{
    QSettings settings;
    restoreGeometry(settings.value(u"desk/geometry"_s).toByteArray());
    const QByteArray splitter = settings.value(u"desk/inboxSplitter"_s).toByteArray();
    if (!splitter.isEmpty())
        m_inbox->splitter()->restoreState(splitter);
    else
        m_inbox->splitter()->setSizes({ 880, 400 }); // the list first, the detail beside it
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    QSettings settings;
    settings.setValue(u"desk/geometry"_s, saveGeometry());
    settings.setValue(u"desk/inboxSplitter"_s, m_inbox->splitter()->saveState());
    event->accept();
}

} // namespace moderation
