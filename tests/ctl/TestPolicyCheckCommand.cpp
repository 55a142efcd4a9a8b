#include "CtlRunner.h"
#include "TestPaths.h"

#include "ctl/Command.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace moderation::ctl;
using moderation::test::CtlRun;
using moderation::test::runCtlWith;

namespace {

QString writeFile(const QTemporaryDir& dir, const QString& name, const QByteArray& contents)
{
    const QString path = dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return {};
    file.write(contents);
    return path;
}

QString samplePolicy(const QString& name)
{
    return QStringLiteral(MODERATION_SOURCE_DIR) + u"/resources/policies/"_s + name;
}

} // namespace

TEST(PolicyCheckCommand, SoundPolicyExitsZeroWithASummary)
{
    const CtlRun run = runCtlWith({ u"policy"_s, u"check"_s, samplePolicy(u"office-hours.json"_s) });
    EXPECT_EQ(run.exitCode, ExitOk) << run.err.toStdString();
    EXPECT_TRUE(run.err.isEmpty()) << run.err.toStdString();
    EXPECT_TRUE(run.out.startsWith(u"Policy \"Office hours (#AskUSCIS on X)\", version 1, time zone America/New_York\n"_s))
        << run.out.toStdString();
    EXPECT_TRUE(run.out.contains(u"1. case-numbers when PII uscis_receipt, a_number, ssn\n"_s)) << run.out.toStdString();
    EXPECT_TRUE(run.out.contains(u"11. off-topic when always\n"_s)) << run.out.toStdString();
}

TEST(PolicyCheckCommand, EverySampleChecksClean)
{
    for (const QString& name : { u"office-hours.json"_s, u"contact-center.json"_s, u"travel-security.json"_s }) {
        const CtlRun run = runCtlWith({ u"policy"_s, u"check"_s, samplePolicy(name) });
        EXPECT_EQ(run.exitCode, ExitOk) << name.toStdString() << run.err.toStdString();
    }
}

TEST(PolicyCheckCommand, ProblemsExitTwoWithOneFileLineColumnLinePerProblem)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString path = writeFile(dir, u"broken.json"_s, R"({
  "policy": "Broken",
  "rules": [
    {"id": "pii", "when": {"pii": ["ssn", "sin"]}, "then": {"action": "hide"}},
    {"id": "links", "when": {"regex": "https?://(x"}, "then": {"action": "remove"}},
    {"id": "questions", "when": {"question": true}, "then": {"action": "respond"}}
  ]
})");
    ASSERT_FALSE(path.isEmpty());
    const CtlRun run = runCtlWith({ u"policy"_s, u"check"_s, path });
    EXPECT_EQ(run.exitCode, ExitBadInput);
    EXPECT_TRUE(run.out.isEmpty()) << run.out.toStdString();
    const QStringList lines = run.err.split(u'\n', Qt::SkipEmptyParts);
    ASSERT_EQ(lines.size(), 4) << run.err.toStdString();
    EXPECT_TRUE(lines.at(0).startsWith(path + u":4:43: unknown PII kind \"sin\""_s)) << lines.at(0).toStdString();
    EXPECT_TRUE(lines.at(1).startsWith(path + u":5:49: bad regular expression"_s)) << lines.at(1).toStdString();
    EXPECT_TRUE(lines.at(2).startsWith(path + u":5:74: unknown action \"remove\""_s)) << lines.at(2).toStdString();
    EXPECT_TRUE(lines.at(3).startsWith(path + u":6:5: no default rule"_s)) << lines.at(3).toStdString();
}

TEST(PolicyCheckCommand, BadJsonExitsTwoAtItsPosition)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString path = writeFile(dir, u"bad.json"_s, "{\n  \"rules\": [\n    {\"id\": \"x\"\xFF}\n");
    const CtlRun run = runCtlWith({ u"policy"_s, u"check"_s, path });
    EXPECT_EQ(run.exitCode, ExitBadInput);
    EXPECT_EQ(run.err, path + u":3:15: invalid UTF-8 (byte 0xFF)\n"_s);
}

TEST(PolicyCheckCommand, MissingFileExitsTwo)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString path = dir.filePath(u"nowhere.json"_s);
    const CtlRun run = runCtlWith({ u"policy"_s, u"check"_s, path });
    EXPECT_EQ(run.exitCode, ExitBadInput);
    EXPECT_TRUE(run.err.startsWith(path + u": cannot read the policy file"_s)) << run.err.toStdString();
}

// `policy check /dev/zero` once read forever: a file that is not a regular file is refused
// before anything is read.
TEST(PolicyCheckCommand, ADeviceOrAFolderIsRefusedBeforeReading)
{
    QTemporaryDir dir;
    for (const QString& path : { u"/dev/zero"_s, dir.path() }) {
        const CtlRun run = runCtlWith({ u"policy"_s, u"check"_s, path });
        EXPECT_EQ(run.exitCode, ExitBadInput) << path.toStdString();
        EXPECT_TRUE(run.err.contains(u"not a regular file"_s)) << run.err.toStdString();
    }
}

TEST(PolicyCheckCommand, NeedsExactlyOneFile)
{
    EXPECT_EQ(runCtlWith({ u"policy"_s, u"check"_s }).exitCode, ExitBadInput);
    const CtlRun two = runCtlWith({ u"policy"_s, u"check"_s, samplePolicy(u"office-hours.json"_s),
                                    samplePolicy(u"contact-center.json"_s) });
    EXPECT_EQ(two.exitCode, ExitBadInput);
    EXPECT_TRUE(two.err.contains(u"expected one FILE"_s)) << two.err.toStdString();
}

TEST(PolicyCheckCommand, NeverOpensTheDatabase)
{
    // --db names a store that does not exist yet: checking a policy must not create it.
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString store = dir.filePath(u"store/moderation.db"_s);
    const CtlRun run = runCtlWith({ u"--db"_s, u"sqlite:"_s + store, u"policy"_s, u"check"_s,
                                    samplePolicy(u"travel-security.json"_s) });
    EXPECT_EQ(run.exitCode, ExitOk) << run.err.toStdString();
    EXPECT_FALSE(QFile::exists(store));
    EXPECT_FALSE(QDir(dir.filePath(u"store"_s)).exists());
}

TEST(PolicyCheckCommand, HelpDescribesTheCommand)
{
    const CtlRun run = runCtlWith({ u"policy"_s, u"check"_s, u"--help"_s });
    EXPECT_EQ(run.exitCode, ExitOk);
    EXPECT_TRUE(run.out.contains(u"FILE"_s)) << run.out.toStdString();
}
