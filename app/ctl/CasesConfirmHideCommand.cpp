#include "CasesConfirmHideCommand.h"

#include "review/ReviewDesk.h"

using namespace Qt::StringLiterals;

namespace moderation::ctl {

void CasesConfirmHideCommand::configureWork(QCommandLineParser& parser) const
{
    parser.addPositionalArgument(u"CASE"_s, u"The case of the proposed hide, which you hold."_s);
}

int CasesConfirmHideCommand::runWork(Database& database, const QCommandLineParser& parser, const User& actor,
                                     CommandIo& io) const
{
    auto caseId = idArgument(parser, u"CASE"_s);
    if (!caseId)
        return reportError(io, caseId.error());
    auto closed = ReviewDesk(database).confirmHide(*caseId, actor.login, actor.login);
    if (!closed)
        return reportError(io, closed.error());
    return printId(parser, io, u"id"_s, closed->id);
}

} // namespace moderation::ctl
