#include "storage/QueueStore.h"

#include "storage/AuditStore.h"
#include "storage/Database.h"
#include "storage/SqlTime.h"

#include <QMap>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace moderation {

namespace {

Queue queueFrom(const QSqlQuery& q)
{
    Queue queue;
    queue.name = q.value(0).toString();
    queue.hours = q.value(1).toString();
    queue.timeZone = q.value(2).toString();
    queue.breachTo = q.value(3).toString();
    queue.updatedAt = timestampFrom(q.value(4));
    return queue;
}

} // namespace

Result<std::optional<Queue>> QueueStore::byName(const QString& name) const
{
    auto q = m_database.exec(u"SELECT name, hours, timezone, breach_to, updated_at FROM queues WHERE name = ?"_s,
                             { name });
    if (!q)
        return q.error();
    if (!q->next())
        return std::optional<Queue>();
    return std::optional<Queue>(queueFrom(*q));
}

Result<QList<Queue>> QueueStore::list() const
{
    auto q = m_database.exec(u"SELECT name, hours, timezone, breach_to, updated_at FROM queues"_s);
    if (!q)
        return q.error();
    QMap<QString, Queue> queues;
    while (q->next()) {
        Queue queue = queueFrom(*q);
        queues.insert(queue.name, queue);
    }
    auto named = m_database.exec(u"SELECT queue FROM cases UNION SELECT queue FROM user_queues"_s);
    if (!named)
        return named.error();
    while (named->next()) {
        const QString name = named->value(0).toString();
        if (!queues.contains(name))
            queues.insert(name, Queue { name, {}, {}, {}, {} });
    }
    return queues.values();
}

Error QueueStore::save(const Queue& queue, const QString& actor)
{
    if (queue.name.trimmed().isEmpty() || queue.name.size() > 64)
        return Error(Error::Code::InvalidInput, u"a queue's name has 1 to 64 characters"_s);
    return m_database.transaction([&]() -> Error {
        auto before = byName(queue.name);
        if (!before)
            return before.error();
        const QString now = sqlTimestamp(m_database.clock().now());
        auto saved = before->has_value()
            ? m_database.exec(u"UPDATE queues SET hours = ?, timezone = ?, breach_to = ?, updated_at = ? "
                              "WHERE name = ?"_s,
                              { queue.hours, queue.timeZone, queue.breachTo, now, queue.name })
            : m_database.exec(u"INSERT INTO queues (name, hours, timezone, breach_to, updated_at) "
                              "VALUES (?, ?, ?, ?, ?)"_s,
                              { queue.name, queue.hours, queue.timeZone, queue.breachTo, now });
        if (!saved)
            return saved.error().prefixed(u"saving queue %1"_s.arg(queue.name));
        AuditEvent event;
        event.actor = actor;
        event.action = u"queue.changed"_s;
        event.entityType = u"queue"_s;
        event.entityId = queue.name;
        const Queue old = before->value_or(Queue { queue.name, {}, {}, {}, {} });
        event.details.insert(u"hours"_s, old.hours);
        event.details.insert(u"timezone"_s, old.timeZone);
        event.details.insert(u"breach_to"_s, old.breachTo);
        event.details.insert(u"new_hours"_s, queue.hours);
        event.details.insert(u"new_timezone"_s, queue.timeZone);
        event.details.insert(u"new_breach_to"_s, queue.breachTo);
        return AuditStore(m_database).append(event);
    });
}

} // namespace moderation
