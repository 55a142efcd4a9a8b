#include "TempDatabase.h"
#include "ctl/Command.h"
#include "storage/CommentStore.h"

#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace moderation;

namespace {

struct CtlRun
{
    int code = -1;
    QString out;
    QString err;
};

CtlRun runCtl(const QStringList& arguments, const QString& input = {})
{
    CtlRun run;
    QString in = input;
    QTextStream outStream(&run.out);
    QTextStream errStream(&run.err);
    QTextStream inStream(&in);
    ctl::CommandIo io { outStream, errStream, inStream, nullptr };
    run.code = ctl::runCtl(arguments, io);
    outStream.flush();
    errStream.flush();
    return run;
}

} // namespace

TEST(DemoLoadCommand, LoadsOnceAndThenFindsEverythingStored)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString url = u"sqlite:"_s + dir.filePath(u"store.sqlite"_s);

    const CtlRun first = runCtl({ u"--db"_s, url, u"demo"_s, u"load"_s });
    ASSERT_EQ(first.code, 0) << first.err.toStdString();
    EXPECT_TRUE(first.err.isEmpty()) << first.err.toStdString();
    auto database = Database::open(*DatabaseUrl::parse(url));
    ASSERT_TRUE(database.ok());
    const qint64 stored = CommentStore(**database).count().value();
    EXPECT_GT(stored, 0);
    EXPECT_TRUE(first.out.contains(u"%1 new comments"_s.arg(stored))) << first.out.toStdString();

    const CtlRun second = runCtl({ u"--db"_s, url, u"demo"_s, u"load"_s });
    ASSERT_EQ(second.code, 0) << second.err.toStdString();
    EXPECT_TRUE(second.out.contains(u" 0 new comments"_s)) << second.out.toStdString();
    EXPECT_EQ(CommentStore(**database).count().value(), stored);
}

TEST(DemoLoadCommand, BadDatabaseUrlIsBadInput)
{
    const CtlRun run = runCtl({ u"--db"_s, u"mysql://root@localhost/x"_s, u"demo"_s, u"load"_s });
    EXPECT_EQ(run.code, 2);
    EXPECT_TRUE(run.err.startsWith(u"moderationctl: "_s)) << run.err.toStdString();
    EXPECT_TRUE(run.err.contains(u"mysql://root@localhost/x"_s)) << run.err.toStdString();
}

TEST(DemoLoadCommand, UnreachableServerIsAnEnvironmentFailure)
{
    // Port 1 on loopback: nothing listens, the connect is refused at once.
    const CtlRun run = runCtl({ u"--db"_s, u"postgresql://md@127.0.0.1:1/md"_s, u"demo"_s, u"load"_s });
    EXPECT_EQ(run.code, 3) << run.err.toStdString();
    EXPECT_TRUE(run.err.contains(u"127.0.0.1"_s)) << run.err.toStdString();
}

TEST(DemoLoadCommand, PasswordStdinWithNothingOnStdinIsAUsageError)
{
    const CtlRun run
        = runCtl({ u"--db"_s, u"postgresql://md@127.0.0.1:1/md"_s, u"--password-stdin"_s, u"demo"_s, u"load"_s });
    EXPECT_EQ(run.code, 2) << run.err.toStdString();
    EXPECT_TRUE(run.err.contains(u"--password-stdin"_s)) << run.err.toStdString();
}

TEST(DemoLoadCommand, WrongPasswordIsAnEnvironmentFailure)
{
    const QString url = test::TempDatabase::postgresPasswordUrl();
    ASSERT_FALSE(url.isEmpty()) << "MODERATION_TEST_PG_PASSWORD_URL is not set: run through tools/with-postgres.sh";
    const CtlRun run = runCtl({ u"--db"_s, url, u"--password-stdin"_s, u"demo"_s, u"load"_s }, u"not-the-password\n"_s);
    EXPECT_EQ(run.code, 3) << run.err.toStdString();
    EXPECT_TRUE(run.err.contains(u"password"_s)) << run.err.toStdString();
}
