#pragma once

#include "model/Error.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace moderation {

class Database;

struct AuditEvent
{
    qint64 seq = 0; // assigned on append
    QDateTime at; // assigned on append from the database's clock when invalid
    QString actor; // a user's login, "system" or "policy"
    QString action; // "comment.ingested", "policy.activated", "outbox.sent", …
    QString entityType;
    QString entityId;
    QJsonObject details;
    QString prevHash;
    QString hash;
};

struct AuditVerification
{
    bool intact = true;
    qint64 rowsChecked = 0;
    qint64 firstBadSeq = 0; // 0 when intact
    QString problem; // what is wrong with that row
};

// The append-only, hash-chained audit log. Each row stores SHA-256(previous row's hash + its own
// content), so altering, removing or reordering any row breaks every hash after it.
namespace AuditLog {

inline constexpr char16_t kGenesisHash[] = u"0000000000000000000000000000000000000000000000000000000000000000";

// Appends one event inside the caller's transaction (it opens one when there is none), so the
// event commits or rolls back with the change it records. Holds the chain's lock only from
// reading the last row to inserting the new one.
Error append(Database& database, AuditEvent event);

// Walks the chain in sequence order and recomputes every hash.
Result<AuditVerification> verify(Database& database);

// The content string that is hashed for a row: stable across engines.
QByteArray canonicalContent(const AuditEvent& event);
QString computeHash(const QString& prevHash, const AuditEvent& event);

QList<AuditEvent> tail(Database& database, int limit); // newest first, for screens and tests

} // namespace AuditLog

} // namespace moderation
