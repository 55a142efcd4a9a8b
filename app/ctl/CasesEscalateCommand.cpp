#include "CasesEscalateCommand.h"

#include "storage/CaseStore.h"

using namespace Qt::StringLiterals;

namespace moderation::ctl {

void CasesEscalateCommand::configureWork(QCommandLineParser& parser) const
{
    parser.addPositionalArgument(u"CASE"_s, u"The case."_s);
    parser.addOption(QCommandLineOption(u"queue"_s, u"The queue it goes to."_s, u"Q"_s));
    parser.addOption(QCommandLineOption(u"reason"_s, u"Why, for the record and the next person."_s, u"TEXT"_s));
}

int CasesEscalateCommand::runWork(Database& database, const QCommandLineParser& parser, const User& actor,
                                  CommandIo& io) const
{
    auto caseId = idArgument(parser, u"CASE"_s);
    if (!caseId)
        return reportError(io, caseId.error());
    auto queue = required(parser, u"queue"_s);
    if (!queue)
        return reportError(io, queue.error());
    auto reason = required(parser, u"reason"_s);
    if (!reason)
        return reportError(io, reason.error());
    if (Error refused = holderOrSupervisor(database, *caseId, actor, u"escalates"_s); refused.isError())
        return reportError(io, refused);
    auto escalated = CaseStore(database).escalate(*caseId, *queue, *reason, actor.login);
    if (!escalated)
        return reportError(io, escalated.error());
    return printId(parser, io, u"id"_s, escalated->id);
}

} // namespace moderation::ctl
