#pragma once

#include <QDateTime>
#include <QString>

namespace moderation {

// A signed checkpoint of the audit chain: the head (seq, hash) on a day, with an HMAC-SHA256 of it
// under a key the database never holds (audit/ computes and checks the MAC).
struct AuditCheckpoint
{
    QString day; // "2026-12-07", UTC
    qint64 seq = 0;
    QString hash; // the audit row's hash at seq
    QString mac; // hex HMAC-SHA256
    QString keyId; // first 16 hex digits of SHA-256 of the key: which key signed it
    QDateTime createdAt;
};

} // namespace moderation
