#include "policy/PolicySimulator.h"

#include "policy/AuthorActivity.h"
#include "policy/PolicyEngine.h"
#include "policy/PreparedText.h"
#include "storage/CommentReplay.h"

#include <algorithm>
#include <condition_variable>
#include <deque>
#include <mutex>
#include <thread>
#include <vector>

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

namespace {

// One comment whose decision changes, carried from the worker back to the caller's thread.
struct Change
{
    Comment comment;
    std::optional<Decision> before;
    Decision after;
};

// Batches between the thread that reads the store (the one that owns the connection) and the
// one that evaluates: reading a million rows and evaluating them twice take about as long as
// each other, so the two overlap.
class Pipeline
{
public:
    static constexpr size_t kBatch = 2048;
    static constexpr size_t kQueued = 4;

    void push(std::vector<Comment> batch)
    {
        std::unique_lock lock(m_mutex);
        m_spaceFree.wait(lock, [&] { return m_input.size() < kQueued; });
        m_input.push_back(std::move(batch));
        m_inputReady.notify_one();
    }
    void finish()
    {
        std::lock_guard lock(m_mutex);
        m_finished = true;
        m_inputReady.notify_one();
    }
    // Worker side: the next batch, or false when the reader is done and nothing is left.
    bool pop(std::vector<Comment>& batch)
    {
        std::unique_lock lock(m_mutex);
        m_inputReady.wait(lock, [&] { return !m_input.empty() || m_finished; });
        if (m_input.empty())
            return false;
        batch = std::move(m_input.front());
        m_input.pop_front();
        m_spaceFree.notify_one();
        return true;
    }
    void deliver(std::vector<Change> changes)
    {
        std::lock_guard lock(m_mutex);
        m_output.push_back(std::move(changes));
    }
    std::vector<std::vector<Change>> takeChanges()
    {
        std::lock_guard lock(m_mutex);
        std::vector<std::vector<Change>> out(std::make_move_iterator(m_output.begin()),
                                             std::make_move_iterator(m_output.end()));
        m_output.clear();
        return out;
    }

private:
    std::mutex m_mutex;
    std::condition_variable m_inputReady;
    std::condition_variable m_spaceFree;
    std::deque<std::vector<Comment>> m_input;
    std::deque<std::vector<Change>> m_output;
    bool m_finished = false;
};

} // namespace

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

    // Tallies by (active action or none, candidate action): a small table, not a map of names.
    constexpr int kActions = 4;
    SimulationSummary::Transition tally[kActions + 1][kActions];
    SimulationSummary summary;
    Pipeline pipeline;

    // The engines are thread-safe; the activity and the tallies belong to the worker alone.
    std::thread worker([&] {
        std::vector<Comment> batch;
        std::optional<Decision> before;
        PreparedText text;
        while (pipeline.pop(batch)) {
            std::vector<Change> changes;
            for (const Comment& c : batch) {
                if (repeat)
                    activity.record(c);
                text.reset(c.text);
                Decision after = candidate.evaluate(c, text, &activity);
                if (active)
                    before = active->evaluate(c, text, &activity);
                auto& t = tally[before ? int(before->action) : kActions][int(after.action)];
                ++t.comments;
                if (differs(before, after)) {
                    ++t.changed;
                    if (t.examples.size() < kExamplesPerTransition)
                        t.examples.append(c.id);
                    if (onChange)
                        changes.push_back({ c, before, std::move(after) });
                }
            }
            if (!changes.empty())
                pipeline.deliver(std::move(changes));
        }
    });

    // Changes are reported on the caller's thread, in the order of the comments.
    const auto report = [&] {
        for (const std::vector<Change>& changes : pipeline.takeChanges()) {
            for (const Change& change : changes)
                onChange({ change.comment, change.before, change.after });
        }
    };
    std::vector<Comment> batch;
    batch.reserve(Pipeline::kBatch);
    const Error error = replay.forEach(from, until, [&](const Comment& c) {
        batch.push_back(c);
        if (batch.size() == Pipeline::kBatch) {
            pipeline.push(std::move(batch));
            batch = {};
            batch.reserve(Pipeline::kBatch);
            if (onChange)
                report();
        }
        return true;
    });
    if (!batch.empty())
        pipeline.push(std::move(batch));
    pipeline.finish();
    worker.join();
    if (onChange)
        report();
    if (error.isError())
        return error;

    for (int b = 0; b <= kActions; ++b) {
        for (int a = 0; a < kActions; ++a) {
            SimulationSummary::Transition& t = tally[b][a];
            if (t.comments == 0)
                continue;
            t.from = b == kActions ? u"none"_s : toString(Action(b));
            t.to = toString(Action(a));
            summary.comments += t.comments;
            summary.changed += t.changed;
            summary.transitions.append(t);
        }
    }
    std::sort(summary.transitions.begin(), summary.transitions.end(),
              [](const auto& x, const auto& y) { return x.from != y.from ? x.from < y.from : x.to < y.to; });
    return summary;
}

} // namespace moderation
