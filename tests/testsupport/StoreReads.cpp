#include "StoreReads.h"

#include <gtest/gtest.h>

namespace moderation::test {

QList<AuditEvent> auditTail(Database& database, int limit)
{
    auto events = AuditStore(database).tail(limit);
    if (!events) {
        ADD_FAILURE() << "reading the audit log failed: " << events.error().toString().toStdString();
        return {};
    }
    return *events;
}

qint64 auditCount(Database& database)
{
    auto count = AuditStore(database).count();
    if (!count) {
        ADD_FAILURE() << "counting the audit log failed: " << count.error().toString().toStdString();
        return -1;
    }
    return *count;
}

AuditVerification auditVerification(Database& database)
{
    auto verification = AuditStore(database).verify();
    if (!verification) {
        ADD_FAILURE() << "verifying the audit log failed: " << verification.error().toString().toStdString();
        AuditVerification failed;
        failed.intact = false;
        failed.problem = verification.error().toString();
        return failed;
    }
    return *verification;
}

} // namespace moderation::test
