// Database::execCached: statements prepared once per connection and re-run, on both engines.
#include "TempDatabase.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;
using namespace moderation;
using namespace moderation::test;

class StatementCacheTest : public EngineTest
{
protected:
    void SetUp() override
    {
        EngineTest::SetUp();
        if (HasFatalFailure())
            return;
        ASSERT_FALSE(db().execRaw(u"CREATE TABLE cache_probe (n INTEGER NOT NULL UNIQUE, word TEXT NOT NULL)"_s)
                         .isError());
        for (int n = 1; n <= 5; ++n)
            ASSERT_TRUE(db().exec(u"INSERT INTO cache_probe (n, word) VALUES (?, ?)"_s, { n, u"w%1"_s.arg(n) }).ok());
    }

    QStringList wordsAbove(int n)
    {
        auto query = db().execCached(u"SELECT word FROM cache_probe WHERE n > ? ORDER BY n"_s, { n });
        EXPECT_TRUE(query.ok()) << query.error().toString().toStdString();
        QStringList words;
        while (query.ok() && query->next())
            words << query->value(0).toString();
        return words;
    }
};

TEST_P(StatementCacheTest, ReRunningACachedStatementBindsTheNewValues)
{
    const int before = db().cachedStatementCount();
    EXPECT_EQ(wordsAbove(3), (QStringList { u"w4"_s, u"w5"_s }));
    EXPECT_EQ(wordsAbove(1), (QStringList { u"w2"_s, u"w3"_s, u"w4"_s, u"w5"_s }));
    EXPECT_EQ(wordsAbove(5), QStringList {});
    EXPECT_EQ(db().cachedStatementCount(), before + 1);
}

TEST_P(StatementCacheTest, RunWhileTheSameStatementIsHeldDoesNotReBindTheHolders)
{
    const QString sql = u"SELECT word FROM cache_probe WHERE n > ? ORDER BY n"_s;
    auto outer = db().execCached(sql, { 2 });
    ASSERT_TRUE(outer.ok()) << outer.error().toString().toStdString();
    QStringList outerWords;
    while (outer->next())
        outerWords << outer->value(0).toString();
    const int cached = db().cachedStatementCount();

    EXPECT_EQ(wordsAbove(4), QStringList { u"w5"_s }); // the same SQL, while outer is still held
    EXPECT_EQ(outer->query().boundValue(0).toInt(), 2);
    EXPECT_EQ(outerWords, (QStringList { u"w3"_s, u"w4"_s, u"w5"_s }));
    EXPECT_EQ(db().cachedStatementCount(), cached); // the nested run's statement was not kept
}

TEST_P(StatementCacheTest, FewerValuesThanTheStatementWasRunWithAreRefused)
{
    ASSERT_TRUE(db().execCached(u"SELECT word FROM cache_probe WHERE n > ? AND word <> ?"_s, { 1, u"w2"_s }).ok());
    auto shortOfOne = db().execCached(u"SELECT word FROM cache_probe WHERE n > ? AND word <> ?"_s, { 1 });
    ASSERT_FALSE(shortOfOne.ok());
    EXPECT_EQ(shortOfOne.error().code(), Error::Code::Internal);
}

TEST_P(StatementCacheTest, AFailedRunDoesNotSpoilTheNextOne)
{
    const QString insert = u"INSERT INTO cache_probe (n, word) VALUES (?, ?)"_s;
    ASSERT_TRUE(db().execCached(insert, { 6, u"w6"_s }).ok());
    auto duplicate = db().execCached(insert, { 6, u"again"_s });
    ASSERT_FALSE(duplicate.ok());
    EXPECT_EQ(duplicate.error().code(), Error::Code::Refused);
    ASSERT_TRUE(db().execCached(insert, { 7, u"w7"_s }).ok());
    EXPECT_EQ(wordsAbove(5), (QStringList { u"w6"_s, u"w7"_s }));
}

TEST_P(StatementCacheTest, StatementThatFailedInATransactionIsFreedAfterIt)
{
    const QString insert = u"INSERT INTO cache_probe (n, word) VALUES (?, ?)"_s;
    const int before = db().cachedStatementCount(); // the audit log's and the stores' of the set-up
    const Error failed = db().transaction([&]() -> Error {
        auto duplicate = db().execCached(insert, { 1, u"again"_s });
        return duplicate ? Error() : duplicate.error();
    });
    ASSERT_TRUE(failed.isError());
    EXPECT_EQ(db().cachedStatementCount(), before);
    ASSERT_TRUE(db().execCached(insert, { 6, u"w6"_s }).ok());
    EXPECT_EQ(db().cachedStatementCount(), before + 1);
    if (GetParam() == Engine::Postgres) {
        // Freed on the server too: DEALLOCATE waited until the aborted transaction had ended.
        auto prepared = db().exec(u"SELECT COUNT(*) FROM pg_prepared_statements WHERE statement LIKE '%cache_probe%'"_s);
        ASSERT_TRUE(prepared.ok() && prepared->next()) << prepared.error().toString().toStdString();
        EXPECT_EQ(prepared->value(0).toInt(), 2); // the cached INSERT and this query
    }
}

// The same for a statement run without the cache (Database::exec): it is not kept, but freeing it
// inside the aborted transaction would fail on PostgreSQL and leave it on the server.
TEST_P(StatementCacheTest, UncachedStatementThatFailedInATransactionIsFreedAfterIt)
{
    const Error failed = db().transaction([&]() -> Error {
        auto duplicate = db().exec(u"INSERT INTO cache_probe (n, word) VALUES (?, ?) -- uncached"_s, { 1, u"again"_s });
        return duplicate ? Error() : duplicate.error();
    });
    ASSERT_TRUE(failed.isError());
    ASSERT_TRUE(db().exec(u"INSERT INTO cache_probe (n, word) VALUES (?, ?)"_s, { 7, u"w7"_s }).ok());
    if (GetParam() == Engine::Postgres) {
        auto prepared = db().exec(u"SELECT COUNT(*) FROM pg_prepared_statements WHERE statement LIKE '%uncached%'"_s);
        ASSERT_TRUE(prepared.ok() && prepared->next()) << prepared.error().toString().toStdString();
        EXPECT_EQ(prepared->value(0).toInt(), 1); // this query only
    }
}

TEST_P(StatementCacheTest, CacheKeepsAtMostItsCapacity)
{
    const int capacity = Database::statementCacheCapacity();
    for (int i = 0; i < capacity + 20; ++i) {
        auto query = db().execCached(u"SELECT %1 FROM cache_probe WHERE n = ?"_s.arg(i), { 1 });
        ASSERT_TRUE(query.ok()) << query.error().toString().toStdString();
    }
    EXPECT_EQ(db().cachedStatementCount(), capacity);
    if (GetParam() == Engine::Postgres) {
        // A dropped statement is deallocated on the server too, not only forgotten here.
        auto prepared = db().exec(u"SELECT COUNT(*) FROM pg_prepared_statements"_s);
        ASSERT_TRUE(prepared.ok() && prepared->next());
        EXPECT_LE(prepared->value(0).toInt(), capacity + 1); // +1: this query's own statement
    }
}

TEST_P(StatementCacheTest, MigratingEmptiesTheCache)
{
    ASSERT_EQ(wordsAbove(4), QStringList { u"w5"_s });
    ASSERT_GT(db().cachedStatementCount(), 0);
    ASSERT_FALSE(db().migrate().isError());
    EXPECT_EQ(db().cachedStatementCount(), 0);
    EXPECT_EQ(wordsAbove(4), QStringList { u"w5"_s });
}

MODERATION_INSTANTIATE_ENGINES(StatementCacheTest);

// SQLite keeps a read transaction (and its WAL snapshot) open until a read is finished; a cached
// statement that was left half-read would hold back every other connection's checkpoint.
TEST(StatementCacheSqliteTest, AHalfReadCachedQueryDoesNotHoldBackACheckpoint)
{
    TempDatabase temp(Engine::Sqlite);
    ASSERT_TRUE(temp.setupError().isEmpty()) << temp.setupError().toStdString();
    Database& reader = temp.db();
    ASSERT_FALSE(reader.execRaw(u"CREATE TABLE cache_probe (n INTEGER NOT NULL)"_s).isError());
    for (int n = 1; n <= 3; ++n)
        ASSERT_TRUE(reader.exec(u"INSERT INTO cache_probe (n) VALUES (?)"_s, { n }).ok());
    const int before = reader.cachedStatementCount(); // the set-up's audit rows
    {
        auto firstRow = reader.execCached(u"SELECT n FROM cache_probe WHERE n > ? ORDER BY n"_s, { 0 });
        ASSERT_TRUE(firstRow.ok()) << firstRow.error().toString().toStdString();
        ASSERT_TRUE(firstRow->next()); // two rows left unread
    }
    ASSERT_EQ(reader.cachedStatementCount(), before + 1);

    auto writer = temp.openAnother();
    ASSERT_TRUE(writer.ok()) << writer.error().toString().toStdString();
    const Error wrote = (*writer)->transaction([&]() -> Error {
        auto inserted = (*writer)->exec(u"INSERT INTO cache_probe (n) VALUES (?)"_s, { 4 });
        return inserted ? Error() : inserted.error();
    });
    ASSERT_FALSE(wrote.isError()) << wrote.toString().toStdString();
    auto checkpoint = (*writer)->exec(u"PRAGMA wal_checkpoint(PASSIVE)"_s);
    ASSERT_TRUE(checkpoint.ok() && checkpoint->next()) << checkpoint.error().toString().toStdString();
    const int busy = checkpoint->value(0).toInt();
    const int walFrames = checkpoint->value(1).toInt();
    const int checkpointed = checkpoint->value(2).toInt();
    EXPECT_EQ(busy, 0);
    EXPECT_GT(walFrames, 0);
    EXPECT_EQ(checkpointed, walFrames); // nothing held back by the reader's old snapshot
}
// Reading one query while running another is SQLite-only: QPSQL reads forward-only queries in
// single-row mode, and any other query on the connection discards the rest of the rows (with or
// without the cache).
TEST(StatementCacheSqliteTest, NestedRunOfTheSameStatementLeavesTheOuterRowsAlone)
{
    TempDatabase temp(Engine::Sqlite);
    ASSERT_TRUE(temp.setupError().isEmpty()) << temp.setupError().toStdString();
    Database& db = temp.db();
    ASSERT_FALSE(db.execRaw(u"CREATE TABLE cache_probe (n INTEGER NOT NULL)"_s).isError());
    for (int n = 1; n <= 5; ++n)
        ASSERT_TRUE(db.exec(u"INSERT INTO cache_probe (n) VALUES (?)"_s, { n }).ok());
    const QString sql = u"SELECT n FROM cache_probe WHERE n > ? ORDER BY n"_s;

    auto outer = db.execCached(sql, { 2 });
    ASSERT_TRUE(outer.ok()) << outer.error().toString().toStdString();
    QList<int> outerRows;
    while (outer->next()) {
        outerRows << outer->value(0).toInt();
        auto inner = db.execCached(sql, { 4 });
        ASSERT_TRUE(inner.ok()) << inner.error().toString().toStdString();
        ASSERT_TRUE(inner->next());
        EXPECT_EQ(inner->value(0).toInt(), 5);
    }
    EXPECT_EQ(outerRows, (QList<int> { 3, 4, 5 }));
}

// Reading one result while running another statement on the same connection: every row of the
// first must still come, on both engines (QPSQL streams forward-only results row by row, and a
// second statement on the connection used to cut the first one short).
TEST_P(StatementCacheTest, AStatementRunMidReadLosesNoRowsOfTheFirst)
{
    for (int n = 6; n <= 300; ++n)
        ASSERT_TRUE(db().exec(u"INSERT INTO cache_probe (n, word) VALUES (?, ?)"_s, { n, u"w%1"_s.arg(n) }).ok());
    // Reads every row, running two other statements now and then; returns (rows, last n).
    const auto readAll = [&](auto& query) {
        int rows = 0;
        int last = 0;
        while (query.next()) {
            ++rows;
            last = query.value(0).toInt();
            if (rows % 50 == 10) {
                auto inner = db().exec(u"SELECT COUNT(*) FROM cache_probe WHERE n > ?"_s, { last });
                EXPECT_TRUE(inner.ok() && inner->next());
                if (inner.ok()) {
                    EXPECT_EQ(inner->value(0).toInt(), 300 - last);
                }
                auto innerCached = db().execCached(u"SELECT word FROM cache_probe WHERE n = ?"_s, { last });
                EXPECT_TRUE(innerCached.ok() && innerCached->next());
            }
        }
        return std::pair { rows, last };
    };
    const QString sql = u"SELECT n FROM cache_probe ORDER BY n"_s;
    {
        auto query = db().exec(sql);
        ASSERT_TRUE(query.ok());
        EXPECT_EQ(readAll(*query), (std::pair { 300, 300 })) << "exec";
    }
    {
        auto query = db().execCached(sql, {});
        ASSERT_TRUE(query.ok());
        EXPECT_EQ(readAll(*query), (std::pair { 300, 300 })) << "execCached";
    }
}
