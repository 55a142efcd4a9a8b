#include "routing/PasswordHash.h"

#include <QPasswordDigestor>
#include <QRandomGenerator>

namespace moderation {

namespace {

QByteArray derive(const QString& password, const QByteArray& salt, int iterations)
{
    return QPasswordDigestor::deriveKeyPbkdf2(QCryptographicHash::Sha256, password.toUtf8(), salt, iterations, 32);
}

} // namespace

PasswordHash PasswordHash::make(const QString& password, int iterations)
{
    QByteArray salt(16, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32*>(salt.data()), salt.size() / 4);
    PasswordHash made;
    made.salt = QString::fromLatin1(salt.toHex());
    made.iterations = iterations;
    made.hash = QString::fromLatin1(derive(password, salt, iterations).toHex());
    return made;
}

bool PasswordHash::matches(const QString& password) const
{
    if (!isSet() || iterations <= 0)
        return false;
    const QByteArray expected = QByteArray::fromHex(hash.toLatin1());
    const QByteArray actual = derive(password, QByteArray::fromHex(salt.toLatin1()), iterations);
    if (expected.size() != actual.size())
        return false;
    unsigned char difference = 0;
    for (qsizetype i = 0; i < expected.size(); ++i)
        difference |= static_cast<unsigned char>(expected.at(i) ^ actual.at(i));
    return difference == 0;
}

} // namespace moderation
