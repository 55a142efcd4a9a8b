#include "Command.h"

#include "AuditVerifyCommand.h"
#include "ClassifyCommand.h"
#include "DbMigrateCommand.h"
#include "DemoLoadCommand.h"
#include "PolicyActivateCommand.h"
#include "PolicyCheckCommand.h"
#include "PolicySimulateCommand.h"

namespace moderation::ctl {

CommandList allCommands()
{
    CommandList commands;
    commands.push_back(std::make_unique<PolicyCheckCommand>());
    commands.push_back(std::make_unique<PolicySimulateCommand>());
    commands.push_back(std::make_unique<PolicyActivateCommand>());
    commands.push_back(std::make_unique<ClassifyCommand>());
    commands.push_back(std::make_unique<DbMigrateCommand>());
    commands.push_back(std::make_unique<DemoLoadCommand>());
    commands.push_back(std::make_unique<AuditVerifyCommand>());
    return commands;
}

} // namespace moderation::ctl
