#include "CtlRunner.h"

#include "Version.h"

using namespace Qt::StringLiterals;
using namespace moderation;
using namespace moderation::test;

TEST(CtlUsage, HelpListsEveryCommandWithItsSummary)
{
    const CtlRun run = runCtlWith({ u"--help"_s });
    EXPECT_EQ(run.exitCode, ctl::ExitOk);
    EXPECT_TRUE(run.out.startsWith(u"Usage: moderationctl"_s)) << run.out.toStdString();
    for (const auto& command : ctl::allCommands()) {
        EXPECT_TRUE(run.out.contains(command->name())) << command->name().toStdString();
        EXPECT_TRUE(run.out.contains(command->summary())) << command->name().toStdString();
    }
    EXPECT_TRUE(run.out.contains(u"--db URL"_s));
    EXPECT_TRUE(run.out.contains(u"--password-stdin"_s));
    EXPECT_TRUE(run.out.contains(u"Exit codes"_s));
    EXPECT_TRUE(run.err.isEmpty());
}

TEST(CtlUsage, RegistryHasDbMigrateAndAuditVerify)
{
    QStringList names;
    for (const auto& command : ctl::allCommands())
        names << command->name();
    EXPECT_TRUE(names.contains(u"db migrate"_s)) << names.join(u", "_s).toStdString();
    EXPECT_TRUE(names.contains(u"audit verify"_s)) << names.join(u", "_s).toStdString();
    EXPECT_EQ(names.removeDuplicates(), 0);
}

TEST(CtlUsage, VersionPrintsTheProjectVersion)
{
    const CtlRun run = runCtlWith({ u"--version"_s });
    EXPECT_EQ(run.exitCode, ctl::ExitOk);
    EXPECT_EQ(run.out, u"moderationctl "_s + QStringLiteral(MODERATION_VERSION) + u'\n');
}

TEST(CtlUsage, CommandHelpShowsThatCommandsUsageAndTouchesNoDatabase)
{
    // A --db that would fail proves help returns before anything is opened.
    const CtlRun run = runCtlWith({ u"--db"_s, u"sqlite:/nonexistent-folder/x.sqlite"_s, u"audit"_s, u"verify"_s,
                                    u"--help"_s });
    EXPECT_EQ(run.exitCode, ctl::ExitOk);
    EXPECT_TRUE(run.out.startsWith(u"Usage: moderationctl audit verify [options]"_s)) << run.out.toStdString();
    EXPECT_TRUE(run.out.contains(u"hash chain"_s)) << run.out.toStdString();
    EXPECT_TRUE(run.out.contains(u"--db <URL>"_s)) << run.out.toStdString();
    EXPECT_TRUE(run.err.isEmpty()) << run.err.toStdString();
}

TEST(CtlUsage, GlobalHelpFlagBeforeACommandShowsThatCommandsHelp)
{
    const CtlRun run = runCtlWith({ u"--help"_s, u"db"_s, u"migrate"_s });
    EXPECT_EQ(run.exitCode, ctl::ExitOk);
    EXPECT_TRUE(run.out.startsWith(u"Usage: moderationctl db migrate [options]"_s)) << run.out.toStdString();
}

TEST(CtlUsage, NoCommandIsAUsageErrorThatShowsTheHelp)
{
    const CtlRun run = runCtlWith({});
    EXPECT_EQ(run.exitCode, ctl::ExitBadInput);
    EXPECT_TRUE(run.err.startsWith(u"Usage: moderationctl"_s)) << run.err.toStdString();
    EXPECT_TRUE(run.out.isEmpty());
}

TEST(CtlUsage, UnknownCommandExitsTwoNamingIt)
{
    const CtlRun run = runCtlWith({ u"frobnicate"_s, u"now"_s });
    EXPECT_EQ(run.exitCode, ctl::ExitBadInput);
    expectOneErrorLine(run, u"unknown command 'frobnicate now'"_s);
}

TEST(CtlUsage, UnknownGlobalOptionExitsTwoNamingIt)
{
    const CtlRun run = runCtlWith({ u"--frob"_s, u"db"_s, u"migrate"_s });
    EXPECT_EQ(run.exitCode, ctl::ExitBadInput);
    expectOneErrorLine(run, u"unknown option '--frob'"_s);
}

TEST(CtlUsage, UnknownCommandOptionExitsTwoNamingIt)
{
    const CtlRun run = runCtlWith({ u"db"_s, u"migrate"_s, u"--frob"_s });
    EXPECT_EQ(run.exitCode, ctl::ExitBadInput);
    expectOneErrorLine(run, u"db migrate: "_s);
    EXPECT_TRUE(run.err.contains(u"frob"_s)) << run.err.toStdString();
}

// Every command reports a usage mistake the same way: one line naming the command, exit 2.
TEST(CtlUsage, EveryCommandReportsAUsageMistakeInOneLine)
{
    const QList<QStringList> mistakes {
        { u"policy"_s, u"check"_s },
        { u"policy"_s, u"check"_s, u"a.json"_s, u"b.json"_s },
        { u"classify"_s },
        { u"policy"_s, u"simulate"_s, u"--db"_s, u"sqlite::memory:"_s },
        { u"policy"_s, u"activate"_s, u"--db"_s, u"sqlite::memory:"_s },
    };
    for (const QStringList& arguments : mistakes) {
        const CtlRun run = runCtlWith(arguments);
        EXPECT_EQ(run.exitCode, ctl::ExitBadInput) << arguments.join(u' ').toStdString();
        const QString command = arguments.at(0) == u"classify"_s ? arguments.at(0) : arguments.mid(0, 2).join(u' ');
        expectOneErrorLine(run, command + u": expected "_s);
        EXPECT_TRUE(run.err.contains(u"(see moderationctl "_s + command + u" --help)"_s)) << run.err.toStdString();
    }
}

TEST(CtlUsage, ExitCodesFollowTheErrorCategory)
{
    EXPECT_EQ(ctl::exitCodeFor(Error()), ctl::ExitOk);
    EXPECT_EQ(ctl::exitCodeFor(Error(Error::Code::Integrity, u"x"_s)), ctl::ExitVerificationFailed);
    EXPECT_EQ(ctl::exitCodeFor(Error(Error::Code::Usage, u"x"_s)), ctl::ExitBadInput);
    EXPECT_EQ(ctl::exitCodeFor(Error(Error::Code::InvalidInput, u"x"_s)), ctl::ExitBadInput);
    EXPECT_EQ(ctl::exitCodeFor(Error(Error::Code::DatabaseUnreachable, u"x"_s)), ctl::ExitEnvironment);
    EXPECT_EQ(ctl::exitCodeFor(Error(Error::Code::AuthenticationFailed, u"x"_s)), ctl::ExitEnvironment);
    EXPECT_EQ(ctl::exitCodeFor(Error(Error::Code::ReadOnly, u"x"_s)), ctl::ExitEnvironment);
    EXPECT_EQ(ctl::exitCodeFor(Error(Error::Code::Corrupt, u"x"_s)), ctl::ExitEnvironment);
}

TEST(CtlUsage, TheBinaryPrintsHelpWithoutADisplay)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(u"DISPLAY"_s);
    environment.remove(u"WAYLAND_DISPLAY"_s);
    environment.remove(u"QT_QPA_PLATFORM"_s);
    const CtlRun run = runCtlProcess({ u"--help"_s }, environment);
    EXPECT_EQ(run.exitCode, ctl::ExitOk) << run.err.toStdString();
    EXPECT_TRUE(run.out.contains(u"audit verify"_s)) << run.out.toStdString();
}

TEST(CtlUsage, OnlyDatabaseCommandsListTheDatabaseOptions)
{
    const CtlRun databaseHelp = runCtlWith({ u"db"_s, u"migrate"_s, u"--help"_s });
    EXPECT_TRUE(databaseHelp.out.contains(u"--db <URL>"_s)) << databaseHelp.out.toStdString();
    EXPECT_TRUE(databaseHelp.out.contains(u"--password-stdin"_s)) << databaseHelp.out.toStdString();
    // policy check reads a file and never opens a database (DESIGN.md).
    const CtlRun fileHelp = runCtlWith({ u"policy"_s, u"check"_s, u"--help"_s });
    EXPECT_EQ(fileHelp.exitCode, ctl::ExitOk);
    EXPECT_FALSE(fileHelp.out.contains(u"--db"_s)) << fileHelp.out.toStdString();
}

