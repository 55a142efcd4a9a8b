#include "audit/CheckpointMac.h"

#include <QCryptographicHash>
#include <QMessageAuthenticationCode>
#include <QRandomGenerator>

using namespace Qt::StringLiterals;

namespace moderation::CheckpointMac {

QString compute(const QByteArray& key, const QString& day, qint64 seq, const QString& hash)
{
    const QByteArray message = u"%1|%2|%3"_s.arg(day).arg(seq).arg(hash).toUtf8();
    return QString::fromLatin1(QMessageAuthenticationCode::hash(message, key, QCryptographicHash::Sha256).toHex());
}

bool matches(const QByteArray& key, const QString& day, qint64 seq, const QString& hash, const QString& mac)
{
    const QByteArray expected = compute(key, day, seq, hash).toLatin1();
    const QByteArray given = mac.toLatin1();
    if (expected.size() != given.size())
        return false;
    unsigned char difference = 0;
    for (qsizetype i = 0; i < expected.size(); ++i)
        difference |= static_cast<unsigned char>(expected[i] ^ given[i]);
    return difference == 0;
}

QString keyId(const QByteArray& key)
{
    return QString::fromLatin1(QCryptographicHash::hash(key, QCryptographicHash::Sha256).toHex().left(16));
}

QByteArray newKey()
{
    QByteArray key(32, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32*>(key.data()), key.size() / 4);
    return key;
}

} // namespace moderation::CheckpointMac
