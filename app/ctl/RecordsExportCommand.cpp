#include "RecordsExportCommand.h"

#include "Version.h"

#include "reports/RecordsExport.h"
#include "reports/ReportBuilder.h"
#include "reports/ReportPeriod.h"

#include <QDir>

using namespace Qt::StringLiterals;

namespace moderation::ctl {

namespace {

void printSummary(const RecordsRequest& request, const RecordsSummary& summary, CommandIo& io)
{
    io.out << "records of " << request.from.toString(Qt::ISODate) << " to " << request.to.toString(Qt::ISODate)
           << " (" << QString::fromUtf8(request.zone.id()) << ")"
           << (request.author.isEmpty() ? QString() : u" by "_s + request.author) << " written to "
           << QDir::toNativeSeparators(request.outDir) << '\n';
    for (const RecordsFileSummary& file : summary.files)
        io.out << "  " << qSetFieldWidth(26) << Qt::left << file.name << qSetFieldWidth(0) << file.rows
               << (file.rows == 1 ? " row, " : " rows, ") << file.bytes << " bytes\n";
    // The days with comments; the manifest lists every day of the range.
    QStringList days;
    qsizetype quiet = 0;
    for (auto it = summary.commentsPerDay.cbegin(); it != summary.commentsPerDay.cend(); ++it) {
        if (it.value() > 0)
            days << u"%1 %2"_s.arg(it.key()).arg(it.value());
        else
            ++quiet;
    }
    io.out << "comments per day: " << (days.isEmpty() ? u"none"_s : days.join(u", "_s))
           << (quiet > 0 && !days.isEmpty() ? u" (none on the other %1 days)"_s.arg(quiet) : QString()) << '\n';
    io.out << "audit log: "
           << (summary.audit.intact ? u"intact, %1 rows checked"_s.arg(summary.audit.rowsChecked)
                                    : u"BROKEN at seq %1: %2"_s.arg(summary.audit.firstBadSeq).arg(summary.audit.problem))
           << '\n';
    io.out << "audit head: " << summary.head.toString() << '\n';
    io.out.flush();
}

} // namespace

void RecordsExportCommand::configure(QCommandLineParser& parser) const
{
    parser.addOption(QCommandLineOption(u"from"_s, u"First local day, included (YYYY-MM-DD)."_s, u"DATE"_s));
    parser.addOption(QCommandLineOption(u"to"_s, u"Last local day, included (YYYY-MM-DD)."_s, u"DATE"_s));
    parser.addOption(QCommandLineOption(
        u"author"_s, u"Only this person's comments and what was done with them: a handle (with or without '@', any "
                     "case) or the platform's author id."_s,
        u"HANDLE"_s));
    parser.addOption(QCommandLineOption(
        u"tz"_s, u"The time zone whose days are meant (IANA id; default: the site's, else the active policy's, else "
                 "UTC)."_s,
        u"ZONE"_s));
    parser.addOption(QCommandLineOption(u"out"_s, u"The folder to write (created when missing)."_s, u"DIR"_s));
    parser.addOption(QCommandLineOption(u"force"_s, u"Write into a folder that already holds files."_s));
}

Database::OpenOptions RecordsExportCommand::openOptions() const
{
    // An export only reads: a store on read-only media can still be exported.
    Database::OpenOptions options;
    options.readOnly = true;
    options.migrate = false;
    return options;
}

int RecordsExportCommand::runWithDatabase(Database& database, const QCommandLineParser& parser,
                                          const GlobalOptions& global, CommandIo& io) const
{
    Q_UNUSED(global)
    for (const QString& required : { u"from"_s, u"to"_s, u"out"_s }) {
        if (!parser.isSet(required))
            return usageError(u"--%1 is required"_s.arg(required), io);
    }
    auto from = parseReportDate(parser.value(u"from"_s), u"--from"_s);
    if (!from)
        return reportError(io, from.error());
    auto to = parseReportDate(parser.value(u"to"_s), u"--to"_s);
    if (!to)
        return reportError(io, to.error());
    if (*to < *from)
        return reportError(io, Error(Error::Code::InvalidInput, u"--to %1 is before --from %2"_s.arg(
                                                                    parser.value(u"to"_s), parser.value(u"from"_s))));
    const Result<int> schema = database.schemaVersion();
    if (!schema)
        return reportError(io, schema.error());
    if (*schema < Database::latestSchemaVersion())
        return reportError(io, Error(Error::Code::NotFound,
                                     u"%1 is not at the current schema (run moderationctl db migrate first)"_s.arg(
                                         database.url().toString())));
    auto zone = siteReportZone(database, parser.value(u"tz"_s));
    if (!zone)
        return reportError(io, zone.error());

    RecordsRequest request;
    request.from = *from;
    request.to = *to;
    request.zone = *zone;
    request.author = parser.value(u"author"_s).trimmed();
    request.outDir = parser.value(u"out"_s);
    request.force = parser.isSet(u"force"_s);
    request.toolVersion = u"moderationctl "_s + QString::fromLatin1(MODERATION_VERSION);
    auto summary = exportRecords(database, request);
    if (!summary)
        return reportError(io, summary.error().prefixed(u"records export"_s));
    printSummary(request, *summary, io);
    if (!summary->audit.intact)
        return reportError(io, Error(Error::Code::Integrity,
                                     u"records export: written, but the audit log is broken at seq %1: %2 (the manifest "
                                     "says so)"_s.arg(summary->audit.firstBadSeq).arg(summary->audit.problem)));
    return ExitOk;
}

} // namespace moderation::ctl
