#pragma once

#include <QByteArray>
#include <QByteArrayView>

#include <memory>

namespace moderation {

// SHA-256 of a stream of bytes, through OpenSSL's libcrypto when the build found it (it uses the
// processor's SHA instructions: a records export hashes every byte it writes, and Qt's portable
// SHA-256 costs more than reading the store), else through QCryptographicHash. Same sums either way.
class Sha256
{
public:
    Sha256();
    ~Sha256();
    Sha256(const Sha256&) = delete;
    Sha256& operator=(const Sha256&) = delete;

    void addData(QByteArrayView data);
    // The sum as 64 lower-case hex digits; call once, after the last addData.
    QByteArray hexResult();

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace moderation
