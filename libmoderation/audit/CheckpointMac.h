#pragma once

#include <QByteArray>
#include <QString>

namespace moderation {

// The signature of an audit checkpoint: HMAC-SHA256 over "day|seq|hash" with a key the database
// never holds. Pure: the key comes from the sync host's keychain.
namespace CheckpointMac {

QString compute(const QByteArray& key, const QString& day, qint64 seq, const QString& hash);
// Constant-time comparison of a stored MAC with the one the key gives.
bool matches(const QByteArray& key, const QString& day, qint64 seq, const QString& hash, const QString& mac);
// Which key signed: the first 16 hex digits of SHA-256 of the key.
QString keyId(const QByteArray& key);
// A new random key (32 bytes from the system's generator).
QByteArray newKey();

} // namespace CheckpointMac

} // namespace moderation
