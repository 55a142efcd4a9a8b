#include "CasesCloseCommand.h"

#include "storage/CaseStore.h"

using namespace Qt::StringLiterals;

namespace moderation::ctl {

void CasesCloseCommand::configureWork(QCommandLineParser& parser) const
{
    parser.addPositionalArgument(u"CASE"_s, u"The case."_s);
    parser.addOption(QCommandLineOption(u"reason"_s, u"Why no reply is needed."_s, u"TEXT"_s));
}

int CasesCloseCommand::runWork(Database& database, const QCommandLineParser& parser, const User& actor,
                               CommandIo& io) const
{
    auto caseId = idArgument(parser, u"CASE"_s);
    if (!caseId)
        return reportError(io, caseId.error());
    auto reason = required(parser, u"reason"_s);
    if (!reason)
        return reportError(io, reason.error());
    auto current = CaseStore(database).byId(*caseId);
    if (!current)
        return reportError(io, current.error());
    if (!actor.hasRole(Role::Supervisor) && current->assigneeId != actor.id)
        return reportError(io, Error(Error::Code::Refused,
                                     u"%1 does not hold case %2: only its holder or a supervisor closes it"_s.arg(
                                         actor.login)
                                         .arg(*caseId)));
    auto closed = CaseStore(database).move(*caseId, Case::State::Closed, *reason, actor.login);
    if (!closed)
        return reportError(io, closed.error());
    return printId(parser, io, u"id"_s, closed->id);
}

} // namespace moderation::ctl
