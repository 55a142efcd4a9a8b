#include "ReportSamples.h"
#include "ctl/Command.h"
#include "reports/ReportWriters.h"

#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;

namespace moderation::test {

namespace {

QString html(const Report& report)
{
    return QString::fromUtf8(htmlReport(report));
}

} // namespace

TEST(ReportHtml, EscapesEveryStringOfTheModel)
{
    Report report = sampleReport(2);
    report.title = u"Daily <b>report</b>"_s;
    report.agencyName = u"<img src=x onerror=alert(2)>"_s;
    report.summary.append({ u"<i>label</i>"_s, u"<u>value</u>"_s });
    report.charts[0].title = u"<svg onload=alert(3)>"_s;
    report.charts[0].labels[0] = u"<script>alert(4)</script>"_s;
    report.charts[0].valueLabel = u"\"quoted\""_s;
    report.tables[0].title = u"<caption>&"_s;
    report.tables[0].note = u"note </table>"_s;
    report.tables[0].columns[0] = u"<th>"_s;
    report.tables[1].id = u"x\" onclick=\"alert(5)"_s;
    const QString text = html(report);

    EXPECT_FALSE(text.contains(u"<script"_s, Qt::CaseInsensitive));
    EXPECT_FALSE(text.contains(u"<img src=x"_s));
    EXPECT_FALSE(text.contains(u"<svg onload"_s));
    EXPECT_FALSE(text.contains(u"onclick=\""_s));
    EXPECT_FALSE(text.contains(u"<b>"_s));
    EXPECT_FALSE(text.contains(u"<i>"_s));
    EXPECT_TRUE(
        text.contains(u"&lt;script&gt;alert(1)&lt;/script&gt; &quot;&amp;&#39; and, a comma\nand a second line"_s));
    EXPECT_TRUE(text.contains(u"&lt;script&gt;alert(4)&lt;/script&gt;"_s));
    EXPECT_TRUE(text.contains(u"Daily &lt;b&gt;report&lt;/b&gt;"_s));
    EXPECT_TRUE(text.contains(u"<p class=\"agency\">&lt;img src=x onerror=alert(2)&gt;</p>"_s));
    EXPECT_TRUE(text.contains(u"<figcaption>&lt;svg onload=alert(3)&gt;</figcaption>"_s));
    EXPECT_TRUE(
        text.contains(u"<caption>&lt;caption&gt;&amp;<span class=\"note\">note &lt;/table&gt;</span></caption>"_s));
    EXPECT_TRUE(text.contains(u"<th scope=\"col\">&lt;th&gt;</th>"_s));
    EXPECT_TRUE(text.contains(u"&quot;quoted&quot;"_s));
    EXPECT_TRUE(text.contains(u"<dt>&lt;i&gt;label&lt;/i&gt;</dt><dd>&lt;u&gt;value&lt;/u&gt;</dd>"_s));
}

TEST(ReportHtml, IsOneSelfContainedDocumentWithTheLogoInline)
{
    const QString text = html(sampleReport(2));
    EXPECT_TRUE(text.startsWith(u"<!DOCTYPE html>\n<html lang=\"en\">"_s));
    EXPECT_TRUE(text.contains(u"<meta charset=\"utf-8\">"_s));
    EXPECT_TRUE(text.contains(u"<style>"_s));
    EXPECT_FALSE(text.contains(u"http://"_s));
    EXPECT_FALSE(text.contains(u"https://"_s));
    EXPECT_FALSE(text.contains(u"<link"_s));
    EXPECT_FALSE(text.contains(u"url("_s));
    // Every src is the logo's data: URI, with the type its bytes say.
    const QRegularExpression src(u"src=\"([^\"]*)\""_s);
    int sources = 0;
    for (auto it = src.globalMatch(text); it.hasNext(); ++sources)
        EXPECT_TRUE(it.next().captured(1).startsWith(u"data:image/png;base64,iVBORw0KGgo"_s));
    EXPECT_EQ(sources, 1);
}

TEST(ReportHtml, TakesTheLogoTypeFromItsBytesAndLeavesOutBytesThatAreNoImage)
{
    Report report = sampleReport(0);
    report.agencyLogo = QByteArray("\xFF\xD8\xFF\xE0\x00\x10JFIF", 10);
    EXPECT_TRUE(html(report).contains(u"src=\"data:image/jpeg;base64,"_s));
    report.agencyLogo = QByteArray("<svg onload=alert(1)>");
    EXPECT_FALSE(html(report).contains(u"<img"_s));
    report.agencyLogo.clear();
    EXPECT_FALSE(html(report).contains(u"<img"_s));
}

TEST(ReportHtml, HeaderNamesTheAgencyPeriodZoneHoursGeneratedTimeAndAuditHead)
{
    const QString text = html(sampleReport(0));
    EXPECT_TRUE(text.contains(u"<p class=\"agency\">City of Springfield — Department of Public Works</p>"_s));
    EXPECT_TRUE(text.contains(u"<h1>Daily report</h1>"_s));
    EXPECT_TRUE(text.contains(u"<dt>Period</dt><dd>2026-11-01</dd>"_s));
    EXPECT_TRUE(text.contains(u"<dt>Time zone</dt><dd>America/New_York (25 hours)</dd>"_s));
    EXPECT_TRUE(text.contains(u"2026-11-02T06:00:00Z"_s));
    EXPECT_TRUE(text.contains(u"<code>4711:"_s + kAuditHash + u"</code>"_s));
    EXPECT_TRUE(text.contains(u"<div class=\"figure\"><dt>Comments</dt><dd>1,204</dd></div>"_s));
}

TEST(ReportHtml, TablesHaveCaptionsScopedHeadersRightAlignedNumbersAndTheirNote)
{
    const QString text = html(sampleReport(2));
    EXPECT_TRUE(
        text.contains(u"<caption>Volume by platform<span class=\"note\">Comments received in the period, by the "
                      "platform they came from.</span></caption>"_s));
    EXPECT_TRUE(text.contains(u"<thead><tr><th scope=\"col\">Platform</th><th scope=\"col\" class=\"num\">Comments</th>"
                              "<th scope=\"col\" class=\"num\">Replies</th><th scope=\"col\" class=\"num\">Hidden</th>"
                              "</tr></thead>"_s));
    EXPECT_TRUE(text.contains(u"<tr><td>Facebook</td><td class=\"num\">812</td><td class=\"num\">201</td>"
                              "<td class=\"num\">60</td></tr>"_s));
    EXPECT_TRUE(text.contains(u"<td>ROW-0002</td>"_s));

    Report empty = sampleReport(0);
    EXPECT_TRUE(html(empty).contains(u"<tr><td class=\"empty\" colspan=\"6\">No rows for this period.</td></tr>"_s));
}

TEST(ReportHtml, ChartsAreInlineSvgLabelledAndFollowedByTheirData)
{
    const QString text = html(sampleReport(0));
    EXPECT_EQ(text.count(u"<svg role=\"img\""_s), 3);
    EXPECT_TRUE(
        text.contains(u"aria-labelledby=\"chart-title-volume_by_platform-0 chart-desc-volume_by_platform-0\""_s));
    EXPECT_TRUE(text.contains(u"<title id=\"chart-title-volume_by_platform-0\">Volume by platform</title>"_s));
    EXPECT_TRUE(text.contains(
        u"<desc id=\"chart-desc-volume_by_platform-0\">Bar chart of comments. Facebook: 812; X: 392.</desc>"_s));
    // Bars with their values over them, labels under them.
    EXPECT_EQ(text.count(u"<rect class=\"bar\""_s), 2 + 10);
    EXPECT_TRUE(text.contains(u">812</text>"_s));
    EXPECT_TRUE(text.contains(u"<g><title>Facebook</title><text x="_s));
    EXPECT_TRUE(text.contains(u"text-anchor=\"middle\">Facebook</text></g>"_s));
    // Long labels are shortened on the axis and whole in their tooltip and data table.
    EXPECT_TRUE(text.contains(u"<g><title>Misinformation about public safety</title>"_s));
    EXPECT_TRUE(text.contains(u">Misinformation ab…</text></g>"_s));
    EXPECT_TRUE(text.contains(u"<td>Misinformation about public safety</td>"_s));
    // The line chart: a line through 24 points.
    EXPECT_EQ(text.count(u"<polyline class=\"line\""_s), 1);
    EXPECT_EQ(text.count(u"<circle class=\"point\""_s), 24);
    // The value axis is labelled.
    EXPECT_TRUE(text.contains(u"transform=\"rotate(-90 14 "_s));
    EXPECT_TRUE(text.contains(u">comments hidden</text>"_s));
    // Each chart's data as a table.
    EXPECT_TRUE(text.contains(u"<tr><td>Facebook</td><td class=\"num\">812</td></tr>"_s));
    EXPECT_TRUE(text.contains(u"<tr><td>10:00</td><td class=\"num\">101</td></tr>"_s));
}

TEST(ReportHtml, WritesTheFileCreatingItsFoldersAndFailsUnderARegularFileWithExit3)
{
    QTemporaryDir temp;
    ASSERT_TRUE(temp.isValid());
    const QString path = temp.filePath(u"a/b/report.html"_s);
    const Report report = sampleReport(2);
    ASSERT_FALSE(writeHtmlReport(report, path).isError());
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    EXPECT_EQ(file.readAll(), htmlReport(report));
    // For people to open in a browser.
    EXPECT_FALSE(writeHtmlReport(sampleReport(20), artifactPath(u"report-sample.html"_s)).isError());

    const QString blocked = path + u"/nested/report.html"_s; // under the file just written
    const Error error = writeHtmlReport(report, blocked);
    ASSERT_TRUE(error.isError());
    EXPECT_EQ(ctl::exitCodeFor(error), ctl::ExitEnvironment);
    EXPECT_TRUE(error.message().contains(path)) << error.message().toStdString();
}

} // namespace moderation::test
