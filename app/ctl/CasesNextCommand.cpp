#include "CasesNextCommand.h"

#include "routing/Router.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace moderation::ctl {

void CasesNextCommand::configureWork(QCommandLineParser& parser) const
{
    Q_UNUSED(parser)
}

int CasesNextCommand::runWork(Database& database, const QCommandLineParser& parser, const User& actor, CommandIo& io) const
{
    auto next = Router(database).next(actor.login, actor.login);
    if (!next)
        return reportError(io, next.error());
    if (!next->has_value()) {
        // Not a failure: stdout stays empty, and a person is told why.
        io.err << "moderationctl: nothing to take: no case waits in " << actor.login << "'s queues, or "
               << actor.login << " holds " << actor.capacity << " cases, their capacity" << Qt::endl;
        return ExitOk;
    }
    if (parser.isSet(u"json"_s)) {
        io.out << QJsonDocument(caseJson(**next, database.clock().now())).toJson(QJsonDocument::Compact) << '\n';
        io.out.flush();
        return ExitOk;
    }
    return printId(parser, io, u"id"_s, (*next)->id);
}

} // namespace moderation::ctl
