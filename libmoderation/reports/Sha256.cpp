#include "reports/Sha256.h"

#ifdef MODERATION_OPENSSL_SHA256
#include <openssl/evp.h>
#else
#include <QCryptographicHash>
#endif

namespace moderation {

#ifdef MODERATION_OPENSSL_SHA256

struct Sha256::Private
{
    EVP_MD_CTX* context = EVP_MD_CTX_new();
    ~Private() { EVP_MD_CTX_free(context); }
};

Sha256::Sha256()
    : d(std::make_unique<Private>())
{
    EVP_DigestInit_ex(d->context, EVP_sha256(), nullptr);
}

void Sha256::addData(QByteArrayView data)
{
    if (!data.isEmpty())
        EVP_DigestUpdate(d->context, data.data(), size_t(data.size()));
}

QByteArray Sha256::hexResult()
{
    unsigned char sum[EVP_MAX_MD_SIZE];
    unsigned int size = 0;
    EVP_DigestFinal_ex(d->context, sum, &size);
    return QByteArray(reinterpret_cast<const char*>(sum), int(size)).toHex();
}

#else

struct Sha256::Private
{
    QCryptographicHash hash { QCryptographicHash::Sha256 };
};

Sha256::Sha256()
    : d(std::make_unique<Private>())
{
}

void Sha256::addData(QByteArrayView data)
{
    d->hash.addData(data);
}

QByteArray Sha256::hexResult()
{
    return d->hash.result().toHex();
}

#endif

Sha256::~Sha256() = default;

} // namespace moderation
