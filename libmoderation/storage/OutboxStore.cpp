#include "storage/OutboxStore.h"

#include "storage/AuditStore.h"
#include "storage/Database.h"
#include "storage/SqlTime.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace moderation {

Result<qint64> OutboxStore::enqueueModeration(OutboxEntry::Kind kind, qint64 commentId, const QString& actor, const QString& reason)
{
    if (kind == OutboxEntry::Kind::Reply)
        return Error(Error::Code::Refused, u"a reply enters the outbox only through an approved review"_s);
    qint64 id = 0;
    const Error error = m_database.transaction([&]() -> Error {
        auto existing = m_database.exec(u"SELECT id FROM outbox WHERE kind = ? AND comment_id = ? "
                                         "AND state IN ('pending', 'sending')"_s,
                                         { toString(kind), commentId });
        if (!existing)
            return existing.error();
        if (existing->next()) {
            id = existing->value(0).toLongLong();
            return {};
        }
        const QString now = sqlTimestamp(m_database.clock().now());
        auto inserted = m_database.exec(
            u"INSERT INTO outbox (kind, comment_id, account_id, state, created_at, updated_at) "
            "SELECT ?, c.id, c.account_id, 'pending', ?, ? FROM comments c WHERE c.id = ? RETURNING id"_s,
            { toString(kind), now, now, commentId });
        if (!inserted)
            return inserted.error();
        if (!inserted->next())
            return Error(Error::Code::NotFound, u"no comment with id %1 to %2"_s.arg(commentId).arg(toString(kind)));
        id = inserted->value(0).toLongLong();
        AuditEvent event;
        event.actor = actor;
        event.action = u"outbox.queued"_s;
        event.entityType = u"outbox"_s;
        event.entityId = QString::number(id);
        event.details.insert(u"kind"_s, toString(kind));
        event.details.insert(u"comment_id"_s, commentId);
        event.details.insert(u"reason"_s, reason);
        return AuditStore(m_database).append(event);
    });
    if (error.isError())
        return error;
    return id;
}

Result<qint64> OutboxStore::countPending() const
{
    auto q = m_database.exec(u"SELECT COUNT(*) FROM outbox WHERE state = 'pending'"_s);
    if (!q)
        return q.error();
    return q->next() ? q->value(0).toLongLong() : 0;
}

} // namespace moderation
