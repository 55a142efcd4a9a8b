#pragma once

#include "connectors/ClientProvider.h"

#include <QHash>
#include <QString>

#include <memory>

namespace moderation {

class CredentialStore;
class HttpTransport;

// The real clients: one HTTP transport and one X or Graph client per account, each with the
// account's token from the keychain (read once, on first use). Used by `moderationctl sync` and
// the desktop app's sync worker; tests give the runner their own provider or point accounts'
// base URLs at local servers.
class NetworkClients final : public ClientProvider
{
public:
    NetworkClients(CredentialStore& credentials, QString storeIdentity);
    ~NetworkClients() override;

    // Per request; default 30 s.
    void setTimeoutMs(int timeoutMs) { m_timeoutMs = timeoutMs; }

    Result<PlatformClient*> clientFor(const Account& account) override;

private:
    struct Entry
    {
        std::unique_ptr<HttpTransport> transport;
        std::unique_ptr<PlatformClient> client;
    };

    CredentialStore& m_credentials;
    QString m_storeIdentity;
    int m_timeoutMs = 30000;
    QHash<qint64, std::shared_ptr<Entry>> m_entries;
};

} // namespace moderation
