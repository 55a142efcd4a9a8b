#pragma once

#include "model/Error.h"
#include "model/OutboxEntry.h"

#include <QString>

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

private:
    Database& m_database;
};

} // namespace moderation
