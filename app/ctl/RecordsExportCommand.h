#pragma once

#include "DatabaseCommand.h"

namespace moderation::ctl {

// `moderationctl records export --from D --to D [--author HANDLE] [--tz ZONE] --out DIR [--force]`
// (DESIGN.md "CLI contract", docs/RECORDS.md).
class RecordsExportCommand final : public DatabaseCommand
{
public:
    QString name() const override { return QStringLiteral("records export"); }
    QString summary() const override
    {
        return QStringLiteral("Export the records of a range of days (JSON lines and CSV per table, manifest.json "
                              "with sums)");
    }
    void configure(QCommandLineParser& parser) const override;

protected:
    Database::OpenOptions openOptions() const override;
    int runWithDatabase(Database& database, const QCommandLineParser& parser, const GlobalOptions& global,
                        CommandIo& io) const override;
};

} // namespace moderation::ctl
