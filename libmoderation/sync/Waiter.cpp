#include "sync/Waiter.h"

#include <QThread>

#include <algorithm>

namespace moderation {

bool SleepingWaiter::waitMs(qint64 ms)
{
    constexpr qint64 kSliceMs = 100;
    while (ms > 0) {
        if (m_stop && m_stop->load())
            return false;
        const qint64 slice = std::min(ms, kSliceMs);
        QThread::msleep(static_cast<unsigned long>(slice));
        ms -= slice;
    }
    return !(m_stop && m_stop->load());
}

} // namespace moderation
