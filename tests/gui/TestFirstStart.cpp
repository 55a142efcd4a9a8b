#include "FirstStart.h"
#include "CommentBuilders.h"
#include "TempDatabase.h"
#include "storage/CommentStore.h"

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;

namespace moderation::test {

namespace {

TEST(FirstStart, LoadsTheDemoIntoAnEmptyStore)
{
    TempDatabase temp(Engine::Sqlite);
    ASSERT_TRUE(temp.setupError().isEmpty()) << temp.setupError().toStdString();

    const auto loaded = FirstStart::loadDemoIfEmpty(temp.db());
    ASSERT_TRUE(loaded.ok()) << loaded.error().toString().toStdString();
    ASSERT_TRUE(loaded->has_value());
    const auto stored = CommentStore(temp.db()).count();
    ASSERT_TRUE(stored.ok());
    EXPECT_GE(*stored, 200);
    EXPECT_EQ((*loaded)->comments, *stored);
    EXPECT_TRUE(FirstStart::summary(**loaded).contains(QString::number(*stored)));

    // The second start finds the store in use and leaves it alone.
    const auto again = FirstStart::loadDemoIfEmpty(temp.db());
    ASSERT_TRUE(again.ok());
    EXPECT_FALSE(again->has_value());
}

TEST(FirstStart, LeavesAStoreThatHoldsCommentsAlone)
{
    TempDatabase temp(Engine::Sqlite);
    ASSERT_TRUE(temp.setupError().isEmpty()) << temp.setupError().toStdString();
    ASSERT_TRUE(CommentStore(temp.db()).ingest(demoLikeComments(3)).ok());

    const auto loaded = FirstStart::loadDemoIfEmpty(temp.db());
    ASSERT_TRUE(loaded.ok()) << loaded.error().toString().toStdString();
    EXPECT_FALSE(loaded->has_value());
    EXPECT_EQ(*CommentStore(temp.db()).count(), 3);
}

TEST(FirstStart, NeverLoadsTheDemoIntoASharedPostgresSite)
{
    TempDatabase temp(Engine::Postgres);
    ASSERT_TRUE(temp.setupError().isEmpty()) << temp.setupError().toStdString();

    const auto loaded = FirstStart::loadDemoIfEmpty(temp.db());
    ASSERT_TRUE(loaded.ok()) << loaded.error().toString().toStdString();
    EXPECT_FALSE(loaded->has_value());
    const auto stored = CommentStore(temp.db()).count();
    ASSERT_TRUE(stored.ok()) << stored.error().toString().toStdString();
    EXPECT_EQ(*stored, 0);
}

} // namespace

} // namespace moderation::test
