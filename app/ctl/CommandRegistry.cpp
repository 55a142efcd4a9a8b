#include "Command.h"
#include "PolicyCheckCommand.h"

namespace moderation::ctl {

CommandList allCommands()
{
    CommandList commands;
    commands.push_back(std::make_unique<PolicyCheckCommand>());
    return commands;
}

} // namespace moderation::ctl
