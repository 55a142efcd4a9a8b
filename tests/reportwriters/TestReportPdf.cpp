#include "ReportSamples.h"
#include "ctl/Command.h"
#include "reports/ReportWriters.h"

#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;

namespace moderation::test {

namespace {

int pageCount(const QString& pdf)
{
    const QRegularExpressionMatch match
        = QRegularExpression(u"^Pages:\\s+(\\d+)$"_s, QRegularExpression::MultilineOption)
              .match(runTool(u"pdfinfo"_s, { pdf }));
    return match.hasMatch() ? match.captured(1).toInt() : -1;
}

QString pageText(const QString& pdf, int page)
{
    return runTool(
        u"pdftotext"_s, { u"-layout"_s, u"-f"_s, QString::number(page), u"-l"_s, QString::number(page), pdf, u"-"_s });
}

// The page as pdftoppm draws it (poppler, not Qt: what a reader's viewer shows).
QImage renderPage(const QString& pdf, int page, int dpi, const QString& pngPrefix)
{
    runTool(u"pdftoppm"_s,
        { u"-r"_s, QString::number(dpi), u"-png"_s, u"-singlefile"_s, u"-f"_s, QString::number(page), u"-l"_s,
            QString::number(page), pdf, pngPrefix });
    QImage image(pngPrefix + u".png"_s);
    if (image.isNull())
        ADD_FAILURE() << "no image at " << pngPrefix.toStdString() << ".png";
    return image;
}

struct Ink
{
    double share = 0; // of the pixels, those clearly not white
    int colours = 0;
};

Ink inkIn(const QImage& image, const QRect& area)
{
    const QImage rgb = image.convertToFormat(QImage::Format_RGB32);
    const QRect box = area.intersected(rgb.rect());
    qint64 inked = 0;
    QSet<QRgb> colours;
    for (int y = box.top(); y <= box.bottom(); ++y) {
        for (int x = box.left(); x <= box.right(); ++x) {
            const QRgb pixel = rgb.pixel(x, y);
            colours.insert(pixel);
            if (qGray(pixel) < 200)
                ++inked;
        }
    }
    const qint64 all = qint64(box.width()) * box.height();
    return { all ? double(inked) / double(all) : 0, int(colours.size()) };
}

class ReportPdf : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_temp.isValid());
        m_pdf = m_temp.filePath(u"out/daily/report.pdf"_s);
        const Error error = writePdfReport(sampleReport(200), m_pdf);
        ASSERT_FALSE(error.isError()) << error.toString().toStdString();
        m_pages = pageCount(m_pdf);
        ASSERT_GT(m_pages, 2);
    }

    QTemporaryDir m_temp;
    QString m_pdf;
    int m_pages = 0;
};

} // namespace

TEST_F(ReportPdf, FirstPageIsTheSummaryWithTitleAgencyAuditHeadAndPageCount)
{
    const QString text = pageText(m_pdf, 1);
    EXPECT_TRUE(text.contains(u"Daily report"_s)) << text.toStdString();
    EXPECT_TRUE(text.contains(u"City of Springfield — Department of Public Works"_s)) << text.toStdString();
    EXPECT_TRUE(text.contains(u"4711:"_s + kAuditHash)) << text.toStdString();
    EXPECT_TRUE(text.contains(u"America/New_York (25 hours)"_s)) << text.toStdString();
    EXPECT_TRUE(text.contains(u"2026-11-02T06:00:00Z"_s)) << text.toStdString();
    EXPECT_TRUE(text.contains(u"Page 1 of %1"_s.arg(m_pages))) << text.toStdString();
    EXPECT_TRUE(text.contains(u"Replies within SLA"_s)) << text.toStdString();
    EXPECT_TRUE(text.contains(u"93.4 %"_s)) << text.toStdString();
    EXPECT_TRUE(text.contains(u"Volume by platform"_s)) << text.toStdString();
}

TEST_F(ReportPdf, EveryPageCarriesItsNumberAndTheAuditHead)
{
    for (int page = 1; page <= m_pages; ++page) {
        const QString text = pageText(m_pdf, page);
        EXPECT_TRUE(text.contains(u"Page %1 of %2"_s.arg(page).arg(m_pages))) << "page " << page;
        EXPECT_TRUE(text.contains(u"Audit head 4711:"_s + kAuditHash)) << "page " << page;
    }
}

TEST_F(ReportPdf, ALongTableBreaksAcrossPagesWithItsHeaderRowRepeated)
{
    QList<int> continued;
    for (int page = 2; page <= m_pages; ++page)
        if (pageText(m_pdf, page).contains(u"Conversations (continued)"_s))
            continued << page;
    ASSERT_FALSE(continued.isEmpty());
    // 200 rows do not fit on two pages: the table continues on every page after its first.
    EXPECT_EQ(continued.last(), m_pages);
    for (const int page : continued) {
        const QString text = pageText(m_pdf, page);
        const QRegularExpression header(u"Conversation\\s+Platform\\s+Author\\s+First comment\\s+Replies\\s+Outcome"_s);
        EXPECT_TRUE(header.match(text).hasMatch()) << "page " << page << ":\n" << text.toStdString();
    }
    const QString first = pageText(m_pdf, continued.first() - 1);
    EXPECT_TRUE(first.contains(u"Conversations\n"_s) || first.contains(u"Conversations "_s)) << first.toStdString();
    EXPECT_TRUE(first.contains(u"ROW-0001"_s)) << first.toStdString();

    const QString last = pageText(m_pdf, m_pages);
    EXPECT_TRUE(last.contains(u"ROW-0200"_s)) << last.toStdString();
    EXPECT_FALSE(pageText(m_pdf, m_pages - 1).contains(u"ROW-0200"_s));
    // Every row is somewhere, once.
    QString all;
    for (int page = 1; page <= m_pages; ++page)
        all += pageText(m_pdf, page);
    for (int row = 1; row <= 200; ++row)
        EXPECT_EQ(all.count(u"ROW-%1"_s.arg(row, 4, 10, QLatin1Char('0'))), 1) << "row " << row;
}

TEST_F(ReportPdf, LongCellTextIsWrappedWithinItsColumn)
{
    // The longest comment wraps: its first and last words land on different lines of the same page.
    bool found = false;
    for (int page = 2; page <= m_pages && !found; ++page) {
        const QStringList lines = pageText(m_pdf, page).split(u'\n');
        for (int i = 0; i < lines.size() && !found; ++i) {
            if (!lines.at(i).contains(u"The pothole at 5th"_s))
                continue;
            found = true;
            EXPECT_FALSE(lines.at(i).contains(u"nobody answered."_s));
            bool ends = false;
            for (int j = i + 1; j < std::min<qsizetype>(lines.size(), i + 8); ++j)
                ends = ends || lines.at(j).contains(u"answered."_s);
            EXPECT_TRUE(ends);
        }
    }
    EXPECT_TRUE(found);
}

TEST_F(ReportPdf, PagesRenderWithChartsAndTablesDrawn)
{
    const QImage summary = renderPage(m_pdf, 1, 50, m_temp.filePath(u"page1"_s));
    ASSERT_FALSE(summary.isNull());
    // Letter at 50 dpi: 425 x 550. The charts sit in the lower half of the summary page.
    EXPECT_EQ(summary.size(), QSize(425, 550));
    const Ink charts = inkIn(summary, QRect(30, 300, 365, 210));
    EXPECT_GT(charts.share, 0.04) << charts.share;
    EXPECT_GT(charts.colours, 8);

    const QImage table = renderPage(m_pdf, 3, 50, m_temp.filePath(u"page3"_s));
    ASSERT_FALSE(table.isNull());
    const Ink rows = inkIn(table, QRect(30, 60, 365, 420));
    EXPECT_GT(rows.share, 0.05) << rows.share;
    EXPECT_GT(rows.colours, 8);

    // For people to look at (docs/screenshots/report-sample-*.png come from here).
    const QImage summaryLarge = renderPage(m_pdf, 1, 150, m_temp.filePath(u"page1-150"_s));
    const QImage tableLarge = renderPage(m_pdf, 3, 150, m_temp.filePath(u"page3-150"_s));
    EXPECT_TRUE(summaryLarge.save(artifactPath(u"report-sample-page1.png"_s)));
    EXPECT_TRUE(tableLarge.save(artifactPath(u"report-sample-table.png"_s)));
    EXPECT_TRUE(
        renderPage(m_pdf, 2, 150, m_temp.filePath(u"page2-150"_s)).save(artifactPath(u"report-sample-page2.png"_s)));
}

TEST(ReportPdfEdges, AReportWithNothingInItIsOnePage)
{
    QTemporaryDir temp;
    ASSERT_TRUE(temp.isValid());
    Report report;
    report.title = u"Daily report"_s;
    report.period = ReportPeriod::day(QDate(2026, 3, 8), QTimeZone("America/New_York"));
    report.generatedAt = QDateTime(QDate(2026, 3, 9), QTime(5, 0), QTimeZone::utc());
    report.auditHead = { 0, QString(64, u'0') };
    const QString pdf = temp.filePath(u"empty.pdf"_s);
    ASSERT_FALSE(writePdfReport(report, pdf).isError());
    EXPECT_EQ(pageCount(pdf), 1);
    const QString text = pageText(pdf, 1);
    EXPECT_TRUE(text.contains(u"Page 1 of 1"_s)) << text.toStdString();
    EXPECT_TRUE(text.contains(u"(23 hours)"_s)) << text.toStdString();
}

TEST(ReportPdfEdges, EmptyTablesAndChartsSaySoAndACellLongerThanAPageIsCut)
{
    QTemporaryDir temp;
    ASSERT_TRUE(temp.isValid());
    Report report = sampleReport(0);
    report.charts[0].labels.clear();
    report.charts[0].values.clear();
    ReportTable huge;
    huge.id = u"huge"_s;
    huge.title = u"Huge"_s;
    huge.columns = { u"Comment"_s };
    QString words;
    for (int i = 0; i < 3000; ++i)
        words += u"word%1 "_s.arg(i);
    huge.rows = { { words }, { u"after"_s } };
    report.tables << huge;
    const QString pdf = temp.filePath(u"edges.pdf"_s);
    ASSERT_FALSE(writePdfReport(report, pdf).isError());
    const int pages = pageCount(pdf);
    QString all;
    for (int page = 1; page <= pages; ++page)
        all += pageText(pdf, page);
    EXPECT_TRUE(all.contains(u"No data for this period."_s));
    EXPECT_TRUE(all.contains(u"No rows for this period."_s));
    EXPECT_TRUE(all.contains(u"word0 "_s));
    EXPECT_FALSE(all.contains(u"word2999"_s)); // cut, with an ellipsis
    EXPECT_TRUE(all.contains(u"…"_s));
    EXPECT_TRUE(all.contains(u"after"_s));
}

TEST(ReportPdfEdges, AnUnwritablePathIsAnEnvironmentErrorAndNoFileIsLeft)
{
    QTemporaryDir temp;
    ASSERT_TRUE(temp.isValid());
    QFile blocker(temp.filePath(u"file"_s));
    ASSERT_TRUE(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    const QString path = temp.filePath(u"file/report.pdf"_s);
    const Error error = writePdfReport(sampleReport(2), path);
    ASSERT_TRUE(error.isError());
    EXPECT_EQ(ctl::exitCodeFor(error), ctl::ExitEnvironment);
    EXPECT_TRUE(error.message().contains(temp.filePath(u"file"_s))) << error.message().toStdString();

    // A folder in the file's place: the rename fails, nothing is left beside it.
    ASSERT_TRUE(QDir(temp.path()).mkdir(u"taken.pdf"_s));
    const Error taken = writePdfReport(sampleReport(2), temp.filePath(u"taken.pdf"_s));
    ASSERT_TRUE(taken.isError());
    EXPECT_EQ(ctl::exitCodeFor(taken), ctl::ExitEnvironment);
    EXPECT_EQ(QDir(temp.path()).entryList(QDir::Files | QDir::Hidden), QStringList { u"file"_s });
}

} // namespace moderation::test
