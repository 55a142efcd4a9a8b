#include "storage/OutboxStore.h"

#include "storage/AuditStore.h"
#include "storage/Database.h"
#include "storage/SqlTime.h"
#include "storage/StoredRow.h"

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
        // On a shared site no person may write the outbox; a hide they confirmed goes in through
        // the site's function, which checks the confirmation is theirs (storage/MigrationSite).
        const bool throughSite = !m_database.isSqlite() && kind == OutboxEntry::Kind::Hide;
        auto inserted = throughSite
            ? m_database.exec(u"SELECT public.md_site_queue_hide(?, CAST(? AS TIMESTAMPTZ))"_s, { commentId, now })
            : m_database.exec(u"INSERT INTO outbox (kind, comment_id, account_id, state, created_at, updated_at) "
                              "SELECT ?, c.id, c.account_id, 'pending', ?, ? FROM comments c WHERE c.id = ? RETURNING id"_s,
                              { toString(kind), now, now, commentId });
        if (!inserted)
            return inserted.error();
        if (!inserted->next() || inserted->value(0).isNull())
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

Result<qint64> OutboxStore::enqueueReply(qint64 commentId, qint64 draftId, const QString& text,
                                         const QString& textSha256, const QString& actor)
{
    qint64 id = 0;
    const Error error = m_database.transaction([&]() -> Error {
        const QString now = sqlTimestamp(m_database.clock().now());
        auto inserted = m_database.exec(
            u"INSERT INTO outbox (kind, comment_id, account_id, draft_id, text, text_sha256, state, created_at, "
            "updated_at) SELECT 'reply', c.id, c.account_id, ?, ?, ?, 'pending', ?, ? FROM comments c WHERE c.id = ? "
            "RETURNING id"_s,
            { draftId, text, textSha256, now, now, commentId });
        if (!inserted)
            return inserted.error().prefixed(u"queuing the reply"_s);
        if (!inserted->next())
            return Error(Error::Code::NotFound, u"no comment with id %1 to reply to"_s.arg(commentId));
        id = inserted->value(0).toLongLong();
        AuditEvent event;
        event.actor = actor;
        event.action = u"outbox.queued"_s;
        event.entityType = u"outbox"_s;
        event.entityId = QString::number(id);
        event.details.insert(u"kind"_s, u"reply"_s);
        event.details.insert(u"comment_id"_s, commentId);
        event.details.insert(u"draft"_s, QString::number(draftId));
        event.details.insert(u"text_sha256"_s, textSha256);
        return AuditStore(m_database).append(event);
    });
    if (error.isError())
        return error;
    return id;
}

Result<std::optional<OutboxEntry>> OutboxStore::replyFor(qint64 draftId) const
{
    auto q = m_database.exec(u"SELECT id, comment_id, state, text, text_sha256 FROM outbox WHERE kind = 'reply' AND draft_id = ?"_s,
                             { draftId });
    if (!q)
        return q.error();
    if (!q->next())
        return std::optional<OutboxEntry>();
    OutboxEntry entry;
    entry.id = q->value(0).toLongLong();
    entry.kind = OutboxEntry::Kind::Reply;
    entry.commentId = q->value(1).toLongLong();
    entry.draftId = draftId;
    const std::optional<OutboxEntry::State> state = outboxStateFromString(q->value(2).toString());
    if (!state)
        return StoredRow::unknownValue(u"outbox"_s, entry.id, u"state"_s, q->value(2).toString());
    entry.state = *state;
    entry.text = q->value(3).toString();
    entry.textSha256 = q->value(4).toString();
    return std::optional<OutboxEntry>(entry);
}

Result<qint64> OutboxStore::countPending() const
{
    auto q = m_database.exec(u"SELECT COUNT(*) FROM outbox WHERE state = 'pending'"_s);
    if (!q)
        return q.error();
    return q->next() ? q->value(0).toLongLong() : 0;
}

} // namespace moderation
