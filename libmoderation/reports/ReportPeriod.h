#pragma once

#include "model/Error.h"

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QTimeZone>

#include <optional>

namespace moderation {

enum class ReportKind { Daily, Weekly, Monthly };

QString toString(ReportKind kind); // "daily", "weekly", "monthly"
std::optional<ReportKind> reportKindFrom(const QString& text);

// The stretch of time a report covers: whole local days in the site's time zone, as a half-open
// UTC range. A day is from one local midnight to the next (where midnight does not exist, the
// first instant of the day), so the days daylight saving time starts and ends have 23 and 25
// hours. Weekly: the ISO week (Monday to Sunday) holding the date; monthly: its calendar month.
struct ReportPeriod
{
    ReportKind kind = ReportKind::Daily;
    QDate first; // first local day
    QDate last; // last local day, included
    QTimeZone zone;
    QDateTime start; // UTC, included
    QDateTime end; // UTC, excluded

    qint64 seconds() const { return start.secsTo(end); }
    bool contains(const QDateTime& at) const { return at >= start && at < end; }
    // "2026-11-01", or "2026-11-02 – 2026-11-08" for a range.
    QString label() const;

    // The `days` local days just before this period (trending terms compare against them).
    ReportPeriod before(int days) const;
    // One local day of this period's zone.
    static ReportPeriod day(const QDate& date, const QTimeZone& zone);
    // First..last local days, both included.
    static ReportPeriod days(const QDate& first, const QDate& last, const QTimeZone& zone,
                             ReportKind kind = ReportKind::Daily);
    static ReportPeriod of(ReportKind kind, const QDate& date, const QTimeZone& zone);
};

// The first instant of a local day in `zone`, in UTC.
QDateTime startOfLocalDay(const QDate& date, const QTimeZone& zone);

// A date as the CLI takes it: YYYY-MM-DD, a real day ("2026-02-30" is refused). `what` names
// the option in the message ("--date").
Result<QDate> parseReportDate(const QString& text, const QString& what);

// The zone a report uses: `explicitId` (--tz) when given, else the site's setting, else the
// active policy's, else UTC. An unknown IANA id is bad input naming where it came from.
Result<QTimeZone> reportZone(const QString& explicitId, const QString& siteSetting, const QString& policyZone);

} // namespace moderation
