#include "reports/ReportPdfDrawing.h"
#include "reports/ReportWriters.h"
#include "reports/ReportWriting.h"

#include <QBuffer>
#include <QFontMetricsF>
#include <QGuiApplication>
#include <QImage>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <algorithm>
#include <functional>

using namespace Qt::StringLiterals;

namespace moderation {

namespace {

using namespace reportpdf;

const QColor kInk(26, 26, 26);
const QColor kMuted(70, 78, 88);
const QColor kRule(31, 59, 92);
const QColor kFrame(170, 178, 188);
const QColor kHeaderFill(221, 227, 234);
const QColor kShade(243, 245, 247);
const QColor kFigureFill(238, 241, 244);

constexpr double kCellPadX = pt(4);
constexpr double kCellPadY = pt(2.5);
constexpr double kLeastChartHeight = inch(2.65);

using Draw = std::function<void(QPainter&)>;

// The whole document laid out before anything is drawn: a list of drawing steps per page, so
// that every page's footer can say how many pages there are.
class PdfLayout
{
public:
    PdfLayout(const QPaintDevice* device, const QSizeF& printable, const PdfFonts& fonts)
        : m_device(device)
        , m_fonts(fonts)
        , m_printable(printable)
        , m_content(QPointF(0, 0), QSizeF(printable.width(), printable.height() - footerHeight()))
        , m_y(m_content.top())
    { }

    void layOut(const Report& report);
    int pageCount() const { return int(m_pages.size()); }
    void paint(QPainter& painter, int page, const Report& report) const;

private:
    double footerHeight() const { return 2 * lineHeight(m_fonts.footer) + pt(12); }
    double lineHeight(const QFont& font) const { return QFontMetricsF(font, m_device).lineSpacing(); }
    double room() const { return m_content.bottom() - m_y; }
    bool atPageTop() const { return m_y <= m_content.top(); }
    void newPage()
    {
        m_pages.append(QList<Draw>());
        m_y = m_content.top();
    }
    void add(Draw draw) { m_pages.last().append(std::move(draw)); }
    // Lines of one font from `top`, left- or right-aligned in [x, x + width]; returns the height.
    double addLines(const QFont& font, double x, double top, double width, const QStringList& lines,
        bool alignRight = false, QColor colour = kInk);

    void layOutHeader(const Report& report);
    void layOutFigures(const Report& report);
    void layOutCharts(const Report& report);
    void layOutTable(const ReportTable& table);
    QList<double> columnWidths(const ReportTable& table) const;
    double addTableHeader(const ReportTable& table, const QList<double>& widths, double top);
    double addTableTitle(const QString& title);

    const QPaintDevice* m_device;
    const PdfFonts& m_fonts;
    QSizeF m_printable;
    QRectF m_content;
    double m_y;
    QList<QList<Draw>> m_pages { QList<Draw>() };
};

double PdfLayout::addLines(
    const QFont& font, double x, double top, double width, const QStringList& lines, bool alignRight, QColor colour)
{
    const QFontMetricsF metrics(font, m_device);
    const double step = metrics.lineSpacing();
    QList<double> xs;
    for (const QString& line : lines)
        xs << (alignRight ? x + width - metrics.horizontalAdvance(line) : x);
    add([font, lines, xs, top, step, ascent = metrics.ascent(), colour](QPainter& p) {
        p.setFont(font);
        p.setPen(colour);
        for (int i = 0; i < lines.size(); ++i)
            p.drawText(QPointF(xs.at(i), top + i * step + ascent), lines.at(i));
    });
    return lines.size() * step;
}

void PdfLayout::layOut(const Report& report)
{
    layOutHeader(report);
    layOutFigures(report);
    layOutCharts(report);
    // The summary page is the summary's alone; tables follow charts that ran over.
    if (!report.tables.isEmpty() && m_pages.size() == 1)
        newPage();
    for (const ReportTable& table : report.tables)
        layOutTable(table);
}

void PdfLayout::layOutHeader(const Report& report)
{
    const double top = m_y;
    const double width = m_content.width();
    double textWidth = width;
    double logoHeight = 0;
    const QImage logo = QImage::fromData(report.agencyLogo);
    if (!logo.isNull()) {
        const QSizeF size = QSizeF(logo.size()).scaled(QSizeF(inch(2.0), inch(0.85)), Qt::KeepAspectRatio);
        const QRectF box(QPointF(m_content.right() - size.width(), top), size);
        add([logo, box](QPainter& p) { p.drawImage(box, logo); });
        textWidth -= size.width() + inch(0.25);
        logoHeight = size.height();
    }
    double y = top;
    if (!report.agencyName.isEmpty())
        y += addLines(m_fonts.agency, 0, y, textWidth,
                 wrapLines(report.agencyName, m_fonts.agency, textWidth, m_device), false, kRule)
            + pt(2);
    y += addLines(m_fonts.title, 0, y, textWidth, wrapLines(report.title, m_fonts.title, textWidth, m_device));
    y = std::max(y, top + logoHeight) + pt(6);
    add([y, width](QPainter& p) {
        p.setPen(QPen(kRule, pt(1.5)));
        p.drawLine(QPointF(0, y), QPointF(width, y));
    });
    y += pt(8);

    const ReportPeriod& period = report.period;
    const double labelWidth = inch(1.2);
    const QList<std::pair<QString, QString>> facts {
        { u"Period"_s, period.label() },
        { u"Time zone"_s, u"%1 (%2 hours)"_s.arg(QString::fromUtf8(period.zone.id()), reportwriting::hours(period)) },
        { u"Generated"_s, reportwriting::generatedAt(report) + u" (UTC)"_s },
        { u"Audit head"_s, report.auditHead.toString() },
    };
    for (const auto& [label, value] : facts) {
        const QFont& valueFont = label == u"Audit head"_s ? m_fonts.mono : m_fonts.body;
        addLines(m_fonts.bodyBold, 0, y, labelWidth, { label });
        const double height = addLines(
            valueFont, labelWidth, y, width - labelWidth, wrapLines(value, valueFont, width - labelWidth, m_device));
        y += std::max(height, lineHeight(m_fonts.bodyBold)) + pt(2);
    }
    m_y = y + pt(14);
}

void PdfLayout::layOutFigures(const Report& report)
{
    if (report.summary.isEmpty())
        return;
    m_y += addLines(m_fonts.heading, 0, m_y, m_content.width(), { u"Key figures"_s }) + pt(5);
    constexpr int kColumns = 4;
    const double gap = pt(8);
    const double pad = pt(7);
    const double cellWidth = (m_content.width() - (kColumns - 1) * gap) / kColumns;
    const QFontMetricsF valueMetrics(m_fonts.figureValue, m_device);
    for (int first = 0; first < report.summary.size(); first += kColumns) {
        const QList<ReportFigure> row = report.summary.mid(first, kColumns);
        QList<QStringList> labels;
        double height = 0;
        for (const ReportFigure& figure : row) {
            labels << wrapLines(figure.label, m_fonts.figureLabel, cellWidth - 2 * pad, m_device);
            height = std::max(height,
                2 * pad + valueMetrics.lineSpacing() + pt(1) + labels.last().size() * lineHeight(m_fonts.figureLabel));
        }
        if (room() < height)
            newPage();
        for (int i = 0; i < row.size(); ++i) {
            const double x = i * (cellWidth + gap);
            const QRectF box(x, m_y, cellWidth, height);
            add([box](QPainter& p) {
                p.setPen(QPen(kFrame, pt(0.5)));
                p.setBrush(kFigureFill);
                p.drawRect(box);
            });
            const QString value = valueMetrics.elidedText(row.at(i).value, Qt::ElideRight, cellWidth - 2 * pad);
            addLines(m_fonts.figureValue, x + pad, m_y + pad, cellWidth - 2 * pad, { value });
            addLines(m_fonts.figureLabel, x + pad, m_y + pad + valueMetrics.lineSpacing() + pt(1), cellWidth - 2 * pad,
                labels.at(i), false, kMuted);
        }
        m_y += height + gap;
    }
    m_y += pt(8);
}

void PdfLayout::layOutCharts(const Report& report)
{
    for (const ReportChart& chart : report.charts) {
        double height = chartHeight(chart, m_content.width(), m_fonts, m_device);
        // A tall chart takes less than it would like rather than leave a page half empty.
        if (room() < height && room() >= kLeastChartHeight)
            height = room();
        if (room() < height)
            newPage();
        const QRectF box(0, m_y, m_content.width(), height);
        add([box, chart, &fonts = m_fonts](QPainter& p) { drawChart(p, box, chart, fonts); });
        m_y += height + pt(12);
    }
}

QList<double> PdfLayout::columnWidths(const ReportTable& table) const
{
    qsizetype count = table.columns.size();
    for (const QStringList& row : table.rows)
        count = std::max(count, row.size());
    const double total = m_content.width();
    const QFontMetricsF cell(m_fonts.cell, m_device);
    const QFontMetricsF header(m_fonts.cellBold, m_device);
    // Long tables: the first rows say enough about a column's width.
    const qsizetype sampled = std::min<qsizetype>(table.rows.size(), 2000);
    QList<double> natural;
    QList<double> minimum;
    for (qsizetype c = 0; c < count; ++c) {
        const QString name = table.columns.value(c);
        double widest = header.horizontalAdvance(name);
        double widestWord = 0;
        for (const QString& word : name.split(u' ', Qt::SkipEmptyParts))
            widestWord = std::max(widestWord, header.horizontalAdvance(word));
        double widestCellWord = 0;
        double widestCell = 0;
        for (qsizetype r = 0; r < sampled; ++r) {
            for (const QString& line : table.rows.at(r).value(c).split(u'\n')) {
                widest = std::max(widest, cell.horizontalAdvance(line));
                widestCell = std::max(widestCell, cell.horizontalAdvance(line));
                for (const QString& word : line.split(u' ', Qt::SkipEmptyParts))
                    widestCellWord = std::max(widestCellWord, cell.horizontalAdvance(word));
            }
        }
        // A little slack: the line breaker measures a hair wider than horizontalAdvance.
        natural << std::min(widest, total * 0.5) + 2 * kCellPadX + pt(1);
        // Numbers keep their width (their header may wrap between words); text gives way down to
        // its widest word (a very long one, such as a link, may still break), so that a wide table
        // breaks lines between words rather than inside them.
        const double words = std::max(widestWord, std::min(widestCellWord, inch(1.3)));
        const double least = table.isNumeric(int(c))
            ? std::max(widestWord, std::min(widestCell, total * 0.5)) + 2 * kCellPadX + pt(1)
            : words + 2 * kCellPadX + pt(1);
        minimum << std::min(least, natural.last());
    }
    double sumNatural = 0;
    double sumMinimum = 0;
    for (qsizetype c = 0; c < count; ++c) {
        sumNatural += natural.at(c);
        sumMinimum += minimum.at(c);
    }
    QList<double> widths;
    for (qsizetype c = 0; c < count; ++c) {
        if (sumNatural <= total)
            widths << natural.at(c) * total / sumNatural;
        else if (sumMinimum >= total)
            widths << minimum.at(c) * total / sumMinimum;
        else
            widths << minimum.at(c)
                    + (natural.at(c) - minimum.at(c)) * (total - sumMinimum) / (sumNatural - sumMinimum);
    }
    return widths;
}

double PdfLayout::addTableTitle(const QString& title)
{
    return addLines(
        m_fonts.heading, 0, m_y, m_content.width(), wrapLines(title, m_fonts.heading, m_content.width(), m_device));
}

double PdfLayout::addTableHeader(const ReportTable& table, const QList<double>& widths, double top)
{
    QList<QStringList> cells;
    int lines = 1;
    for (int c = 0; c < widths.size(); ++c) {
        cells << wrapLines(table.columns.value(c), m_fonts.cellBold, widths.at(c) - 2 * kCellPadX, m_device);
        lines = std::max(lines, int(cells.last().size()));
    }
    const double height = lines * lineHeight(m_fonts.cellBold) + 2 * kCellPadY;
    double x = 0;
    for (int c = 0; c < widths.size(); ++c) {
        const QRectF box(x, top, widths.at(c), height);
        add([box](QPainter& p) {
            // Without antialiasing: borders shared by neighbouring cells stay one line, not two.
            p.setRenderHint(QPainter::Antialiasing, false);
            p.setPen(QPen(kFrame, pt(0.5)));
            p.setBrush(kHeaderFill);
            p.drawRect(box);
            p.setRenderHint(QPainter::Antialiasing, true);
        });
        addLines(m_fonts.cellBold, x + kCellPadX, top + kCellPadY, widths.at(c) - 2 * kCellPadX, cells.at(c),
            table.isNumeric(c));
        x += widths.at(c);
    }
    return height;
}

void PdfLayout::layOutTable(const ReportTable& table)
{
    const double width = m_content.width();
    const QList<double> widths = columnWidths(table);
    const double cellLine = lineHeight(m_fonts.cell);
    const QStringList note
        = table.note.isEmpty() ? QStringList() : wrapLines(table.note, m_fonts.note, width, m_device);
    const auto wrapRow = [&](const QStringList& row) {
        QList<QStringList> cells;
        for (int c = 0; c < widths.size(); ++c)
            cells << wrapLines(row.value(c), m_fonts.cell, widths.at(c) - 2 * kCellPadX, m_device);
        return cells;
    };
    const double headingHeight = lineHeight(m_fonts.heading) + pt(4);
    const double headerGuess = 2 * lineHeight(m_fonts.cellBold) + 2 * kCellPadY;
    // A row taller than a page is cut, with an ellipsis, rather than never fitting.
    const int maxLines
        = std::max(1, int((m_content.height() - headingHeight - headerGuess - 2 * kCellPadY) / cellLine));

    // Title, note, header and the first row stay together.
    const double firstRow = 2 * cellLine + 2 * kCellPadY;
    if (!atPageTop()
        && room() < headingHeight + note.size() * lineHeight(m_fonts.note) + pt(4) + headerGuess + firstRow)
        newPage();
    m_y += addTableTitle(table.title) + pt(3);
    if (!note.isEmpty())
        m_y += addLines(m_fonts.note, 0, m_y, width, note, false, kMuted) + pt(4);
    m_y += addTableHeader(table, widths, m_y);

    if (table.rows.isEmpty()) {
        QFont italic = m_fonts.cell;
        italic.setItalic(true);
        m_y += addLines(italic, kCellPadX, m_y + kCellPadY, width, { u"No rows for this period."_s }, false, kMuted)
            + 2 * kCellPadY;
    }
    for (int r = 0; r < table.rows.size(); ++r) {
        QList<QStringList> cells = wrapRow(table.rows.at(r));
        int lines = 1;
        for (QStringList& cell : cells) {
            if (cell.size() > maxLines) {
                cell = cell.mid(0, maxLines);
                cell.last() += u'…';
            }
            lines = std::max(lines, int(cell.size()));
        }
        const double height = lines * cellLine + 2 * kCellPadY;
        if (room() < height) {
            newPage();
            m_y += addTableTitle(table.title + u" (continued)"_s) + pt(3);
            m_y += addTableHeader(table, widths, m_y);
        }
        double x = 0;
        for (int c = 0; c < widths.size(); ++c) {
            const QRectF box(x, m_y, widths.at(c), height);
            add([box, shaded = r % 2 == 1](QPainter& p) {
                p.setRenderHint(QPainter::Antialiasing, false);
                p.setPen(QPen(kFrame, pt(0.5)));
                p.setBrush(shaded ? kShade : QColor(Qt::white));
                p.drawRect(box);
                p.setRenderHint(QPainter::Antialiasing, true);
            });
            addLines(m_fonts.cell, x + kCellPadX, m_y + kCellPadY, widths.at(c) - 2 * kCellPadX, cells.at(c),
                table.isNumeric(c));
            x += widths.at(c);
        }
        m_y += height;
    }
    m_y += pt(18);
}

void PdfLayout::paint(QPainter& p, int page, const Report& report) const
{
    for (const Draw& draw : m_pages.at(page))
        draw(p);

    // The footer: what this is, the audit head it was made at, and where in the document.
    const QFontMetricsF metrics(m_fonts.footer, m_device);
    const double top = m_content.bottom() + pt(8);
    p.setPen(QPen(kFrame, pt(0.5)));
    p.drawLine(QPointF(0, top), QPointF(m_printable.width(), top));
    p.setFont(m_fonts.footer);
    p.setPen(kMuted);
    QStringList what { report.title, report.period.label() };
    if (!report.agencyName.isEmpty())
        what.prepend(report.agencyName);
    const QString pageText = u"Page %1 of %2"_s.arg(page + 1).arg(pageCount());
    const double pageWidth = metrics.horizontalAdvance(pageText);
    const double baseline = top + pt(3) + metrics.ascent();
    p.drawText(QPointF(0, baseline),
        metrics.elidedText(what.join(u" · "_s), Qt::ElideRight, m_printable.width() - pageWidth - pt(12)));
    p.drawText(QPointF(m_printable.width() - pageWidth, baseline), pageText);
    p.drawText(QPointF(0, baseline + metrics.lineSpacing()), u"Audit head "_s + report.auditHead.toString());
}

} // namespace

Error writePdfReport(const Report& report, const QString& path)
{
    // QCoreApplication has no fonts: drawing text without the GUI platform would abort.
    if (!qobject_cast<QGuiApplication*>(QCoreApplication::instance()))
        return Error(Error::Code::Internal,
            u"cannot write %1: PDF drawing needs the GUI platform (a QGuiApplication; "
            "moderationctl's report commands start one on the offscreen platform)"_s.arg(path));

    QByteArray bytes;
    {
        QBuffer buffer(&bytes);
        (void)buffer.open(QIODevice::WriteOnly);
        QPdfWriter writer(&buffer);
        writer.setResolution(kDpi);
        writer.setPageLayout(QPageLayout(
            QPageSize(QPageSize::Letter), QPageLayout::Portrait, QMarginsF(0.6, 0.55, 0.6, 0.5), QPageLayout::Inch));
        writer.setTitle(report.title + u" — "_s + report.period.label());
        writer.setCreator(u"Moderation Desk"_s);

        const PdfFonts fonts = PdfFonts::standard();
        PdfLayout layout(&writer, QSizeF(writer.width(), writer.height()), fonts);
        layout.layOut(report);

        QPainter painter;
        if (!painter.begin(&writer))
            return Error(Error::Code::Internal, u"cannot write %1: the PDF engine did not start"_s.arg(path));
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setRenderHint(QPainter::TextAntialiasing);
        for (int page = 0; page < layout.pageCount(); ++page) {
            if (page > 0)
                writer.newPage();
            layout.paint(painter, page, report);
        }
        painter.end();
    }
    return reportwriting::saveFile(path, bytes);
}

} // namespace moderation
