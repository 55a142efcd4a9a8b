#include "StoreReads.h"
#include "TempDatabase.h"

#include "storage/CommentStore.h"

#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;
using namespace moderation;
using namespace moderation::test;

class DatabaseTest : public EngineTest
{
};

TEST_P(DatabaseTest, OpenMigratesToLatestVersion)
{
    EXPECT_EQ(db().schemaVersion().value(), Database::latestSchemaVersion());
}

TEST_P(DatabaseTest, MigratingTwiceChangesNothing)
{
    const qint64 before = auditCount(db());
    ASSERT_GT(before, 0); // the migrations' own events
    ASSERT_FALSE(db().migrate().isError());
    auto again = temp().openAnother();
    ASSERT_TRUE(again.ok()) << again.error().toString().toStdString();
    const Result<int> version = (*again)->schemaVersion();
    ASSERT_TRUE(version.ok()) << version.error().toString().toStdString();
    EXPECT_EQ(*version, Database::latestSchemaVersion());
    EXPECT_EQ(auditCount(db()), before);
}

MODERATION_INSTANTIATE_ENGINES(DatabaseTest);
