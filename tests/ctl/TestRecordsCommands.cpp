// `moderationctl records export` and `records verify` (DESIGN.md "CLI contract"): the exit codes
// a script sees, on both engines.
#include "CtlRunner.h"
#include "RecordsDataset.h"
#include "RecordsFiles.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;
using namespace moderation;
using namespace moderation::test;

namespace {

class RecordsCommands : public RecordsDatasetTest
{
protected:
    CtlRun exportTo(const QString& out, const QStringList& more = {})
    {
        return runCtlWith(QStringList { u"--db"_s, temp().url().toString(), u"records"_s, u"export"_s, u"--from"_s,
                                        u"2026-11-01"_s, u"--to"_s, u"2026-11-02"_s, u"--tz"_s, u"UTC"_s, u"--out"_s,
                                        out }
                          + more);
    }
    CtlRun verify(const QString& dir) { return runCtlWith({ u"records"_s, u"verify"_s, dir }); }
    QString out() const { return m_out.filePath(u"records"_s); }

    QTemporaryDir m_out;
};

} // namespace

TEST_P(RecordsCommands, ExportThenVerifyPassesAndOneChangedByteFailsNamingTheFile)
{
    const CtlRun exported = exportTo(out());
    ASSERT_EQ(exported.exitCode, 0) << exported.err.toStdString();
    EXPECT_TRUE(exported.out.contains(u"comments.jsonl"_s)) << exported.out.toStdString();
    EXPECT_TRUE(exported.out.contains(u"comments per day: 2026-11-01 2, 2026-11-02 2"_s)) << exported.out.toStdString();
    EXPECT_TRUE(exported.out.contains(u"audit head: "_s)) << exported.out.toStdString();

    const CtlRun intact = verify(out());
    EXPECT_EQ(intact.exitCode, 0) << intact.err.toStdString();
    EXPECT_TRUE(intact.out.contains(u"18 files match"_s)) << intact.out.toStdString();

    changeOneByte(QDir(out()).filePath(u"outbox.jsonl"_s), 10);
    const CtlRun tampered = verify(out());
    EXPECT_EQ(tampered.exitCode, 1);
    expectOneErrorLine(tampered, u"outbox.jsonl"_s);
}

TEST_P(RecordsCommands, AFolderThatHoldsFilesIsRefusedWithoutForce)
{
    ASSERT_EQ(exportTo(out()).exitCode, 0);
    const CtlRun refused = exportTo(out());
    EXPECT_EQ(refused.exitCode, 2);
    expectOneErrorLine(refused, u"--force"_s);
    const CtlRun forced = exportTo(out(), { u"--force"_s });
    EXPECT_EQ(forced.exitCode, 0) << forced.err.toStdString();
    EXPECT_EQ(verify(out()).exitCode, 0);
}

TEST_P(RecordsCommands, AnOutPathUnderAFileExitsThree)
{
    QFile blocker(m_out.filePath(u"plain-file"_s));
    ASSERT_TRUE(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    const CtlRun run = exportTo(m_out.filePath(u"plain-file/records"_s));
    EXPECT_EQ(run.exitCode, 3);
    expectOneErrorLine(run, u"plain-file"_s);
}

TEST_P(RecordsCommands, ImpossibleDatesReversedRangesAndUnknownZonesExitTwo)
{
    const QString url = temp().url().toString();
    const auto run = [&](const QString& from, const QString& to, const QString& zone) {
        return runCtlWith({ u"--db"_s, url, u"records"_s, u"export"_s, u"--from"_s, from, u"--to"_s, to, u"--tz"_s, zone,
                            u"--out"_s, out() });
    };
    const CtlRun impossible = run(u"2026-02-30"_s, u"2026-03-01"_s, u"UTC"_s);
    EXPECT_EQ(impossible.exitCode, 2);
    expectOneErrorLine(impossible, u"2026-02-30"_s);
    const CtlRun reversed = run(u"2026-11-02"_s, u"2026-11-01"_s, u"UTC"_s);
    EXPECT_EQ(reversed.exitCode, 2);
    expectOneErrorLine(reversed, u"before"_s);
    const CtlRun zone = run(u"2026-11-01"_s, u"2026-11-02"_s, u"Mars/Olympus_Mons"_s);
    EXPECT_EQ(zone.exitCode, 2);
    expectOneErrorLine(zone, u"Mars/Olympus_Mons"_s);
    EXPECT_FALSE(QFileInfo::exists(out()));
}

TEST_P(RecordsCommands, VerifyOfAFolderWithoutManifestExitsTwo)
{
    QDir().mkpath(out());
    const CtlRun run = verify(out());
    EXPECT_EQ(run.exitCode, 2);
    expectOneErrorLine(run, u"manifest.json"_s);
}

MODERATION_INSTANTIATE_ENGINES(RecordsCommands);
