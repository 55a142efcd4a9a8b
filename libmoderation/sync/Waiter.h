#pragma once

#include <QtGlobal>

#include <atomic>

namespace moderation {

// How the sync waits (a rate limit's reset, a backoff): tests replace it with one that moves a
// MockClock, so no test sleeps.
class Waiter
{
public:
    virtual ~Waiter() = default;
    // Waits `ms` milliseconds; false when a stop was requested meanwhile.
    virtual bool waitMs(qint64 ms) = 0;
};

// Sleeps in short slices, watching a stop flag (SIGINT/SIGTERM set it).
class SleepingWaiter final : public Waiter
{
public:
    explicit SleepingWaiter(const std::atomic_bool* stop = nullptr)
        : m_stop(stop)
    { }
    bool waitMs(qint64 ms) override;

private:
    const std::atomic_bool* m_stop;
};

} // namespace moderation
