#include "CasesAssignCommand.h"

#include "routing/Router.h"

using namespace Qt::StringLiterals;

namespace moderation::ctl {

void CasesAssignCommand::configureWork(QCommandLineParser& parser) const
{
    parser.addPositionalArgument(u"CASE"_s, u"The case."_s);
    parser.addOption(QCommandLineOption(u"to"_s, u"The agent who takes it."_s, u"LOGIN"_s));
}

int CasesAssignCommand::runWork(Database& database, const QCommandLineParser& parser, const User& actor,
                                CommandIo& io) const
{
    auto caseId = idArgument(parser, u"CASE"_s);
    if (!caseId)
        return reportError(io, caseId.error());
    auto to = required(parser, u"to"_s);
    if (!to)
        return reportError(io, to.error());
    if (!actor.hasRole(Role::Supervisor))
        return reportError(io, Error(Error::Code::Refused, u"%1 is not a supervisor: only supervisors assign cases"_s.arg(
                                                               actor.login)));
    auto assigned = Router(database).assign(*caseId, *to, actor.login);
    if (!assigned)
        return reportError(io, assigned.error());
    return printId(parser, io, u"id"_s, assigned->id);
}

} // namespace moderation::ctl
