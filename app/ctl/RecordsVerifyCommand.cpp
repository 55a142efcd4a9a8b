#include "RecordsVerifyCommand.h"

#include "reports/RecordsExport.h"

using namespace Qt::StringLiterals;

namespace moderation::ctl {

void RecordsVerifyCommand::configure(QCommandLineParser& parser) const
{
    parser.addPositionalArgument(u"DIR"_s, u"The export folder (holding manifest.json)."_s);
}

int RecordsVerifyCommand::run(const QCommandLineParser& parser, const GlobalOptions& global, CommandIo& io) const
{
    Q_UNUSED(global) // reads the folder only: never the database named by --db
    const QStringList dirs = parser.positionalArguments();
    if (dirs.size() != 1)
        return usageError(u"expected one DIR"_s, io);
    auto check = verifyRecords(dirs.first());
    if (!check)
        return reportError(io, check.error().prefixed(u"records verify"_s));
    if (!check->ok)
        return reportError(io, Error(Error::Code::Integrity, u"records verify: %1: %2 (%3 files matched before it)"_s
                                                                 .arg(check->firstBadFile, check->problem)
                                                                 .arg(check->filesChecked)));
    io.out << "records intact: " << check->filesChecked
           << (check->filesChecked == 1 ? " file matches its SHA-256 and row count"
                                        : " files match their SHA-256 sums and row counts")
           << " in manifest.json, and the folder holds no other file\n";
    io.out.flush();
    return ExitOk;
}

} // namespace moderation::ctl
