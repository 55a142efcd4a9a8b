#pragma once

#include <QDateTime>
#include <QString>

namespace moderation {

// A queue's settings (`queues set`): its office hours and their time zone, outside which its
// cases' SLA clocks pause, and the queue its breached cases move to. A queue without a row (or
// with empty hours) is always open and keeps its breached cases.
struct Queue
{
    QString name;
    QString hours; // "mon-fri 08:00-20:00, sat 10:00-14:00" (routing/OfficeHours); empty: always open
    QString timeZone; // an IANA id, e.g. "America/New_York"; required with hours
    QString breachTo; // empty: breached cases stay
    QDateTime updatedAt;
};

} // namespace moderation
