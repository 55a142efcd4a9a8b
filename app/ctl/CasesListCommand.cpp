#include "CasesListCommand.h"

#include "policy/PolicyDocument.h"
#include "routing/SlaClock.h"
#include "storage/CaseStore.h"
#include "storage/SqlTime.h"
#include "storage/UserStore.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace moderation::ctl {

void CasesListCommand::configureWork(QCommandLineParser& parser) const
{
    parser.addOption(QCommandLineOption(u"state"_s, u"Only cases in this state (new, assigned, drafting, in_review, …)."_s,
                                        u"S"_s));
    parser.addOption(QCommandLineOption(u"queue"_s, u"Only this queue."_s, u"Q"_s));
    parser.addOption(QCommandLineOption(u"assignee"_s, u"Only cases this user holds."_s, u"LOGIN"_s));
    parser.addOption(QCommandLineOption(u"due-within"_s, u"Only open cases due within D (\"30m\", \"2h\"), overdue ones too."_s,
                                        u"D"_s));
}

int CasesListCommand::runWork(Database& database, const QCommandLineParser& parser, const User& actor, CommandIo& io) const
{
    CaseFilter filter;
    if (parser.isSet(u"state"_s)) {
        const std::optional<Case::State> state = caseStateFromString(parser.value(u"state"_s));
        if (!state)
            return usageError(u"--state '%1' is not a case state"_s.arg(parser.value(u"state"_s)), io);
        filter.state = *state;
    }
    filter.queue = parser.value(u"queue"_s);
    if (parser.isSet(u"assignee"_s)) {
        auto user = UserStore(database).byLogin(parser.value(u"assignee"_s));
        if (!user)
            return reportError(io, user.error());
        filter.assigneeId = user->id;
    }
    if (parser.isSet(u"due-within"_s)) {
        const std::optional<qint64> seconds = parseDuration(parser.value(u"due-within"_s));
        if (!seconds || *seconds <= 0)
            return usageError(u"--due-within is a duration such as 30m or 2h"_s, io);
        filter.dueWithinSeconds = *seconds;
    }
    // The standing is current: cases past their deadline are marked and moved first.
    if (auto swept = SlaClock(database).sweep(actor.login); !swept)
        return reportError(io, swept.error());
    const QDateTime now = database.clock().now();
    auto cases = CaseStore(database).list(filter);
    if (!cases)
        return reportError(io, cases.error());
    if (parser.isSet(u"json"_s)) {
        QJsonArray array;
        for (const Case& c : *cases)
            array.append(caseJson(c, now));
        io.out << QJsonDocument(array).toJson(QJsonDocument::Compact) << '\n';
    } else {
        for (const Case& c : *cases)
            io.out << c.id << '\t' << toString(c.state) << '\t' << c.queue << '\t' << toString(c.priority) << '\t'
                   << (c.slaDueAt.isValid() ? sqlTimestamp(c.slaDueAt) : u"-"_s) << '\t' << toString(slaStatus(c, now))
                   << '\n';
    }
    io.out.flush();
    return ExitOk;
}

} // namespace moderation::ctl
