#pragma once

#include "DatabaseCommand.h"

namespace moderation::ctl {

// `moderationctl policy activate FILE [--as LOGIN]`: stores the policy as a new version and
// makes it the active one, audited.
class PolicyActivateCommand : public DatabaseCommand
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
