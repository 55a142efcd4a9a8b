#include "ReviewApproveCommand.h"

#include "review/ReviewDesk.h"

using namespace Qt::StringLiterals;

namespace moderation::ctl {

void ReviewApproveCommand::configureWork(QCommandLineParser& parser) const
{
    parser.addPositionalArgument(u"DRAFT"_s, u"The submitted draft."_s);
}

int ReviewApproveCommand::runWork(Database& database, const QCommandLineParser& parser, const User& actor,
                                  CommandIo& io) const
{
    auto draftId = idArgument(parser, u"DRAFT"_s);
    if (!draftId)
        return reportError(io, draftId.error());
    auto approval = ReviewDesk(database).approve(*draftId, actor.login, actor.login);
    if (!approval)
        return reportError(io, approval.error());
    // stdout carries only the review's id; where the sign-off stands goes to stderr.
    if (approval->required > 1)
        io.err << approval->approvals << " of " << approval->required << " approvals"
               << (approval->complete() ? u": the reply is queued"_s
                                        : u": draft %1 waits for another reviewer"_s.arg(*draftId))
               << '\n';
    io.err.flush();
    return printId(parser, io, u"id"_s, approval->review.id);
}

} // namespace moderation::ctl
