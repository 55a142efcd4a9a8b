#pragma once

#include "storage/DatabaseUrl.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QObject>
#include <QString>

#include <atomic>
#include <memory>

class QTimer;

namespace moderation {

class Clock;
class ClientProvider;
class CredentialStore;
class Database;
class SleepingWaiter;
class SyncRunner;
struct SyncReport;

// The single-seat desk's sync: the same pipeline as `moderationctl sync` (SyncRunner: ingest,
// triage, outbox, checkpoint), run every few seconds on a worker thread. It lives in that thread
// (SyncThread moves it there) and opens its own connection to the store, as QtSql requires. A
// demo store (sync/DemoClients::isDemoStore) syncs with the demo connectors, which replay the
// bundled recording "live" and send nothing; any other store with the network clients and the
// account tokens in the OS keychain. A shared PostgreSQL site never runs this: one
// `moderationctl sync` per site does (MainWindow starts it for SQLite stores only).
class SyncWorker : public QObject
{
    Q_OBJECT

public:
    struct Options
    {
        int intervalSeconds = 0; // between rounds; 0: 30 s, or kDemoIntervalSeconds for a demo store
        double demoSpeed = 60.0; // a demo store's replay: 60 recorded seconds a second
        const Clock* clock = nullptr; // the worker's store reads the time from it; none: the system's
    };

    static constexpr int kIntervalSeconds = 30;
    // Every 10 s, not faster: the demo X account reads three watches a round, and X's default
    // reading quota (1200 an hour) would run out at 5 s.
    static constexpr int kDemoIntervalSeconds = 10;

    // `stop` is watched between transactions and during waits; it must outlive the worker.
    SyncWorker(DatabaseUrl url, Options options, const std::atomic_bool* stop, QObject* parent = nullptr);
    ~SyncWorker() override;

    // Set once start() has run in the worker thread.
    bool isDemo() const { return m_demo; }
    int intervalSeconds() const;

    // "Synced 12:04: 3 new comments; agency-x rate limited until 12:15" (plain text, translated).
    static QString statusText(const SyncReport& report, const QDateTime& at);

public Q_SLOTS:
    // In the worker thread: opens the store, chooses the clients, runs the first round and
    // starts the timer. A store that does not open is failed(), and no round runs.
    void start();
    // One round now (the timer's next one is not moved). A no-op before start() or after stop.
    void runRoundNow();

Q_SIGNALS:
    // After each round: the status line, and how many comments it stored (new or edited).
    void roundFinished(const QString& statusText, int storedComments);
    // An account's state changed in this round (rate limited, needs re-authentication, back to
    // normal): the lines that say which, empty when all are fine.
    void accountStatesChanged(const QStringList& problems);
    // The round could not run at all (the store, the policy): why, one line.
    void failed(const QString& message);

private:
    DatabaseUrl m_url;
    Options m_options;
    const std::atomic_bool* m_stop;
    bool m_demo = false;
    bool m_running = false;
    QStringList m_problems;
    QTimer* m_timer = nullptr;
    // Declared in the order they depend on each other; destroyed in reverse, in the worker thread.
    std::unique_ptr<Database> m_database;
    std::unique_ptr<CredentialStore> m_credentials;
    std::unique_ptr<ClientProvider> m_clients;
    std::unique_ptr<SleepingWaiter> m_waiter;
    std::unique_ptr<SyncRunner> m_runner;
};

} // namespace moderation
