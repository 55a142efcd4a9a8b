#include "CasesReleaseCommand.h"

#include "routing/Router.h"
#include "storage/CaseStore.h"

using namespace Qt::StringLiterals;

namespace moderation::ctl {

void CasesReleaseCommand::configureWork(QCommandLineParser& parser) const
{
    parser.addPositionalArgument(u"CASE"_s, u"The case."_s);
}

int CasesReleaseCommand::runWork(Database& database, const QCommandLineParser& parser, const User& actor,
                                 CommandIo& io) const
{
    auto caseId = idArgument(parser, u"CASE"_s);
    if (!caseId)
        return reportError(io, caseId.error());
    // A supervisor releases any case; an agent, their own.
    auto current = CaseStore(database).byId(*caseId);
    if (!current)
        return reportError(io, current.error());
    if (!actor.hasRole(Role::Supervisor) && current->assigneeId != actor.id)
        return reportError(io, Error(Error::Code::Refused,
                                     u"%1 does not hold case %2: only its holder or a supervisor releases it"_s.arg(
                                         actor.login)
                                         .arg(*caseId)));
    auto released = Router(database).release(*caseId, actor.login);
    if (!released)
        return reportError(io, released.error());
    return printId(parser, io, u"id"_s, released->id);
}

} // namespace moderation::ctl
