#include "reports/ReportPdfDrawing.h"
#include "reports/ReportWriting.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>
#include <QTextLayout>
#include <algorithm>
#include <cmath>
#include <numbers>

using namespace Qt::StringLiterals;

namespace moderation::reportpdf {

namespace {

using reportwriting::ChartScale;
using reportwriting::formatValue;

// Dark bars and lines on white with light grid lines: as readable printed in grey as in colour.
const QColor kInk(26, 26, 26);
const QColor kData(31, 59, 92);
const QColor kGrid(200, 206, 214);
const QColor kFrame(170, 178, 188);

// Where the parts of a chart go inside its box, computed from the text they hold.
struct ChartGeometry
{
    QRectF plot;
    double band = 0;
    bool slantedLabels = false;
    int labelEvery = 1;
    bool uprightValues = true;
    bool showValues = true;
    QStringList labels; // elided
    ChartScale scale;

    double x(int i) const { return plot.left() + (i + 0.5) * band; }
    double y(double value) const { return plot.bottom() - scale.fraction(value) * plot.height(); }
    double baseY() const { return y(std::max(scale.low, 0.0)); }
};

ChartGeometry geometryFor(
    const QRectF& area, const ReportChart& chart, const PdfFonts& fonts, const QPaintDevice* device)
{
    ChartGeometry g;
    const QFontMetricsF tick(fonts.chartTick, device);
    const QFontMetricsF value(fonts.chartValue, device);
    g.scale = ChartScale::forValues(chart.values);
    double tickWidth = 0;
    for (const double t : g.scale.ticks())
        tickWidth = std::max(tickWidth, tick.horizontalAdvance(formatValue(t)));
    const double left = area.left() + tick.height() + pt(4) + tickWidth + pt(4);
    const int count = int(chart.values.size());
    g.band = (area.right() - left) / std::max(1, count);

    const double maxLabel = inch(1.2);
    double widest = 0;
    for (int i = 0; i < count; ++i) {
        g.labels << tick.elidedText(chart.labels.value(i), Qt::ElideRight, maxLabel);
        widest = std::max(widest, tick.horizontalAdvance(g.labels.last()));
    }
    if (chart.kind == ReportChart::Kind::Line)
        g.labelEvery = std::max(1, int(std::ceil((widest + pt(6)) / g.band)));
    else
        g.slantedLabels = widest + pt(3) > g.band;
    if (g.slantedLabels) {
        // Slanted labels take at most 40% of the height, shortened further if need be.
        const double most = (area.height() * 0.4 - tick.height() - pt(6)) / (std::numbers::sqrt2 / 2);
        if (widest > most) {
            widest = 0;
            for (QString& label : g.labels) {
                label = tick.elidedText(label, Qt::ElideRight, most);
                widest = std::max(widest, tick.horizontalAdvance(label));
            }
        }
    }
    const double labelArea
        = g.slantedLabels ? widest * std::numbers::sqrt2 / 2 + tick.height() + pt(6) : tick.height() + pt(5);

    double widestValue = 0;
    for (const double v : chart.values)
        widestValue = std::max(widestValue, value.horizontalAdvance(formatValue(v)));
    g.uprightValues = widestValue + pt(2) <= g.band;
    g.showValues = chart.kind == ReportChart::Kind::Bar || g.uprightValues;
    const double headroom = !g.showValues ? pt(4) : (g.uprightValues ? value.height() : widestValue) + pt(5);
    g.plot = QRectF(QPointF(left, area.top() + headroom), QPointF(area.right(), area.bottom() - labelArea));
    return g;
}

void drawValueAxis(
    QPainter& p, const ChartGeometry& g, const QRectF& area, const ReportChart& chart, const PdfFonts& fonts)
{
    const QFontMetricsF tick(fonts.chartTick, p.device());
    p.setFont(fonts.chartTick);
    for (const double t : g.scale.ticks()) {
        const double y = g.y(t);
        p.setPen(QPen(kGrid, pt(0.5)));
        p.drawLine(QPointF(g.plot.left(), y), QPointF(g.plot.right(), y));
        p.setPen(kInk);
        const QString text = formatValue(t);
        p.drawText(QPointF(g.plot.left() - pt(4) - tick.horizontalAdvance(text), y + tick.capHeight() / 2), text);
    }
    p.setPen(QPen(kInk, pt(0.8)));
    p.drawLine(QPointF(g.plot.left(), g.plot.top()), QPointF(g.plot.left(), g.plot.bottom()));
    p.drawLine(QPointF(g.plot.left(), g.baseY()), QPointF(g.plot.right(), g.baseY()));

    // What the values count, along the axis.
    const QString label = tick.elidedText(chart.valueLabel, Qt::ElideRight, g.plot.height());
    p.save();
    p.translate(area.left() + tick.ascent(), g.plot.center().y());
    p.rotate(-90);
    p.drawText(QPointF(-tick.horizontalAdvance(label) / 2, 0), label);
    p.restore();
}

void drawCategoryLabels(QPainter& p, const ChartGeometry& g, const PdfFonts& fonts)
{
    const QFontMetricsF tick(fonts.chartTick, p.device());
    p.setFont(fonts.chartTick);
    p.setPen(kInk);
    for (int i = 0; i < g.labels.size(); i += g.labelEvery) {
        const QString& label = g.labels.at(i);
        const double width = tick.horizontalAdvance(label);
        const double x = g.x(i);
        p.setPen(QPen(kInk, pt(0.6)));
        p.drawLine(QPointF(x, g.plot.bottom()), QPointF(x, g.plot.bottom() + pt(2.5)));
        if (g.slantedLabels) {
            // Slanted down to the left, ending under the bar.
            p.save();
            p.translate(x + tick.capHeight() / 2, g.plot.bottom() + pt(4));
            p.rotate(-45);
            p.drawText(QPointF(-width, tick.capHeight() / 2), label);
            p.restore();
        } else {
            p.drawText(QPointF(x - width / 2, g.plot.bottom() + pt(3.5) + tick.ascent()), label);
        }
    }
}

void drawValueLabel(
    QPainter& p, const ChartGeometry& g, const QFontMetricsF& metrics, double x, double top, double value)
{
    const QString text = formatValue(value);
    const double width = metrics.horizontalAdvance(text);
    if (g.uprightValues) {
        p.drawText(QPointF(x - width / 2, top - pt(2.5) - metrics.descent()), text);
        return;
    }
    p.save();
    p.translate(x + metrics.capHeight() / 2, top - pt(2.5));
    p.rotate(-90);
    p.drawText(QPointF(0, 0), text);
    p.restore();
}

void drawData(QPainter& p, const ChartGeometry& g, const ReportChart& chart, const PdfFonts& fonts)
{
    const QFontMetricsF metrics(fonts.chartValue, p.device());
    p.setFont(fonts.chartValue);
    if (chart.kind == ReportChart::Kind::Bar) {
        const double barWidth = g.band * 0.68;
        for (int i = 0; i < chart.values.size(); ++i) {
            const double y = g.y(chart.values.at(i));
            const double top = std::min(y, g.baseY());
            p.fillRect(QRectF(g.x(i) - barWidth / 2, top, barWidth, std::fabs(g.baseY() - y)), kData);
            p.setPen(kInk);
            drawValueLabel(p, g, metrics, g.x(i), top, chart.values.at(i));
        }
        return;
    }
    QPainterPath path;
    for (int i = 0; i < chart.values.size(); ++i) {
        const QPointF point(g.x(i), g.y(chart.values.at(i)));
        if (i == 0)
            path.moveTo(point);
        else
            path.lineTo(point);
    }
    p.setPen(QPen(kData, pt(1.6), Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    p.setBrush(Qt::NoBrush);
    p.drawPath(path);
    p.setBrush(Qt::white);
    p.setPen(QPen(kData, pt(1.1)));
    const double radius = std::min(pt(2.4), g.band / 3);
    for (int i = 0; i < chart.values.size(); ++i)
        p.drawEllipse(QPointF(g.x(i), g.y(chart.values.at(i))), radius, radius);
    if (!g.showValues)
        return;
    p.setPen(kInk);
    for (int i = 0; i < chart.values.size(); ++i)
        drawValueLabel(p, g, metrics, g.x(i), g.y(chart.values.at(i)) - radius, chart.values.at(i));
}

} // namespace

PdfFonts PdfFonts::standard()
{
    const auto font = [](double points, bool bold = false, const QString& family = u"DejaVu Sans"_s) {
        QFont f(family);
        f.setStyleHint(family.contains(u"Mono"_s) ? QFont::Monospace : QFont::SansSerif);
        f.setPointSizeF(points);
        f.setBold(bold);
        // No ligatures: "fi" stays two letters, so that text copied or searched in the PDF matches.
        f.setStyleStrategy(QFont::PreferNoShaping);
        return f;
    };
    PdfFonts fonts;
    fonts.title = font(20, true);
    fonts.agency = font(12, true);
    fonts.heading = font(12.5, true);
    fonts.body = font(9.5);
    fonts.bodyBold = font(9.5, true);
    fonts.note = font(8.5);
    fonts.cell = font(8);
    fonts.cellBold = font(8, true);
    fonts.mono = font(8.5, false, u"DejaVu Sans Mono"_s);
    fonts.figureValue = font(17, true);
    fonts.figureLabel = font(8.5);
    fonts.footer = font(7.5);
    fonts.chartTitle = font(10.5, true);
    fonts.chartTick = font(7);
    fonts.chartValue = font(6.5);
    return fonts;
}

QStringList wrapLines(const QString& text, const QFont& font, double width, const QPaintDevice* device)
{
    QString plain = text;
    plain.replace(u"\r\n"_s, u"\n"_s);
    plain.replace(u'\r', u'\n');
    plain.replace(u'\t', u' ');
    QStringList lines;
    for (const QString& paragraph : plain.split(u'\n')) {
        QTextLayout layout(paragraph, font, device);
        QTextOption option;
        option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
        layout.setTextOption(option);
        layout.beginLayout();
        bool any = false;
        for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
            line.setLineWidth(width);
            lines << paragraph.mid(line.textStart(), line.textLength()).trimmed();
            any = true;
        }
        layout.endLayout();
        if (!any)
            lines << QString();
    }
    return lines;
}

// The box's inner margins and the title above the plot.
QRectF plotArea(const QRectF& box, const PdfFonts& fonts, const QPaintDevice* device)
{
    const QRectF inner = box.adjusted(pt(8), pt(7), -pt(10), -pt(6));
    const QFontMetricsF title(fonts.chartTitle, device);
    return QRectF(QPointF(inner.left(), inner.top() + title.height() + pt(6)), inner.bottomRight());
}

double chartHeight(const ReportChart& chart, double width, const PdfFonts& fonts, const QPaintDevice* device)
{
    const double height = inch(2.65);
    if (chart.values.isEmpty())
        return height;
    const QRectF area = plotArea(QRectF(0, 0, width, height), fonts, device);
    return geometryFor(area, chart, fonts, device).slantedLabels ? inch(3.3) : height;
}

void drawChart(QPainter& p, const QRectF& box, const ReportChart& chart, const PdfFonts& fonts)
{
    p.save();
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(QPen(kFrame, pt(0.5)));
    p.setBrush(Qt::NoBrush);
    p.drawRect(box);
    const QRectF area = plotArea(box, fonts, p.device());
    const QFontMetricsF title(fonts.chartTitle, p.device());
    p.setFont(fonts.chartTitle);
    p.setPen(kInk);
    p.drawText(QPointF(area.left(), box.top() + pt(7) + title.ascent()),
        title.elidedText(chart.title, Qt::ElideRight, area.width()));

    if (chart.values.isEmpty()) {
        p.setFont(fonts.note);
        p.drawText(area, Qt::AlignCenter, u"No data for this period."_s);
        p.restore();
        return;
    }
    const ChartGeometry g = geometryFor(area, chart, fonts, p.device());
    drawValueAxis(p, g, area, chart, fonts);
    drawData(p, g, chart, fonts);
    drawCategoryLabels(p, g, fonts);
    p.restore();
}

} // namespace moderation::reportpdf
