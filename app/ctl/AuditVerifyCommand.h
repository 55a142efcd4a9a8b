#pragma once

#include "DatabaseCommand.h"

namespace moderation::ctl {

// `audit verify`: recomputes the audit log's hash chain. 0 when intact, with the number of rows
// checked; 1 naming the first row whose sequence, link or content is wrong.
class AuditVerifyCommand final : public DatabaseCommand
{
public:
    QString name() const override;
    QString summary() const override;

protected:
    // A verifier only reads: it must not migrate (that would append audit rows) or create a file.
    Database::OpenOptions openOptions() const override;
    int runWithDatabase(Database& database, const QCommandLineParser& parser, const GlobalOptions& global,
                        CommandIo& io) const override;
};

} // namespace moderation::ctl
