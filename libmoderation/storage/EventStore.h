#pragma once

#include "model/Error.h"
#include "model/OfficeHoursEvent.h"

#include <QDateTime>
#include <QList>

#include <optional>

namespace moderation {

class Database;

// Office Hours events as stored (routing/OfficeHoursEvents checks them first). Adding one is
// audited ("event.added") in the same transaction.
class EventStore
{
public:
    explicit EventStore(Database& database)
        : m_database(database)
    {
    }

    // Stores a checked event as `actor` (created_by, the audit's actor) at the clock's time; the
    // stored event comes back with its id.
    Result<OfficeHoursEvent> add(const OfficeHoursEvent& event, const QString& actor);

    Result<OfficeHoursEvent> byId(qint64 id) const; // NotFound when there is none

    // Events that start at or after `at`, soonest first.
    Result<QList<OfficeHoursEvent>> upcoming(const QDateTime& at, int limit) const;
    // Events live at `at` (started, not ended), earliest start first.
    Result<QList<OfficeHoursEvent>> liveAt(const QDateTime& at, int limit) const;
    // Events ended at or before `at`, latest end first.
    Result<QList<OfficeHoursEvent>> past(const QDateTime& at, int limit) const;
    // Every event, latest start first.
    Result<QList<OfficeHoursEvent>> all(int limit) const;

private:
    Result<QList<OfficeHoursEvent>> select(const QString& where, const QString& order, const QVariantList& values,
                                           int limit) const;

    Database& m_database;
};

} // namespace moderation
