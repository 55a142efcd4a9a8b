#pragma once

#include "model/Error.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QTimeZone>

#include <array>

namespace moderation {

// A queue's office hours in its time zone: when its SLA clock runs. Written as comma-separated
// spans of days and one time range each, in the zone's wall time:
//
//   mon-fri 08:00-20:00, sat 10:00-14:00        daily 00:00-24:00        sat-sun 09:00-13:00
//
// Days are mon tue wed thu fri sat sun (a range may wrap: fri-mon), or "daily"; times are HH:MM,
// 00:00 to 24:00, the end after the start (a night shift is two spans). Overlapping spans join.
// Empty text means always open. Daylight-saving changes follow the zone: 08:00 is 08:00 local on
// both sides of a change.
class OfficeHours
{
public:
    OfficeHours() = default; // always open

    // The hours and zone, or an InvalidInput error naming the column of the first problem.
    static Result<OfficeHours> parse(const QString& hours, const QString& timeZoneId);

    bool alwaysOpen() const { return m_alwaysOpen; }
    bool isOpen(const QDateTime& at) const;

    // The instant at which `seconds` of open time have passed since `start` (start itself when
    // seconds is 0 and it is open; else the next opening). An error when that lies more than ten
    // years of calendar ahead.
    Result<QDateTime> addOpenSeconds(const QDateTime& start, qint64 seconds) const;

private:
    struct Span
    {
        int from = 0; // minutes after local midnight
        int to = 0;
    };
    // Monday first, each day's spans sorted and joined.
    std::array<QList<Span>, 7> m_days;
    QTimeZone m_zone;
    bool m_alwaysOpen = true;

    // The UTC instant of a day's local minute; 24:00 is the next day's midnight.
    QDateTime instant(QDate day, int minute) const;
};

} // namespace moderation
