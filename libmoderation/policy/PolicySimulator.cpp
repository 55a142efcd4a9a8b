#include "policy/PolicySimulator.h"

#include "policy/AuthorActivity.h"
#include "policy/CommentSource.h"
#include "policy/PolicyEngine.h"
#include "text/PreparedText.h"

#include <algorithm>
#include <array>
#include <atomic>
#include <iterator>
#include <memory>
#include <condition_variable>
#include <deque>
#include <mutex>
#include <thread>
#include <vector>

using namespace Qt::StringLiterals;

namespace moderation {

namespace {

// What differs() compares, read from a decision or straight from the rule that would make it
// (nullptr: no rule held, which decides nothing: ignore, no category).
struct OutcomeView
{
    QStringView rule;
    Action action = Action::Ignore;
    HideMode hide = HideMode::Proposed;
    QStringView category;
    QStringView queue;
    Priority priority = Priority::Normal;
    std::optional<qint64> sla;
    QStringView answer;
};

OutcomeView viewOf(const Decision& d)
{
    return { d.ruleId, d.action, d.hideMode, d.category, d.queue, d.priority, d.slaSeconds, d.answerId };
}

OutcomeView viewOf(const PolicyRule* rule)
{
    if (!rule)
        return {};
    const Outcome& o = rule->then;
    return { rule->id, o.action, o.hide, o.category, o.queue, o.priority, o.slaSeconds, o.answer };
}

bool outcomesDiffer(const OutcomeView& b, const OutcomeView& a)
{
    return b.rule != a.rule || b.action != a.action || (a.action == Action::Hide && b.hide != a.hide)
        || b.category != a.category || b.queue != a.queue || b.priority != a.priority || b.sla != a.sla
        || b.answer != a.answer;
}

} // namespace

bool PolicySimulator::differs(const std::optional<Decision>& before, const Decision& after)
{
    return !before || outcomesDiffer(viewOf(*before), viewOf(after));
}

namespace {

// A batch of comments as read, shared by every worker; each evaluates its own share.
struct Batch
{
    qint64 first = 0; // the sequence number of comments[0]
    size_t size = 0; // comments in use (a batch used again keeps its old ones after them)
    std::vector<Comment> comments;
    std::vector<quint8> worker; // which worker evaluates each comment
};

// One comment whose decision changes, carried from a worker back to the caller's thread.
struct Change
{
    qint64 sequence = 0;
    Comment comment;
    std::optional<Decision> before;
    Decision after;
};

constexpr int kActions = 4;

// What one worker found: tallies by (active action or none, candidate action), and the first
// changed comments of each as (sequence, store id).
struct Tally
{
    qint64 comments = 0;
    qint64 changed = 0;
    QList<std::pair<qint64, qint64>> examples;
};
using Tallies = std::array<std::array<Tally, kActions>, kActions + 1>;

// Batches from the thread that reads the store (the one that owns the connection) to the
// workers, and their changes back. Reading a million rows and evaluating them through two
// policies are of the same order, so reading overlaps evaluating, and evaluating is shared
// out by author (so that each worker sees all of an author's comments, which `repeat` counts).
class Pipeline
{
public:
    static constexpr size_t kBatch = 2048;
    static constexpr size_t kQueued = 4;

    explicit Pipeline(int workers)
        : m_workers(workers)
    {
    }

    // Reader side: hands a batch to the workers; returns those every worker is done with, for
    // the reader to fill again. They are refilled (and, at the end, freed) on the thread that
    // allocated their strings: on a worker, every string freed would take the allocator's lock
    // of the reading thread's arena, and the threads would mostly wait on each other.
    std::vector<std::shared_ptr<Batch>> push(std::shared_ptr<Batch> batch)
    {
        std::vector<std::shared_ptr<Batch>> finished;
        {
            std::unique_lock lock(m_mutex);
            m_spaceFree.wait(lock, [&] { return m_pushed - slowest() < qint64(kQueued); });
            m_batches.push_back(std::move(batch));
            ++m_pushed;
            m_inputReady.notify_all();
            while (!m_batches.empty() && slowest() > m_dropped) {
                finished.push_back(std::move(m_batches.front()));
                m_batches.pop_front();
                ++m_dropped;
            }
        }
        return finished;
    }
    void finish()
    {
        std::lock_guard lock(m_mutex);
        m_finished = true;
        m_inputReady.notify_all();
    }
    // Worker side: the next batch, or null when the reader is done and nothing is left.
    std::shared_ptr<const Batch> pop(int worker)
    {
        std::unique_lock lock(m_mutex);
        const qint64 next = m_taken[size_t(worker)];
        m_inputReady.wait(lock, [&] { return next < m_pushed || m_finished; });
        if (next >= m_pushed)
            return nullptr;
        return m_batches[size_t(next - m_dropped)];
    }
    // Worker side: done with its next batch; `changes` in the order of the comments.
    void done(int worker, std::vector<Change> changes)
    {
        std::lock_guard lock(m_mutex);
        const qint64 index = m_taken[size_t(worker)]++;
        m_changes.resize(size_t(std::max<qint64>(qint64(m_changes.size()), index - m_reported + 1)));
        auto& slot = m_changes[size_t(index - m_reported)];
        slot.done += 1;
        std::move(changes.begin(), changes.end(), std::back_inserter(slot.changes));
        m_spaceFree.notify_one();
    }
    // Caller side: the changes of every batch all workers are done with, in comment order.
    std::vector<Change> takeChanges()
    {
        std::vector<Change> out;
        std::lock_guard lock(m_mutex);
        while (!m_changes.empty() && m_changes.front().done == m_workers) {
            auto& changes = m_changes.front().changes;
            std::sort(changes.begin(), changes.end(),
                      [](const Change& x, const Change& y) { return x.sequence < y.sequence; });
            std::move(changes.begin(), changes.end(), std::back_inserter(out));
            m_changes.pop_front();
            ++m_reported;
        }
        return out;
    }

private:
    // The number of batches every worker is done with (the mutex held).
    qint64 slowest() const { return *std::min_element(m_taken.begin(), m_taken.end()); }

    struct Done
    {
        int done = 0;
        std::vector<Change> changes;
    };

    const int m_workers;
    std::mutex m_mutex;
    std::condition_variable m_inputReady;
    std::condition_variable m_spaceFree;
    std::deque<std::shared_ptr<Batch>> m_batches; // from batch number m_dropped on
    qint64 m_dropped = 0;
    qint64 m_pushed = 0;
    std::vector<qint64> m_taken = std::vector<qint64>(size_t(m_workers), 0); // per worker: batches done
    std::deque<Done> m_changes; // from batch number m_reported on
    qint64 m_reported = 0;
    bool m_finished = false;
};

// Which worker evaluates a comment: with `repeat`, all of an author's comments go to one
// worker (keyed as InMemoryAuthorActivity keys them); otherwise they are dealt out in turn.
int workerFor(const Comment& c, qint64 sequence, int workers, bool byAuthor)
{
    if (workers == 1)
        return 0;
    if (!byAuthor)
        return int((sequence / 64) % workers);
    const size_t h = c.author.id.isEmpty() ? qHash(c.author.handle.toLower()) : qHash(c.author.id);
    return int((h ^ size_t(c.platform)) % size_t(workers));
}

} // namespace

Result<SimulationSummary> PolicySimulator::run(const CommentSource& replay, const PolicyEngine& candidate,
                                               const PolicyEngine* active, const QDateTime& from,
                                               const QDateTime& until,
                                               const std::function<void(const SimulationChange&)>& onChange,
                                               int workerCount)
{
    if (workerCount <= 0)
        workerCount = std::clamp(int(std::thread::hardware_concurrency()), 1, 8);
    const int workers = workerCount;
    const bool repeat = candidate.usesRepeat() || (active && active->usesRepeat());
    const qint64 window = std::max(candidate.longestRepeatWindow(), active ? active->longestRepeatWindow() : 0);
    std::vector<InMemoryAuthorActivity> activity(size_t(workers), InMemoryAuthorActivity { window });
    // `repeat` looks back in time: comments just before the range count for those in it.
    if (repeat && from.isValid()) {
        const Error error = replay.forEach(from.addSecs(-window), from, [&](Comment& c) {
            activity[size_t(workerFor(c, 0, workers, true))].record(c);
            return true;
        });
        if (error.isError())
            return error;
    }

    std::vector<Tallies> tallies(size_t(workers), Tallies {});
    Pipeline pipeline(workers);

    // A failed evaluation (the engine could not scan a text) stops the run: the first one per
    // worker is kept, the reader stops reading, the workers drain what is queued unevaluated.
    std::vector<Error> failures(static_cast<size_t>(workers));
    std::atomic<bool> failed = false;

    // The engines are thread-safe; each worker's activity and tallies are its own. A worker
    // first asks each engine only which rule decides; the decisions (explanation, spans) are
    // built only for comments whose outcome changes, and only when someone wants them.
    const auto evaluateOne = [&](const Comment& c, qint64 sequence, PreparedText& text, Tallies& tally,
                                 InMemoryAuthorActivity& seen, std::vector<Change>& changes) -> Error {
        if (repeat)
            seen.record(c);
        text.resetBorrowed(c.text); // the batch outlives the comment's evaluation
        const Result<const PolicyRule*> after = candidate.decidingRule(c, text, &seen);
        if (!after)
            return after.error();
        const Result<const PolicyRule*> before
            = active ? active->decidingRule(c, text, &seen) : Result<const PolicyRule*>(nullptr);
        if (!before)
            return before.error();
        Tally& t = tally[active ? int(*before ? (*before)->then.action : Action::Ignore) : kActions]
                        [int(*after ? (*after)->then.action : Action::Ignore)];
        ++t.comments;
        if (active && !outcomesDiffer(viewOf(*before), viewOf(*after)))
            return {};
        ++t.changed;
        if (t.examples.size() < kExamplesPerTransition)
            t.examples.append({ sequence, c.id });
        if (!onChange)
            return {};
        Result<Decision> decided = candidate.evaluate(c, text, &seen);
        if (!decided)
            return decided.error();
        Change change { sequence, c, std::nullopt, std::move(decided).value() };
        if (active) {
            Result<Decision> previous = active->evaluate(c, text, &seen);
            if (!previous)
                return previous.error();
            change.before = std::move(previous).value();
        }
        changes.push_back(std::move(change));
        return {};
    };
    const auto work = [&](int w) {
        PreparedText text;
        Tallies& tally = tallies[size_t(w)];
        InMemoryAuthorActivity& seen = activity[size_t(w)];
        Error& failure = failures[size_t(w)];
        while (std::shared_ptr<const Batch> batch = pipeline.pop(w)) {
            std::vector<Change> changes;
            for (size_t i = 0; i < batch->size && !failure.isError(); ++i) {
                if (batch->worker[i] != w)
                    continue;
                failure = evaluateOne(batch->comments[i], batch->first + qint64(i), text, tally, seen, changes);
                if (failure.isError())
                    failed = true;
            }
            batch.reset(); // the reading thread frees it (Pipeline::push)
            pipeline.done(w, std::move(changes));
        }
    };
    std::vector<std::thread> threads;
    for (int w = 0; w < workers; ++w)
        threads.emplace_back(work, w);

    // Changes are reported on the caller's thread, in the order of the comments.
    const auto report = [&] {
        for (const Change& change : pipeline.takeChanges())
            onChange({ change.comment, change.before, change.after });
    };
    // Batches are used again once every worker is done with them, and the reader swaps each
    // comment it reads into one, so that its strings' buffers are refilled instead of allocated.
    std::vector<std::shared_ptr<Batch>> spare;
    const auto freshBatch = [&](qint64 first) {
        std::shared_ptr<Batch> b;
        if (spare.empty()) {
            b = std::make_shared<Batch>();
            b->comments.reserve(Pipeline::kBatch);
            b->worker.reserve(Pipeline::kBatch);
        } else {
            b = std::move(spare.back());
            spare.pop_back();
        }
        b->first = first;
        b->size = 0;
        b->worker.clear();
        return b;
    };
    std::shared_ptr<Batch> batch = freshBatch(0);
    qint64 sequence = 0;
    const auto send = [&] {
        for (std::shared_ptr<Batch>& done : pipeline.push(std::move(batch)))
            spare.push_back(std::move(done));
        batch = freshBatch(sequence);
        if (onChange)
            report();
    };
    const Error error = replay.forEach(from, until, [&](Comment& c) {
        if (batch->size < batch->comments.size())
            std::swap(batch->comments[batch->size], c);
        else
            batch->comments.push_back(std::move(c));
        batch->worker.push_back(quint8(workerFor(batch->comments[batch->size], sequence, workers, repeat)));
        ++batch->size;
        ++sequence;
        if (batch->size == Pipeline::kBatch)
            send();
        return !failed;
    });
    if (batch->size > 0)
        pipeline.push(std::move(batch));
    pipeline.finish();
    for (std::thread& thread : threads)
        thread.join();
    if (onChange)
        report();
    if (error.isError())
        return error;
    for (const Error& failure : failures) {
        if (failure.isError())
            return failure.prefixed(u"evaluating a stored comment"_s);
    }

    SimulationSummary summary;
    for (int b = 0; b <= kActions; ++b) {
        for (int a = 0; a < kActions; ++a) {
            SimulationSummary::Transition t;
            QList<std::pair<qint64, qint64>> examples;
            for (const Tallies& worker : tallies) {
                const Tally& part = worker[size_t(b)][size_t(a)];
                t.comments += part.comments;
                t.changed += part.changed;
                examples += part.examples;
            }
            if (t.comments == 0)
                continue;
            // The first changed comments, as one worker would have found them.
            std::sort(examples.begin(), examples.end());
            for (qsizetype k = 0; k < std::min<qsizetype>(examples.size(), kExamplesPerTransition); ++k)
                t.examples.append(examples.at(k).second);
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
