#pragma once

// What the PDF writer's page layout and its chart drawing share (reports/ReportPdf*.cpp only).

#include "reports/Report.h"

#include <QFont>
#include <QRectF>
#include <QStringList>

class QPainter;
class QPaintDevice;

namespace moderation::reportpdf {

// Device units: the writer draws at 300 dots per inch.
inline constexpr int kDpi = 300;
constexpr double pt(double points)
{
    return points * kDpi / 72.0;
}
constexpr double inch(double inches)
{
    return inches * kDpi;
}

struct PdfFonts
{
    QFont title; // the report's title
    QFont agency;
    QFont heading; // a table's title, "Key figures"
    QFont body;
    QFont bodyBold;
    QFont note;
    QFont cell;
    QFont cellBold;
    QFont mono; // the audit head
    QFont figureValue;
    QFont figureLabel;
    QFont footer;
    QFont chartTitle;
    QFont chartTick;
    QFont chartValue;

    static PdfFonts standard();
};

// `text` broken into lines no wider than `width` (at word boundaries, inside a word only when it
// is longer than the line); its own line breaks are kept. At least one line.
QStringList wrapLines(const QString& text, const QFont& font, double width, const QPaintDevice* device);

// How tall a chart's box is on the page: taller when its category labels must slant.
double chartHeight(const ReportChart& chart, double width, const PdfFonts& fonts, const QPaintDevice* device);

// A bar or line chart inside `box`: title, value axis with grid and its label, category labels
// (slanted, elided or thinned out when many), a value over each bar or point when it fits.
void drawChart(QPainter& painter, const QRectF& box, const ReportChart& chart, const PdfFonts& fonts);

} // namespace moderation::reportpdf
