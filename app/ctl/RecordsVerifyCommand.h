#pragma once

#include "Command.h"

namespace moderation::ctl {

// `moderationctl records verify DIR`: an export folder against its manifest (docs/RECORDS.md).
// Reads files only: never the database.
class RecordsVerifyCommand final : public Command
{
public:
    QString name() const override { return QStringLiteral("records verify"); }
    QString summary() const override
    {
        return QStringLiteral("Check a records export against its manifest: exit 0 if every sum and count "
                              "matches, 1 naming the first file that does not");
    }
    void configure(QCommandLineParser& parser) const override;
    int run(const QCommandLineParser& parser, const GlobalOptions& global, CommandIo& io) const override;
};

} // namespace moderation::ctl
