#include "TempDatabase.h"

#include "audit/AuditLog.h"
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
    EXPECT_EQ(db().schemaVersion(), Database::latestSchemaVersion());
}

TEST_P(DatabaseTest, MigratingTwiceChangesNothing)
{
    const auto before = AuditLog::tail(db(), 100).size();
    ASSERT_FALSE(db().migrate().isError());
    auto again = temp().openAnother();
    ASSERT_TRUE(again.ok()) << again.error().toString().toStdString();
    EXPECT_EQ((*again)->schemaVersion(), Database::latestSchemaVersion());
    EXPECT_EQ(AuditLog::tail(db(), 100).size(), before);
}

MODERATION_INSTANTIATE_ENGINES(DatabaseTest);
