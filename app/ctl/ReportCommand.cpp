#include "ReportCommand.h"

#include "reports/ReportBuilder.h"
#include "reports/ReportWriters.h"

#include <QDir>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace moderation::ctl {

QString ReportCommand::summary() const
{
    switch (m_kind) {
    case ReportKind::Daily:
        return u"Write the daily report (CSV folder, PDF or HTML) for one day in the site's time zone"_s;
    case ReportKind::Weekly:
        return u"Write the weekly report (the ISO week, Monday to Sunday, holding --date)"_s;
    case ReportKind::Monthly:
        return u"Write the monthly report (the calendar month holding --date)"_s;
    }
    return {};
}

void ReportCommand::configure(QCommandLineParser& parser) const
{
    parser.addOption(QCommandLineOption(u"date"_s, u"A day of the period, YYYY-MM-DD."_s, u"D"_s));
    parser.addOption(QCommandLineOption(
        u"tz"_s, u"The time zone (IANA, e.g. America/New_York); default: the site's, else the policy's, else UTC."_s,
        u"ZONE"_s));
    parser.addOption(QCommandLineOption(u"format"_s, u"csv (a folder, one file a table), pdf or html."_s, u"F"_s));
    parser.addOption(QCommandLineOption(u"out"_s, u"Where to write: a folder for csv, a file otherwise."_s, u"PATH"_s));
}

int ReportCommand::runWithDatabase(Database& database, const QCommandLineParser& parser, const GlobalOptions& global,
                                   CommandIo& io) const
{
    Q_UNUSED(global)
    if (!parser.positionalArguments().isEmpty())
        return usageError(u"takes no positional argument"_s, io);
    for (const QString& option : { u"date"_s, u"format"_s, u"out"_s })
        if (!parser.isSet(option) || parser.value(option).isEmpty())
            return usageError(u"--%1 is required"_s.arg(option), io);
    const QString format = parser.value(u"format"_s);
    if (format != u"csv"_s && format != u"pdf"_s && format != u"html"_s)
        return usageError(u"--format is csv, pdf or html, not \"%1\""_s.arg(format), io);
    auto date = parseReportDate(parser.value(u"date"_s), u"--date"_s);
    if (!date)
        return reportError(io, date.error());
    auto zone = siteReportZone(database, parser.value(u"tz"_s));
    if (!zone)
        return reportError(io, zone.error());
    auto options = siteReportOptions(database);
    if (!options)
        return reportError(io, options.error());

    const ReportPeriod period = ReportPeriod::of(m_kind, *date, *zone);
    auto report = buildReport(database, period, *options);
    if (!report)
        return reportError(io, report.error());

    const QString out = parser.value(u"out"_s);
    const Error written = format == u"csv"_s ? writeCsvReport(*report, out)
        : format == u"pdf"_s                 ? writePdfReport(*report, out)
                                             : writeHtmlReport(*report, out);
    if (written.isError())
        return reportError(io, written);
    io.out << "report " << toString(m_kind) << ' ' << period.label() << " (" << QString::fromUtf8(zone->id()) << ", "
           << period.seconds() / 3600 << " hours): " << QDir::toNativeSeparators(QFileInfo(out).absoluteFilePath())
           << '\n'
           << "audit head: " << report->auditHead.toString() << '\n';
    io.out.flush();
    return ExitOk;
}

} // namespace moderation::ctl
