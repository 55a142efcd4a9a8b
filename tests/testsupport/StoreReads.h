#pragma once

#include "storage/AuditStore.h"

#include <QList>

namespace moderation {
class Database;
}

namespace moderation::test {

// Reads that tests compare: a failed read fails the test (ADD_FAILURE) instead of returning a
// default that could make an assertion hold by accident.
QList<AuditEvent> auditTail(Database& database, int limit); // newest first
qint64 auditCount(Database& database); // -1 after a failure
AuditVerification auditVerification(Database& database);

} // namespace moderation::test
