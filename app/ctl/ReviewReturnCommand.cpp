#include "ReviewReturnCommand.h"

#include "review/ReviewDesk.h"

using namespace Qt::StringLiterals;

namespace moderation::ctl {

void ReviewReturnCommand::configureWork(QCommandLineParser& parser) const
{
    parser.addPositionalArgument(u"DRAFT"_s, u"The submitted draft."_s);
    parser.addOption(QCommandLineOption(u"reason"_s, u"What the author should change."_s, u"TEXT"_s));
}

int ReviewReturnCommand::runWork(Database& database, const QCommandLineParser& parser, const User& actor,
                                 CommandIo& io) const
{
    auto draftId = idArgument(parser, u"DRAFT"_s);
    if (!draftId)
        return reportError(io, draftId.error());
    auto reason = required(parser, u"reason"_s);
    if (!reason)
        return reportError(io, reason.error());
    auto review = ReviewDesk(database).returnDraft(*draftId, actor.login, *reason, actor.login);
    if (!review)
        return reportError(io, review.error());
    return printId(parser, io, u"id"_s, review->id);
}

} // namespace moderation::ctl
