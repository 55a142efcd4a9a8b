// What sync and the outbox ask of accounts (storage/AccountStore), on both engines: quotas and
// their usage windows, state changes audited once, removal, and watch cursors.
#include "CommentBuilders.h"
#include "MockClock.h"
#include "StoreReads.h"
#include "TempDatabase.h"

#include "storage/AccountStore.h"
#include "storage/CommentStore.h"

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
    account.watches = { u"mentions"_s, u"replies"_s };
    return account;
}

QDateTime utc(int hour, int minute, int day = 2)
{
    return QDateTime(QDate(2026, 11, day), QTime(hour, minute), Qt::UTC);
}

class AccountSyncTest : public ClockedEngineTest
{
protected:
    void SetUp() override
    {
        ClockedEngineTest::SetUp();
        if (HasFatalFailure())
            return;
        auto id = AccountStore(db()).add(agencyOnX(), u"admin"_s);
        ASSERT_TRUE(id.ok()) << id.error().toString().toStdString();
        m_account = *id;
    }
    qint64 m_account = 0;
};

} // namespace

TEST_P(AccountSyncTest, NewAccountHasDefaultQuotasAndNoReason)
{
    auto account = AccountStore(db()).byId(m_account);
    ASSERT_TRUE(account.ok()) << account.error().toString().toStdString();
    EXPECT_EQ(account->name, u"agency-x"_s);
    EXPECT_EQ(account->watches, (QStringList { u"mentions"_s, u"replies"_s }));
    EXPECT_FALSE(account->postsPerDay.has_value());
    EXPECT_FALSE(account->readsPerHour.has_value());
    EXPECT_TRUE(account->stateReason.isEmpty());
    EXPECT_EQ(AccountStore(db()).byId(m_account + 100).error().code(), Error::Code::NotFound);
}

TEST_P(AccountSyncTest, QuotasAreSetReadBackAndAuditedOnce)
{
    AccountStore store(db());
    const auto before = auditCount(db());
    ASSERT_FALSE(store.setQuotas(u"agency-x"_s, 50, std::nullopt, u"admin"_s).isError());
    EXPECT_EQ(auditCount(db()), before + 1);
    EXPECT_EQ(auditTail(db(), 1).value(0).action, u"account.changed"_s);
    ASSERT_FALSE(store.setQuotas(u"agency-x"_s, std::nullopt, 600, u"admin"_s).isError());
    auto account = store.byName(u"agency-x"_s);
    ASSERT_TRUE(account.ok());
    EXPECT_EQ(account->postsPerDay, 50);
    EXPECT_EQ(account->readsPerHour, 600);
    // The same again changes nothing.
    const auto after = auditCount(db());
    ASSERT_FALSE(store.setQuotas(u"agency-x"_s, 50, 600, u"admin"_s).isError());
    EXPECT_EQ(auditCount(db()), after);
    EXPECT_EQ(store.setQuotas(u"agency-x"_s, 0, std::nullopt, u"admin"_s).code(), Error::Code::InvalidInput);
    EXPECT_EQ(store.setQuotas(u"nobody"_s, 5, std::nullopt, u"admin"_s).code(), Error::Code::NotFound);
    // The database refuses a quota that is no positive number too.
    EXPECT_FALSE(db().exec(u"UPDATE accounts SET reads_per_hour = 0"_s).ok());
}

TEST_P(AccountSyncTest, StateChangesAreAuditedOnlyWhenTheyChange)
{
    AccountStore store(db());
    const auto before = auditCount(db());
    const QDateTime until = utc(14, 15);
    ASSERT_FALSE(store.setState(m_account, Account::State::RateLimited, until, u"HTTP 429"_s).isError());
    ASSERT_FALSE(store.setState(m_account, Account::State::RateLimited, until, u"HTTP 429"_s).isError());
    EXPECT_EQ(auditCount(db()), before + 1);
    auto limited = store.byId(m_account);
    ASSERT_TRUE(limited.ok());
    EXPECT_EQ(limited->state, Account::State::RateLimited);
    EXPECT_EQ(limited->rateLimitedUntil, until);
    EXPECT_EQ(limited->stateReason, u"HTTP 429"_s);
    EXPECT_EQ(auditTail(db(), 1).value(0).action, u"account.state"_s);

    ASSERT_FALSE(store.setState(m_account, Account::State::NeedsReauth, {}, u"token revoked"_s).isError());
    ASSERT_FALSE(store.setState(m_account, Account::State::Ok, {}, {}).isError());
    EXPECT_EQ(auditCount(db()), before + 3);
    auto ok = store.byId(m_account);
    EXPECT_EQ(ok->state, Account::State::Ok);
    EXPECT_FALSE(ok->rateLimitedUntil.isValid());
    EXPECT_TRUE(ok->stateReason.isEmpty());
    EXPECT_EQ(store.setState(m_account, Account::State::RateLimited, {}, u"no reset"_s).code(), Error::Code::InvalidInput);
}

TEST_P(AccountSyncTest, RemovingAnUnusedAccountDeletesIt)
{
    AccountStore store(db());
    ASSERT_FALSE(store.recordUsage(m_account, AccountStore::UsageKind::Read, m_clock.now()).isError());
    ASSERT_FALSE(store.remove(u"agency-x"_s, u"admin"_s).isError());
    EXPECT_EQ(store.byName(u"agency-x"_s).error().code(), Error::Code::NotFound);
    EXPECT_EQ(store.count().value(), 0);
    EXPECT_EQ(auditTail(db(), 1).value(0).action, u"account.removed"_s);
    EXPECT_EQ(store.remove(u"agency-x"_s, u"admin"_s).code(), Error::Code::NotFound);
}

TEST_P(AccountSyncTest, RemovingAnAccountWithCommentsDisablesItAndDropsItsWatches)
{
    ASSERT_TRUE(CommentStore(db()).ingest({ tweet(u"1850000000000000001"_s, u"hello"_s).account(u"agency-x"_s) }).ok());
    AccountStore store(db());
    ASSERT_FALSE(store.remove(u"agency-x"_s, u"admin"_s).isError());
    auto kept = store.byName(u"agency-x"_s);
    ASSERT_TRUE(kept.ok()) << kept.error().toString().toStdString();
    EXPECT_EQ(kept->state, Account::State::Disabled);
    EXPECT_TRUE(kept->watches.isEmpty());
    EXPECT_EQ(store.list().value().size(), 1); // still listed
    // Sync cannot bring it back by itself.
    EXPECT_EQ(store.setState(kept->id, Account::State::Ok, {}, {}).code(), Error::Code::Refused);
    const auto events = auditCount(db());
    ASSERT_FALSE(store.remove(u"agency-x"_s, u"admin"_s).isError());
    EXPECT_EQ(auditCount(db()), events);
    EXPECT_EQ(CommentStore(db()).count().value(), 1);
}

TEST_P(AccountSyncTest, CursorsAdvancePerWatch)
{
    AccountStore store(db());
    EXPECT_EQ(store.cursor(m_account, u"mentions"_s).value(), QString());
    ASSERT_FALSE(store.advanceCursor(m_account, u"mentions"_s, u"1850000000000000777"_s).isError());
    EXPECT_EQ(store.cursor(m_account, u"mentions"_s).value(), u"1850000000000000777"_s);
    EXPECT_EQ(store.cursor(m_account, u"replies"_s).value(), QString());
    EXPECT_EQ(store.cursor(m_account, u"search:nothing"_s).error().code(), Error::Code::NotFound);
    EXPECT_EQ(store.advanceCursor(m_account, u"search:nothing"_s, u"1"_s).code(), Error::Code::NotFound);
}

TEST_P(AccountSyncTest, PostsCountPerUtcDayAgainstTheDefaultQuota)
{
    AccountStore store(db());
    ASSERT_FALSE(store.recordUsage(m_account, AccountStore::UsageKind::Post, utc(0, 5)).isError());
    ASSERT_FALSE(store.recordUsage(m_account, AccountStore::UsageKind::Post, utc(23, 59), 2).isError());
    ASSERT_FALSE(store.recordUsage(m_account, AccountStore::UsageKind::Post, utc(0, 0, 3)).isError()); // the next day
    auto quota = store.quota(m_account, AccountStore::UsageKind::Post, utc(12, 0));
    ASSERT_TRUE(quota.ok()) << quota.error().toString().toStdString();
    EXPECT_EQ(quota->limit, Account::defaultPostsPerDay(Platform::Twitter));
    EXPECT_EQ(quota->used, 3);
    EXPECT_EQ(quota->left(), quota->limit - 3);
    EXPECT_EQ(quota->resetsAt, utc(0, 0, 3));
    EXPECT_EQ(store.quota(m_account, AccountStore::UsageKind::Post, utc(1, 0, 3)).value().used, 1);
}

TEST_P(AccountSyncTest, ReadsCountPerUtcClockHourAgainstTheAccountsQuota)
{
    AccountStore store(db());
    ASSERT_FALSE(store.setQuotas(u"agency-x"_s, std::nullopt, 10, u"admin"_s).isError());
    ASSERT_FALSE(store.recordUsage(m_account, AccountStore::UsageKind::Read, utc(14, 1), 4).isError());
    ASSERT_FALSE(store.recordUsage(m_account, AccountStore::UsageKind::Read, utc(14, 59), 8).isError());
    ASSERT_FALSE(store.recordUsage(m_account, AccountStore::UsageKind::Read, utc(15, 0)).isError());
    auto quota = store.quota(m_account, AccountStore::UsageKind::Read, utc(14, 30));
    ASSERT_TRUE(quota.ok());
    EXPECT_EQ(quota->limit, 10);
    EXPECT_EQ(quota->used, 12);
    EXPECT_EQ(quota->left(), 0);
    EXPECT_EQ(quota->resetsAt, utc(15, 0));
    EXPECT_EQ(store.quota(m_account, AccountStore::UsageKind::Read, utc(15, 10)).value().used, 1);
    EXPECT_EQ(store.quota(m_account, AccountStore::UsageKind::Post, utc(14, 30)).value().used, 0);
    EXPECT_EQ(store.recordUsage(m_account, AccountStore::UsageKind::Read, utc(15, 0), -1).code(),
              Error::Code::InvalidInput);
}

MODERATION_INSTANTIATE_ENGINES(AccountSyncTest);
