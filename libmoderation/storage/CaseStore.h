#pragma once

#include "model/Case.h"
#include "model/Error.h"

#include <QList>
#include <QString>

#include <optional>

namespace moderation {

class Database;

class CaseStore
{
public:
    explicit CaseStore(Database& database)
        : m_database(database)
    {
    }

    // Opens the case for a comment (one case per comment: opening it again returns the existing
    // one unchanged). Audited in the caller's transaction, or in its own.
    Result<Case> open(qint64 commentId, std::optional<qint64> decisionId, const QString& queue, Priority priority,
                      std::optional<qint64> slaSeconds, const QString& actor);

    // What the policy decided again for a case's comment after an edit (Triage).
    enum class Redecision {
        Unchanged, // same queue, priority and deadline: nothing to do
        Rerouted, // an unheld case moved to the new queue, priority and deadline (audited)
        Flagged, // a held or finished case: the new decision recorded on it for its holder (audited)
    };
    // routes: whether the new decision asks for work (respond, escalate, a proposed hide); queue,
    // priority and slaSeconds as open() takes them. A deadline only ever moves earlier: an edit
    // never buys the agency more time.
    Result<Redecision> redecide(const Case& existing, qint64 decisionId, bool routes, const QString& queue,
                                Priority priority, std::optional<qint64> slaSeconds, const QString& actor);

    Result<Case> byId(qint64 id) const;
    Result<std::optional<Case>> forComment(qint64 commentId) const;
    // Open cases of a queue, most urgent first, then oldest first.
    Result<QList<Case>> openInQueue(const QString& queue, int limit) const;
    Result<qint64> countInState(Case::State state) const;

private:
    Database& m_database;
};

} // namespace moderation
