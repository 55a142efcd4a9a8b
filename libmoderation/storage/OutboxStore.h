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

    Result<qint64> countPending() const;

private:
    Database& m_database;
};

} // namespace moderation
