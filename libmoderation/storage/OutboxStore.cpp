#include "storage/OutboxStore.h"

#include "model/Case.h"
#include "model/Draft.h"
#include "storage/AuditStore.h"
#include "storage/CaseStore.h"
#include "storage/Database.h"
#include "storage/DraftStore.h"
#include "storage/SqlTime.h"
#include "storage/StoredRow.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace moderation {

namespace {

const QString kColumns = u"o.id, o.kind, o.comment_id, o.account_id, o.draft_id, o.text, o.text_sha256, o.state, "
                         "o.platform_result_id, o.error, o.needs_attention, o.attempts, o.next_attempt_at, o.created_at, "
                         "o.updated_at "_s;

Result<OutboxEntry> entryFrom(const QSqlQuery& q)
{
    StoredRow row(q, u"outbox");
    OutboxEntry entry;
    entry.id = q.value(0).toLongLong();
    entry.kind = row.decoded<OutboxEntry::Kind>(1, u"kind", outboxKindFromString);
    entry.commentId = q.value(2).toLongLong();
    if (!q.value(3).isNull())
        entry.accountId = q.value(3).toLongLong();
    if (!q.value(4).isNull())
        entry.draftId = q.value(4).toLongLong();
    entry.text = q.value(5).toString();
    entry.textSha256 = q.value(6).toString();
    entry.state = row.decoded<OutboxEntry::State>(7, u"state", outboxStateFromString);
    entry.platformResultId = q.value(8).toString();
    entry.error = q.value(9).toString();
    entry.needsAttention = q.value(10).toBool();
    entry.attempts = q.value(11).toInt();
    entry.nextAttemptAt = timestampFrom(q.value(12));
    entry.createdAt = timestampFrom(q.value(13));
    entry.updatedAt = timestampFrom(q.value(14));
    if (!row.ok())
        return row.error();
    return entry;
}

Result<QList<OutboxEntry>> entriesFrom(Result<QSqlQuery>& q)
{
    if (!q)
        return q.error();
    QList<OutboxEntry> entries;
    while (q->next()) {
        Result<OutboxEntry> entry = entryFrom(*q);
        if (!entry)
            return entry.error();
        entries.append(std::move(entry).value());
    }
    return entries;
}

AuditEvent outboxEvent(const QString& action, const OutboxEntry& entry, const QString& actor)
{
    AuditEvent event;
    event.actor = actor;
    event.action = action;
    event.entityType = u"outbox"_s;
    event.entityId = QString::number(entry.id);
    event.details.insert(u"kind"_s, toString(entry.kind));
    event.details.insert(u"comment_id"_s, entry.commentId);
    event.details.insert(u"from"_s, toString(entry.state));
    return event;
}

} // namespace

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
    auto q = m_database.exec(u"SELECT id FROM outbox WHERE kind = 'reply' AND draft_id = ?"_s, { draftId });
    if (!q)
        return q.error();
    if (!q->next())
        return std::optional<OutboxEntry>();
    // The whole entry, as byId reads it: its state, the platform's id once sent, its error.
    auto entry = byId(q->value(0).toLongLong());
    if (!entry)
        return entry.error();
    return std::optional<OutboxEntry>(*entry);
}

Result<qint64> OutboxStore::countPending() const
{
    auto q = m_database.exec(u"SELECT COUNT(*) FROM outbox WHERE state = 'pending'"_s);
    if (!q)
        return q.error();
    return q->next() ? q->value(0).toLongLong() : 0;
}

Result<OutboxEntry> OutboxStore::byId(qint64 id) const
{
    auto q = m_database.exec(u"SELECT "_s + kColumns + u"FROM outbox o WHERE o.id = ?"_s, { id });
    if (!q)
        return q.error();
    if (!q->next())
        return Error(Error::Code::NotFound, u"no outbox entry with id %1"_s.arg(id));
    return entryFrom(*q);
}

Result<QList<OutboxEntry>> OutboxStore::due(const QDateTime& now, int limit) const
{
    // An entry waits while an earlier one (a lower id) of the same conversation is still to go:
    // replies in a thread go out in the order they were approved.
    auto q = m_database.exec(
        u"SELECT "_s + kColumns
            + u"FROM outbox o JOIN comments c ON c.id = o.comment_id "
              "WHERE o.state = 'pending' AND (o.next_attempt_at IS NULL OR o.next_attempt_at <= ?) "
              "AND NOT EXISTS (SELECT 1 FROM outbox e JOIN comments ec ON ec.id = e.comment_id "
              "                WHERE e.id < o.id AND e.state IN ('pending', 'sending') AND ec.platform = c.platform "
              "                  AND (ec.id = c.id OR (c.conversation_id <> '' AND ec.conversation_id = c.conversation_id))) "
              "ORDER BY o.created_at, o.id LIMIT ?"_s,
        { sqlTimestamp(now), limit });
    return entriesFrom(q);
}

Result<QList<OutboxEntry>> OutboxStore::inFlight() const
{
    auto q = m_database.exec(u"SELECT "_s + kColumns + u"FROM outbox o WHERE o.state = 'sending' ORDER BY o.id"_s);
    return entriesFrom(q);
}

Result<OutboxEntry> OutboxStore::moveFrom(qint64 id, const QList<OutboxEntry::State>& from, const QString& assignments,
                                          const QVariantList& values)
{
    auto current = byId(id);
    if (!current)
        return current.error();
    QStringList states;
    for (const OutboxEntry::State state : from)
        states.append(toString(state));
    if (!from.contains(current->state))
        return Error(Error::Code::Conflict, u"outbox entry %1 is %2, not %3"_s.arg(id).arg(
                                                toString(current->state), states.join(u" or "_s)))
            .forRecord(QString::number(id));
    // Compare and set: the state read above must still be the row's (another dispatcher, a
    // person's retry).
    auto updated = m_database.exec(u"UPDATE outbox SET "_s + assignments + u", updated_at = ? WHERE id = ? AND state = ?"_s,
                                   QVariantList(values) << sqlTimestamp(m_database.clock().now()) << id
                                                        << toString(current->state));
    if (!updated)
        return updated.error().forRecord(QString::number(id));
    if (updated->numRowsAffected() != 1)
        return Error(Error::Code::Conflict, u"outbox entry %1 changed while it was being moved"_s.arg(id))
            .forRecord(QString::number(id));
    return *current;
}

Error OutboxStore::markSending(qint64 id, const QString& actor)
{
    return m_database.transaction([&]() -> Error {
        auto before = moveFrom(id, { OutboxEntry::State::Pending }, u"state = 'sending', attempts = attempts + 1"_s, {});
        if (!before)
            return before.error();
        AuditEvent event = outboxEvent(u"outbox.sending"_s, *before, actor);
        event.details.insert(u"attempt"_s, before->attempts + 1);
        return AuditStore(m_database).append(event);
    });
}

Error OutboxStore::markSent(qint64 id, const QString& platformResultId, const QString& actor)
{
    if (platformResultId.trimmed().isEmpty())
        return Error(Error::Code::InvalidInput, u"outbox entry %1: sent needs the platform's id"_s.arg(id));
    return m_database.transaction([&]() -> Error {
        auto before = moveFrom(id, { OutboxEntry::State::Sending },
                               u"state = 'sent', platform_result_id = ?, error = '', needs_attention = ?, "
                               "next_attempt_at = NULL"_s,
                               { platformResultId, false });
        if (!before)
            return before.error();
        AuditEvent event = outboxEvent(u"outbox.sent"_s, *before, actor);
        event.details.insert(u"platform_result_id"_s, platformResultId);
        if (Error audit = AuditStore(m_database).append(event); audit.isError())
            return audit;
        if (before->kind == OutboxEntry::Kind::Reply && before->draftId)
            return replySent(*before->draftId, actor);
        return {};
    });
}

Error OutboxStore::replySent(qint64 draftId, const QString& actor)
{
    DraftStore drafts(m_database);
    auto draft = drafts.byId(draftId);
    if (!draft)
        return draft.error();
    if (draft->state != Draft::State::Sent) {
        auto sent = drafts.setState(draftId, Draft::State::Sent, actor);
        if (!sent)
            return sent.error();
    }
    // What the platform did is recorded whatever became of the case meanwhile; only an approved
    // case becomes answered (a supervisor may have closed it while its reply was on the way).
    CaseStore cases(m_database);
    auto theCase = cases.byId(draft->caseId);
    if (!theCase)
        return theCase.error();
    if (theCase->state != Case::State::Approved)
        return {};
    auto answered = cases.move(theCase->id, Case::State::Answered, {}, actor);
    return answered ? Error() : answered.error();
}

Error OutboxStore::markFailed(qint64 id, const QString& reason, const QString& actor)
{
    return m_database.transaction([&]() -> Error {
        auto before = moveFrom(id, { OutboxEntry::State::Pending, OutboxEntry::State::Sending },
                               u"state = 'failed', error = ?, needs_attention = ?, next_attempt_at = NULL"_s,
                               { reason, true });
        if (!before)
            return before.error();
        AuditEvent event = outboxEvent(u"outbox.failed"_s, *before, actor);
        event.details.insert(u"reason"_s, reason);
        return AuditStore(m_database).append(event);
    });
}

Error OutboxStore::reschedule(qint64 id, const QDateTime& nextAttemptAt, const QString& reason, const QString& actor)
{
    if (!nextAttemptAt.isValid())
        return Error(Error::Code::InvalidInput, u"outbox entry %1: a reschedule needs the time of the next attempt"_s.arg(id));
    return m_database.transaction([&]() -> Error {
        auto before = moveFrom(id, { OutboxEntry::State::Sending, OutboxEntry::State::Pending }, u"state = 'pending', error = ?, next_attempt_at = ?"_s,
                               { reason, sqlTimestamp(nextAttemptAt) });
        if (!before)
            return before.error();
        AuditEvent event = outboxEvent(u"outbox.rescheduled"_s, *before, actor);
        event.details.insert(u"reason"_s, reason);
        event.details.insert(u"next_attempt_at"_s, sqlTimestamp(nextAttemptAt));
        return AuditStore(m_database).append(event);
    });
}

Error OutboxStore::retry(qint64 id, const QString& actor)
{
    return m_database.transaction([&]() -> Error {
        // Only the columns a person may write on a shared site (storage/MigrationSync).
        auto before = moveFrom(id, { OutboxEntry::State::Failed },
                               u"state = 'pending', error = '', needs_attention = ?, next_attempt_at = NULL"_s, { false });
        if (!before)
            return before.error();
        AuditEvent event = outboxEvent(u"outbox.retry"_s, *before, actor);
        event.details.insert(u"error"_s, before->error);
        return AuditStore(m_database).append(event);
    });
}

} // namespace moderation
