#include "Command.h"
#include "DemoLoadCommand.h"
#include "PolicyCheckCommand.h"

namespace moderation::ctl {

CommandList allCommands()
{
    CommandList commands;
    commands.push_back(std::make_unique<PolicyCheckCommand>());
    commands.push_back(std::make_unique<DemoLoadCommand>());
    return commands;
}

} // namespace moderation::ctl
