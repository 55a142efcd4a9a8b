#pragma once

#include "DatabaseCommand.h"

namespace moderation::ctl {

// `db migrate`: brings the schema up to date (creating the store if needed) and prints its version.
class DbMigrateCommand final : public DatabaseCommand
{
public:
    QString name() const override;
    QString summary() const override;

protected:
    // Migrates here rather than on open, so the output can say what changed.
    Database::OpenOptions openOptions() const override;
    int runWithDatabase(Database& database, const QCommandLineParser& parser, const GlobalOptions& global,
                        CommandIo& io) const override;
};

} // namespace moderation::ctl
