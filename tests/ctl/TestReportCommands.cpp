// `report daily|weekly|monthly` as a supervisor's scheduled task runs it: on the demo store, the
// CSV's figures against counts made here in SQL from the day's bounds, the same figures in the
// HTML, a PDF from the real binary with no display, and the contract's exit codes.
#include "CtlRunner.h"
#include "TempDatabase.h"

#include "storage/AuditStore.h"
#include "storage/SqlTime.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTimeZone>

using namespace Qt::StringLiterals;
using namespace moderation;
using namespace moderation::test;

namespace {

// A CSV file of the report as rows of fields (no field of these tables holds a comma or quote).
QList<QStringList> csvRows(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QByteArray bytes = file.readAll();
    EXPECT_TRUE(bytes.startsWith("\xEF\xBB\xBF")) << path.toStdString();
    QList<QStringList> rows;
    for (const QString& line : QString::fromUtf8(bytes.mid(3)).split(u"\r\n"_s, Qt::SkipEmptyParts))
        rows << line.split(u',');
    return rows;
}

QString valueOf(const QList<QStringList>& rows, const QString& label)
{
    for (const QStringList& row : rows)
        if (row.value(0) == label)
            return row.value(1);
    ADD_FAILURE() << "no row " << label.toStdString();
    return {};
}

} // namespace

class ReportCommandsTest : public EngineTest
{
protected:
    CtlRun ctl(const QStringList& args) { return runCtlWith(QStringList { u"--db"_s, temp().url().toString() } + args); }

    qint64 count(const QString& sql, const QVariantList& values)
    {
        auto q = db().exec(sql, values);
        EXPECT_TRUE(q.ok() && q->next()) << (q.ok() ? "" : q.error().toString().toStdString());
        return q.ok() ? q->value(0).toLongLong() : -1;
    }

    QTemporaryDir m_dir;
};

TEST_P(ReportCommandsTest, ADemoDayInCsvAndHtmlMatchesACountOfTheStore)
{
    ASSERT_EQ(ctl({ u"demo"_s, u"load"_s }).exitCode, 0);
    // The bundled policy's zone is New York: 2 November 2026 runs from 04:00Z to 05:00Z the next day.
    const QTimeZone newYork("America/New_York");
    const QString start = sqlTimestamp(QDate(2026, 11, 2).startOfDay(newYork).toUTC());
    const QString end = sqlTimestamp(QDate(2026, 11, 3).startOfDay(newYork).toUTC());
    const QString inDay = u" AND c.created_at >= ? AND c.created_at < ? AND NOT c.ours"_s;
    const qint64 comments = count(u"SELECT COUNT(*) FROM comments c WHERE 1 = 1"_s + inDay, { start, end });
    const qint64 twitter = count(u"SELECT COUNT(*) FROM comments c WHERE c.platform = 'twitter'"_s + inDay, { start, end });
    const qint64 cases = count(u"SELECT COUNT(*) FROM comments c JOIN cases k ON k.comment_id = c.id WHERE 1 = 1"_s + inDay,
                               { start, end });
    const qint64 hidden = count(u"SELECT COUNT(*) FROM comments c JOIN decisions d ON d.id = (SELECT MAX(id) FROM "
                                "decisions WHERE comment_id = c.id) WHERE d.action = 'hide'"_s + inDay,
                                { start, end });
    ASSERT_GT(comments, 100); // the demo's office hour
    ASSERT_GT(hidden, 0);

    const QString folder = m_dir.filePath(u"reports/2026-11-02"_s); // missing folders are created
    const CtlRun csv = ctl({ u"report"_s, u"daily"_s, u"--date"_s, u"2026-11-02"_s, u"--format"_s, u"csv"_s,
                             u"--out"_s, folder });
    ASSERT_EQ(csv.exitCode, 0) << csv.err.toStdString();
    auto head = AuditStore(db()).head();
    ASSERT_TRUE(head.ok());
    EXPECT_TRUE(csv.out.contains(u"America/New_York, 24 hours"_s)) << csv.out.toStdString();
    EXPECT_TRUE(csv.out.contains(head->toString())) << csv.out.toStdString();

    const QList<QStringList> summary = csvRows(folder + u"/summary.csv"_s);
    EXPECT_EQ(valueOf(summary, u"Audit head"_s), head->toString());
    EXPECT_EQ(valueOf(summary, u"Hours in period"_s), u"24"_s);
    EXPECT_EQ(valueOf(summary, u"Comments"_s), QString::number(comments));
    EXPECT_EQ(valueOf(summary, u"Cases opened"_s), QString::number(cases));
    EXPECT_EQ(valueOf(summary, u"Hidden"_s), QString::number(hidden));
    const QList<QStringList> platforms = csvRows(folder + u"/volume_by_platform.csv"_s);
    EXPECT_EQ(valueOf(platforms, u"twitter"_s), QString::number(twitter));
    EXPECT_EQ(valueOf(platforms, u"facebook"_s), QString::number(comments - twitter));
    qint64 byHour = 0;
    const QList<QStringList> hours = csvRows(folder + u"/volume_by_hour.csv"_s);
    ASSERT_EQ(hours.size(), 25); // a header and 24 hours
    for (const QStringList& row : hours.mid(1))
        byHour += row.value(1).toLongLong();
    EXPECT_EQ(byHour, comments);
    EXPECT_EQ(QDir(folder).entryList({ u"*.csv"_s }, QDir::Files).size(), 17);

    const QString html = m_dir.filePath(u"daily.html"_s);
    ASSERT_EQ(ctl({ u"report"_s, u"daily"_s, u"--date"_s, u"2026-11-02"_s, u"--format"_s, u"html"_s, u"--out"_s, html })
                  .exitCode,
              0);
    QFile file(html);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QString document = QString::fromUtf8(file.readAll());
    EXPECT_TRUE(document.contains(head->toString()));
    EXPECT_TRUE(document.contains(u">%1<"_s.arg(comments))) << "the HTML shows the day's comment count";
}

TEST_P(ReportCommandsTest, WeeklyAndMonthlyTakeTheSameOptions)
{
    ASSERT_EQ(ctl({ u"demo"_s, u"load"_s }).exitCode, 0);
    const CtlRun week = ctl({ u"report"_s, u"weekly"_s, u"--date"_s, u"2026-11-04"_s, u"--tz"_s, u"UTC"_s,
                              u"--format"_s, u"csv"_s, u"--out"_s, m_dir.filePath(u"week"_s) });
    ASSERT_EQ(week.exitCode, 0) << week.err.toStdString();
    EXPECT_TRUE(week.out.contains(u"2026-11-02 – 2026-11-08 (UTC, 168 hours)"_s)) << week.out.toStdString();
    EXPECT_EQ(csvRows(m_dir.filePath(u"week/volume_by_day.csv"_s)).size(), 8);
    const CtlRun month = ctl({ u"report"_s, u"monthly"_s, u"--date"_s, u"2026-11-04"_s, u"--tz"_s, u"UTC"_s,
                               u"--format"_s, u"csv"_s, u"--out"_s, m_dir.filePath(u"month"_s) });
    ASSERT_EQ(month.exitCode, 0) << month.err.toStdString();
    // Every demo comment was written in November (UTC).
    EXPECT_EQ(valueOf(csvRows(m_dir.filePath(u"month/summary.csv"_s)), u"Comments"_s),
              QString::number(count(u"SELECT COUNT(*) FROM comments WHERE NOT ours"_s, {})));
}

TEST_P(ReportCommandsTest, BadInputExitsTwoAndAPathThatCannotBeWrittenThree)
{
    const QString out = m_dir.filePath(u"r"_s);
    const auto run = [&](const QStringList& options) {
        return ctl(QStringList { u"report"_s, u"daily"_s } + options);
    };
    CtlRun bad = run({ u"--date"_s, u"2026-02-30"_s, u"--format"_s, u"csv"_s, u"--out"_s, out });
    EXPECT_EQ(bad.exitCode, 2);
    expectOneErrorLine(bad, u"--date"_s);
    bad = run({ u"--date"_s, u"2026-11-02"_s, u"--tz"_s, u"Mars/Olympus"_s, u"--format"_s, u"csv"_s, u"--out"_s, out });
    EXPECT_EQ(bad.exitCode, 2);
    expectOneErrorLine(bad, u"--tz"_s);
    bad = run({ u"--date"_s, u"2026-11-02"_s, u"--format"_s, u"docx"_s, u"--out"_s, out });
    EXPECT_EQ(bad.exitCode, 2);
    expectOneErrorLine(bad, u"--format"_s);
    bad = run({ u"--format"_s, u"csv"_s, u"--out"_s, out });
    EXPECT_EQ(bad.exitCode, 2);
    expectOneErrorLine(bad, u"--date"_s);

    // A folder under a regular file cannot be made, even by root.
    QFile blocker(m_dir.filePath(u"plain-file"_s));
    ASSERT_TRUE(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    const CtlRun unwritable = run({ u"--date"_s, u"2026-11-02"_s, u"--format"_s, u"csv"_s, u"--out"_s,
                                    blocker.fileName() + u"/reports"_s });
    EXPECT_EQ(unwritable.exitCode, 3);
    expectOneErrorLine(unwritable, u"plain-file"_s);
    EXPECT_FALSE(QFile::exists(out));
}

MODERATION_INSTANTIATE_ENGINES(ReportCommandsTest);

// The real binary with no display: it picks the offscreen platform itself, and the PDF holds the
// title, the audit head and page numbers on its first page.
TEST(ReportCommandProcess, DrawsAPdfWithoutADisplay)
{
    QTemporaryDir dir;
    const QString url = u"sqlite:"_s + dir.filePath(u"store.sqlite"_s);
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(u"QT_QPA_PLATFORM"_s);
    environment.remove(u"DISPLAY"_s);
    environment.remove(u"WAYLAND_DISPLAY"_s);
    environment.remove(u"XDG_RUNTIME_DIR"_s);
    ASSERT_EQ(runCtlProcess({ u"--db"_s, url, u"demo"_s, u"load"_s }, environment).exitCode, 0);
    const QString pdf = dir.filePath(u"out/daily.pdf"_s);
    const CtlRun run = runCtlProcess({ u"--db"_s, url, u"report"_s, u"daily"_s, u"--date"_s, u"2026-11-02"_s,
                                       u"--format"_s, u"pdf"_s, u"--out"_s, pdf },
                                     environment);
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_TRUE(run.err.isEmpty()) << "a scheduled run writes nothing to stderr: " << run.err.toStdString();
    const QString head = run.out.section(u"audit head: "_s, 1).trimmed();
    ASSERT_EQ(head.size(), 64 + 1 + QString::number(head.section(u':', 0, 0).toLongLong()).size());

    QProcess text;
    text.start(u"pdftotext"_s, { u"-layout"_s, u"-f"_s, u"1"_s, u"-l"_s, u"1"_s, pdf, u"-"_s });
    ASSERT_TRUE(text.waitForFinished(60000));
    ASSERT_EQ(text.exitCode(), 0) << "pdftotext (Debian poppler-utils) is part of the test set-up";
    const QString page = QString::fromUtf8(text.readAllStandardOutput());
    EXPECT_TRUE(page.contains(u"Daily report"_s)) << page.toStdString();
    EXPECT_TRUE(page.contains(head)) << page.toStdString();
    EXPECT_TRUE(page.contains(u"Page 1 of "_s)) << page.toStdString();
}
