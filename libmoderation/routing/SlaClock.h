#pragma once

#include "model/Case.h"
#include "model/Error.h"
#include "model/Queue.h"
#include "routing/OfficeHours.h"

#include <QHash>

#include <optional>

namespace moderation {

class Database;

// The SLA clock (DESIGN.md "Router", issue 18 item 7). A decision's `sla` is time the queue is
// open: a case is due when that much of its queue's office hours has passed since it was
// opened, at risk past 75 % of it, and breached past 100 % — then moved to the queue's breach
// queue, if it has one. All time comes from the database's Clock.
class SlaClock
{
public:
    explicit SlaClock(Database& database)
        : m_database(database)
    {
    }

    // The deadline of `seconds` of the queue's open time from `start`; none without seconds.
    Result<std::optional<SlaDeadline>> deadline(const QString& queue, std::optional<qint64> seconds,
                                                const QDateTime& start);

    struct QueueChange
    {
        std::optional<QString> hours; // "" : always open
        std::optional<QString> timeZone;
        std::optional<QString> breachTo; // "" : breached cases stay
    };
    // Changes a queue's settings after checking them (hours with a known time zone; a breach queue
    // that is not the queue itself), and recomputes the deadlines of its open, unbreached cases
    // from their start under the new hours — in one transaction, audited.
    Result<Queue> setQueue(const QString& name, const QueueChange& change, const QString& actor);

    // Marks every open case past its deadline breached and moves it to its queue's breach queue.
    // How many it marked. Run before cases are listed or claimed (as the person who asked: on a
    // shared site the audit log records the connection's role), and after triage. On a shared
    // site a person marks only the cases their role may change (row-level security); the rest
    // wait for the next sweep by someone who may, or by the site's sync process.
    Result<int> sweep(const QString& actor);

private:
    Result<OfficeHours> hoursOf(const QString& queue);
    Result<Queue> settingsOf(const QString& queue);

    Database& m_database;
    QHash<QString, Queue> m_queues; // read once per clock
    QHash<QString, OfficeHours> m_hours;
};

} // namespace moderation
