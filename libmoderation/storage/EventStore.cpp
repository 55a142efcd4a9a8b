#include "storage/EventStore.h"

#include "storage/AuditStore.h"
#include "storage/Database.h"
#include "storage/SqlTime.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace moderation {

namespace {

const QString kColumns =
    u"SELECT id, hashtag, title, starts_at, ends_at, time_zone, sme_queue, created_by, created_at FROM events "_s;

OfficeHoursEvent eventFrom(const QSqlQuery& q)
{
    OfficeHoursEvent event;
    event.id = q.value(0).toLongLong();
    event.hashtag = q.value(1).toString();
    event.title = q.value(2).toString();
    event.startsAt = timestampFrom(q.value(3));
    event.endsAt = timestampFrom(q.value(4));
    event.timeZone = q.value(5).toString();
    event.smeQueue = q.value(6).toString();
    event.createdBy = q.value(7).toString();
    event.createdAt = timestampFrom(q.value(8));
    return event;
}

} // namespace

Result<OfficeHoursEvent> EventStore::add(const OfficeHoursEvent& event, const QString& actor)
{
    OfficeHoursEvent stored = event;
    stored.createdBy = actor;
    stored.createdAt = m_database.clock().now();
    const Error error = m_database.transaction([&]() -> Error {
        auto inserted = m_database.exec(
            u"INSERT INTO events (hashtag, title, starts_at, ends_at, time_zone, sme_queue, created_by, created_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"_s,
            { stored.hashtag, stored.title, sqlTimestamp(stored.startsAt), sqlTimestamp(stored.endsAt),
              stored.timeZone, stored.smeQueue, actor, sqlTimestamp(stored.createdAt) });
        if (!inserted)
            return inserted.error().prefixed(u"adding the event #%1"_s.arg(stored.hashtag));
        if (!inserted->next())
            return Error(Error::Code::Internal, u"adding the event #%1: no id returned"_s.arg(stored.hashtag));
        stored.id = inserted->value(0).toLongLong();
        AuditEvent audit;
        audit.actor = actor;
        audit.action = u"event.added"_s;
        audit.entityType = u"event"_s;
        audit.entityId = QString::number(stored.id);
        audit.details.insert(u"hashtag"_s, stored.hashtag);
        audit.details.insert(u"title"_s, stored.title);
        audit.details.insert(u"starts_at"_s, sqlTimestamp(stored.startsAt));
        audit.details.insert(u"ends_at"_s, sqlTimestamp(stored.endsAt));
        audit.details.insert(u"time_zone"_s, stored.timeZone);
        audit.details.insert(u"queue"_s, stored.smeQueue);
        return AuditStore(m_database).append(audit);
    });
    if (error.isError())
        return error;
    return stored;
}

Result<OfficeHoursEvent> EventStore::byId(qint64 id) const
{
    auto q = m_database.exec(kColumns + u"WHERE id = ?"_s, { id });
    if (!q)
        return q.error().prefixed(u"reading event %1"_s.arg(id));
    if (!q->next())
        return Error(Error::Code::NotFound, u"there is no event %1"_s.arg(id));
    return eventFrom(*q);
}

Result<QList<OfficeHoursEvent>> EventStore::upcoming(const QDateTime& at, int limit) const
{
    return select(u"WHERE starts_at >= ? "_s, u"ORDER BY starts_at, id "_s, { sqlTimestamp(at) }, limit);
}

Result<QList<OfficeHoursEvent>> EventStore::liveAt(const QDateTime& at, int limit) const
{
    return select(u"WHERE ends_at > ? AND starts_at <= ? "_s, u"ORDER BY starts_at, id "_s,
                  { sqlTimestamp(at), sqlTimestamp(at) }, limit);
}

Result<QList<OfficeHoursEvent>> EventStore::past(const QDateTime& at, int limit) const
{
    return select(u"WHERE ends_at <= ? "_s, u"ORDER BY ends_at DESC, id DESC "_s, { sqlTimestamp(at) }, limit);
}

Result<QList<OfficeHoursEvent>> EventStore::all(int limit) const
{
    return select({}, u"ORDER BY starts_at DESC, id DESC "_s, {}, limit);
}

Result<QList<OfficeHoursEvent>> EventStore::select(const QString& where, const QString& order,
                                                   const QVariantList& values, int limit) const
{
    QVariantList bound = values;
    bound << limit;
    auto q = m_database.exec(kColumns + where + order + u"LIMIT ?"_s, bound);
    if (!q)
        return q.error().prefixed(u"reading the events"_s);
    QList<OfficeHoursEvent> events;
    while (q->next())
        events.append(eventFrom(*q));
    return events;
}

} // namespace moderation
