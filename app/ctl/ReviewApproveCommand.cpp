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
    auto review = ReviewDesk(database).approve(*draftId, actor.login, actor.login);
    if (!review)
        return reportError(io, review.error());
    return printId(parser, io, u"id"_s, review->id);
}

} // namespace moderation::ctl
