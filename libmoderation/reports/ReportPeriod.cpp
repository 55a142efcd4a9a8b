#include "reports/ReportPeriod.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace moderation {

QString toString(ReportKind kind)
{
    switch (kind) {
    case ReportKind::Daily:
        return u"daily"_s;
    case ReportKind::Weekly:
        return u"weekly"_s;
    case ReportKind::Monthly:
        return u"monthly"_s;
    }
    return {};
}

std::optional<ReportKind> reportKindFrom(const QString& text)
{
    for (const ReportKind kind : { ReportKind::Daily, ReportKind::Weekly, ReportKind::Monthly })
        if (toString(kind) == text)
            return kind;
    return std::nullopt;
}

QDateTime startOfLocalDay(const QDate& date, const QTimeZone& zone)
{
    // QDate::startOfDay resolves a midnight that a clock change skipped to the first valid instant.
    return date.startOfDay(zone).toUTC();
}

QString ReportPeriod::label() const
{
    if (first == last)
        return first.toString(Qt::ISODate);
    return u"%1 – %2"_s.arg(first.toString(Qt::ISODate), last.toString(Qt::ISODate));
}

ReportPeriod ReportPeriod::days(const QDate& first, const QDate& last, const QTimeZone& zone, ReportKind kind)
{
    ReportPeriod period;
    period.kind = kind;
    period.first = first;
    period.last = last;
    period.zone = zone;
    period.start = startOfLocalDay(first, zone);
    period.end = startOfLocalDay(last.addDays(1), zone);
    return period;
}

ReportPeriod ReportPeriod::day(const QDate& date, const QTimeZone& zone)
{
    return days(date, date, zone, ReportKind::Daily);
}

ReportPeriod ReportPeriod::of(ReportKind kind, const QDate& date, const QTimeZone& zone)
{
    switch (kind) {
    case ReportKind::Daily:
        return day(date, zone);
    case ReportKind::Weekly: {
        const QDate monday = date.addDays(1 - date.dayOfWeek());
        return days(monday, monday.addDays(6), zone, kind);
    }
    case ReportKind::Monthly: {
        const QDate firstOfMonth(date.year(), date.month(), 1);
        return days(firstOfMonth, firstOfMonth.addMonths(1).addDays(-1), zone, kind);
    }
    }
    return day(date, zone);
}

ReportPeriod ReportPeriod::before(int count) const
{
    return days(first.addDays(-count), first.addDays(-1), zone, ReportKind::Daily);
}

Result<QDate> parseReportDate(const QString& text, const QString& what)
{
    static const QRegularExpression shape(u"^(\\d{4})-(\\d{2})-(\\d{2})$"_s);
    const auto match = shape.match(text);
    if (!match.hasMatch())
        return Error(Error::Code::InvalidInput, u"%1 \"%2\" is not a date: write YYYY-MM-DD"_s.arg(what, text));
    const QDate date(match.captured(1).toInt(), match.captured(2).toInt(), match.captured(3).toInt());
    if (!date.isValid())
        return Error(Error::Code::InvalidInput, u"%1 \"%2\" is not a day of the calendar"_s.arg(what, text));
    return date;
}

Result<QTimeZone> reportZone(const QString& explicitId, const QString& siteSetting, const QString& policyZone)
{
    const auto zoneFrom = [](const QString& id, const QString& where) -> Result<QTimeZone> {
        const QTimeZone zone(id.toUtf8());
        if (!zone.isValid())
            return Error(Error::Code::InvalidInput,
                         u"%1 \"%2\" is not a time zone this machine knows (use an IANA name such as America/New_York)"_s
                             .arg(where, id));
        return zone;
    };
    if (!explicitId.isEmpty())
        return zoneFrom(explicitId, u"--tz"_s);
    if (!siteSetting.isEmpty())
        return zoneFrom(siteSetting, u"the site's timezone setting"_s);
    if (!policyZone.isEmpty())
        return zoneFrom(policyZone, u"the active policy's timezone"_s);
    return QTimeZone::utc();
}

} // namespace moderation
