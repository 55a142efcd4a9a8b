// `settings set|get` and `report recap` as a script uses them: what they print, and the exit
// codes of the contract (2 for bad input naming the option, 3 for a path that cannot be written).
#include "CommentBuilders.h"
#include "CtlRunner.h"
#include "TempDatabase.h"

#include "storage/CaseStore.h"
#include "storage/CommentStore.h"
#include "storage/DecisionStore.h"

#include <QCryptographicHash>
#include <QFile>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;
using namespace moderation;
using namespace moderation::test;

namespace {

const QByteArray kPng = QByteArrayLiteral("\x89PNG\r\n\x1a\n\0\0\0\rIHDR-tiny");

} // namespace

class SettingsAndRecapCommandsTest : public EngineTest
{
protected:
    CtlRun ctl(const QStringList& args) { return runCtlWith(QStringList { u"--db"_s, temp().url().toString() } + args); }
    QString writeFile(const QString& name, const QByteArray& bytes)
    {
        QFile file(m_dir.filePath(name));
        EXPECT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(bytes);
        return file.fileName();
    }
    // One question under #AskUSCIS at 19:05 UTC on 7 December 2026 (14:05 in New York), open.
    void addQuestion()
    {
        auto ingested = CommentStore(db()).ingest(
            { tweet(u"42"_s, u"#AskUSCIS <b>when</b> is my interview?"_s).at(QDateTime(QDate(2026, 12, 7), QTime(19, 5), Qt::UTC)) });
        ASSERT_TRUE(ingested.ok() && ingested->insertedIds.size() == 1) << ingested.error().toString().toStdString();
        Decision decision;
        decision.ruleId = u"office-hours"_s;
        decision.action = Action::Respond;
        decision.explanation = u"a question"_s;
        auto decided = DecisionStore(db()).record(ingested->insertedIds.first(), decision, std::nullopt);
        ASSERT_TRUE(decided.ok()) << decided.error().toString().toStdString();
        auto opened = CaseStore(db()).open(ingested->insertedIds.first(), *decided, u"general"_s, Priority::Normal,
                                           std::nullopt, u"policy"_s);
        ASSERT_TRUE(opened.ok()) << opened.error().toString().toStdString();
    }
    QStringList recapArgs(const QString& out, const QString& format = u"html"_s)
    {
        return { u"report"_s, u"recap"_s, u"--hashtag"_s, u"#AskUSCIS"_s, u"--from"_s, u"2026-12-07T14:00"_s,
                 u"--to"_s, u"2026-12-07T15:00:00-05:00"_s, u"--format"_s, format, u"--out"_s, out };
    }

    QTemporaryDir m_dir;
};

TEST_P(SettingsAndRecapCommandsTest, AnUnsetSettingPrintsNothingAndSaysSoOnStderr)
{
    const CtlRun run = ctl({ u"settings"_s, u"get"_s, u"timezone"_s });
    EXPECT_EQ(run.exitCode, ctl::ExitOk) << run.err.toStdString();
    EXPECT_TRUE(run.out.isEmpty()) << run.out.toStdString();
    EXPECT_TRUE(run.err.contains(u"timezone is not set"_s)) << run.err.toStdString();
}

TEST_P(SettingsAndRecapCommandsTest, SetThenGetPrintsTheValue)
{
    const CtlRun set = ctl({ u"settings"_s, u"set"_s, u"agency.name"_s, u"USCIS Field Office"_s });
    ASSERT_EQ(set.exitCode, ctl::ExitOk) << set.err.toStdString();
    EXPECT_EQ(set.out, u"agency.name: USCIS Field Office\n"_s);
    const CtlRun get = ctl({ u"settings"_s, u"get"_s, u"agency.name"_s });
    EXPECT_EQ(get.exitCode, ctl::ExitOk) << get.err.toStdString();
    EXPECT_EQ(get.out, u"USCIS Field Office\n"_s);
    EXPECT_TRUE(get.err.isEmpty()) << get.err.toStdString();
}

TEST_P(SettingsAndRecapCommandsTest, TheLogoIsSetFromAFileAndShownByTypeSizeAndSum)
{
    const CtlRun set = ctl({ u"settings"_s, u"set"_s, u"agency.logo"_s, writeFile(u"logo.png"_s, kPng) });
    ASSERT_EQ(set.exitCode, ctl::ExitOk) << set.err.toStdString();
    const QString shown = u"image/png, %1 bytes, sha256 %2\n"_s.arg(kPng.size()).arg(
        QString::fromLatin1(QCryptographicHash::hash(kPng, QCryptographicHash::Sha256).toHex()));
    EXPECT_EQ(set.out, u"agency.logo: "_s + shown);
    const CtlRun get = ctl({ u"settings"_s, u"get"_s, u"agency.logo"_s });
    EXPECT_EQ(get.exitCode, ctl::ExitOk) << get.err.toStdString();
    EXPECT_EQ(get.out, shown);
}

TEST_P(SettingsAndRecapCommandsTest, BadSettingsExitTwoWithOneLineNamingTheProblem)
{
    const CtlRun unknown = ctl({ u"settings"_s, u"set"_s, u"colour"_s, u"blue"_s });
    EXPECT_EQ(unknown.exitCode, ctl::ExitBadInput);
    expectOneErrorLine(unknown, u"unknown setting \"colour\": the settings are timezone, agency.name, agency.logo"_s);
    const CtlRun unknownGet = ctl({ u"settings"_s, u"get"_s, u"colour"_s });
    EXPECT_EQ(unknownGet.exitCode, ctl::ExitBadInput);
    expectOneErrorLine(unknownGet, u"unknown setting"_s);
    const CtlRun zone = ctl({ u"settings"_s, u"set"_s, u"timezone"_s, u"Eastern"_s });
    EXPECT_EQ(zone.exitCode, ctl::ExitBadInput);
    expectOneErrorLine(zone, u"timezone \"Eastern\" is not a time zone"_s);
    const QString missing = m_dir.filePath(u"nowhere.png"_s);
    const CtlRun noFile = ctl({ u"settings"_s, u"set"_s, u"agency.logo"_s, missing });
    EXPECT_EQ(noFile.exitCode, ctl::ExitBadInput);
    expectOneErrorLine(noFile, missing);
    const CtlRun gif = ctl({ u"settings"_s, u"set"_s, u"agency.logo"_s, writeFile(u"logo.gif"_s, "GIF89a") });
    EXPECT_EQ(gif.exitCode, ctl::ExitBadInput);
    expectOneErrorLine(gif, u"neither a PNG nor a JPEG"_s);
    const CtlRun noValue = ctl({ u"settings"_s, u"set"_s, u"timezone"_s });
    EXPECT_EQ(noValue.exitCode, ctl::ExitBadInput);
    expectOneErrorLine(noValue, u"expected KEY VALUE"_s);
    if (!db().isSqlite()) {
        const CtlRun someoneElse = ctl({ u"settings"_s, u"set"_s, u"timezone"_s, u"UTC"_s, u"--as"_s, u"not-me"_s });
        EXPECT_EQ(someoneElse.exitCode, ctl::ExitBadInput);
        expectOneErrorLine(someoneElse, u"--as not-me"_s);
    }
    EXPECT_TRUE(ctl({ u"settings"_s, u"get"_s, u"timezone"_s }).out.isEmpty());
}

TEST_P(SettingsAndRecapCommandsTest, TheRecapIsWrittenInTheSitesZoneIntoNewFolders)
{
    addQuestion();
    ASSERT_EQ(ctl({ u"settings"_s, u"set"_s, u"timezone"_s, u"America/New_York"_s }).exitCode, ctl::ExitOk);
    const QString html = m_dir.filePath(u"blog/2026-12/recap.html"_s);
    const CtlRun run = ctl(recapArgs(html));
    ASSERT_EQ(run.exitCode, ctl::ExitOk) << run.err.toStdString();
    EXPECT_EQ(run.out, html + u'\n');
    QFile file(html);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(file.readAll());
    EXPECT_TRUE(text.contains(u"Asked on X at 2026-12-07 14:05"_s)) << text.toStdString();
    EXPECT_TRUE(text.contains(u"#AskUSCIS &lt;b&gt;when&lt;/b&gt; is my interview?"_s)) << text.toStdString();
    EXPECT_TRUE(text.contains(u"<h2>Questions not yet answered (1)</h2>"_s));

    // --tz wins over the site's zone: 13:10 in Chicago is 19:10 UTC, after the question.
    const QString md = m_dir.filePath(u"recap.md"_s);
    const CtlRun chicago = ctl(QStringList(recapArgs(md, u"md"_s)).replaceInStrings(u"T14:00"_s, u"T13:10"_s)
                               << u"--tz"_s << u"America/Chicago"_s);
    ASSERT_EQ(chicago.exitCode, ctl::ExitOk) << chicago.err.toStdString();
    QFile mdFile(md);
    ASSERT_TRUE(mdFile.open(QIODevice::ReadOnly));
    EXPECT_TRUE(QString::fromUtf8(mdFile.readAll()).contains(u"0 questions under \\#AskUSCIS"_s));
}

TEST_P(SettingsAndRecapCommandsTest, BadRecapOptionsExitTwoNamingTheOptionAndAnUnwritablePathThree)
{
    const QString out = m_dir.filePath(u"recap.html"_s);
    const auto expectBad = [&](QStringList args, const QString& mentions) {
        const CtlRun run = ctl(args);
        EXPECT_EQ(run.exitCode, ctl::ExitBadInput) << mentions.toStdString() << ": " << run.err.toStdString();
        expectOneErrorLine(run, mentions);
    };
    const QStringList args = recapArgs(out) << u"--tz"_s << u"America/New_York"_s;
    expectBad(QStringList(args).replaceInStrings(u"html"_s, u"pdf"_s), u"--format \"pdf\""_s);
    expectBad(QStringList(args).replaceInStrings(u"2026-12-07T14:00"_s, u"yesterday"_s), u"--from \"yesterday\""_s);
    expectBad(QStringList(args).replaceInStrings(u"2026-12-07T15:00:00-05:00"_s, u"2026-12-07T13:00:00-05:00"_s),
              u"--to must be after --from"_s);
    expectBad(QStringList(args).replaceInStrings(u"2026-12-07T15:00:00-05:00"_s, u"2026-12-07T14:00:00-05:00"_s),
              u"--to must be after --from"_s);
    expectBad(QStringList(args).replaceInStrings(u"America/New_York"_s, u"Mars/Base"_s), u"--tz \"Mars/Base\""_s);
    expectBad(QStringList(args).replaceInStrings(u"#AskUSCIS"_s, u"Ask USCIS"_s), u"--hashtag"_s);
    expectBad(recapArgs(out).mid(0, recapArgs(out).size() - 2), u"--out is required"_s);
    EXPECT_FALSE(QFile::exists(out));

    // A file where a folder should be: the environment, exit 3, naming the path.
    const QString blocked = writeFile(u"blocker"_s, "not a folder") + u"/recap.html"_s;
    const CtlRun unwritable = ctl(recapArgs(blocked));
    EXPECT_EQ(unwritable.exitCode, ctl::ExitEnvironment) << unwritable.err.toStdString();
    expectOneErrorLine(unwritable, blocked);
}

MODERATION_INSTANTIATE_ENGINES(SettingsAndRecapCommandsTest);
