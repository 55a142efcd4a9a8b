// Seats see each other's changes without reloading (issue 18 item 8): a change committed on one
// connection is reported by the other's ChangeFeed::poll(), on both engines, without waiting.
#include "TempDatabase.h"

#include "storage/ChangeFeed.h"
#include "storage/CaseStore.h"
#include "sync/DemoLoader.h"

#include <QSignalSpy>

using namespace Qt::StringLiterals;
using namespace moderation;
using namespace moderation::test;

class ChangeFeedTest : public EngineTest
{
protected:
    void SetUp() override
    {
        EngineTest::SetUp();
        if (HasFatalFailure())
            return;
        ASSERT_TRUE(DemoLoader::load(db()).ok());
        auto other = temp().openAnother();
        ASSERT_TRUE(other.ok()) << other.error().toString().toStdString();
        m_other = std::move(other.value());
    }
    void TearDown() override
    {
        m_other.reset();
        EngineTest::TearDown();
    }
    // What a SQLite feed can say (something) or a PostgreSQL one (which table).
    QStringList expected(const QString& table)
    {
        return db().isSqlite() ? QStringList { ChangeFeed::kAnyTable.toString() } : QStringList { table };
    }

    std::unique_ptr<Database> m_other;
};

TEST_P(ChangeFeedTest, AChangeCommittedByAnotherConnectionIsSeenAtTheNextPoll)
{
    auto feed = ChangeFeed::follow(db());
    ASSERT_TRUE(feed.ok()) << feed.error().toString().toStdString();
    QSignalSpy changed(feed->get(), &ChangeFeed::changed);
    auto quiet = (*feed)->poll();
    ASSERT_TRUE(quiet.ok()) << quiet.error().toString().toStdString();
    EXPECT_TRUE(quiet->isEmpty()) << quiet->join(u',').toStdString();

    ASSERT_FALSE(m_other->execRaw(u"UPDATE cases SET priority = 'urgent' WHERE id = (SELECT min(id) FROM cases)"_s).isError());
    auto seen = (*feed)->poll();
    ASSERT_TRUE(seen.ok()) << seen.error().toString().toStdString();
    EXPECT_EQ(*seen, expected(u"cases"_s));
    ASSERT_EQ(changed.count(), 1);
    EXPECT_EQ(changed.at(0).at(0).toStringList(), expected(u"cases"_s));

    // Reported once: the next poll is quiet again.
    auto again = (*feed)->poll();
    ASSERT_TRUE(again.ok());
    EXPECT_TRUE(again->isEmpty()) << again->join(u',').toStdString();
}

TEST_P(ChangeFeedTest, ARolledBackChangeAndTheFeedsOwnChangesAreNotNews)
{
    auto feed = ChangeFeed::follow(db());
    ASSERT_TRUE(feed.ok()) << feed.error().toString().toStdString();
    ASSERT_FALSE(db().execRaw(u"UPDATE cases SET priority = 'low' WHERE id = (SELECT min(id) FROM cases)"_s).isError());
    const Error rolledBack = m_other->transaction([&]() -> Error {
        if (Error error = m_other->execRaw(u"UPDATE cases SET priority = 'high'"_s); error.isError())
            return error;
        return Error(Error::Code::Refused, u"changed my mind"_s);
    });
    ASSERT_TRUE(rolledBack.isError());
    auto seen = (*feed)->poll();
    ASSERT_TRUE(seen.ok()) << seen.error().toString().toStdString();
    EXPECT_TRUE(seen->isEmpty()) << seen->join(u',').toStdString();
}

// SQLite's counter says that something changed, not which table: PostgreSQL's notifications name
// each table.
class ChangeFeedPostgresTest : public ChangeFeedTest
{
};

TEST_P(ChangeFeedPostgresTest, EveryWatchedTableIsNamed)
{
    auto feed = ChangeFeed::follow(db());
    ASSERT_TRUE(feed.ok()) << feed.error().toString().toStdString();
    const Error error = m_other->transaction([&]() -> Error {
        for (const QString& sql : { u"UPDATE cases SET priority = priority"_s, u"UPDATE drafts SET state = state"_s,
                                    u"DELETE FROM reviews WHERE false"_s, u"UPDATE outbox SET attempts = attempts"_s,
                                    u"UPDATE comments SET removed = removed"_s }) {
            if (Error failed = m_other->execRaw(sql); failed.isError())
                return failed;
        }
        return {};
    });
    ASSERT_FALSE(error.isError()) << error.toString().toStdString();
    auto seen = (*feed)->poll();
    ASSERT_TRUE(seen.ok()) << seen.error().toString().toStdString();
    EXPECT_EQ(*seen, (QStringList { u"cases"_s, u"comments"_s, u"drafts"_s, u"outbox"_s, u"reviews"_s }));
}

MODERATION_INSTANTIATE_ENGINES(ChangeFeedTest);
INSTANTIATE_TEST_SUITE_P(Postgres, ChangeFeedPostgresTest, ::testing::Values(Engine::Postgres));
