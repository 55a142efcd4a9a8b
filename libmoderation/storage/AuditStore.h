#pragma once

#include "audit/AuditChain.h"
#include "model/Error.h"

#include <QList>

namespace moderation {

class Database;

// The audit log's rows (DESIGN.md "Audit"): appended by every store in the transaction of the
// change they record, read back for verification and for screens. The chain itself is pure
// (audit/AuditChain); this is its SQL.
class AuditStore
{
public:
    explicit AuditStore(Database& database)
        : m_database(database)
    {
    }

    // Appends one event inside the caller's transaction (it opens one when there is none), so the
    // event commits or rolls back with the change it records. Holds the chain's lock only from
    // reading the last row to inserting the new one.
    Error append(AuditEvent event);

    // Walks the chain in sequence order and recomputes every hash.
    Result<AuditVerification> verify() const;
    // The last row (seq 0 and the genesis hash when the log is empty).
    Result<AuditHead> head() const;
    // The hash of the row with this sequence number, if there is one.
    Result<std::optional<QString>> hashAt(qint64 seq) const;
    // The newest `limit` events, newest first, for screens and tests.
    Result<QList<AuditEvent>> tail(int limit) const;
    Result<qint64> count() const;

private:
    Database& m_database;
};

} // namespace moderation
