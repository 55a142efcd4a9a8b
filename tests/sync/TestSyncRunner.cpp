#include "ClockWaiter.h"
#include "CommentBuilders.h"
#include "ScriptedClient.h"
#include "TempDatabase.h"

#include "audit/CheckpointMac.h"
#include "credentials/CredentialNames.h"
#include "credentials/MemoryCredentialStore.h"
#include "storage/AccountStore.h"
#include "storage/CaseStore.h"
#include "storage/CheckpointStore.h"
#include "storage/CommentStore.h"
#include "storage/OutboxStore.h"
#include "storage/PolicyStore.h"
#include "storage/QuarantineStore.h"
#include "sync/CheckpointVerifier.h"
#include "sync/SyncRunner.h"

using namespace Qt::StringLiterals;
using namespace moderation;
using namespace moderation::test;

namespace {

const QByteArray kPolicy = R"({
  "policy": "Sync test", "version": 1, "timezone": "UTC",
  "rules": [
    { "id": "ssn", "clause": "Personal information", "when": { "pii": ["ssn"] },
      "then": { "action": "hide", "hide": "automatic", "category": "privacy" } },
    { "id": "question", "when": { "question": true }, "then": { "action": "respond", "sla": "1h" } },
    { "id": "default", "when": { "always": true }, "then": { "action": "ignore" } }
  ]
})";

} // namespace

// One round of the pipeline against scripted platforms: what is stored, when cursors move, how
// faults are waited out, and what each account's state becomes. No test sleeps: the waiter
// moves the mock clock.
class SyncRunnerTest : public ClockedEngineTest
{
protected:
    void SetUp() override
    {
        ClockedEngineTest::SetUp();
        if (HasFatalFailure())
            return;
        m_x = addAccount(u"agency-x"_s, Platform::Twitter, { u"mentions"_s });
        m_fb = addAccount(u"agency-fb"_s, Platform::Facebook, { u"page-comments"_s });
    }

    qint64 addAccount(const QString& name, Platform platform, const QStringList& watches)
    {
        Account account;
        account.platform = platform;
        account.name = name;
        account.externalId = platform == Platform::Twitter ? u"42"_s : u"1000"_s;
        account.watches = watches;
        auto added = AccountStore(db()).add(account, u"admin"_s);
        EXPECT_TRUE(added.ok()) << added.error().toString().toStdString();
        return added.ok() ? *added : 0;
    }

    SyncReport run()
    {
        SyncRunner::Options options;
        options.storeIdentity = u"test-store"_s;
        SyncRunner runner(db(), m_clients, m_waiter, options);
        runner.setRandom([] { return 0.5; }); // no jitter
        if (m_withCredentials)
            runner.setCredentials(&m_credentials);
        auto report = runner.runOnce();
        EXPECT_TRUE(report.ok()) << report.error().toString().toStdString();
        return report.ok() ? *report : SyncReport {};
    }

    static const AccountSync& of(const SyncReport& report, const QString& name)
    {
        for (const AccountSync& sync : report.accounts) {
            if (sync.account == name)
                return sync;
        }
        static const AccountSync none;
        ADD_FAILURE() << "no report for " << name.toStdString();
        return none;
    }

    qint64 storedComments()
    {
        auto count = CommentStore(db()).count();
        EXPECT_TRUE(count.ok());
        return count.ok() ? *count : -1;
    }

    QString cursor(qint64 accountId, const QString& watch)
    {
        auto read = AccountStore(db()).cursor(accountId, watch);
        EXPECT_TRUE(read.ok()) << read.error().toString().toStdString();
        return read.ok() ? *read : QString();
    }

    Account account(qint64 id)
    {
        auto read = AccountStore(db()).byId(id);
        EXPECT_TRUE(read.ok());
        return read.ok() ? *read : Account {};
    }

    ScriptedClient& x() { return m_clients.of(u"agency-x"_s); }

    ScriptedClients m_clients;
    ClockWaiter m_waiter { m_clock };
    MemoryCredentialStore m_credentials;
    bool m_withCredentials = false;
    qint64 m_x = 0;
    qint64 m_fb = 0;
};

TEST_P(SyncRunnerTest, PagesAreStoredAndTheCursorMovesOnlyAfterThePollsLastPage)
{
    x().pages.push_back(ScriptedClient::page({ tweet(u"101"_s, u"one"_s), tweet(u"100"_s, u"two"_s) }, u"t2"_s, u"101"_s));
    x().pages.push_back(ScriptedClient::page({ tweet(u"99"_s, u"three"_s) }));

    const SyncReport report = run();
    EXPECT_EQ(of(report, u"agency-x"_s).status, AccountSync::Status::CaughtUp);
    EXPECT_EQ(of(report, u"agency-x"_s).inserted, 3);
    EXPECT_EQ(of(report, u"agency-x"_s).pages, 2);
    EXPECT_EQ(storedComments(), 3);
    EXPECT_EQ(cursor(m_x, u"mentions"_s), u"101"_s);
    ASSERT_EQ(x().calls.size(), 2);
    EXPECT_EQ(x().calls.at(0).text, QString()) << "a poll starts without a page token";
    EXPECT_EQ(x().calls.at(1).text, u"t2"_s);
    EXPECT_EQ(x().calls.at(1).cursor, QString()) << "since_id stays fixed while following the pages";

    run();
    EXPECT_EQ(x().calls.at(2).cursor, u"101"_s) << "the next poll starts from the stored cursor";
}

TEST_P(SyncRunnerTest, APollThatFailsMidwayKeepsItsPagesAndLeavesTheCursorSoTheNextRunRereads)
{
    ASSERT_FALSE(AccountStore(db()).advanceCursor(m_x, u"mentions"_s, u"50"_s).isError());
    x().pages.push_back(ScriptedClient::page({ tweet(u"101"_s, u"one"_s) }, u"t2"_s, u"101"_s));
    x().pages.push_back(ScriptedClient::pageFailure(PlatformOutcome::Status::Refused, u"400 invalid request"_s));

    const SyncReport failed = run();
    EXPECT_EQ(of(failed, u"agency-x"_s).status, AccountSync::Status::Failed);
    EXPECT_TRUE(failed.anyAccountFailed());
    EXPECT_EQ(storedComments(), 1);
    EXPECT_EQ(cursor(m_x, u"mentions"_s), u"50"_s);

    x().pages.push_back(ScriptedClient::page({ tweet(u"101"_s, u"one"_s) }, u"t2"_s, u"101"_s));
    x().pages.push_back(ScriptedClient::page({ tweet(u"99"_s, u"two"_s) }));
    const SyncReport again = run();
    EXPECT_EQ(of(again, u"agency-x"_s).inserted, 1) << "the re-read page stores nothing twice";
    EXPECT_EQ(storedComments(), 2);
    EXPECT_EQ(cursor(m_x, u"mentions"_s), u"101"_s);
}

TEST_P(SyncRunnerTest, ARateLimitThatResetsWithinAMinuteIsWaitedOut)
{
    x().pages.push_back(ScriptedClient::pageFailure(PlatformOutcome::Status::RateLimited, u"429"_s,
                                                    m_clock.now().addSecs(30)));
    x().pages.push_back(ScriptedClient::page({ tweet(u"101"_s, u"one"_s) }));
    const SyncReport report = run();
    EXPECT_EQ(of(report, u"agency-x"_s).status, AccountSync::Status::CaughtUp);
    EXPECT_EQ(m_waiter.waits, QList<qint64> { 30000 });
    EXPECT_EQ(storedComments(), 1);
}

TEST_P(SyncRunnerTest, ALongerRateLimitLeavesTheAccountRateLimitedUntilTheResetAndTheOthersGoOn)
{
    const QDateTime reset = m_clock.now().addSecs(900);
    x().pages.push_back(ScriptedClient::pageFailure(PlatformOutcome::Status::RateLimited, u"429"_s, reset));
    m_clients.of(u"agency-fb"_s, Platform::Facebook)
        .pages.push_back(ScriptedClient::page({ pageComment(u"1000_1_2"_s, u"hello"_s) }));

    const SyncReport report = run();
    EXPECT_EQ(of(report, u"agency-x"_s).status, AccountSync::Status::RateLimited);
    EXPECT_EQ(of(report, u"agency-x"_s).until, reset);
    EXPECT_TRUE(m_waiter.waits.isEmpty()) << "sync --once never waits more than 60 s on one account";
    EXPECT_FALSE(report.anyAccountFailed()) << "rate limited is not failed: exit 0";
    EXPECT_EQ(account(m_x).state, Account::State::RateLimited);
    EXPECT_EQ(account(m_x).rateLimitedUntil, reset);
    EXPECT_EQ(of(report, u"agency-fb"_s).status, AccountSync::Status::CaughtUp);
    EXPECT_EQ(storedComments(), 1);

    const SyncReport early = run();
    EXPECT_EQ(of(early, u"agency-x"_s).status, AccountSync::Status::RateLimited);
    EXPECT_EQ(x().calls.size(), 1) << "no request before the reset";
}

TEST_P(SyncRunnerTest, ARateLimitWithoutAResetTimeBacksOffFromOneSecondDoubling)
{
    for (int i = 0; i < 3; ++i)
        x().pages.push_back(ScriptedClient::pageFailure(PlatformOutcome::Status::RateLimited, u"429"_s));
    x().pages.push_back(ScriptedClient::page({ tweet(u"101"_s, u"one"_s) }));
    const SyncReport report = run();
    EXPECT_EQ(of(report, u"agency-x"_s).status, AccountSync::Status::CaughtUp);
    EXPECT_EQ(m_waiter.waits, (QList<qint64> { 1000, 2000, 4000 }));
}

TEST_P(SyncRunnerTest, ARevokedTokenMarksTheAccountForReauthenticationAndTheOthersAreSynced)
{
    x().pages.push_back(ScriptedClient::pageFailure(PlatformOutcome::Status::NeedsReauth, u"401 Unauthorized"_s));
    m_clients.of(u"agency-fb"_s, Platform::Facebook)
        .pages.push_back(ScriptedClient::page({ pageComment(u"1000_1_2"_s, u"hello"_s) }));
    const SyncReport report = run();
    EXPECT_EQ(of(report, u"agency-x"_s).status, AccountSync::Status::NeedsReauth);
    EXPECT_TRUE(report.anyAccountFailed());
    EXPECT_EQ(account(m_x).state, Account::State::NeedsReauth);
    EXPECT_EQ(account(m_x).stateReason, u"401 Unauthorized"_s);
    EXPECT_EQ(of(report, u"agency-fb"_s).status, AccountSync::Status::CaughtUp);

    // After `account set --token-stdin` the next successful round clears the state.
    x().pages.push_back(ScriptedClient::page({}));
    run();
    EXPECT_EQ(account(m_x).state, Account::State::Ok);
}

TEST_P(SyncRunnerTest, ABurstOf5xxIsRetriedWithExponentialBackoff)
{
    for (int i = 0; i < 3; ++i)
        x().pages.push_back(ScriptedClient::pageFailure(PlatformOutcome::Status::NotReached, u"503"_s));
    x().pages.push_back(ScriptedClient::page({ tweet(u"101"_s, u"one"_s) }));
    const SyncReport report = run();
    EXPECT_EQ(of(report, u"agency-x"_s).status, AccountSync::Status::CaughtUp);
    EXPECT_EQ(of(report, u"agency-x"_s).retries, 3);
    EXPECT_EQ(m_waiter.waits, (QList<qint64> { 1000, 2000, 4000 }));
}

TEST_P(SyncRunnerTest, JitterSpreadsTheBackoffWithinHalfToOneAndAHalfTimes)
{
    x().pages.push_back(ScriptedClient::pageFailure(PlatformOutcome::Status::NotReached, u"timeout"_s));
    x().pages.push_back(ScriptedClient::pageFailure(PlatformOutcome::Status::NotReached, u"timeout"_s));
    x().pages.push_back(ScriptedClient::page({}));
    SyncRunner::Options options;
    SyncRunner runner(db(), m_clients, m_waiter, options);
    runner.setRandom([] { return 0.0; });
    ASSERT_TRUE(runner.runOnce().ok());
    EXPECT_EQ(m_waiter.waits, (QList<qint64> { 500, 1000 }));
}

TEST_P(SyncRunnerTest, AnAccountThatKeepsFailingIsGivenUpAfterSixAttempts)
{
    for (int i = 0; i < 10; ++i)
        x().pages.push_back(ScriptedClient::pageFailure(PlatformOutcome::Status::NotReached, u"503"_s));
    const SyncReport report = run();
    EXPECT_EQ(of(report, u"agency-x"_s).status, AccountSync::Status::Failed);
    EXPECT_TRUE(of(report, u"agency-x"_s).message.contains(u"6 times"_s)) << of(report, u"agency-x"_s).message.toStdString();
    EXPECT_EQ(x().calls.size(), 6);
    EXPECT_EQ(m_waiter.waits.size(), 5);
}

TEST_P(SyncRunnerTest, ATruncatedPageIsReadAgainAndNeverHalfStored)
{
    x().pages.push_back(ScriptedClient::pageFailure(PlatformOutcome::Status::Malformed, u"truncated body"_s));
    x().pages.push_back(ScriptedClient::page({ tweet(u"101"_s, u"one"_s), tweet(u"100"_s, u"two"_s) }));
    const SyncReport report = run();
    EXPECT_EQ(of(report, u"agency-x"_s).status, AccountSync::Status::CaughtUp);
    EXPECT_EQ(storedComments(), 2);
}

TEST_P(SyncRunnerTest, AnItemThatCannotBeReadIsQuarantinedOnceWithItsBytesAndReason)
{
    auto page = ScriptedClient::page({ tweet(u"101"_s, u"one"_s) });
    page.value.unreadable.append({ R"({"id":"102","text":7})", u"$.data[1].text: expected a string, found a number"_s,
                                   u"https://api.x.com/2/users/42/mentions"_s });
    x().pages.push_back(page);
    x().pages.push_back(page);
    const SyncReport first = run();
    EXPECT_EQ(of(first, u"agency-x"_s).quarantined, 1);
    run();
    auto items = QuarantineStore(db()).list();
    ASSERT_TRUE(items.ok()) << items.error().toString().toStdString();
    ASSERT_EQ(items->size(), 1) << "the same bytes read again are kept once";
    EXPECT_EQ(items->first().raw, QByteArray(R"({"id":"102","text":7})"));
    EXPECT_TRUE(items->first().reason.contains(u"$.data[1].text"_s));
    EXPECT_EQ(storedComments(), 1);
}

TEST_P(SyncRunnerTest, TheReadingQuotaStopsThePollUntilTheNextHour)
{
    ASSERT_FALSE(AccountStore(db()).setQuotas(u"agency-x"_s, std::nullopt, 1, u"admin"_s).isError());
    x().pages.push_back(ScriptedClient::page({ tweet(u"101"_s, u"one"_s) }, u"t2"_s, u"101"_s));
    x().pages.push_back(ScriptedClient::page({ tweet(u"99"_s, u"two"_s) }));
    const SyncReport report = run();
    const AccountSync& sync = of(report, u"agency-x"_s);
    EXPECT_EQ(sync.status, AccountSync::Status::RateLimited);
    EXPECT_EQ(sync.until, QDateTime(m_clock.now().date(), QTime(m_clock.now().time().hour() + 1, 0), Qt::UTC));
    EXPECT_EQ(x().calls.size(), 1);
    EXPECT_EQ(cursor(m_x, u"mentions"_s), QString()) << "the poll did not complete";
}

TEST_P(SyncRunnerTest, AnAccountWithoutItsTokenFailsAndTheOthersAreSynced)
{
    m_clients.missing << u"agency-x"_s;
    m_clients.of(u"agency-fb"_s, Platform::Facebook)
        .pages.push_back(ScriptedClient::page({ pageComment(u"1000_1_2"_s, u"hello"_s) }));
    const SyncReport report = run();
    EXPECT_EQ(of(report, u"agency-x"_s).status, AccountSync::Status::Failed);
    EXPECT_TRUE(of(report, u"agency-x"_s).message.contains(u"keychain"_s));
    EXPECT_EQ(of(report, u"agency-fb"_s).status, AccountSync::Status::CaughtUp);
}

TEST_P(SyncRunnerTest, TheActivePolicyDecidesWhatWasStoredAndAnAutomaticHideGoesOut)
{
    ASSERT_TRUE(PolicyStore(db()).storeAndActivate(u"Sync test"_s, 1, kPolicy, u"supervisor"_s).ok());
    x().pages.push_back(ScriptedClient::page({ tweet(u"101"_s, u"my ssn is 123-45-6789"_s).conversation(u"101"_s),
                                               tweet(u"100"_s, u"When is my interview?"_s) }));
    const SyncReport report = run();
    EXPECT_TRUE(report.triaged);
    EXPECT_EQ(report.triage.decided, 2);
    EXPECT_EQ(report.triage.casesOpened, 1);
    EXPECT_EQ(report.triage.hidesQueued, 1);
    EXPECT_EQ(report.dispatch.sent, 1);
    EXPECT_EQ(x().callNames(), (QStringList { u"fetch"_s, u"hide"_s }));
    EXPECT_EQ(x().calls.last().target, u"101"_s);
}

TEST_P(SyncRunnerTest, OurOwnRepliesReadBackAreStoredAsContextAndOpenNoCase)
{
    ASSERT_TRUE(PolicyStore(db()).storeAndActivate(u"Sync test"_s, 1, kPolicy, u"supervisor"_s).ok());
    Comment ours = tweet(u"102"_s, u"Is there anything else we can help with?"_s).by(u"42"_s, u"agency"_s);
    ours.ours = true;
    x().pages.push_back(ScriptedClient::page({ ours }));
    const SyncReport report = run();
    EXPECT_EQ(storedComments(), 1);
    EXPECT_EQ(report.triage.casesOpened, 0);
    auto stored = CommentStore(db()).byPlatformId(Platform::Twitter, u"102"_s);
    ASSERT_TRUE(stored.ok());
    EXPECT_TRUE(stored->ours);
}

TEST_P(SyncRunnerTest, EachDayGetsOneSignedCheckpointThatVerifiesWithTheKey)
{
    m_withCredentials = true;
    const SyncReport first = run();
    EXPECT_TRUE(first.checkpointWritten) << first.checkpointProblem.toStdString();
    const SyncReport again = run();
    EXPECT_FALSE(again.checkpointWritten) << "one a day";
    m_clock.advance(24 * 3600);
    EXPECT_TRUE(run().checkpointWritten);

    auto check = verifyCheckpoints(db(), &m_credentials, u"test-store"_s);
    ASSERT_TRUE(check.ok()) << check.error().toString().toStdString();
    EXPECT_TRUE(check->ok()) << check->problem.toStdString();
    EXPECT_EQ(check->checked, 2);

    MemoryCredentialStore elsewhere; // a machine without the key
    auto unchecked = verifyCheckpoints(db(), &elsewhere, u"test-store"_s);
    ASSERT_TRUE(unchecked.ok());
    EXPECT_FALSE(unchecked->keyAvailable);
    EXPECT_TRUE(unchecked->ok());
}

TEST_P(SyncRunnerTest, ACheckpointDisagreeingWithTheLogIsFound)
{
    m_withCredentials = true;
    run();
    auto key = m_credentials.read(CredentialNames::checkpointKey(u"test-store"_s));
    ASSERT_TRUE(key.ok());
    // A log recomputed after the fact: the key-holder's checkpoint names another hash at that seq.
    AuditCheckpoint forged;
    forged.day = u"2026-11-03"_s;
    forged.seq = 1;
    forged.hash = QString(64, u'a');
    forged.mac = CheckpointMac::compute(*key, forged.day, forged.seq, forged.hash);
    forged.keyId = CheckpointMac::keyId(*key);
    forged.createdAt = m_clock.now();
    ASSERT_FALSE(CheckpointStore(db()).add(forged).isError());
    auto check = verifyCheckpoints(db(), &m_credentials, u"test-store"_s);
    ASSERT_TRUE(check.ok());
    EXPECT_FALSE(check->ok());
    EXPECT_TRUE(check->problem.contains(u"recomputed"_s)) << check->problem.toStdString();
}

TEST_P(SyncRunnerTest, ACheckpointWithABadSignatureIsFound)
{
    m_withCredentials = true;
    run();
    auto key = m_credentials.read(CredentialNames::checkpointKey(u"test-store"_s));
    ASSERT_TRUE(key.ok());
    AuditCheckpoint forged;
    forged.day = u"2026-11-04"_s;
    forged.seq = 1;
    forged.hash = QString(64, u'b');
    forged.mac = QString(64, u'0');
    forged.keyId = CheckpointMac::keyId(*key);
    forged.createdAt = m_clock.now();
    ASSERT_FALSE(CheckpointStore(db()).add(forged).isError());
    auto check = verifyCheckpoints(db(), &m_credentials, u"test-store"_s);
    ASSERT_TRUE(check.ok());
    EXPECT_TRUE(check->problem.contains(u"signature"_s)) << check->problem.toStdString();
}

TEST_P(SyncRunnerTest, AGoodPageThatSpentTheWindowMakesTheNextOneWaitForTheReset)
{
    auto first = ScriptedClient::page({ tweet(u"101"_s, u"one"_s) }, u"t2"_s, u"101"_s);
    first.outcome.limit.remaining = 0;
    first.outcome.limit.resetAt = m_clock.now().addSecs(20);
    x().pages.push_back(first);
    x().pages.push_back(ScriptedClient::page({ tweet(u"99"_s, u"two"_s) }));
    const SyncReport report = run();
    EXPECT_EQ(of(report, u"agency-x"_s).status, AccountSync::Status::CaughtUp);
    EXPECT_EQ(m_waiter.waits, QList<qint64> { 20000 });
    EXPECT_EQ(storedComments(), 2);

    auto spent = ScriptedClient::page({ tweet(u"102"_s, u"three"_s) }, u"t3"_s, u"102"_s);
    spent.outcome.limit.remaining = 0;
    spent.outcome.limit.resetAt = m_clock.now().addSecs(600);
    x().pages.push_back(spent);
    const SyncReport limited = run();
    EXPECT_EQ(of(limited, u"agency-x"_s).status, AccountSync::Status::RateLimited);
    EXPECT_EQ(of(limited, u"agency-x"_s).until, m_clock.now().addSecs(600));
    EXPECT_EQ(cursor(m_x, u"mentions"_s), u"101"_s) << "the unfinished poll leaves the cursor";
}

MODERATION_INSTANTIATE_ENGINES(SyncRunnerTest);
