#pragma once

#include "DatabaseCommand.h"

namespace moderation::ctl {

// `audit verify [--expect-head SEQ:HASH]`: recomputes the audit log's hash chain and prints its
// head. 0 when intact (and the expected head, when given, is in the log as it was); 1 naming the
// first row whose sequence, link or content is wrong, or saying how the expected head was lost.
class AuditVerifyCommand final : public DatabaseCommand
{
public:
    QString name() const override;
    QString summary() const override;
    void configure(QCommandLineParser& parser) const override;

protected:
    // A verifier only reads: it must not migrate (that would append audit rows) or create a file.
    Database::OpenOptions openOptions() const override;
    int runWithDatabase(Database& database, const QCommandLineParser& parser, const GlobalOptions& global,
                        CommandIo& io) const override;
};

} // namespace moderation::ctl
