#include "reports/Sha256.h"

#include <QCryptographicHash>
#include <QRandomGenerator>

#include <gtest/gtest.h>

using namespace moderation;

// The records export's SHA-256 (libcrypto where the build found it) gives Qt's sums, for any
// split of the same bytes into pieces.
TEST(Sha256, AgreesWithQtForAnySplitOfTheBytes)
{
    QRandomGenerator random(20261207);
    for (const int size : { 0, 1, 55, 56, 63, 64, 65, 1000, 262144 + 17 }) {
        QByteArray bytes(size, Qt::Uninitialized);
        for (char& b : bytes)
            b = char(random.bounded(256));
        const QByteArray expected = QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex();
        Sha256 whole;
        whole.addData(bytes);
        EXPECT_EQ(whole.hexResult(), expected) << size;
        Sha256 pieces;
        for (qsizetype at = 0; at < bytes.size();) {
            const qsizetype n = std::min<qsizetype>(bytes.size() - at, 1 + random.bounded(5000));
            pieces.addData(QByteArrayView(bytes).sliced(at, n));
            at += n;
        }
        EXPECT_EQ(pieces.hexResult(), expected) << size;
    }
}
