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

// A failure to roll back is said beside the failure that caused it: the caller must not take
// the store for unchanged. (The connection is closed under the work, so ROLLBACK fails too.)
TEST_P(DatabaseTest, AFailedRollbackIsReportedBesideItsCause)
{
    const Error error = db().transaction([&]() -> Error {
        db().connection().close();
        return Error(Error::Code::Refused, u"the change itself failed"_s);
    });
    ASSERT_TRUE(error.isError());
    EXPECT_EQ(error.code(), Error::Code::Refused);
    EXPECT_TRUE(error.message().startsWith(u"the change itself failed; rolling back failed too: "_s))
        << error.toString().toStdString();
}

TEST_P(DatabaseTest, AFailedRollbackToASavepointIsReportedBesideItsCause)
{
    const Error error = db().transaction([&]() -> Error {
        return db().transaction([&]() -> Error {
            db().connection().close();
            return Error(Error::Code::Refused, u"the inner change failed"_s);
        });
    });
    ASSERT_TRUE(error.isError());
    EXPECT_TRUE(error.message().contains(u"the inner change failed; rolling back to a savepoint failed too"_s))
        << error.toString().toStdString();
    EXPECT_TRUE(error.message().contains(u"releasing a savepoint failed too"_s)) << error.toString().toStdString();
    EXPECT_TRUE(error.message().contains(u"rolling back failed too"_s)) << error.toString().toStdString();
}

MODERATION_INSTANTIATE_ENGINES(DatabaseTest);
