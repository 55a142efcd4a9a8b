#pragma once

#include "SyncWorker.h"

#include <QObject>
#include <QThread>

#include <atomic>

namespace moderation {

// Owns the sync's worker thread: runs a SyncWorker in it, and on destruction asks the round
// in progress to stop (at its next transaction or wait), quits the thread and joins it, so the
// worker's store connection is closed in its own thread before the window's goes.
class SyncThread : public QObject
{
    Q_OBJECT

public:
    // The worker is made and moved to the thread; nothing runs before start().
    SyncThread(const DatabaseUrl& url, SyncWorker::Options options, QObject* parent = nullptr);
    ~SyncThread() override;

    // Starts the thread: the worker opens its store and runs the first round at once, so
    // connect to its signals before.
    void start();

    // The worker, living in the thread: connect to its signals (queued), never call it directly.
    // Null once stopped.
    SyncWorker* worker() const { return m_worker; }
    bool isRunning() const { return m_thread.isRunning(); }
    // A round now, in the worker thread.
    void runRoundNow();
    // Stops and joins the thread; the destructor does the same. Idempotent.
    void stop();

private:
    std::atomic_bool m_stop { false };
    QThread m_thread;
    SyncWorker* m_worker = nullptr; // deleted in its thread when the thread finishes
};

} // namespace moderation
