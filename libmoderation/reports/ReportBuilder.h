#pragma once

#include "model/Error.h"
#include "reports/Report.h"

#include <QList>

namespace moderation {

class Database;

// What a report shows beside the store's rows: the site's settings.
struct ReportOptions
{
    QString agencyName;
    QByteArray agencyLogo;
    int trendingBaselineDays = 7;
};

// The figures of a report, pure helpers the builder and its tests share.
namespace ReportMath {
// The nearest-rank percentile (p in 0..100) of `values`, which it sorts: the smallest value with
// at least p % of the values at or below it. 0 for no values. The median is percentile 50: for
// an even count, the lower of the two middle values.
qint64 percentile(QList<qint64>& values, double p);
// "45 s", "4 min 05 s", "1 h 02 min", "2 d 3 h"; "—" for a negative value (none).
QString duration(qint64 seconds);
// "87.5%" (one decimal); "—" when the whole is 0.
QString share(qint64 part, qint64 whole);
// A local time of the period's zone with its UTC offset: "2026-11-01 01:30 -05:00".
QString localTime(const QDateTime& at, const QTimeZone& zone);
} // namespace ReportMath

// Builds a daily, weekly or monthly report (DESIGN.md "Reports", issue 20) from the store: the
// comments written in the period, what became of them up to now (the database clock), and the
// audit log's head, read first so that everything the report counts is covered by it.
Result<Report> buildReport(Database& database, const ReportPeriod& period, const ReportOptions& options = {});

// The zone of a report on this store: `explicitTz` (--tz) when given, else the site's `timezone`
// setting, else the active policy's, else UTC (reportZone).
Result<QTimeZone> siteReportZone(Database& database, const QString& explicitTz);
// The agency's name and logo from the site's settings.
Result<ReportOptions> siteReportOptions(Database& database);

} // namespace moderation
