#pragma once

#include "model/Case.h"
#include "model/Error.h"
#include "model/User.h"

#include <optional>

namespace moderation {

class Database;

// Cases to agents (DESIGN.md "Router"): only users with the agent role take cases, never more
// than their capacity (the cases that ask for their work: assigned, drafting, returned).
class Router
{
public:
    explicit Router(Database& database)
        : m_database(database)
    {
    }

    // Pull: the most urgent unheld case among the queues the agent works, claimed atomically;
    // none when nothing waits or they are at capacity. Refused for someone without the agent role.
    Result<std::optional<Case>> next(const QString& login, const QString& actor);

    // Push, after a sync or triage run: each unheld new or escalated case, most urgent first, to
    // the agent who holds another case of its conversation while they are available and under
    // capacity, else to the least-loaded available agent who works its queue; the rest wait in
    // their queue. How many were assigned.
    Result<int> assignWaiting(const QString& actor, int limit = 1000);

    // A supervisor's assignment of a case to an agent (within their capacity), and its release.
    Result<Case> assign(qint64 caseId, const QString& login, const QString& actor);
    Result<Case> release(qint64 caseId, const QString& actor);

    // A presence change; an agent set offline lets go of the cases not yet drafted (assigned).
    Result<User> setPresence(const QString& login, User::Presence presence, const QString& actor);

private:
    Result<User> agent(const QString& login) const;

    Database& m_database;
};

} // namespace moderation
