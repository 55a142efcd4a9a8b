#pragma once

#include "model/Error.h"
#include "model/Queue.h"

#include <QList>

#include <optional>

namespace moderation {

class Database;

// Queues' settings (`queues set`): office hours, their time zone and the breach queue. A queue
// needs no row to exist: cases name their queue, and a queue without settings is always open.
// routing/SlaClock checks the hours before they are stored.
class QueueStore
{
public:
    explicit QueueStore(Database& database)
        : m_database(database)
    {
    }

    // The settings of a queue, or none when it has never been set.
    Result<std::optional<Queue>> byName(const QString& name) const;
    // Queues with settings and the queues cases or users name, by name (those without a row
    // come back always open).
    Result<QList<Queue>> list() const;
    // Stores a queue's settings (audited "queue.changed", before and after) in the caller's
    // transaction or its own.
    Error save(const Queue& queue, const QString& actor);

private:
    Database& m_database;
};

} // namespace moderation
