#include "credentials/MemoryCredentialStore.h"

using namespace Qt::StringLiterals;

namespace moderation {

Result<QByteArray> MemoryCredentialStore::read(const QString& name)
{
    const auto found = m_secrets.constFind(name);
    if (found == m_secrets.constEnd())
        return Error(Error::Code::NotFound, u"no secret named %1"_s.arg(name));
    return *found;
}

Error MemoryCredentialStore::write(const QString& name, const QByteArray& secret)
{
    m_secrets.insert(name, secret);
    return {};
}

Error MemoryCredentialStore::remove(const QString& name)
{
    m_secrets.remove(name);
    return {};
}

} // namespace moderation
