#pragma once

#include "DatabaseCommand.h"

namespace moderation::ctl {

// `moderationctl demo load`: the bundled demo data into the store; running it again stores
// nothing new.
class DemoLoadCommand : public DatabaseCommand
{
public:
    QString name() const override { return QStringLiteral("demo load"); }
    QString summary() const override;

protected:
    int runWithDatabase(Database& database, const QCommandLineParser& parser, const GlobalOptions& global,
        CommandIo& io) const override;
};

} // namespace moderation::ctl
