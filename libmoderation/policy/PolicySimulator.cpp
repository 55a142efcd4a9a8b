#include "policy/PolicySimulator.h"

#include "policy/AuthorActivity.h"
#include "policy/PolicyEngine.h"
#include "policy/PreparedText.h"
#include "storage/CommentReplay.h"

#include <map>

using namespace Qt::StringLiterals;

namespace moderation {

bool PolicySimulator::differs(const std::optional<Decision>& before, const Decision& after)
{
    if (!before)
        return true;
    const Decision& b = *before;
    return b.ruleId != after.ruleId || b.action != after.action
        || (after.action == Action::Hide && b.hideMode != after.hideMode) || b.category != after.category
        || b.queue != after.queue || b.priority != after.priority || b.slaSeconds != after.slaSeconds
        || b.answerId != after.answerId;
}

Result<SimulationSummary> PolicySimulator::run(Database& database, const PolicyEngine& candidate,
                                               const PolicyEngine* active, const QDateTime& from,
                                               const QDateTime& until,
                                               const std::function<void(const SimulationChange&)>& onChange)
{
    CommentReplay replay(database);
    InMemoryAuthorActivity activity;
    const bool repeat = candidate.usesRepeat() || (active && active->usesRepeat());
    // `repeat` looks back in time: comments just before the range count for those in it.
    if (repeat && from.isValid()) {
        const qint64 window = std::max(candidate.longestRepeatWindow(), active ? active->longestRepeatWindow() : 0);
        const Error error = replay.forEach(from.addSecs(-window), from, [&](const Comment& c) {
            activity.record(c);
            return true;
        });
        if (error.isError())
            return error;
    }

    SimulationSummary summary;
    std::map<std::pair<QString, QString>, SimulationSummary::Transition> transitions;
    std::optional<Decision> before;
    const Error error = replay.forEach(from, until, [&](const Comment& c) {
        if (repeat)
            activity.record(c);
        const PreparedText text(c.text);
        const Decision after = candidate.evaluate(c, text, &activity);
        if (active)
            before = active->evaluate(c, text, &activity);
        const QString fromAction = before ? toString(before->action) : u"none"_s;
        auto& t = transitions[{ fromAction, toString(after.action) }];
        ++t.comments;
        ++summary.comments;
        if (differs(before, after)) {
            ++t.changed;
            ++summary.changed;
            if (t.examples.size() < kExamplesPerTransition)
                t.examples.append(c.id);
            if (onChange)
                onChange({ c, before, after });
        }
        return true;
    });
    if (error.isError())
        return error;
    for (auto& [key, t] : transitions) {
        t.from = key.first;
        t.to = key.second;
        summary.transitions.append(t);
    }
    return summary;
}

} // namespace moderation
