#pragma once

#include "model/Clock.h"

#include <QTimeZone>

namespace moderation::test {

// A clock that only moves when a test moves it.
class MockClock final : public Clock
{
public:
    explicit MockClock(QDateTime start = QDateTime(QDate(2026, 11, 2), QTime(14, 0), Qt::UTC))
        : m_now(start.toUTC())
    {
    }
    QDateTime now() const override { return m_now; }
    void set(const QDateTime& at) { m_now = at.toUTC(); }
    void advance(qint64 seconds) { m_now = m_now.addSecs(seconds); }
    void advanceMs(qint64 ms) { m_now = m_now.addMSecs(ms); }

private:
    QDateTime m_now;
};

} // namespace moderation::test
