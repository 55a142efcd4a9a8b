#pragma once

#include "model/Error.h"

#include <QByteArray>
#include <QString>

namespace moderation {

// Secrets by name: platform tokens under the account's name, the audit checkpoint key. Held by
// the OS keychain (KeychainCredentialStore), never in the database, settings or logs.
class CredentialStore
{
public:
    virtual ~CredentialStore() = default;
    // NotFound when there is none by that name; CredentialsMissing (exit 3) when the keychain
    // cannot be reached or refuses.
    virtual Result<QByteArray> read(const QString& name) = 0;
    virtual Error write(const QString& name, const QByteArray& secret) = 0;
    virtual Error remove(const QString& name) = 0; // none by that name is not an error
};

} // namespace moderation
