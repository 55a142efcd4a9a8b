#include "ReportSamples.h"
#include "ctl/Command.h"
#include "reports/ReportWriters.h"

#include <QFile>
#include <QTemporaryDir>
#include <system_error>

using namespace Qt::StringLiterals;

namespace moderation::test {

namespace {

QByteArray readAll(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        ADD_FAILURE() << "cannot read " << path.toStdString();
        return {};
    }
    return file.readAll();
}

const QByteArray kBom("\xEF\xBB\xBF");

QByteArray bom(const QByteArray& rest)
{
    return kBom + rest;
}

} // namespace

TEST(ReportCsv, WritesOneFilePerTableNamedAfterItsIdIntoAFolderItCreates)
{
    QTemporaryDir temp;
    ASSERT_TRUE(temp.isValid());
    const QString folder = temp.filePath(u"reports/2026-11-01"_s);
    const Error error = writeCsvReport(sampleReport(3), folder);
    ASSERT_FALSE(error.isError()) << error.toString().toStdString();

    QStringList files = QDir(folder).entryList(QDir::Files | QDir::Hidden, QDir::Name);
    EXPECT_EQ(files,
        (QStringList {
            u"conversations.csv"_s, u"hidden_by_reason.csv"_s, u"summary.csv"_s, u"volume_by_platform.csv"_s }));

    EXPECT_EQ(readAll(QDir(folder).filePath(u"volume_by_platform.csv"_s)),
        bom("Platform,Comments,Replies,Hidden\r\n"
            "Facebook,812,201,60\r\n"
            "X,392,111,27\r\n"));
    const QByteArray conversations = readAll(QDir(folder).filePath(u"conversations.csv"_s));
    EXPECT_TRUE(conversations.startsWith(bom("Conversation,Platform,Author,First comment,Replies,Outcome\r\n")));
    EXPECT_TRUE(conversations.endsWith("ROW-0003,X,@resident_3,Is the recycling pickup delayed because of the holiday?,"
                                       "3,Answered\r\n"));
}

TEST(ReportCsv, QuotesFieldsWithCommasQuotesAndLineBreaks)
{
    QTemporaryDir temp;
    ASSERT_TRUE(temp.isValid());
    ASSERT_FALSE(writeCsvReport(sampleReport(1), temp.path()).isError());
    const QByteArray hidden = readAll(temp.filePath(u"hidden_by_reason.csv"_s));
    EXPECT_EQ(hidden,
        bom("Reason,Clause,Hidden\r\n"
            "Personal information,\"Posting someone's phone number, address or account numbers\",31\r\n"
            "Comment text,\"<script>alert(1)</script> \"\"&' and, a comma\nand a second line\",1\r\n"));
}

TEST(ReportCsv, SummaryHoldsTheFactsTheAuditHeadTheHoursAndEveryFigure)
{
    QTemporaryDir temp;
    ASSERT_TRUE(temp.isValid());
    ASSERT_FALSE(writeCsvReport(sampleReport(1), temp.path()).isError());
    const QByteArray summary = readAll(temp.filePath(u"summary.csv"_s));
    const QByteArray expected = kBom
        + QByteArray("label,value\r\n"
                     "Report,Daily report\r\n"
                     "Agency,City of Springfield \xE2\x80\x94 Department of Public Works\r\n"
                     "Period,2026-11-01\r\n"
                     "First day,2026-11-01\r\n"
                     "Last day,2026-11-01\r\n"
                     "Time zone,America/New_York\r\n"
                     "Hours in period,25\r\n"
                     "Generated at (UTC),2026-11-02T06:00:00Z\r\n"
                     "Audit head,4711:")
        + kAuditHash.toLatin1()
        + QByteArray("\r\n"
                     "Comments,\"1,204\"\r\n"
                     "Replies sent,312\r\n"
                     "Hidden,87\r\n"
                     "Escalations,9\r\n"
                     "Median time to first reply,14 min\r\n"
                     "90th percentile time to first reply,1 h 52 min\r\n"
                     "Replies within SLA,93.4 %\r\n"
                     "Review turnaround (median),6 min\r\n");
    EXPECT_EQ(summary, expected);
}

TEST(ReportCsv, HoursFollowTheDaylightSavingDays)
{
    QTemporaryDir temp;
    ASSERT_TRUE(temp.isValid());
    Report report = sampleReport(0);
    // 8 March 2026: New York's clocks go forward, a day of 23 hours.
    report.period = ReportPeriod::day(QDate(2026, 3, 8), QTimeZone("America/New_York"));
    ASSERT_FALSE(writeCsvReport(report, temp.path()).isError());
    EXPECT_TRUE(readAll(temp.filePath(u"summary.csv"_s)).contains("\r\nHours in period,23\r\n"));
}

TEST(ReportCsv, AFolderUnderARegularFileIsAnEnvironmentErrorNamingThePathAndTheReason)
{
    QTemporaryDir temp;
    ASSERT_TRUE(temp.isValid());
    QFile blocker(temp.filePath(u"not-a-folder"_s));
    ASSERT_TRUE(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    const QString folder = temp.filePath(u"not-a-folder/reports"_s);

    const Error error = writeCsvReport(sampleReport(1), folder);
    ASSERT_TRUE(error.isError());
    EXPECT_EQ(ctl::exitCodeFor(error), ctl::ExitEnvironment);
    EXPECT_TRUE(error.message().contains(folder)) << error.message().toStdString();
    const QString reason = QString::fromLocal8Bit(std::generic_category().message(ENOTDIR));
    EXPECT_TRUE(error.message().contains(reason)) << error.message().toStdString();
}

TEST(ReportCsv, AFileThatCannotBeWrittenIsAnEnvironmentErrorAndLeavesNoTemporaryFileBehind)
{
    QTemporaryDir temp;
    ASSERT_TRUE(temp.isValid());
    // A folder where the table's file should go: the rename into place fails.
    ASSERT_TRUE(QDir(temp.path()).mkdir(u"conversations.csv"_s));

    const Error error = writeCsvReport(sampleReport(1), temp.path());
    ASSERT_TRUE(error.isError());
    EXPECT_EQ(ctl::exitCodeFor(error), ctl::ExitEnvironment);
    EXPECT_TRUE(error.message().contains(temp.filePath(u"conversations.csv"_s))) << error.message().toStdString();
    EXPECT_TRUE(QFileInfo(temp.filePath(u"conversations.csv"_s)).isDir());
    // The files before it were written whole; nothing half-written remains.
    EXPECT_EQ(QDir(temp.path()).entryList(QDir::Files | QDir::Hidden, QDir::Name),
        (QStringList { u"hidden_by_reason.csv"_s, u"summary.csv"_s, u"volume_by_platform.csv"_s }));
}

TEST(ReportCsv, ATableIdThatIsNoPlainFileNameIsRefusedBeforeAnythingLeavesTheFolder)
{
    QTemporaryDir temp;
    ASSERT_TRUE(temp.isValid());
    for (const QString& id : { u"../escape"_s, u"summary"_s, u"a/b"_s, QString() }) {
        Report report = sampleReport(1);
        report.tables[0].id = id;
        const Error error = writeCsvReport(report, temp.filePath(u"out"_s));
        EXPECT_TRUE(error.isError()) << id.toStdString();
    }
    EXPECT_FALSE(QFileInfo::exists(temp.filePath(u"escape.csv"_s)));
    EXPECT_FALSE(QFileInfo::exists(temp.filePath(u"out"_s))); // refused before anything was written
}

} // namespace moderation::test
