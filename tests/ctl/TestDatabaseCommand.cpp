// The rules every database command shares (DatabaseCommand): where the database is, where the
// password comes from, and the one-line errors and exit codes of DESIGN.md's CLI contract.
#include "CtlRunner.h"
#include "TempDatabase.h"

#include "ctl/DatabaseCommand.h"

#include <QCoreApplication>
#include <QFile>
#include <QRandomGenerator>
#include <QScopeGuard>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

using namespace Qt::StringLiterals;
using namespace moderation;
using namespace moderation::test;

namespace {

QString requirePasswordUrl()
{
    const QString url = TempDatabase::postgresPasswordUrl();
    EXPECT_FALSE(url.isEmpty()) << "MODERATION_TEST_PG_PASSWORD_URL is not set: run the tests through "
                                   "tools/with-postgres.sh";
    return url;
}

// A port on 127.0.0.1 that nothing listens on: one the kernel just handed out, released again.
quint16 closedLocalPort()
{
    QTcpServer server;
    if (!server.listen(QHostAddress::LocalHost, 0))
        return 0;
    const quint16 port = server.serverPort();
    server.close();
    return port;
}

QString migratedSqliteFile(const QTemporaryDir& dir)
{
    const QString path = dir.filePath(u"store.sqlite"_s);
    const CtlRun run = runCtlWith({ u"--db"_s, u"sqlite:"_s + path, u"db"_s, u"migrate"_s });
    EXPECT_EQ(run.exitCode, ctl::ExitOk) << run.err.toStdString();
    return path;
}

} // namespace

TEST(DatabaseCommand, DbMigrateCreatesTheStoreAndPrintsTheSchemaVersion)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"sub/folder/new.sqlite"_s);
    const CtlRun run = runCtlWith({ u"--db"_s, u"sqlite:"_s + path, u"db"_s, u"migrate"_s });
    EXPECT_EQ(run.exitCode, ctl::ExitOk) << run.err.toStdString();
    EXPECT_EQ(run.out, u"schema version %1 (migrated from 0)\n"_s.arg(Database::latestSchemaVersion()));
    EXPECT_TRUE(run.err.isEmpty()) << run.err.toStdString();
    EXPECT_TRUE(QFile::exists(path));
}

TEST(DatabaseCommand, DbMigrateTwiceReportsUpToDate)
{
    QTemporaryDir dir;
    const QString path = migratedSqliteFile(dir);
    // The --db option is accepted after the command words as well.
    const CtlRun again = runCtlWith({ u"db"_s, u"migrate"_s, u"--db"_s, u"sqlite:"_s + path });
    EXPECT_EQ(again.exitCode, ctl::ExitOk) << again.err.toStdString();
    EXPECT_EQ(again.out, u"schema version %1 (already up to date)\n"_s.arg(Database::latestSchemaVersion()));
}

TEST(DatabaseCommand, WithoutDbTheUsersOwnSqliteFileIsUsed)
{
    QStandardPaths::setTestModeEnabled(true);
    const QString path = DatabaseUrl::defaultLocal().path;
    QFile::remove(path);
    const auto cleanup = qScopeGuard([&] {
        QFile::remove(path);
        QFile::remove(path + u"-wal"_s);
        QFile::remove(path + u"-shm"_s);
        QStandardPaths::setTestModeEnabled(false);
    });
    ASSERT_TRUE(path.contains(u"qttest"_s)) << path.toStdString(); // never the real user's store
    const CtlRun run = runCtlWith({ u"db"_s, u"migrate"_s });
    EXPECT_EQ(run.exitCode, ctl::ExitOk) << run.err.toStdString();
    EXPECT_TRUE(QFile::exists(path)) << path.toStdString();
}

TEST(DatabaseCommand, BadUrlExitsTwoWithOneLine)
{
    const CtlRun run = runCtlWith({ u"--db"_s, u"mysql://root@localhost/db"_s, u"db"_s, u"migrate"_s });
    EXPECT_EQ(run.exitCode, ctl::ExitBadInput);
    expectOneErrorLine(run, u"bad database URL 'mysql://root@localhost/db'"_s);
}

TEST(DatabaseCommand, BadUrlFromTheBinaryExitsTwoWithOneLine)
{
    const CtlRun run = runCtlProcess({ u"--db"_s, u"postgresql://@127.0.0.1:5432/x"_s, u"audit"_s, u"verify"_s });
    EXPECT_EQ(run.exitCode, ctl::ExitBadInput) << run.err.toStdString();
    expectOneErrorLine(run, u"no user name"_s);
}

TEST(DatabaseCommand, PasswordInTheUrlIsRefusedWithoutEchoingIt)
{
    // Characters a URL parser takes for the start of a fragment, a path or a query once showed
    // the password back in the error.
    const QList<std::pair<QString, QString>> urls {
        { u"postgresql://alice:hunter2@127.0.0.1:5432/site"_s, u"hunter2"_s },
        { u"postgresql://alice:hun#ter2@127.0.0.1:5432/site"_s, u"ter2"_s },
        { u"postgresql://alice:hun/ter2@127.0.0.1/site"_s, u"ter2"_s },
        { u"postgres://alice:hun?ter2@127.0.0.1/site"_s, u"ter2"_s },
        { u"postgresql://alice:p%40ss@127.0.0.1/site"_s, u"p%40ss"_s },
        { u"postgresql://alice:a@b@127.0.0.1/site"_s, u"a@b"_s },
    };
    for (const auto& [url, secret] : urls) {
        const CtlRun run = runCtlWith({ u"--db"_s, url, u"db"_s, u"migrate"_s });
        EXPECT_EQ(run.exitCode, ctl::ExitBadInput) << url.toStdString();
        expectOneErrorLine(run, u"PGPASSWORD or on stdin with --password-stdin"_s);
        EXPECT_FALSE(run.err.contains(secret)) << run.err.toStdString();
    }
}

TEST(DatabaseCommand, TlsSettingsInTheUrlAreHonoured)
{
    const QString admin = TempDatabase::postgresAdminUrl();
    ASSERT_FALSE(admin.isEmpty()) << "run the tests through tools/with-postgres.sh";
    // The test server speaks no TLS: asking for it fails to connect (exit 3), not being dropped.
    for (const QString& mode : { u"verify-full"_s, u"require"_s }) {
        const CtlRun run = runCtlWith({ u"--db"_s, admin + u"?sslmode="_s + mode, u"db"_s, u"migrate"_s });
        EXPECT_EQ(run.exitCode, ctl::ExitEnvironment) << mode.toStdString() << ": " << run.err.toStdString();
        EXPECT_EQ(run.err.count(u'\n'), 1) << run.err.toStdString();
    }
    const CtlRun plain = runCtlWith({ u"--db"_s, admin + u"?sslmode=disable"_s, u"audit"_s, u"verify"_s });
    EXPECT_NE(plain.exitCode, ctl::ExitEnvironment) << plain.err.toStdString();
}

TEST(DatabaseCommand, UnknownOrBadUrlParametersAreRefused)
{
    for (const QString& query : { u"?sslmode=sometimes"_s, u"?ssl=true"_s, u"?sslrootcert="_s, u"#fragment"_s }) {
        const CtlRun run = runCtlWith({ u"--db"_s, u"postgresql://alice@127.0.0.1:5432/site"_s + query, u"db"_s, u"migrate"_s });
        EXPECT_EQ(run.exitCode, ctl::ExitBadInput) << query.toStdString();
        expectOneErrorLine(run, u"bad database URL"_s);
    }
}

TEST(DatabaseUrl, TlsSettingsSurviveARoundTrip)
{
    auto url = DatabaseUrl::parse(u"postgresql://alice@db.example.gov:5433/site?sslmode=verify-full&sslrootcert=/etc/ssl/agency%20ca.pem"_s);
    ASSERT_TRUE(url.ok()) << url.error().toString().toStdString();
    EXPECT_EQ(url->sslMode, u"verify-full"_s);
    EXPECT_EQ(url->sslRootCert, u"/etc/ssl/agency ca.pem"_s);
    auto again = DatabaseUrl::parse(url->toString());
    ASSERT_TRUE(again.ok()) << url->toString().toStdString();
    EXPECT_EQ(again->sslRootCert, url->sslRootCert);
    EXPECT_EQ(again->toString(), url->toString());
}

TEST(DatabaseCommand, UnreachableServerExitsThreeNamingHostAndPort)
{
    const quint16 port = closedLocalPort();
    ASSERT_NE(port, 0);
    const CtlRun run = runCtlWith(
        { u"--db"_s, u"postgresql://postgres@127.0.0.1:%1/postgres"_s.arg(port), u"db"_s, u"migrate"_s });
    EXPECT_EQ(run.exitCode, ctl::ExitEnvironment);
    expectOneErrorLine(run, u"cannot reach the database server at 127.0.0.1:%1"_s.arg(port));
}

TEST(DatabaseCommand, WrongPasswordFromStdinExitsThree)
{
    const QString url = requirePasswordUrl();
    ASSERT_FALSE(url.isEmpty());
    const CtlRun run = runCtlWith({ u"--db"_s, url, u"--password-stdin"_s, u"db"_s, u"migrate"_s },
                                  u"not-the-password\n"_s);
    EXPECT_EQ(run.exitCode, ctl::ExitEnvironment);
    expectOneErrorLine(run, u"wrong password"_s);
    EXPECT_FALSE(run.err.contains(u"not-the-password"_s));
}

TEST(DatabaseCommand, WrongPgPasswordFromTheBinaryExitsThree)
{
    const QString url = requirePasswordUrl();
    ASSERT_FALSE(url.isEmpty());
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"PGPASSWORD"_s, u"not-the-password"_s);
    const CtlRun run = runCtlProcess({ u"--db"_s, url, u"db"_s, u"migrate"_s }, environment);
    EXPECT_EQ(run.exitCode, ctl::ExitEnvironment) << run.err.toStdString();
    expectOneErrorLine(run, u"wrong password"_s);
}

TEST(DatabaseCommand, RightPasswordFromStdinOpensAndMigrates)
{
    const QString passwordUrl = requirePasswordUrl();
    ASSERT_FALSE(passwordUrl.isEmpty());
    auto adminUrl = DatabaseUrl::parse(TempDatabase::postgresAdminUrl());
    ASSERT_TRUE(adminUrl.ok()) << adminUrl.error().toString().toStdString();
    auto userUrl = DatabaseUrl::parse(passwordUrl);
    ASSERT_TRUE(userUrl.ok());

    // A database the password role owns, so it may create the schema.
    const QString name = u"md_ctl_pw_%1"_s.arg(QCoreApplication::applicationPid());
    Database::OpenOptions adminOptions;
    adminOptions.migrate = false;
    {
        auto admin = Database::open(*adminUrl, adminOptions);
        ASSERT_TRUE(admin.ok()) << admin.error().toString().toStdString();
        ASSERT_FALSE((*admin)->execRaw(u"CREATE DATABASE %1 OWNER %2"_s.arg(name, userUrl->user)).isError());
    }
    const auto dropDatabase = qScopeGuard([&] {
        auto admin = Database::open(*adminUrl, adminOptions);
        if (admin)
            (*admin)->execRaw(u"DROP DATABASE IF EXISTS %1 WITH (FORCE)"_s.arg(name));
    });
    userUrl->database = name;

    const CtlRun run = runCtlWith({ u"--db"_s, userUrl->toString(), u"--password-stdin"_s, u"db"_s, u"migrate"_s },
                                  TempDatabase::postgresPassword() + u"\nthe rest of stdin\n"_s);
    EXPECT_EQ(run.exitCode, ctl::ExitOk) << run.err.toStdString();
    EXPECT_EQ(run.out, u"schema version %1 (migrated from 0)\n"_s.arg(Database::latestSchemaVersion()));
}

TEST(DatabaseCommand, PasswordStdinWithoutALineIsAUsageError)
{
    const CtlRun run = runCtlWith(
        { u"--db"_s, u"postgresql://someone@127.0.0.1:1/site"_s, u"--password-stdin"_s, u"db"_s, u"migrate"_s });
    EXPECT_EQ(run.exitCode, ctl::ExitBadInput);
    expectOneErrorLine(run, u"no password on the first line of stdin"_s);
}

TEST(DatabaseCommand, PasswordStdinForASqliteFileIsAUsageError)
{
    QTemporaryDir dir;
    const CtlRun run = runCtlWith(
        { u"--db"_s, u"sqlite:"_s + dir.filePath(u"x.sqlite"_s), u"--password-stdin"_s, u"db"_s, u"migrate"_s },
        u"secret\n"_s);
    EXPECT_EQ(run.exitCode, ctl::ExitBadInput);
    expectOneErrorLine(run, u"applies to PostgreSQL only"_s);
}

TEST(DatabaseCommand, CorruptDatabaseFileExitsThree)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"corrupt.sqlite"_s);
    {
        QFile file(path);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        QByteArray noise(16384, Qt::Uninitialized);
        QRandomGenerator::global()->fillRange(reinterpret_cast<quint32*>(noise.data()), noise.size() / 4);
        ASSERT_FALSE(noise.startsWith("SQLite format 3"));
        file.write(noise);
    }
    const CtlRun run = runCtlProcess({ u"--db"_s, u"sqlite:"_s + path, u"db"_s, u"migrate"_s });
    EXPECT_EQ(run.exitCode, ctl::ExitEnvironment) << run.err.toStdString();
    expectOneErrorLine(run, u"corrupt"_s);
    EXPECT_TRUE(run.err.contains(path)) << run.err.toStdString();
}

#ifdef Q_OS_UNIX
TEST(DatabaseCommand, ReadOnlyDatabaseFileExitsThree)
{
    QTemporaryDir dir;
    const QString path = migratedSqliteFile(dir);
    const auto readOnly = QFileDevice::ReadOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther;
    const auto traversable = readOnly | QFileDevice::ExeOwner | QFileDevice::ExeGroup | QFileDevice::ExeOther;
    QStringList wrapper;
    if (::geteuid() == 0) {
        // chmod does not stop root (ENVIRONMENT.md): run the binary as an unprivileged user on a
        // file it may read but not write, in a folder it may not write either.
        wrapper = { u"setpriv"_s, u"--reuid=nobody"_s, u"--regid=nogroup"_s, u"--clear-groups"_s };
        ASSERT_TRUE(QFile::setPermissions(dir.path(), traversable | QFileDevice::WriteOwner));
        ASSERT_TRUE(QFile::setPermissions(path, readOnly | QFileDevice::WriteOwner));
    } else {
        ASSERT_TRUE(QFile::setPermissions(path, readOnly));
        ASSERT_TRUE(QFile::setPermissions(dir.path(), traversable));
    }
    const auto restore = qScopeGuard([&] {
        QFile::setPermissions(dir.path(), traversable | QFileDevice::WriteOwner);
        QFile::setPermissions(path, readOnly | QFileDevice::WriteOwner);
    });
    const CtlRun run = runCtlProcess({ u"--db"_s, u"sqlite:"_s + path, u"db"_s, u"migrate"_s },
                                     QProcessEnvironment::systemEnvironment(), wrapper);
    EXPECT_EQ(run.exitCode, ctl::ExitEnvironment) << run.err.toStdString();
    expectOneErrorLine(run, u"read-only"_s);
}
#endif

TEST(DatabaseCommand, ReportErrorPrintsOneLineEvenForAMultiLineDriverMessage)
{
    QString outText;
    QString errText;
    QString inText;
    QTextStream out(&outText);
    QTextStream err(&errText);
    QTextStream in(&inText);
    ctl::CommandIo io { out, err, in, nullptr };
    const int code = ctl::reportError(
        io, Error(Error::Code::DatabaseUnreachable, u"connection failed:\n  FATAL: too many clients\n"_s));
    EXPECT_EQ(code, ctl::ExitEnvironment);
    EXPECT_EQ(errText, u"moderationctl: connection failed: FATAL: too many clients\n"_s);
}
