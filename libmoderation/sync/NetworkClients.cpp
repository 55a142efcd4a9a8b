#include "sync/NetworkClients.h"

#include "connectors/FacebookClient.h"
#include "connectors/NetworkTransport.h"
#include "connectors/TwitterClient.h"
#include "credentials/CredentialNames.h"
#include "credentials/CredentialStore.h"

using namespace Qt::StringLiterals;

namespace moderation {

NetworkClients::NetworkClients(CredentialStore& credentials, QString storeIdentity)
    : m_credentials(credentials)
    , m_storeIdentity(std::move(storeIdentity))
{
}

NetworkClients::~NetworkClients() = default;

Result<PlatformClient*> NetworkClients::clientFor(const Account& account)
{
    if (const auto found = m_entries.constFind(account.id); found != m_entries.constEnd())
        return (*found)->client.get();
    auto token = m_credentials.read(CredentialNames::accountToken(m_storeIdentity, account.name));
    if (!token) {
        if (token.error().code() == Error::Code::NotFound)
            return Error(Error::Code::CredentialsMissing,
                         u"the token of account %1 is not in this machine's keychain (moderationctl account set %1 "
                         "--token-stdin)"_s.arg(account.name));
        return token.error();
    }
    auto entry = std::make_shared<Entry>();
    auto transport = std::make_unique<NetworkTransport>();
    transport->setTimeoutMs(m_timeoutMs);
    if (account.platform == Platform::Twitter) {
        const QUrl base = account.baseUrl.isEmpty() ? TwitterClient::defaultBaseUrl() : QUrl(account.baseUrl);
        auto client = std::make_unique<TwitterClient>(*transport, account.externalId, *token, QString(), base);
        client->setAccountName(account.name);
        entry->client = std::move(client);
    } else {
        const QUrl base = account.baseUrl.isEmpty() ? FacebookClient::defaultBaseUrl() : QUrl(account.baseUrl);
        auto client = std::make_unique<FacebookClient>(*transport, account.externalId, *token, base);
        client->setAccountName(account.name);
        entry->client = std::move(client);
    }
    entry->transport = std::move(transport);
    m_entries.insert(account.id, entry);
    return entry->client.get();
}

} // namespace moderation
