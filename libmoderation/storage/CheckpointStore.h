#pragma once

#include "model/Error.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace moderation {

class Database;

// A signed checkpoint of the audit chain: the head (seq, hash) on a day, with an HMAC-SHA256 of it
// under a key the database never holds (audit/AuditCheckpoint computes and checks the MAC).
struct AuditCheckpoint
{
    QString day; // "2026-12-07", UTC
    qint64 seq = 0;
    QString hash; // the audit row's hash at seq
    QString mac; // hex HMAC-SHA256
    QString keyId; // first 16 hex digits of SHA-256 of the key: which key signed it
    QDateTime createdAt;
};

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
