#pragma once

#include "model/Enums.h"

#include <QDateTime>
#include <QString>

#include <optional>

namespace moderation {

// A case's service-level clock: how long the policy gave it, from when, and the instants at which
// 75 % and 100 % of that time (of its queue's office hours, routing/OfficeHours) have passed.
struct SlaDeadline
{
    qint64 seconds = 0;
    QDateTime startedAt;
    QDateTime atRiskAt;
    QDateTime dueAt;
};

// Where a case stands against its deadline at a given time.
enum class SlaStatus { None, Ok, AtRisk, Breached };

// A unit of work for an agent: one comment that the policy said to respond to or escalate, or
// a proposed hide for an agent to confirm.
struct Case
{
    enum class State { New, Assigned, Drafting, InReview, Returned, Approved, Answered, Escalated, Closed };

    qint64 id = 0;
    qint64 commentId = 0;
    std::optional<qint64> decisionId;
    QString queue;
    Priority priority = Priority::Normal;
    State state = State::New;
    std::optional<qint64> assigneeId;
    QDateTime slaDueAt; // invalid when the rule set no SLA
    std::optional<qint64> slaSeconds; // the SLA the decision gave
    QDateTime slaStartedAt;
    QDateTime slaAtRiskAt; // 75 % of the SLA's time passed
    QDateTime slaBreachedAt; // when the SLA sweep found it overdue (and moved it to the breach queue)
    QDateTime createdAt;
    QDateTime updatedAt;
    QDateTime closedAt; // invalid while open
    // A decision made again after the comment was edited, which changed the case's routing (or
    // no longer asks for work) while someone held the case: recorded here for its holder to see
    // instead of moving the case under them.
    std::optional<qint64> pendingDecisionId;
    QString stateReason; // why it is in its state: an escalation's, a closing's, a failed send's reason
};

// Which cases a list asks for; every member narrows it.
struct CaseFilter
{
    std::optional<Case::State> state;
    QString queue;
    std::optional<qint64> assigneeId;
    std::optional<qint64> dueWithinSeconds; // due (or overdue) within this long from now
    bool openOnly = false;
};

// The case's standing at `now`: none without an SLA; a finished case keeps the standing it had
// when it closed (breached if it was marked so, else ok).
SlaStatus slaStatus(const Case& c, const QDateTime& now);

// Wire names: "new", "assigned", "drafting", "in_review", "returned", "approved", "answered",
// "escalated", "closed".
QString toString(Case::State state);
std::optional<Case::State> caseStateFromString(QStringView text);
// Wire names: "none", "ok", "at_risk", "breached".
QString toString(SlaStatus status);

} // namespace moderation
