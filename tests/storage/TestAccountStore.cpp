#include "MockClock.h"
#include "StoreReads.h"
#include "TempDatabase.h"

#include "storage/AccountStore.h"

using namespace Qt::StringLiterals;
using namespace moderation;
using namespace moderation::test;

namespace {

Account agencyOnX()
{
    Account account;
    account.platform = Platform::Twitter;
    account.name = u"agency-x"_s;
    account.externalId = u"1720000000000000001"_s;
    account.watches = { u"mentions"_s, u"search:#AskImmigration"_s };
    return account;
}

class AccountStoreTest : public ClockedEngineTest
{
};

} // namespace

TEST_P(AccountStoreTest, AddedAccountIsFoundByNameWithItsWatches)
{
    AccountStore store(db());
    auto id = store.add(agencyOnX(), u"admin"_s);
    ASSERT_TRUE(id.ok()) << id.error().toString().toStdString();
    auto found = store.byName(u"agency-x"_s);
    ASSERT_TRUE(found.ok()) << found.error().toString().toStdString();
    EXPECT_EQ(found->id, *id);
    EXPECT_EQ(found->platform, Platform::Twitter);
    EXPECT_EQ(found->externalId, u"1720000000000000001"_s);
    EXPECT_EQ(found->watches, (QStringList { u"mentions"_s, u"search:#AskImmigration"_s }));
    EXPECT_EQ(found->state, Account::State::Ok);
    EXPECT_TRUE(found->baseUrl.isEmpty());
    EXPECT_EQ(store.count().value(), 1);
    EXPECT_EQ(store.list().value().size(), 1);
}

TEST_P(AccountStoreTest, AddingWritesOneAuditEvent)
{
    const auto before = auditCount(db());
    ASSERT_TRUE(AccountStore(db()).add(agencyOnX(), u"admin"_s).ok());
    const auto events = auditTail(db(), 1000);
    ASSERT_EQ(events.size(), before + 1);
    EXPECT_EQ(events.first().action, u"account.added"_s);
    EXPECT_EQ(events.first().actor, u"admin"_s);
    EXPECT_EQ(events.first().entityId, u"agency-x"_s);
}

TEST_P(AccountStoreTest, NameTakenIsAConflictAndChangesNothing)
{
    AccountStore store(db());
    ASSERT_TRUE(store.add(agencyOnX()).ok());
    const auto rows = auditCount(db());
    Account other = agencyOnX();
    other.externalId = u"99"_s;
    auto again = store.add(other);
    ASSERT_FALSE(again.ok());
    EXPECT_EQ(again.error().code(), Error::Code::Conflict);
    EXPECT_EQ(store.count().value(), 1);
    EXPECT_EQ(store.byName(u"agency-x"_s).value().externalId, u"1720000000000000001"_s);
    EXPECT_EQ(auditCount(db()), rows);
}

TEST_P(AccountStoreTest, UnknownNameIsNotFound)
{
    auto found = AccountStore(db()).byName(u"nobody"_s);
    ASSERT_FALSE(found.ok());
    EXPECT_EQ(found.error().code(), Error::Code::NotFound);
}

MODERATION_INSTANTIATE_ENGINES(AccountStoreTest);
