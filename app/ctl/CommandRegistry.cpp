#include "Command.h"

namespace moderation::ctl {

CommandList allCommands()
{
    CommandList commands;
    return commands;
}

} // namespace moderation::ctl
