#include "CasesReclassifyCommand.h"

#include "review/CaseReclassifier.h"

using namespace Qt::StringLiterals;

namespace moderation::ctl {

void CasesReclassifyCommand::configureWork(QCommandLineParser& parser) const
{
    parser.addPositionalArgument(u"CASE"_s, u"The case: one you hold, or any open case for a supervisor."_s);
    parser.addOption(QCommandLineOption(u"action"_s, u"respond, ignore, escalate or hide."_s, u"A"_s));
    parser.addOption(QCommandLineOption(u"reason"_s, u"Why, for the record and the next person."_s, u"TEXT"_s));
    parser.addOption(QCommandLineOption(u"queue"_s, u"With escalate: the queue it goes to."_s, u"Q"_s));
}

int CasesReclassifyCommand::runWork(Database& database, const QCommandLineParser& parser, const User& actor,
                                    CommandIo& io) const
{
    auto caseId = idArgument(parser, u"CASE"_s);
    if (!caseId)
        return reportError(io, caseId.error());
    auto actionName = required(parser, u"action"_s);
    if (!actionName)
        return reportError(io, actionName.error());
    const std::optional<Action> action = actionFromString(*actionName);
    if (!action)
        return reportError(io, Error(Error::Code::Usage, u"%1: unknown --action \"%2\" (expected respond, ignore, "
                                                         "escalate or hide)"_s.arg(name(), *actionName)));
    auto reason = required(parser, u"reason"_s);
    if (!reason)
        return reportError(io, reason.error());
    if (*action == Action::Escalate && parser.value(u"queue"_s).trimmed().isEmpty())
        return reportError(io, Error(Error::Code::Usage, u"%1: --action escalate needs --queue Q, the queue the case "
                                                         "goes to"_s.arg(name())));
    auto reclassified = CaseReclassifier(database).reclassify(*caseId, actor.login, *action, *reason,
                                                              parser.value(u"queue"_s), actor.login);
    if (!reclassified)
        return reportError(io, reclassified.error());
    return printId(parser, io, u"id"_s, reclassified->id);
}

} // namespace moderation::ctl
