#include "Command.h"

#include "AuditVerifyCommand.h"
#include "DbMigrateCommand.h"
#include "DemoLoadCommand.h"
#include "PolicyCheckCommand.h"

namespace moderation::ctl {

CommandList allCommands()
{
    CommandList commands;
    commands.push_back(std::make_unique<PolicyCheckCommand>());
    commands.push_back(std::make_unique<DbMigrateCommand>());
    commands.push_back(std::make_unique<DemoLoadCommand>());
    commands.push_back(std::make_unique<AuditVerifyCommand>());
    return commands;
}

} // namespace moderation::ctl
