#pragma once

#include <QString>

namespace moderation {

// Names of the secrets one store uses, so that two stores on one machine (a demo store and a
// real one, two sites) never share a token: each name carries the store's identity, the first
// 12 hex digits of SHA-256 of its canonical database URL.
namespace CredentialNames {

QString storeIdentity(const QString& canonicalDatabaseUrl);
// "account/NAME@IDENTITY": a platform account's token.
QString accountToken(const QString& storeIdentity, const QString& accountName);
// "audit-checkpoint-key@IDENTITY": the key that signs the audit log's daily checkpoints.
QString checkpointKey(const QString& storeIdentity);
// "webhook-app-secret/NAME@IDENTITY" and "webhook-verify-token/NAME@IDENTITY": a Facebook page's
// webhook secrets (the app secret that signs deliveries, the token of the subscription handshake).
QString webhookAppSecret(const QString& storeIdentity, const QString& accountName);
QString webhookVerifyToken(const QString& storeIdentity, const QString& accountName);
// "database-password/LOGIN@IDENTITY": a shared site's database password, kept only when the
// person ticked "Remember me" when signing in to the desk.
QString databasePassword(const QString& storeIdentity, const QString& login);

} // namespace CredentialNames

} // namespace moderation
