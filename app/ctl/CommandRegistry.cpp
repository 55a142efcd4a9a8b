#include "Command.h"

#include "AccountAddCommand.h"
#include "AccountListCommand.h"
#include "AccountRemoveCommand.h"
#include "AccountSetCommand.h"
#include "QuarantineListCommand.h"
#include "RecordsExportCommand.h"
#include "RecordsVerifyCommand.h"
#include "SyncCommand.h"
#include "WebhookServeCommand.h"
#include "AnswersImportCommand.h"
#include "AnswersListCommand.h"
#include "AuditVerifyCommand.h"
#include "UsersAddCommand.h"
#include "UsersListCommand.h"
#include "UsersSetCommand.h"
#include "CasesNextCommand.h"
#include "CasesListCommand.h"
#include "CasesShowCommand.h"
#include "CasesAssignCommand.h"
#include "CasesReleaseCommand.h"
#include "CasesEscalateCommand.h"
#include "CasesConfirmHideCommand.h"
#include "CasesRejectHideCommand.h"
#include "EventsAddCommand.h"
#include "EventsListCommand.h"
#include "QueuesListCommand.h"
#include "QueuesSetCommand.h"
#include "CasesCloseCommand.h"
#include "CasesReclassifyCommand.h"
#include "DraftSubmitCommand.h"
#include "ReviewApproveCommand.h"
#include "ReviewReturnCommand.h"
#include "ClassifyCommand.h"
#include "DbMigrateCommand.h"
#include "DemoLoadCommand.h"
#include "PolicyActivateCommand.h"
#include "PolicyCheckCommand.h"
#include "PolicySimulateCommand.h"
#include "ReportCommand.h"
#include "ReportRecapCommand.h"
#include "SettingsGetCommand.h"
#include "SettingsSetCommand.h"

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
    commands.push_back(std::make_unique<AccountAddCommand>());
    commands.push_back(std::make_unique<AccountSetCommand>());
    commands.push_back(std::make_unique<AccountListCommand>());
    commands.push_back(std::make_unique<AccountRemoveCommand>());
    commands.push_back(std::make_unique<SyncCommand>());
    commands.push_back(std::make_unique<QuarantineListCommand>());
    commands.push_back(std::make_unique<RecordsExportCommand>());
    commands.push_back(std::make_unique<RecordsVerifyCommand>());
    commands.push_back(std::make_unique<WebhookServeCommand>());
    commands.push_back(std::make_unique<AnswersImportCommand>());
    commands.push_back(std::make_unique<AnswersListCommand>());
    commands.push_back(std::make_unique<UsersAddCommand>());
    commands.push_back(std::make_unique<UsersListCommand>());
    commands.push_back(std::make_unique<UsersSetCommand>());
    commands.push_back(std::make_unique<CasesNextCommand>());
    commands.push_back(std::make_unique<CasesListCommand>());
    commands.push_back(std::make_unique<CasesShowCommand>());
    commands.push_back(std::make_unique<CasesAssignCommand>());
    commands.push_back(std::make_unique<CasesReleaseCommand>());
    commands.push_back(std::make_unique<CasesEscalateCommand>());
    commands.push_back(std::make_unique<CasesCloseCommand>());
    commands.push_back(std::make_unique<CasesConfirmHideCommand>());
    commands.push_back(std::make_unique<CasesRejectHideCommand>());
    commands.push_back(std::make_unique<QueuesSetCommand>());
    commands.push_back(std::make_unique<QueuesListCommand>());
    commands.push_back(std::make_unique<EventsAddCommand>());
    commands.push_back(std::make_unique<EventsListCommand>());
    commands.push_back(std::make_unique<CasesReclassifyCommand>());
    commands.push_back(std::make_unique<DraftSubmitCommand>());
    commands.push_back(std::make_unique<ReviewApproveCommand>());
    commands.push_back(std::make_unique<ReviewReturnCommand>());
    commands.push_back(std::make_unique<SettingsSetCommand>());
    commands.push_back(std::make_unique<SettingsGetCommand>());
    commands.push_back(std::make_unique<ReportCommand>(ReportKind::Daily));
    commands.push_back(std::make_unique<ReportCommand>(ReportKind::Weekly));
    commands.push_back(std::make_unique<ReportCommand>(ReportKind::Monthly));
    commands.push_back(std::make_unique<ReportRecapCommand>());
    return commands;
}

} // namespace moderation::ctl
