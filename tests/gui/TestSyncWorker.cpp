#include "MainWindow.h"
#include "SyncThread.h"
#include "SyncWorker.h"
#include "SessionFixture.h"
#include "connectors/HttpTransport.h"
#include "TempDatabase.h"
#include "Translations.h"
#include "agent/InboxModel.h"
#include "agent/InboxWidget.h"
#include "storage/CommentStore.h"
#include "sync/DemoLoader.h"
#include "sync/SyncRunner.h"

#include <QApplication>
#include <QPointer>
#include <QSignalSpy>
#include <QTest>
#include <gtest/gtest.h>

#include <memory>

using namespace Qt::StringLiterals;

namespace moderation::test {

namespace {

// A round on a demo store is local work (no network): a minute is generous even on a loaded
// machine. The tests wait for the signal, never sleep.
constexpr int kRoundTimeoutMs = 60000;

class SyncWorkerTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(Translations::install(*qApp, u"en"_s));
        m_temp = std::make_unique<TempDatabase>(Engine::Sqlite);
        ASSERT_TRUE(m_temp->setupError().isEmpty()) << m_temp->setupError().toStdString();
        // A demo store whose comments come by sync: accounts, people, policy, no comments yet.
        auto prepared = DemoLoader::prepare(m_temp->db());
        ASSERT_TRUE(prepared.ok()) << prepared.error().toString().toStdString();
    }

    qint64 stored()
    {
        auto count = CommentStore(m_temp->db()).count();
        EXPECT_TRUE(count.ok());
        return count.ok() ? *count : -1;
    }

    std::unique_ptr<TempDatabase> m_temp;
};

} // namespace

TEST_F(SyncWorkerTest, ARoundOnADemoStoreStoresCommentsAndSaysSo)
{
    ASSERT_EQ(stored(), 0);
    SyncThread sync(m_temp->url(), SyncWorker::Options {});
    QSignalSpy rounds(sync.worker(), &SyncWorker::roundFinished);
    QSignalSpy failures(sync.worker(), &SyncWorker::failed);
    sync.start();
    ASSERT_TRUE(sync.isRunning());
    // The first round runs as the thread starts.
    ASSERT_TRUE(rounds.count() > 0 || rounds.wait(kRoundTimeoutMs)) << "no round finished";
    EXPECT_EQ(failures.count(), 0) << (failures.isEmpty() ? "" : failures.first().first().toString().toStdString());
    const QString text = rounds.first().at(0).toString();
    const int storedByRound = rounds.first().at(1).toInt();
    EXPECT_TRUE(text.startsWith(u"Synced "_s)) << text.toStdString();
    EXPECT_TRUE(text.contains(u"new comment"_s)) << text.toStdString();
    EXPECT_GT(storedByRound, 0);
    EXPECT_EQ(stored(), storedByRound) << "the worker's own connection wrote to the same store";

    // Another round on demand: the replay has moved on by a little at most.
    sync.runRoundNow();
    ASSERT_TRUE(rounds.wait(kRoundTimeoutMs));
    EXPECT_GE(stored(), storedByRound);

    QPointer<SyncWorker> worker = sync.worker();
    sync.stop();
    EXPECT_FALSE(sync.isRunning());
    EXPECT_TRUE(worker.isNull()) << "the worker was deleted in its thread as the thread finished";
}

TEST_F(SyncWorkerTest, TheWindowSyncsItsSingleSeatStoreAndJoinsTheThreadWhenItGoes)
{
    auto session = openSession(*m_temp);
    ASSERT_TRUE(session);
    // Neither the store nor a platform is reached from the GUI thread while the desk syncs.
    Database::forbidThread(QThread::currentThread());
    HttpTransport::forbidThread(QThread::currentThread());
    auto window = std::make_unique<MainWindow>(*session);
    EXPECT_TRUE(window->syncText().isEmpty());
    ASSERT_TRUE(window->startSync());
    EXPECT_FALSE(window->startSync()) << "one sync a window";
    ASSERT_NE(window->sync(), nullptr);
    // Events are processed until the window shows the first round's outcome (its slot is queued).
    EXPECT_TRUE(QTest::qWaitFor([&] { return window->syncText().startsWith(u"Synced "_s); }, kRoundTimeoutMs));
    EXPECT_TRUE(window->syncText().startsWith(u"Synced "_s)) << window->syncText().toStdString();
    // The round's comments reach the inbox as another seat's change would (the change feed).
    EXPECT_TRUE(QTest::qWaitFor([&] { return window->inbox()->model()->storeCount() > 0; }, kRoundTimeoutMs))
        << "the inbox reloaded after the round";

    QPointer<SyncWorker> worker = window->sync()->worker();
    window.reset();
    EXPECT_TRUE(worker.isNull()) << "the window's destruction joined the sync's thread";
    EXPECT_EQ(Database::forbiddenThreadCalls(), 0);
    EXPECT_EQ(HttpTransport::forbiddenThreadCalls(), 0);
    Database::forbidThread(nullptr);
    HttpTransport::forbidThread(nullptr);
}

TEST_F(SyncWorkerTest, ASharedSiteIsNotSyncedByTheDesk)
{
    TempDatabase shared(Engine::Postgres);
    ASSERT_TRUE(shared.setupError().isEmpty()) << shared.setupError().toStdString();
    auto session = openSession(shared);
    ASSERT_TRUE(session);
    MainWindow window(*session);
    EXPECT_FALSE(window.startSync());
    EXPECT_EQ(window.sync(), nullptr);
}

TEST(SyncWorkerText, NamesEachAccountsOutcome)
{
    ASSERT_TRUE(Translations::install(*qApp, u"en"_s));
    const QDateTime at = QDateTime::currentDateTime();
    SyncReport report;
    AccountSync fine;
    fine.account = u"agency-fb"_s;
    fine.inserted = 3;
    AccountSync limited;
    limited.account = u"agency-x"_s;
    limited.status = AccountSync::Status::RateLimited;
    limited.until = at.addSecs(600);
    limited.inserted = 1;
    AccountSync expired;
    expired.account = u"agency-ig"_s;
    expired.status = AccountSync::Status::NeedsReauth;
    report.accounts = { fine, limited, expired };
    const QString text = SyncWorker::statusText(report, at);
    EXPECT_TRUE(text.startsWith(u"Synced "_s)) << text.toStdString();
    EXPECT_TRUE(text.contains(u"4 new comments"_s)) << text.toStdString();
    EXPECT_TRUE(text.contains(u"agency-x rate limited until "_s)) << text.toStdString();
    EXPECT_TRUE(text.contains(u"agency-ig needs re-authentication"_s)) << text.toStdString();
    EXPECT_FALSE(text.contains(u"agency-fb"_s)) << "an account that is fine is not named";

    report.accounts = { AccountSync {} };
    EXPECT_TRUE(SyncWorker::statusText(report, at).contains(u"no new comments"_s));
    report.accounts.first().inserted = 1;
    EXPECT_TRUE(SyncWorker::statusText(report, at).contains(u"1 new comment"_s));
}

} // namespace moderation::test
