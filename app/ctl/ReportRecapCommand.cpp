#include "ReportRecapCommand.h"

#include "reports/OfficeHoursRecap.h"
#include "reports/ReportBuilder.h"
#include "reports/ReportPeriod.h"
#include "text/Hashtags.h"

using namespace Qt::StringLiterals;

namespace moderation::ctl {

void ReportRecapCommand::configure(QCommandLineParser& parser) const
{
    parser.addOption(QCommandLineOption(u"hashtag"_s, u"The Office Hours hashtag, with or without '#'."_s, u"TAG"_s));
    parser.addOption(QCommandLineOption(
        u"from"_s, u"Start of the window, included: 2026-12-07T14:00:00-05:00, …Z, or without offset in the zone."_s,
        u"T"_s));
    parser.addOption(QCommandLineOption(u"to"_s, u"End of the window, excluded (same forms)."_s, u"T"_s));
    parser.addOption(QCommandLineOption(u"format"_s, u"html or md (Markdown)."_s, u"FORMAT"_s));
    parser.addOption(QCommandLineOption(u"out"_s, u"The file to write; missing folders are created."_s, u"PATH"_s));
    parser.addOption(QCommandLineOption(
        u"tz"_s, u"The time zone (IANA); default the site's setting, else the active policy's, else UTC."_s,
        u"ZONE"_s));
}

int ReportRecapCommand::runWithDatabase(Database& database, const QCommandLineParser& parser,
                                        const GlobalOptions& global, CommandIo& io) const
{
    Q_UNUSED(global)
    for (const QString& option : { u"hashtag"_s, u"from"_s, u"to"_s, u"format"_s, u"out"_s }) {
        if (!parser.isSet(option) || parser.value(option).isEmpty())
            return usageError(u"--%1 is required"_s.arg(option), io);
    }
    if (!parser.positionalArguments().isEmpty())
        return usageError(u"takes no arguments, only options"_s, io);
    const std::optional<QString> hashtag = Hashtags::fromInput(parser.value(u"hashtag"_s));
    if (!hashtag)
        return reportError(io, Error(Error::Code::InvalidInput,
                                     u"--hashtag \"%1\" is not a hashtag: letters, digits and underscores, with or "
                                     "without '#'"_s.arg(parser.value(u"hashtag"_s))));
    const auto format = OfficeHoursRecap::formatFrom(parser.value(u"format"_s));
    if (!format)
        return reportError(io, Error(Error::Code::InvalidInput,
                                     u"--format \"%1\": a recap is html or md"_s.arg(parser.value(u"format"_s))));
    auto zone = siteReportZone(database, parser.value(u"tz"_s));
    if (!zone)
        return reportError(io, zone.error());
    auto from = parseRecapTime(parser.value(u"from"_s), u"--from"_s, *zone);
    if (!from)
        return reportError(io, from.error());
    auto to = parseRecapTime(parser.value(u"to"_s), u"--to"_s, *zone);
    if (!to)
        return reportError(io, to.error());
    if (*to <= *from)
        return reportError(io, Error(Error::Code::InvalidInput, u"--to must be after --from"_s));
    auto recap = OfficeHoursRecap::build(database, *hashtag, *from, *to, *zone);
    if (!recap)
        return reportError(io, recap.error());
    const QString path = parser.value(u"out"_s);
    if (const Error error = recap->write(*format, path); error.isError())
        return reportError(io, error);
    io.out << path << Qt::endl;
    return ExitOk;
}

} // namespace moderation::ctl
