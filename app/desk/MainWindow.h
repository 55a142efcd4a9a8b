#pragma once

#include "SyncWorker.h"

#include <QMainWindow>

#include <memory>

class QAction;
class QLabel;
class QMenu;
class QSystemTrayIcon;
class QTabWidget;
class QTimer;

namespace moderation {

class InboxWidget;
class Session;
class SyncThread;

// The application window: one workspace (a tab) per role the signed-in person holds — the
// agent's cases, the reviewer's queue, the supervisor's dashboard, policy, Office Hours and
// reports, the administrator's people and accounts — plus every comment in the store and the
// settings. The Work menu holds the current workspace's actions; the status bar says who is
// signed in, to which store, how many comments it holds and how the sync went.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(Session& session, QWidget* parent = nullptr);
    ~MainWindow() override;

    Session& session() const { return m_session; }
    InboxWidget* inbox() const { return m_inbox; }
    QTabWidget* workspaces() const { return m_tabs; }
    // The workspace whose objectName this is ("agent", "review", "dashboard", "policy",
    // "officeHours", "reports", "admin", "settings", "comments"), or null when the person's
    // roles do not give them it.
    QWidget* workspace(const QString& objectName) const;
    // Shows that workspace; false when there is none by that name.
    bool showWorkspace(const QString& objectName);
    QMenu* workMenu() const { return m_workMenu; }

    QString storeText() const;
    QString countText() const;
    QString userText() const;

    // Shown once in the status bar, e.g. "Loaded 312 demo comments".
    void announce(const QString& message);

    // Starts the sync on a worker thread (SyncWorker), for a single-seat SQLite store only: on
    // a shared PostgreSQL site one `moderationctl sync` per site syncs, never each desk. False
    // when it did not start (a shared site, or already running).
    bool startSync(SyncWorker::Options options = {});
    // The sync's thread while it runs; null otherwise.
    SyncThread* sync() const { return m_sync.get(); }
    // The sync's last word: "Synced 12:04: 3 new comments", "demo-x needs re-authentication".
    QString syncText() const;

    // File ▸ Switch user in a demo store: the workspaces are made again for that person.
    void switchUser(const QString& login);

Q_SIGNALS:
    // File ▸ New store… or Open store…: the application opens that store in a new window.
    void openStoreRequested(const QString& urlText, bool isNew);
    // A tray message went out for urgent escalations (tests read the text).
    void urgentNotified(const QString& text);

public Q_SLOTS:
    void reload();
    void showShortcuts();
    void showAbout();

protected:
    void closeEvent(QCloseEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void createMenus();
    void buildWorkspaces();
    void fillWorkMenu();
    void updateCounts(qint64 matching, qint64 inStore);
    void updateUserText();
    void showLoadError(const QString& message);
    void restoreLayout();
    void showSyncRound(const QString& text, int storedComments);
    void showSyncProblem(const QString& message);
    void storeChanged(const QStringList& tables);
    void checkUrgentEscalations();
    void newStore();
    void openStore();

    Session& m_session;
    QTabWidget* m_tabs = nullptr;
    InboxWidget* m_inbox = nullptr;
    QMenu* m_workMenu = nullptr;
    QMenu* m_switchMenu = nullptr;
    QLabel* m_userLabel = nullptr;
    QLabel* m_storeLabel = nullptr;
    QLabel* m_countLabel = nullptr;
    QLabel* m_syncLabel = nullptr;
    QTimer* m_pollTimer = nullptr;
    QSystemTrayIcon* m_tray = nullptr;
    // Urgent escalated cases already told about, so each is announced once.
    QSet<qint64> m_urgentSeen;
    bool m_urgentPrimed = false;
    std::unique_ptr<SyncThread> m_sync;
};

} // namespace moderation
