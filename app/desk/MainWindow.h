#pragma once

#include "SyncWorker.h"

#include <QMainWindow>

#include <memory>

class QAction;
class QLabel;

namespace moderation {

class Database;
class InboxWidget;
class SyncThread;

// The application window: menus, the agent's inbox, and a status bar that says which store is
// open and how many comments it holds.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(Database& database, QWidget* parent = nullptr);
    ~MainWindow() override;

    InboxWidget* inbox() const { return m_inbox; }
    QString storeText() const;
    QString countText() const;

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

public Q_SLOTS:
    void reload();
    void showShortcuts();
    void showAbout();

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void createMenus();
    void updateCounts(qint64 matching, qint64 inStore);
    void showLoadError(const QString& message);
    void restoreLayout();
    void showSyncRound(const QString& text, int storedComments);
    void showSyncProblem(const QString& message);

    Database& m_database;
    InboxWidget* m_inbox = nullptr;
    QLabel* m_storeLabel = nullptr;
    QLabel* m_countLabel = nullptr;
    QLabel* m_syncLabel = nullptr;
    std::unique_ptr<SyncThread> m_sync;
};

} // namespace moderation
