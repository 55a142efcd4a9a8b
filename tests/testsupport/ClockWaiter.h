#pragma once

#include "MockClock.h"

#include "sync/Waiter.h"

#include <QList>

namespace moderation::test {

// Waits by moving a MockClock: the sync's waits are recorded and take no time.
class ClockWaiter final : public Waiter
{
public:
    explicit ClockWaiter(MockClock& clock)
        : m_clock(clock)
    { }
    bool waitMs(qint64 ms) override
    {
        waits.append(ms);
        m_clock.advanceMs(ms);
        return !stopAfterWait;
    }
    QList<qint64> waits;
    bool stopAfterWait = false;

private:
    MockClock& m_clock;
};

} // namespace moderation::test
