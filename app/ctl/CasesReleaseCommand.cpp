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
    if (Error refused = holderOrSupervisor(database, *caseId, actor, u"releases"_s); refused.isError())
        return reportError(io, refused);
    auto released = Router(database).release(*caseId, actor.login);
    if (!released)
        return reportError(io, released.error());
    return printId(parser, io, u"id"_s, released->id);
}

} // namespace moderation::ctl
