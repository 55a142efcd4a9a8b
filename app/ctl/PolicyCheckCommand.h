#pragma once

#include "Command.h"

namespace moderation::ctl {

// `moderationctl policy check FILE`: 0 and a one-screen summary when the policy is sound, or 2
// and one `FILE:LINE:COL: message` line per problem on stderr. Reads only the file (and the
// lexicon files it names): no database, no keychain.
class PolicyCheckCommand : public Command
{
public:
    QString name() const override;
    QString summary() const override;
    void configure(QCommandLineParser& parser) const override;
    int run(const QCommandLineParser& parser, const GlobalOptions& global, CommandIo& io) const override;
};

} // namespace moderation::ctl
