#pragma once

#include "model/Enums.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace moderation {

// A span of text, in Unicode code points of the original text, end exclusive.
struct TextSpan
{
    int start = 0;
    int end = 0;
    friend bool operator==(const TextSpan&, const TextSpan&) = default;
};

struct PiiSpan
{
    PiiKind kind = PiiKind::Ssn;
    int start = 0; // code points of the original text
    int end = 0; // exclusive
    friend bool operator==(const PiiSpan&, const PiiSpan&) = default;
};

// What the policy decided for one comment, and why.
struct Decision
{
    QString ruleId;
    QString clause;
    Action action = Action::Ignore;
    QString category;
    QString queue;
    Priority priority = Priority::Normal;
    std::optional<qint64> slaSeconds;
    HideMode hideMode = HideMode::Proposed; // meaningful when action is Hide
    QString answerId; // an answer-library id to suggest, if any
    int reviews = 1; // distinct approvals a reply needs (the outcome's "reviews": 1 or 2)
    QList<TextSpan> matches; // what made the rule's condition hold
    QList<PiiSpan> pii; // every PII span in the text, whichever rule fired
    QString explanation; // a sentence a person understands
};

// A decision as the store keeps it: on which comment, under which policy version, when, and by
// whom when a person reclassified it.
struct StoredDecision
{
    qint64 id = 0;
    qint64 commentId = 0;
    std::optional<qint64> policyVersionId;
    Decision decision;
    QDateTime decidedAt;
    std::optional<qint64> decidedBy; // a user who reclassified it; empty for the policy
};

} // namespace moderation
