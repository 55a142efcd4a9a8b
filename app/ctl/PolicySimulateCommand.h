#pragma once

#include "DatabaseCommand.h"

namespace moderation::ctl {

// `moderationctl policy simulate FILE [--since D] [--until D] [--csv PATH]`: replays stored
// comments through a candidate policy and the active one and shows what would change.
class PolicySimulateCommand : public DatabaseCommand
{
public:
    QString name() const override;
    QString summary() const override;
    void configure(QCommandLineParser& parser) const override;

protected:
    int runWithDatabase(Database& database, const QCommandLineParser& parser, const GlobalOptions& global,
                        CommandIo& io) const override;
};

} // namespace moderation::ctl
