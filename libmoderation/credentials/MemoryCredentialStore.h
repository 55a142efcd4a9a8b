#pragma once

#include "credentials/CredentialStore.h"

#include <QHash>

namespace moderation {

// Secrets held in memory for one process: for a library user that brings its own secret source
// (a service manager's credentials folder), and for tests that are not about the keychain.
class MemoryCredentialStore final : public CredentialStore
{
public:
    Result<QByteArray> read(const QString& name) override;
    Error write(const QString& name, const QByteArray& secret) override;
    Error remove(const QString& name) override;

private:
    QHash<QString, QByteArray> m_secrets;
};

} // namespace moderation
