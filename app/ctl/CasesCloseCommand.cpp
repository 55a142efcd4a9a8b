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
    if (Error refused = holderOrSupervisor(database, *caseId, actor, u"closes"_s); refused.isError())
        return reportError(io, refused);
    auto closed = CaseStore(database).move(*caseId, Case::State::Closed, *reason, actor.login);
    if (!closed)
        return reportError(io, closed.error());
    return printId(parser, io, u"id"_s, closed->id);
}

} // namespace moderation::ctl
