#pragma once

#include "DatabaseCommand.h"

namespace moderation::ctl {

// `moderationctl quarantine list` (DESIGN.md "CLI contract").
class QuarantineListCommand final : public DatabaseCommand
{
public:
    QString name() const override { return QStringLiteral("quarantine list"); }
    QString summary() const override
    {
        return QStringLiteral("List payload items that could not be read, with their raw bytes and the reason");
    }
    void configure(QCommandLineParser& parser) const override;

protected:
    int runWithDatabase(Database& database, const QCommandLineParser& parser, const GlobalOptions& global,
                        CommandIo& io) const override;
};

} // namespace moderation::ctl
