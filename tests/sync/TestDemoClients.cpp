#include "ClockWaiter.h"
#include "TempDatabase.h"

#include "review/ReviewDesk.h"
#include "routing/Router.h"
#include "storage/AccountStore.h"
#include "storage/CommentStore.h"
#include "storage/OutboxStore.h"
#include "sync/DemoClients.h"
#include "sync/DemoLoader.h"
#include "sync/SyncRunner.h"

#include <QTemporaryDir>

using namespace Qt::StringLiterals;
using namespace moderation;
using namespace moderation::test;

// A demo store synced by the real pipeline: the demo accounts' comments arrive by the replay's
// clock (the MockClock, moved by the test), triage opens their cases, and an approved reply goes
// to the local record once.
class DemoClientsTest : public ClockedEngineTest
{
protected:
    void SetUp() override
    {
        ClockedEngineTest::SetUp();
        if (HasFatalFailure())
            return;
        auto prepared = DemoLoader::prepare(db());
        ASSERT_TRUE(prepared.ok()) << prepared.error().toString().toStdString();
        ASSERT_EQ(prepared->accountsAdded, 2);
        ASSERT_TRUE(m_dir.isValid());
        m_clients = std::make_unique<DemoClients>(m_clock, 60.0);
        ASSERT_FALSE(m_clients->setRecordFile(m_dir.filePath(u"demo-sends.jsonl"_s)).isError());
    }

    SyncReport round()
    {
        ClockWaiter waiter(m_clock);
        SyncRunner runner(db(), *m_clients, waiter, SyncRunner::Options {});
        runner.setRandom([] { return 0.5; });
        auto report = runner.runOnce();
        EXPECT_TRUE(report.ok()) << report.error().toString().toStdString();
        return report.ok() ? *report : SyncReport {};
    }

    qint64 stored()
    {
        auto count = CommentStore(db()).count();
        EXPECT_TRUE(count.ok());
        return count.ok() ? *count : -1;
    }

    static int inserted(const SyncReport& report)
    {
        int total = 0;
        for (const AccountSync& account : report.accounts) {
            EXPECT_EQ(account.status, AccountSync::Status::CaughtUp) << account.message.toStdString();
            total += account.inserted;
        }
        return total;
    }

    QTemporaryDir m_dir;
    std::unique_ptr<DemoClients> m_clients;
};

TEST_P(DemoClientsTest, APreparedDemoStoreIsADemoStoreWithNoComments)
{
    auto demo = DemoClients::isDemoStore(db());
    ASSERT_TRUE(demo.ok());
    EXPECT_TRUE(*demo);
    EXPECT_EQ(stored(), 0);
}

TEST_P(DemoClientsTest, AStoreWithAnotherAccountIsNoDemoStore)
{
    Account account;
    account.platform = Platform::Twitter;
    account.name = u"agency-x"_s;
    account.externalId = u"42"_s;
    account.watches = { u"mentions"_s };
    ASSERT_TRUE(AccountStore(db()).add(account, u"admin"_s).ok());
    auto demo = DemoClients::isDemoStore(db());
    ASSERT_TRUE(demo.ok());
    EXPECT_FALSE(*demo);
    // And the demo provider will not speak for it.
    auto stored = AccountStore(db()).byName(u"agency-x"_s);
    ASSERT_TRUE(stored.ok());
    EXPECT_EQ(m_clients->clientFor(*stored).error().code(), Error::Code::NotFound);
}

TEST_P(DemoClientsTest, CommentsArriveOverRoundsAsTheClockMoves)
{
    const SyncReport first = round();
    ASSERT_EQ(first.accounts.size(), 2);
    const qint64 afterFirst = stored();
    EXPECT_GT(afterFirst, 0) << "each account's first recorded comment arrives at the start";
    EXPECT_EQ(inserted(first), afterFirst);
    EXPECT_LT(afterFirst, 10) << "but not the whole recording";
    EXPECT_TRUE(first.triaged) << "the demo policy decides what arrived";

    // Nothing new without time passing.
    EXPECT_EQ(inserted(round()), 0);
    EXPECT_EQ(stored(), afterFirst);

    // Two minutes at 60 times: two recorded hours of the office hour arrive.
    m_clock.advance(120);
    const SyncReport later = round();
    EXPECT_GT(inserted(later), 0);
    const qint64 afterLater = stored();
    EXPECT_GT(afterLater, afterFirst);

    // After the replay's end, the whole recording is stored, as the one-go loader would have it.
    m_clock.advance(3 * 3600);
    round();
    const qint64 all = stored();
    EXPECT_GT(all, afterLater);
    EXPECT_EQ(inserted(round()), 0) << "and nothing twice";

    auto full = TempDatabase(GetParam());
    ASSERT_TRUE(full.setupError().isEmpty()) << full.setupError().toStdString();
    auto loaded = DemoLoader::load(full.db());
    ASSERT_TRUE(loaded.ok()) << loaded.error().toString().toStdString();
    auto loadedCount = CommentStore(full.db()).count();
    ASSERT_TRUE(loadedCount.ok());
    EXPECT_EQ(all, *loadedCount);
}

TEST_P(DemoClientsTest, AnApprovedReplyGoesToTheLocalRecordOnce)
{
    round();
    m_clock.advance(600);
    round();
    auto taken = Router(db()).next(u"demo.agent"_s, u"demo.agent"_s);
    ASSERT_TRUE(taken.ok()) << taken.error().toString().toStdString();
    ASSERT_TRUE(taken->has_value()) << "the demo agent has a case after ten replayed minutes";
    const Case work = **taken;
    const QString text = u"Thank you for asking. The answers are at immigration.example/answers."_s;
    auto draft = ReviewDesk(db()).submit(work.id, u"demo.agent"_s, text, {}, u"demo.agent"_s);
    ASSERT_TRUE(draft.ok()) << draft.error().toString().toStdString();
    auto approval = ReviewDesk(db()).approve(draft->id, u"demo.reviewer"_s, u"demo.reviewer"_s);
    ASSERT_TRUE(approval.ok()) << approval.error().toString().toStdString();

    auto replies = [this] {
        QList<DemoSend> found;
        for (const DemoSend& send : m_clients->record().sends()) {
            if (send.kind == u"reply"_s)
                found << send;
        }
        return found;
    };
    EXPECT_TRUE(replies().isEmpty());
    const SyncReport sent = round();
    EXPECT_GE(sent.dispatch.sent, 1) << "the reply (and any hide the policy queued)";
    ASSERT_EQ(replies().size(), 1);
    EXPECT_EQ(replies().first().text, text);
    EXPECT_EQ(replies().first().id, u"demo-reply-1"_s);
    EXPECT_TRUE(replies().first().account.startsWith(u"demo-"_s));

    m_clock.advance(600);
    round();
    EXPECT_EQ(replies().size(), 1) << "sent once";
    auto entry = OutboxStore(db()).replyFor(draft->id);
    ASSERT_TRUE(entry.ok() && entry->has_value());
    auto sentEntry = OutboxStore(db()).byId((*entry)->id);
    ASSERT_TRUE(sentEntry.ok());
    EXPECT_EQ(sentEntry->state, OutboxEntry::State::Sent);
    EXPECT_EQ(sentEntry->platformResultId, u"demo-reply-1"_s);

    // The record outlives the provider: a new one (the app restarted) finds the reply.
    DemoClients restarted(m_clock, 60.0);
    ASSERT_FALSE(restarted.setRecordFile(m_dir.filePath(u"demo-sends.jsonl"_s)).isError());
    EXPECT_EQ(restarted.record().sends().size(), m_clients->record().sends().size());
}

MODERATION_INSTANTIATE_ENGINES(DemoClientsTest);
