#include "CasesRejectHideCommand.h"

#include "review/ReviewDesk.h"

using namespace Qt::StringLiterals;

namespace moderation::ctl {

void CasesRejectHideCommand::configureWork(QCommandLineParser& parser) const
{
    parser.addPositionalArgument(u"CASE"_s, u"The case of the proposed hide, which you hold."_s);
    parser.addOption(QCommandLineOption(u"reason"_s, u"Why the comment stays visible."_s, u"TEXT"_s));
}

int CasesRejectHideCommand::runWork(Database& database, const QCommandLineParser& parser, const User& actor,
                                    CommandIo& io) const
{
    auto caseId = idArgument(parser, u"CASE"_s);
    if (!caseId)
        return reportError(io, caseId.error());
    auto reason = required(parser, u"reason"_s);
    if (!reason)
        return reportError(io, reason.error());
    auto closed = ReviewDesk(database).rejectHide(*caseId, actor.login, *reason, actor.login);
    if (!closed)
        return reportError(io, closed.error());
    return printId(parser, io, u"id"_s, closed->id);
}

} // namespace moderation::ctl
