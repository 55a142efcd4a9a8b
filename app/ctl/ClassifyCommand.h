#pragma once

#include "Command.h"

namespace moderation::ctl {

// `moderationctl classify --policy FILE`: JSON lines in on stdin, one decision line out per
// comment, in order (DESIGN.md "CLI contract"). Touches neither the database nor the keychain.
class ClassifyCommand : public Command
{
public:
    QString name() const override;
    QString summary() const override;
    void configure(QCommandLineParser& parser) const override;
    int run(const QCommandLineParser& parser, const GlobalOptions& global, CommandIo& io) const override;
};

} // namespace moderation::ctl
