#pragma once

#include "model/Error.h"
#include "model/OutboxEntry.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QVariantList>

#include <optional>

namespace moderation {

class Database;

// What waits to go out to a platform. Replies enter only from an approved review (the review
// workflow, and the database's own trigger); moderation actions (an automatic hide, a confirmed
// proposed hide) need no reviewer and enter here directly.
class OutboxStore
{
public:
    explicit OutboxStore(Database& database)
        : m_database(database)
    {
    }

    // Queues a hide/unhide/delete of a stored comment, state pending, audited with the reason
    // (e.g. the rule and clause). Queuing the same kind twice for one comment while the first
    // is still pending or sending returns the existing row's id.
    Result<qint64> enqueueModeration(OutboxEntry::Kind kind, qint64 commentId, const QString& actor, const QString& reason);

    // Queues an approved draft's reply to its case's comment, pending for the dispatcher, audited.
    // The database refuses it later at sending unless the approval is this draft's, of this text.
    Result<qint64> enqueueReply(qint64 commentId, qint64 draftId, const QString& text, const QString& textSha256,
                                const QString& actor);

    Result<qint64> countPending() const;
    Result<std::optional<OutboxEntry>> replyFor(qint64 draftId) const;
    Result<OutboxEntry> byId(qint64 id) const;

    // --- The dispatcher's side (outbox/Dispatcher). Each call is one transaction with its audit
    // event ("outbox.sending", "outbox.sent", "outbox.failed", "outbox.rescheduled",
    // "outbox.retry"). A move from a state the entry is no longer in is a Conflict.

    // Pending entries whose next_attempt_at is unset or not after `now`, oldest first, at most
    // `limit`, and only the first unsent one of each conversation (comments.conversation_id, or
    // the comment itself without one): a later entry waits while an earlier one of its
    // conversation is pending or sending. A failed entry does not hold its conversation back.
    Result<QList<OutboxEntry>> due(const QDateTime& now, int limit) const;
    // Entries left `sending` (a crash between the request and its result): reconcile these first.
    Result<QList<OutboxEntry>> inFlight() const;
    // pending -> sending, attempts + 1. Conflict when the entry is no longer pending (another
    // dispatcher took it). For a reply the database checks the approval here.
    Error markSending(qint64 id, const QString& actor);
    // sending -> sent with what the platform created or changed. A reply also moves its draft to
    // sent and its case to answered, in the same transaction.
    Error markSent(qint64 id, const QString& platformResultId, const QString& actor);
    // pending or sending -> failed, needs attention, with the platform's reason.
    Error markFailed(qint64 id, const QString& reason, const QString& actor);
    // sending -> pending again, to be tried at `nextAttemptAt`: only when it is known that the
    // platform did not act (a 429, a refused connection, or reconciliation found nothing). A
    // pending entry can be put off the same way (its account's posting quota is used up).
    Error reschedule(qint64 id, const QDateTime& nextAttemptAt, const QString& reason, const QString& actor);
    // A person's retry of a failed entry: failed -> pending, needs_attention cleared, audited.
    Error retry(qint64 id, const QString& actor);

private:
    // Moves the entry from one of `from` to what `assignments` (SQL, "state = 'sent', …") sets,
    // as a compare and set: NotFound, or Conflict when it is in another state. Returns the entry
    // as it was before.
    Result<OutboxEntry> moveFrom(qint64 id, const QList<OutboxEntry::State>& from, const QString& assignments,
                                 const QVariantList& values);
    // A sent reply's draft becomes sent and its approved case answered.
    Error replySent(qint64 draftId, const QString& actor);

    Database& m_database;
};

} // namespace moderation
