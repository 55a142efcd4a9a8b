#pragma once

#include "model/Account.h"
#include "model/Error.h"
#include "outbox/Dispatcher.h"
#include "sync/Triage.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <atomic>
#include <functional>

namespace moderation {

class ClientProvider;
class CredentialStore;
class Database;
class Waiter;

// How one account's ingest ended.
struct AccountSync
{
    enum class Status {
        CaughtUp, // every watch read to its end
        RateLimited, // stopped at a limit whose reset is further than the wait allowed: `until`
        NeedsReauth, // the platform refused the token: a person must re-authenticate
        Failed, // the network or the platform kept failing; the next run starts where this one stopped
        Skipped, // disabled
    };

    QString account;
    Status status = Status::CaughtUp;
    QDateTime until; // RateLimited
    QString message;
    int pages = 0;
    int inserted = 0;
    int edited = 0;
    int removed = 0;
    int quarantined = 0;
    int retries = 0; // requests tried again after a fault
    qint64 waitedMs = 0;
};

struct SyncReport
{
    QList<AccountSync> accounts;
    TriageResult triage;
    bool triaged = false; // false: no active policy, comments stored undecided
    DispatchResult dispatch;
    bool checkpointWritten = false;
    QString checkpointProblem; // why no checkpoint could be signed (no keychain), empty otherwise
    bool stopped = false; // a stop request ended the run early

    bool anyAccountFailed() const;
};

// The pipeline (DESIGN.md "Data flow"), one round: each account's watches read page by page, each
// page stored in one transaction before its watch's cursor moves (a crash re-reads, never skips);
// then the active policy decides the new comments and opens their cases; then the outbox sends
// what may go; then, once a day, a signed checkpoint of the audit log. Faults are waited out
// within limits: a rate limit up to `maxWaitSeconds` an account (longer: "rate limited until …"),
// a 5xx, a timeout or a truncated page with exponential backoff and jitter.
class SyncRunner
{
public:
    struct Options
    {
        int maxWaitSeconds = 60; // per account and run: never wait longer on one account
        int maxAttempts = 6; // per request: 1 + 5 retries (1, 2, 4, 8, 16 s with jitter)
        int dispatchLimit = 200;
        QString storeIdentity; // for the checkpoint key's name (CredentialNames)
    };

    SyncRunner(Database& database, ClientProvider& clients, Waiter& waiter, Options options);

    // Where the checkpoint key lives; none: no checkpoint is written. Not owned.
    void setCredentials(CredentialStore* credentials) { m_credentials = credentials; }
    // One line per step, for stderr.
    void setProgress(std::function<void(const QString&)> progress) { m_progress = std::move(progress); }
    void setRandom(std::function<double()> random) { m_random = std::move(random); }
    // Checked between transactions: when set, the run finishes the current one and returns.
    void setStopFlag(const std::atomic_bool* stop) { m_stop = stop; }

    Result<SyncReport> runOnce();

    static QString actor() { return QStringLiteral("sync"); }

private:
    AccountSync syncAccount(const Account& account);
    // Reads one watch to its end; false when the account must stop (status set in `sync`).
    bool syncWatch(const Account& account, const QString& watch, AccountSync& sync);
    Error writeCheckpoint(SyncReport& report);
    bool stopRequested() const { return m_stop && m_stop->load(); }
    void progress(const QString& line) const
    {
        if (m_progress)
            m_progress(line);
    }

    Database& m_database;
    ClientProvider& m_clients;
    Waiter& m_waiter;
    Options m_options;
    CredentialStore* m_credentials = nullptr;
    std::function<void(const QString&)> m_progress;
    std::function<double()> m_random;
    const std::atomic_bool* m_stop = nullptr;
};

} // namespace moderation
