#pragma once

#include "model/AuditCheckpoint.h"
#include "model/Error.h"

#include <QList>
#include <QString>

namespace moderation {

class Database;

// At most one checkpoint a day; checkpoints are append-only like the audit log.
class CheckpointStore
{
public:
    explicit CheckpointStore(Database& database)
        : m_database(database)
    { }

    // Conflict when that day has one already.
    Error add(const AuditCheckpoint& checkpoint);
    Result<bool> hasDay(const QString& day) const;
    Result<QList<AuditCheckpoint>> list() const; // oldest first

private:
    Database& m_database;
};

} // namespace moderation
