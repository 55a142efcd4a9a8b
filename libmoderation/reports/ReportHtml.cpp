#include "reports/ReportWriters.h"
#include "reports/ReportWriting.h"

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace moderation {

namespace {

using reportwriting::ChartScale;
using reportwriting::formatValue;
using reportwriting::esc;

// An id attribute from a model id: letters, digits, '-' and '_' only.
QString safeId(const QString& prefix, const QString& id, int index)
{
    QString out = prefix;
    for (const QChar c : id)
        out += (c.isLetterOrNumber() && c.unicode() < 128) || c == u'-' || c == u'_' ? c : u'_';
    return out + u'-' + QString::number(index);
}

QString number(double value)
{
    return QString::number(value, 'f', 1);
}

// SVG text has no measuring here: an estimate of its width at a font size, generous enough that
// labels do not collide.
double textWidth(const QString& text, double fontSize)
{
    return text.size() * fontSize * 0.62;
}

QString elided(const QString& text, int maxChars)
{
    return text.size() <= maxChars ? text : text.left(maxChars - 1) + u'…';
}

const char kStyle[] = R"(
:root { color-scheme: light; }
body { font-family: system-ui, -apple-system, "Segoe UI", "DejaVu Sans", Arial, sans-serif; color: #1a1a1a;
       margin: 2rem auto; max-width: 60rem; padding: 0 1rem; line-height: 1.4; }
header { border-bottom: 2px solid #1f3b5c; padding-bottom: 1rem; margin-bottom: 1.5rem; }
header .logo { max-height: 4rem; max-width: 12rem; float: right; }
header .agency { font-size: 1.1rem; font-weight: 600; margin: 0; color: #1f3b5c; }
h1 { margin: 0.2rem 0 0.6rem; font-size: 1.8rem; }
h2 { font-size: 1.3rem; border-bottom: 1px solid #c8ced6; padding-bottom: 0.2rem; margin-top: 2rem; }
dl.facts { display: grid; grid-template-columns: max-content 1fr; gap: 0.15rem 1rem; margin: 0; }
dl.facts dt { font-weight: 600; }
dl.facts dd { margin: 0; }
code { font-family: "DejaVu Sans Mono", Consolas, monospace; font-size: 0.9em; overflow-wrap: anywhere; }
.figures { display: grid; grid-template-columns: repeat(auto-fill, minmax(11rem, 1fr)); gap: 0.75rem; margin: 0; }
.figure { border: 1px solid #c8ced6; border-radius: 4px; padding: 0.6rem 0.8rem; background: #f6f8fa; }
.figure dt { font-size: 0.85rem; color: #3d4752; }
.figure dd { margin: 0.2rem 0 0; font-size: 1.5rem; font-weight: 700; }
figure.chart { margin: 1.5rem 0; }
figure.chart figcaption { font-weight: 600; margin-bottom: 0.4rem; }
svg { max-width: 100%; height: auto; display: block; }
svg text { font-family: system-ui, "DejaVu Sans", Arial, sans-serif; fill: #1a1a1a; }
details { margin-top: 0.4rem; }
table { border-collapse: collapse; width: 100%; margin: 0.5rem 0 1.5rem; font-size: 0.92rem; }
caption { text-align: left; font-weight: 600; font-size: 1.05rem; padding-bottom: 0.4rem; }
caption .note { display: block; font-weight: normal; font-size: 0.88rem; color: #3d4752; }
th, td { border: 1px solid #c8ced6; padding: 0.3rem 0.5rem; text-align: left; vertical-align: top; }
td { white-space: pre-line; overflow-wrap: anywhere; }
th { background: #e4e8ed; }
tbody tr:nth-child(even) { background: #f6f8fa; }
.num { text-align: right; font-variant-numeric: tabular-nums; }
.empty { color: #3d4752; font-style: italic; }
footer { margin-top: 2rem; font-size: 0.85rem; color: #3d4752; border-top: 1px solid #c8ced6; padding-top: 0.5rem; }
@media print { body { margin: 0; max-width: none; } figure.chart, table { break-inside: avoid-page; } }
)";

void appendHeader(QString& html, const Report& report)
{
    const ReportPeriod& period = report.period;
    html += u"<header>\n"_s;
    const QString mime = reportwriting::imageMimeType(report.agencyLogo);
    if (!mime.isEmpty())
        html += u"<img class=\"logo\" src=\"data:%1;base64,%2\" alt=\"%3\">\n"_s.arg(mime,
            QString::fromLatin1(report.agencyLogo.toBase64()),
            esc(report.agencyName.isEmpty() ? u"Agency logo"_s : report.agencyName + u" logo"_s));
    if (!report.agencyName.isEmpty())
        html += u"<p class=\"agency\">%1</p>\n"_s.arg(esc(report.agencyName));
    html += u"<h1>%1</h1>\n<dl class=\"facts\">\n"_s.arg(esc(report.title));
    html += u"<dt>Period</dt><dd>%1</dd>\n"_s.arg(esc(period.label()));
    html += u"<dt>Time zone</dt><dd>%1 (%2 hours)</dd>\n"_s.arg(
        esc(QString::fromUtf8(period.zone.id())), esc(reportwriting::hours(period)));
    html += u"<dt>Generated</dt><dd><time datetime=\"%1\">%1</time></dd>\n"_s.arg(
        esc(reportwriting::generatedAt(report)));
    html += u"<dt>Audit head</dt><dd><code>%1</code></dd>\n</dl>\n</header>\n"_s.arg(esc(report.auditHead.toString()));
}

void appendSummary(QString& html, const Report& report)
{
    if (report.summary.isEmpty())
        return;
    html += u"<section aria-labelledby=\"summary-heading\">\n<h2 id=\"summary-heading\">Summary</h2>\n"
            "<dl class=\"figures\">\n"_s;
    for (const ReportFigure& figure : report.summary)
        html += u"<div class=\"figure\"><dt>%1</dt><dd>%2</dd></div>\n"_s.arg(esc(figure.label), esc(figure.value));
    html += u"</dl>\n</section>\n"_s;
}

// The geometry both chart kinds share: the plot area, the value axis with its grid, and the
// category labels under it.
struct SvgPlot
{
    double width = 720;
    double height = 300;
    double left = 64;
    double right = 16;
    double top = 16;
    double bottom = 40;
    bool rotateLabels = false;
    int labelEvery = 1;
    ChartScale scale;
    int count = 0;

    double plotWidth() const { return width - left - right; }
    double plotHeight() const { return height - top - bottom; }
    double band() const { return count > 0 ? plotWidth() / count : plotWidth(); }
    double xCenter(int i) const { return left + (i + 0.5) * band(); }
    double y(double value) const { return height - bottom - scale.fraction(value) * plotHeight(); }
};

SvgPlot plotFor(const ReportChart& chart)
{
    SvgPlot plot;
    plot.count = int(chart.values.size());
    plot.scale = ChartScale::forValues(chart.values);
    double widest = 0;
    for (const QString& label : chart.labels)
        widest = std::max(widest, textWidth(elided(label, 18), 11));
    if (chart.kind == ReportChart::Kind::Line) {
        // Points in order (hours of the day): fewer labels rather than slanted ones.
        const int fits = std::max(1, int(plot.plotWidth() / std::max(widest + 8, 1.0)));
        plot.labelEvery = std::max(1, int(std::ceil(double(plot.count) / fits)));
    } else if (widest + 6 > plot.band()) {
        plot.rotateLabels = true;
        plot.bottom = std::min(120.0, widest * 0.72 + 24);
        plot.height += plot.bottom - 40;
    }
    return plot;
}

void appendAxes(QString& svg, const SvgPlot& plot, const ReportChart& chart)
{
    for (const double tick : plot.scale.ticks()) {
        const double y = plot.y(tick);
        svg += u"<line stroke=\"#d5dae0\" stroke-width=\"1\" x1=\"%1\" y1=\"%2\" x2=\"%3\" y2=\"%2\"/>"
               "<text x=\"%4\" y=\"%5\" font-size=\"11\" text-anchor=\"end\">%6</text>\n"_s.arg(number(plot.left),
                   number(y), number(plot.width - plot.right), number(plot.left - 6), number(y + 4),
                   esc(formatValue(tick)));
    }
    const double baseY = plot.y(std::max(plot.scale.low, 0.0));
    svg += u"<line stroke=\"#1a1a1a\" stroke-width=\"1\" x1=\"%1\" y1=\"%2\" x2=\"%1\" y2=\"%3\"/>"
           "<line stroke=\"#1a1a1a\" stroke-width=\"1\" x1=\"%1\" y1=\"%4\" x2=\"%5\" y2=\"%4\"/>\n"_s.arg(
               number(plot.left), number(plot.top), number(plot.height - plot.bottom), number(baseY),
               number(plot.width - plot.right));
    // The value axis says what the values count.
    const double midY = plot.top + plot.plotHeight() / 2;
    svg += u"<text x=\"14\" y=\"%1\" font-size=\"12\" text-anchor=\"middle\" transform=\"rotate(-90 14 %1)\">%2</text>\n"_s
               .arg(number(midY), esc(chart.valueLabel));
    for (int i = 0; i < plot.count; ++i) {
        if (i % plot.labelEvery != 0)
            continue;
        const QString label = chart.labels.value(i);
        const double x = plot.xCenter(i);
        const double y = plot.height - plot.bottom + 16;
        // The whole label as a tooltip on a group: a <title> inside <text> is drawn by some renderers.
        if (plot.rotateLabels)
            svg += u"<g><title>%4</title><text x=\"%1\" y=\"%2\" font-size=\"11\" text-anchor=\"end\" "
                   "transform=\"rotate(-40 %1 %2)\">%3</text></g>\n"_s.arg(
                       number(x), number(y - 4), esc(elided(label, 18)), esc(label));
        else
            svg += u"<g><title>%4</title><text x=\"%1\" y=\"%2\" font-size=\"11\" text-anchor=\"middle\">%3</text></g>\n"_s
                       .arg(number(x), number(y), esc(elided(label, 18)), esc(label));
    }
}

// A value over its bar or point: upright when it fits the band, turned a quarter otherwise.
void appendValueLabel(QString& svg, const SvgPlot& plot, double x, double y, double value)
{
    const QString text = esc(formatValue(value));
    if (textWidth(formatValue(value), 10) + 2 <= plot.band())
        svg += u"<text x=\"%1\" y=\"%2\" font-size=\"10\" text-anchor=\"middle\">%3</text>\n"_s.arg(
            number(x), number(y - 5), text);
    else
        svg += u"<text x=\"%1\" y=\"%2\" font-size=\"10\" text-anchor=\"start\" transform=\"rotate(-90 %1 %2)\">%3</text>\n"_s
                   .arg(number(x + 3.5), number(y - 4), text);
}

QString chartDescription(const ReportChart& chart)
{
    QStringList parts;
    for (int i = 0; i < chart.values.size(); ++i)
        parts << u"%1: %2"_s.arg(chart.labels.value(i), formatValue(chart.values.at(i)));
    const QString kind = chart.kind == ReportChart::Kind::Bar ? u"Bar chart"_s : u"Line chart"_s;
    return u"%1 of %2. %3."_s.arg(kind, chart.valueLabel, parts.join(u"; "_s));
}

QString chartSvg(const ReportChart& chart, int index)
{
    const SvgPlot plot = plotFor(chart);
    const QString titleId = safeId(u"chart-title-"_s, chart.id, index);
    const QString descId = safeId(u"chart-desc-"_s, chart.id, index);
    QString svg
        = u"<svg role=\"img\" viewBox=\"0 0 %1 %2\" width=\"%1\" "
          "height=\"%2\" aria-labelledby=\"%3 %4\">\n<title id=\"%3\">%5</title>\n<desc id=\"%4\">%6</desc>\n"_s.arg(
              number(plot.width), number(plot.height), titleId, descId, esc(chart.title), esc(chartDescription(chart)));
    appendAxes(svg, plot, chart);
    const double baseY = plot.y(std::max(plot.scale.low, 0.0));
    if (chart.kind == ReportChart::Kind::Bar) {
        const double barWidth = plot.band() * 0.7;
        for (int i = 0; i < plot.count; ++i) {
            const double value = chart.values.at(i);
            const double y = plot.y(value);
            svg += u"<rect class=\"bar\" fill=\"#1f3b5c\" x=\"%1\" y=\"%2\" width=\"%3\" height=\"%4\"><title>%5: %6</title></rect>\n"_s
                       .arg(number(plot.xCenter(i) - barWidth / 2), number(std::min(y, baseY)), number(barWidth),
                           number(std::fabs(baseY - y)), esc(chart.labels.value(i)), esc(formatValue(value)));
            appendValueLabel(svg, plot, plot.xCenter(i), std::min(y, baseY), value);
        }
    } else {
        QStringList points;
        for (int i = 0; i < plot.count; ++i)
            points << number(plot.xCenter(i)) + u',' + number(plot.y(chart.values.at(i)));
        svg += u"<polyline class=\"line\" fill=\"none\" stroke=\"#1f3b5c\" stroke-width=\"2\" points=\"%1\"/>\n"_s.arg(
            points.join(u' '));
        for (int i = 0; i < plot.count; ++i) {
            const double value = chart.values.at(i);
            svg += u"<circle class=\"point\" fill=\"#ffffff\" stroke=\"#1f3b5c\" stroke-width=\"2\" cx=\"%1\" cy=\"%2\" r=\"3.5\"><title>%3: %4</title></circle>\n"_s
                       .arg(number(plot.xCenter(i)), number(plot.y(value)), esc(chart.labels.value(i)),
                           esc(formatValue(value)));
            if (textWidth(formatValue(value), 10) + 2 <= plot.band())
                appendValueLabel(svg, plot, plot.xCenter(i), plot.y(value) - 2, value);
        }
    }
    svg += u"</svg>\n"_s;
    return svg;
}

void appendChart(QString& html, const ReportChart& chart, int index)
{
    html += u"<figure class=\"chart\">\n<figcaption>%1</figcaption>\n"_s.arg(esc(chart.title));
    if (chart.values.isEmpty()) {
        html += u"<p class=\"empty\">No data for this period.</p>\n</figure>\n"_s;
        return;
    }
    html += chartSvg(chart, index);
    // The chart's numbers as a table: what a screen reader reads and what a reader copies.
    html += u"<details>\n<summary>Data: %1</summary>\n<table>\n<thead><tr><th scope=\"col\">Label</th>"
            "<th scope=\"col\" class=\"num\">%2</th></tr></thead>\n<tbody>\n"_s.arg(
                esc(chart.title), esc(chart.valueLabel.isEmpty() ? u"Value"_s : chart.valueLabel));
    for (int i = 0; i < chart.values.size(); ++i)
        html += u"<tr><td>%1</td><td class=\"num\">%2</td></tr>\n"_s.arg(
            esc(chart.labels.value(i)), esc(formatValue(chart.values.at(i))));
    html += u"</tbody>\n</table>\n</details>\n</figure>\n"_s;
}

void appendTable(QString& html, const ReportTable& table)
{
    html += u"<table id=\"%1\">\n<caption>%2"_s.arg(safeId(u"table-"_s, table.id, 0), esc(table.title));
    if (!table.note.isEmpty())
        html += u"<span class=\"note\">%1</span>"_s.arg(esc(table.note));
    html += u"</caption>\n<thead><tr>"_s;
    for (int c = 0; c < table.columns.size(); ++c)
        html += u"<th scope=\"col\"%1>%2</th>"_s.arg(
            table.isNumeric(c) ? u" class=\"num\""_s : QString(), esc(table.columns.at(c)));
    html += u"</tr></thead>\n<tbody>\n"_s;
    if (table.rows.isEmpty())
        html += u"<tr><td class=\"empty\" colspan=\"%1\">No rows for this period.</td></tr>\n"_s.arg(
            std::max<qsizetype>(1, table.columns.size()));
    for (const QStringList& row : table.rows) {
        html += u"<tr>"_s;
        for (int c = 0; c < std::max(table.columns.size(), row.size()); ++c)
            html += u"<td%1>%2</td>"_s.arg(table.isNumeric(c) ? u" class=\"num\""_s : QString(), esc(row.value(c)));
        html += u"</tr>\n"_s;
    }
    html += u"</tbody>\n</table>\n"_s;
}

} // namespace

QByteArray htmlReport(const Report& report)
{
    QString title = report.title + u" — "_s + report.period.label();
    if (!report.agencyName.isEmpty())
        title = report.agencyName + u" — "_s + title;
    QString html = u"<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
                   "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                   "<meta name=\"generator\" content=\"Moderation Desk\">\n<title>%1</title>\n<style>%2</style>\n"
                   "</head>\n<body>\n"_s.arg(esc(title), QString::fromLatin1(kStyle));
    appendHeader(html, report);
    html += u"<main>\n"_s;
    appendSummary(html, report);
    if (!report.charts.isEmpty()) {
        html += u"<section aria-labelledby=\"charts-heading\">\n<h2 id=\"charts-heading\">Charts</h2>\n"_s;
        for (int i = 0; i < report.charts.size(); ++i)
            appendChart(html, report.charts.at(i), i);
        html += u"</section>\n"_s;
    }
    if (!report.tables.isEmpty()) {
        html += u"<section aria-labelledby=\"tables-heading\">\n<h2 id=\"tables-heading\">Tables</h2>\n"_s;
        for (const ReportTable& table : report.tables)
            appendTable(html, table);
        html += u"</section>\n"_s;
    }
    html += u"</main>\n<footer>%1 · %2 · audit head <code>%3</code></footer>\n</body>\n</html>\n"_s.arg(
        esc(report.title), esc(report.period.label()), esc(report.auditHead.toString()));
    return html.toUtf8();
}

Error writeHtmlReport(const Report& report, const QString& path)
{
    return reportwriting::saveFile(path, htmlReport(report));
}

} // namespace moderation
