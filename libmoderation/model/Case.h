#pragma once

#include "model/Enums.h"

#include <QDateTime>
#include <QString>

#include <optional>

namespace moderation {

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

// Wire names: "new", "assigned", "drafting", "in_review", "returned", "approved", "answered",
// "escalated", "closed".
QString toString(Case::State state);
std::optional<Case::State> caseStateFromString(QStringView text);

} // namespace moderation
