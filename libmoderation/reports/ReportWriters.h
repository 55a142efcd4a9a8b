#pragma once

#include "model/Error.h"
#include "reports/Report.h"

#include <QByteArray>
#include <QString>

namespace moderation {

// The three forms a report is written in (docs/REPORTS.md, "Formats"). Each file is written to a
// temporary file beside it and renamed into place, so a failure never leaves a partial file under
// the final name. A folder or file that cannot be created or written is an environment error
// (Error::Code::ReadOnly, exit 3) naming the path and the system's reason.

// `folder`/<table id>.csv for each table and `folder`/summary.csv (label,value rows: the
// report's facts, then its summary figures); RFC 4180, UTF-8 behind a BOM. The folder is created
// if missing.
Error writeCsvReport(const Report& report, const QString& folder);

// One self-contained HTML document (inline style, charts as inline SVG, the logo as a data: URI):
// no external resource. Every string of the model is escaped.
QByteArray htmlReport(const Report& report);
// htmlReport written to `path`; missing parent folders are created.
Error writeHtmlReport(const Report& report, const QString& path);

// A US Letter PDF drawn with QPainter: a summary page with the key figures and the charts, then
// every table, broken across pages with its header row repeated; "Page N of M" and the audit
// head on every page. Fonts need the GUI platform: without a QGuiApplication this returns an
// environment error instead of drawing. Missing parent folders are created.
Error writePdfReport(const Report& report, const QString& path);

} // namespace moderation
