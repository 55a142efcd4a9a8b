#include "credentials/KeychainCredentialStore.h"

#include <qt6keychain/keychain.h>

#include <QEventLoop>

using namespace Qt::StringLiterals;

namespace moderation {

namespace {

#ifdef Q_OS_WIN
// Windows Credential Manager refuses blobs above 2560 bytes; long tokens go in chunks.
constexpr qsizetype kChunkSize = 2048;
#else
constexpr qsizetype kChunkSize = 0; // no limit
#endif

QString chunkName(const QString& name, int index)
{
    return index == 0 ? name : u"%1#%2"_s.arg(name).arg(index);
}

// Runs a keychain job to its end on a local event loop.
void waitFor(QKeychain::Job& job)
{
    QEventLoop loop;
    QObject::connect(&job, &QKeychain::Job::finished, &loop, &QEventLoop::quit);
    job.setAutoDelete(false);
    job.start();
    loop.exec();
}

Error keychainError(const QKeychain::Job& job, const QString& what, const QString& name)
{
    if (job.error() == QKeychain::EntryNotFound)
        return Error(Error::Code::NotFound, u"%1 is not in the keychain"_s.arg(name));
    return Error(Error::Code::CredentialsMissing,
                 u"the keychain could not %1 %2: %3"_s.arg(what, name, job.errorString()));
}

Result<QByteArray> readOne(const QString& service, const QString& key)
{
    QKeychain::ReadPasswordJob job(service);
    job.setKey(key);
    waitFor(job);
    if (job.error() != QKeychain::NoError)
        return keychainError(job, u"read"_s, key);
    return job.binaryData();
}

} // namespace

KeychainCredentialStore::KeychainCredentialStore(QString service)
    : m_service(std::move(service))
{
}

Result<QByteArray> KeychainCredentialStore::read(const QString& name)
{
    Result<QByteArray> first = readOne(m_service, name);
    if (!first)
        return first;
    QByteArray secret = *first;
    if (kChunkSize > 0) {
        for (int index = 1; secret.size() == index * kChunkSize; ++index) {
            Result<QByteArray> chunk = readOne(m_service, chunkName(name, index));
            if (!chunk) {
                if (chunk.error().code() == Error::Code::NotFound)
                    break; // the secret was an exact multiple of the chunk size
                return chunk;
            }
            secret += *chunk;
        }
    }
    return secret;
}

Error KeychainCredentialStore::write(const QString& name, const QByteArray& secret)
{
    const Error cleared = remove(name); // a shorter secret must not leave old chunks behind
    if (cleared.isError())
        return cleared;
    const qsizetype chunk = kChunkSize > 0 ? kChunkSize : qMax<qsizetype>(secret.size(), 1);
    for (int index = 0; index == 0 || index * chunk < secret.size(); ++index) {
        QKeychain::WritePasswordJob job(m_service);
        job.setKey(chunkName(name, index));
        job.setBinaryData(secret.mid(index * chunk, chunk));
        waitFor(job);
        if (job.error() != QKeychain::NoError)
            return keychainError(job, u"store"_s, name);
    }
    return {};
}

Error KeychainCredentialStore::remove(const QString& name)
{
    for (int index = 0;; ++index) {
        QKeychain::DeletePasswordJob job(m_service);
        job.setKey(chunkName(name, index));
        waitFor(job);
        if (job.error() == QKeychain::EntryNotFound)
            return {};
        if (job.error() != QKeychain::NoError)
            return keychainError(job, u"remove"_s, name);
        if (kChunkSize == 0)
            return {};
    }
}

} // namespace moderation
