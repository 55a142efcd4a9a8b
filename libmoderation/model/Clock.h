#pragma once

#include <QDateTime>

namespace moderation {

// Every piece of time-dependent logic reads the time through a Clock, so tests replace it with
// a MockClock and never sleep.
class Clock
{
public:
    virtual ~Clock() = default;
    virtual QDateTime now() const = 0; // always UTC

    static const Clock& system();
};

class SystemClock final : public Clock
{
public:
    QDateTime now() const override { return QDateTime::currentDateTimeUtc(); }
};

} // namespace moderation
