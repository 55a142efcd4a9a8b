#include "credentials/CredentialNames.h"
#include "credentials/KeychainCredentialStore.h"
#include "credentials/MemoryCredentialStore.h"

#include <QUuid>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace moderation;

// The real OS keychain (the Secret Service under dbus-run-session with gnome-keyring, as
// tools/dev.sh runs the suite): what is written is read back, replaced, removed. Each test uses
// a service name of its own, so parallel runs never meet.
class KeychainTest : public ::testing::Test
{
protected:
    KeychainCredentialStore m_keychain { u"moderation-desk-test-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces) };
};

TEST_F(KeychainTest, ASecretWrittenIsReadBackByteForByte)
{
    const QByteArray token("AAAAAAAAAAAAAAAAAAAAAMLheAAAAAAA0%2BuSeid%2BULvsea4JtiGRiSDSJSI%3DEUifiRBkKG5E2XzMDjRfl76ZC9Ub0wnz4XsNiRVBChTYbJcE3F");
    ASSERT_FALSE(m_keychain.write(u"account/agency-x@abc"_s, token).isError());
    auto read = m_keychain.read(u"account/agency-x@abc"_s);
    ASSERT_TRUE(read.ok()) << read.error().toString().toStdString();
    EXPECT_EQ(*read, token);
    EXPECT_FALSE(m_keychain.remove(u"account/agency-x@abc"_s).isError());
}

TEST_F(KeychainTest, AReplacedSecretReadsTheNewValueAndARemovedOneIsNotFound)
{
    ASSERT_FALSE(m_keychain.write(u"key"_s, QByteArray(5000, 'x')).isError());
    ASSERT_FALSE(m_keychain.write(u"key"_s, "short").isError());
    auto read = m_keychain.read(u"key"_s);
    ASSERT_TRUE(read.ok()) << read.error().toString().toStdString();
    EXPECT_EQ(*read, QByteArray("short"));
    ASSERT_FALSE(m_keychain.remove(u"key"_s).isError());
    auto gone = m_keychain.read(u"key"_s);
    ASSERT_FALSE(gone.ok());
    EXPECT_EQ(gone.error().code(), Error::Code::NotFound);
    EXPECT_FALSE(m_keychain.remove(u"key"_s).isError()) << "removing what is not there is not an error";
}

TEST_F(KeychainTest, BinarySecretsSurviveTheRoundTrip)
{
    QByteArray key;
    for (int i = 0; i < 256; ++i)
        key.append(char(i));
    ASSERT_FALSE(m_keychain.write(u"audit-checkpoint-key@abc"_s, key).isError());
    auto read = m_keychain.read(u"audit-checkpoint-key@abc"_s);
    ASSERT_TRUE(read.ok()) << read.error().toString().toStdString();
    EXPECT_EQ(*read, key);
    EXPECT_FALSE(m_keychain.remove(u"audit-checkpoint-key@abc"_s).isError());
}

TEST(CredentialNames, EachStoreHasItsOwnNamesForTheSameAccount)
{
    const QString a = CredentialNames::storeIdentity(u"sqlite:/home/ana/a.sqlite"_s);
    const QString b = CredentialNames::storeIdentity(u"sqlite:/home/ana/b.sqlite"_s);
    EXPECT_EQ(a.size(), 12);
    EXPECT_NE(a, b);
    EXPECT_NE(CredentialNames::accountToken(a, u"agency-x"_s), CredentialNames::accountToken(b, u"agency-x"_s));
    EXPECT_EQ(CredentialNames::accountToken(a, u"agency-x"_s), u"account/agency-x@"_s + a);
}

TEST(MemoryCredentialStore, MissingIsNotFound)
{
    MemoryCredentialStore store;
    EXPECT_EQ(store.read(u"x"_s).error().code(), Error::Code::NotFound);
    ASSERT_FALSE(store.write(u"x"_s, "1").isError());
    EXPECT_EQ(*store.read(u"x"_s), QByteArray("1"));
}
