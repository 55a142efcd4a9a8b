#pragma once

#include "connectors/PlatformClient.h"
#include "model/Account.h"
#include "model/Error.h"

namespace moderation {

// Gives the client that speaks for one account: the sync and the outbox ask, tests answer with
// clients to local servers. The provider owns the clients; a pointer stays valid as long as it.
// CredentialsMissing when the account's token is not at hand.
class ClientProvider
{
public:
    virtual ~ClientProvider() = default;
    virtual Result<PlatformClient*> clientFor(const Account& account) = 0;
};

} // namespace moderation
