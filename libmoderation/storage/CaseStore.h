#pragma once

#include "model/Case.h"
#include "model/Error.h"

#include <QHash>
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
    // sla: the deadline the queue's clock gave the decision's SLA (routing/SlaClock); none
    // without one.
    Result<Case> open(qint64 commentId, std::optional<qint64> decisionId, const QString& queue, Priority priority,
                      const std::optional<SlaDeadline>& sla, const QString& actor);

    // What the policy decided again for a case's comment after an edit (Triage).
    enum class Redecision {
        Unchanged, // same queue, priority and deadline: nothing to do
        Rerouted, // an unheld case moved to the new queue, priority and deadline (audited)
        Flagged, // a held or finished case: the new decision recorded on it for its holder (audited)
    };
    // routes: whether the new decision asks for work (respond, escalate, a proposed hide); queue,
    // priority and sla as open() takes them. A deadline only ever moves earlier: an edit never
    // buys the agency more time.
    Result<Redecision> redecide(const Case& existing, qint64 decisionId, bool routes, const QString& queue,
                                Priority priority, const std::optional<SlaDeadline>& sla, const QString& actor);

    // The most urgent unheld case (new or escalated) of the agent's queues (none: every queue) —
    // by priority, then the earliest deadline, then the oldest — assigned to them, or none when
    // nothing waits or they already hold `capacity` cases. Atomic: PostgreSQL locks the agent's
    // row and skips rows another claim holds (FOR UPDATE SKIP LOCKED); SQLite's write lock is
    // taken up front (BEGIN IMMEDIATE). A case is never held by two agents.
    Result<std::optional<Case>> claimNext(qint64 agentId, const QStringList& queues, int capacity,
                                          const QString& actor);
    // Hands a case to an agent (a supervisor's assignment, or the router's push): from new or
    // escalated it becomes assigned; a case already held changes hands in its state. Refused
    // beyond the agent's capacity.
    Result<Case> assign(qint64 caseId, qint64 agentId, int capacity, const QString& actor);
    // Back to its queue, unheld: only a case not yet drafted (assigned).
    Result<Case> release(qint64 caseId, const QString& actor);
    // Along the state machine (model/CaseTransitions) from the state it is in: Refused, naming
    // both states, when there is no such move. The reason is kept (state_reason) and audited.
    Result<Case> move(qint64 caseId, Case::State to, const QString& reason, const QString& actor);
    // To another queue, unheld, with a reason.
    Result<Case> escalate(qint64 caseId, const QString& queue, const QString& reason, const QString& actor);

    // An agent's confirmation of the proposed hide a case holds: recorded (what lets the hide into
    // the outbox), audited with the decision's rule.
    Error recordHideConfirmation(qint64 caseId, std::optional<qint64> decisionId, qint64 userId, const QString& actor);

    // Open cases past their deadline at `now` that the SLA sweep has not marked yet, oldest
    // deadline first.
    Result<QList<Case>> overdue(const QDateTime& now, int limit = 1000) const;
    // The sweep's mark on an overdue case (audited "case.sla_breached"): the time is kept, and
    // with a breach queue other than its own the case moves there — unheld when nobody has
    // started on it yet (new, escalated, assigned), with its holder when a draft is under way.
    Result<Case> markBreached(qint64 caseId, const QString& breachQueue, const QString& actor);
    // Open, unbreached cases of a queue that have an SLA: the ones whose deadlines follow the
    // queue's hours.
    Result<QList<Case>> withRunningSla(const QString& queue) const;
    // A new deadline for the same SLA (the queue's hours changed), audited "case.sla_recomputed".
    Error setDeadline(qint64 caseId, const SlaDeadline& sla, const QString& actor);

    // How many distinct reviewers approve the case's reply before it may go out (1, or 2 when
    // its decision's outcome said "reviews": 2). Raised only, never lowered (the database
    // refuses that too); audited when it changes.
    Result<int> reviewsRequired(qint64 caseId) const;
    Error requireReviews(qint64 caseId, int count, const QString& actor);

    // Cases an agent holds that ask for their work (assigned, drafting, returned): what capacity
    // counts.
    Result<int> heldBy(qint64 agentId) const;
    Result<QList<Case>> list(const CaseFilter& filter, int limit = 1000) const;

    // Who holds another open case of the same conversation (platform and conversation id) as this
    // case's comment: a follow-up goes to them.
    Result<std::optional<qint64>> conversationHolder(qint64 caseId) const;

    Result<Case> byId(qint64 id) const;
    Result<std::optional<Case>> forComment(qint64 commentId) const;
    // Open cases of a queue, most urgent first, then oldest first.
    Result<QList<Case>> openInQueue(const QString& queue, int limit) const;
    Result<qint64> countInState(Case::State state) const;
    // Open cases per queue.
    Result<QHash<QString, qint64>> openCountByQueue() const;

private:
    Database& m_database;
};

} // namespace moderation
