#pragma once

#include "credentials/CredentialStore.h"

namespace moderation {

// Secrets in the OS keychain through QtKeychain: Windows Credential Manager, macOS Keychain, the
// freedesktop Secret Service on Linux. Blocking: each call waits for its keychain job. Secrets
// longer than Windows' blob limit are split into chunks under "NAME#1", "NAME#2", … (as
// Nextcloud's client does); other keychains get them whole.
class KeychainCredentialStore final : public CredentialStore
{
public:
    explicit KeychainCredentialStore(QString service = QStringLiteral("moderation-desk"));

    Result<QByteArray> read(const QString& name) override;
    Error write(const QString& name, const QByteArray& secret) override;
    Error remove(const QString& name) override;

private:
    QString m_service;
};

} // namespace moderation
