#pragma once

#include "model/Comment.h"
#include "model/Decision.h"
#include "model/Error.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <functional>
#include <optional>

namespace moderation {

class CommentSource;
class PolicyEngine;

// One comment whose decision would change.
struct SimulationChange
{
    const Comment& comment;
    const std::optional<Decision>& before; // none without an active policy
    const Decision& after;
};

// How a candidate policy's decisions differ from the active one's over stored comments.
struct SimulationSummary
{
    struct Transition
    {
        QString from; // the active policy's action, or "none"
        QString to; // the candidate's action
        qint64 comments = 0;
        qint64 changed = 0; // of those, decisions that differ (rule or outcome)
        QList<qint64> examples; // store ids of some changed comments
    };

    qint64 comments = 0;
    qint64 changed = 0;
    QList<Transition> transitions; // ordered by from, then to
};

// `policy simulate` and the policy editor's what-if: replays the comments created in
// [from, until) (invalid: open) through both engines, oldest first, and reports every change.
// The calling thread reads the source (a store's connection is that thread's) while `workers`
// threads (0: one per core) evaluate, each a share of the authors; the result does not depend
// on how many there are. onChange is called on the calling thread, in the order of the comments.
// sync/WhatIf runs it over a store.
namespace PolicySimulator {

inline constexpr int kExamplesPerTransition = 5;

// Whether two decisions differ in what they make happen: rule, action, hide mode, category,
// queue, priority, SLA or suggested answer (not in wording).
bool differs(const std::optional<Decision>& before, const Decision& after);

Result<SimulationSummary> run(const CommentSource& comments, const PolicyEngine& candidate, const PolicyEngine* active,
                              const QDateTime& from, const QDateTime& until,
                              const std::function<void(const SimulationChange&)>& onChange = {},
                              int workers = 0);

} // namespace PolicySimulator

} // namespace moderation
