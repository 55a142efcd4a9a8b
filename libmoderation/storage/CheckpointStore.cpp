#include "storage/CheckpointStore.h"

#include "storage/Database.h"
#include "storage/SqlTime.h"

#include <QDate>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace moderation {

Error CheckpointStore::add(const AuditCheckpoint& checkpoint)
{
    if (checkpoint.day.size() != 10 || !QDate::fromString(checkpoint.day, Qt::ISODate).isValid())
        return Error(Error::Code::InvalidInput, u"a checkpoint's day is a date like 2026-12-07, not \"%1\""_s.arg(checkpoint.day));
    // A checkpoint is itself a record of the audit chain (append-only, like the log), not an
    // event in it: appending one would move the head it signs.
    return m_database.transaction([&]() -> Error {
        auto taken = hasDay(checkpoint.day);
        if (!taken)
            return taken.error();
        if (*taken)
            return Error(Error::Code::Conflict, u"the audit chain has a checkpoint for %1 already"_s.arg(checkpoint.day));
        const QDateTime createdAt = checkpoint.createdAt.isValid() ? checkpoint.createdAt : m_database.clock().now();
        auto inserted = m_database.exec(u"INSERT INTO audit_checkpoints (day, seq, hash, mac, key_id, created_at) "
                                        "VALUES (?, ?, ?, ?, ?, ?)"_s,
                                        { checkpoint.day, checkpoint.seq, checkpoint.hash, checkpoint.mac,
                                          checkpoint.keyId, sqlTimestamp(createdAt) });
        return inserted ? Error() : inserted.error().forRecord(checkpoint.day);
    });
}

Result<bool> CheckpointStore::hasDay(const QString& day) const
{
    auto q = m_database.exec(u"SELECT 1 FROM audit_checkpoints WHERE day = ?"_s, { day });
    if (!q)
        return q.error();
    return q->next();
}

Result<QList<AuditCheckpoint>> CheckpointStore::list() const
{
    auto q = m_database.exec(u"SELECT day, seq, hash, mac, key_id, created_at FROM audit_checkpoints ORDER BY day"_s);
    if (!q)
        return q.error();
    QList<AuditCheckpoint> checkpoints;
    while (q->next()) {
        AuditCheckpoint checkpoint;
        checkpoint.day = q->value(0).toString();
        checkpoint.seq = q->value(1).toLongLong();
        checkpoint.hash = q->value(2).toString();
        checkpoint.mac = q->value(3).toString();
        checkpoint.keyId = q->value(4).toString();
        checkpoint.createdAt = timestampFrom(q->value(5));
        checkpoints.append(checkpoint);
    }
    return checkpoints;
}

} // namespace moderation
