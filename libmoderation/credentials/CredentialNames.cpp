#include "credentials/CredentialNames.h"

#include <QCryptographicHash>

using namespace Qt::StringLiterals;

namespace moderation::CredentialNames {

QString storeIdentity(const QString& canonicalDatabaseUrl)
{
    const QByteArray digest = QCryptographicHash::hash(canonicalDatabaseUrl.toUtf8(), QCryptographicHash::Sha256);
    return QString::fromLatin1(digest.toHex().left(12));
}

QString accountToken(const QString& storeIdentity, const QString& accountName)
{
    return u"account/%1@%2"_s.arg(accountName, storeIdentity);
}

QString checkpointKey(const QString& storeIdentity)
{
    return u"audit-checkpoint-key@%1"_s.arg(storeIdentity);
}

QString webhookAppSecret(const QString& storeIdentity, const QString& accountName)
{
    return u"webhook-app-secret/%1@%2"_s.arg(accountName, storeIdentity);
}

QString webhookVerifyToken(const QString& storeIdentity, const QString& accountName)
{
    return u"webhook-verify-token/%1@%2"_s.arg(accountName, storeIdentity);
}

QString databasePassword(const QString& storeIdentity, const QString& login)
{
    return u"database-password/%1@%2"_s.arg(login, storeIdentity);
}

} // namespace moderation::CredentialNames
