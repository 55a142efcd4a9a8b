#pragma once

#include "audit/AuditChain.h"
#include "reports/ReportPeriod.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace moderation {

// One table of a report: a CSV file of its own (`id`.csv), a table in the HTML and the PDF.
// Cells are display text, already formatted (numbers, durations, local times); untrusted text
// (comments, handles) is kept as it came and escaped by each writer.
struct ReportTable
{
    QString id; // file stem: "volume_by_platform"
    QString title; // "Volume by platform"
    QString note; // one line under the title; may be empty
    QStringList columns;
    QList<bool> numeric; // per column: right-aligned in HTML and PDF (missing: false)
    QList<QStringList> rows;

    bool isNumeric(int column) const { return column < numeric.size() && numeric.at(column); }
};

// A chart drawn by the HTML (inline SVG) and PDF (QPainter) writers; no QtCharts in the library.
// One series: bars (categories) or a line (points in order, such as hours of the day).
struct ReportChart
{
    enum class Kind { Bar, Line };
    Kind kind = Kind::Bar;
    QString id;
    QString title;
    QString valueLabel; // what the values count: "comments"
    QStringList labels; // one per value
    QList<double> values;
};

// One key figure on the summary page: "Comments" / "1,204".
struct ReportFigure
{
    QString label;
    QString value;
};

// A report as the writers take it (reports/ReportWriters.h): built by reports/DailyReport from
// the store, or by a test by hand.
struct Report
{
    QString title; // "Daily report", "Weekly report", "Monthly report"
    QString agencyName; // `settings set agency.name`; may be empty
    QByteArray agencyLogo; // PNG or JPEG bytes from `settings set agency.logo`; may be empty
    ReportPeriod period;
    QDateTime generatedAt; // UTC
    AuditHead auditHead; // the audit log's head when the report was made
    QList<ReportFigure> summary;
    QList<ReportChart> charts;
    QList<ReportTable> tables;
};

} // namespace moderation
