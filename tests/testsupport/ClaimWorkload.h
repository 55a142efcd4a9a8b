#pragma once

#include "model/Error.h"

#include <QList>
#include <QString>

namespace moderation {
class Database;
}

namespace moderation::test {

// What the claim concurrency test and the claim benchmark start from: many agents and many
// waiting cases, made fast enough that 10,000 of them cost a test second, not a minute.

// The login of the n-th agent addAgents makes.
QString agentLogin(int n);

// `count` users with the agent role and this capacity, logins agentLogin(0..count-1); a capacity
// above the 1,000 UserStore lets a person have is set in the table. Every other
// one names the queues addWaitingCases uses (the claim filters by queue), the rest work every
// queue. Their ids, in login order.
Result<QList<qint64>> addAgents(Database& database, int count, int capacity);

// `count` comments and one waiting case each (new, unheld), spread over three queues and the
// four priorities, two thirds with a deadline: the claim's ordering has work to do. The cases are
// inserted with one statement, not opened one by one through CaseStore (which audits each):
// this is the claim's test bed, and opening 10,000 cases one at a time would dwarf the claims.
Error addWaitingCases(Database& database, int count);

} // namespace moderation::test
