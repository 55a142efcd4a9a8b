#pragma once

#include "model/Comment.h"
#include "model/Error.h"

#include <QHash>
#include <QString>

#include <deque>
#include <limits>

namespace moderation {

// What the `repeat` predicate asks: how often this comment's author posted lately. The caller
// supplies it: classify and simulate keep the comments they have seen in memory, sync counts
// what the store holds (StoreAuthorActivity).
class AuthorActivity
{
public:
    virtual ~AuthorActivity() = default;

    // Comments by this comment's author (same platform, same author) created in
    // [created_at - seconds, created_at]; the comment itself counts when it was recorded.
    virtual int countWithin(const Comment& comment, qint64 seconds) const = 0;

    // The first failure to count since the last call, if counting can fail (a store's query):
    // a decision made after one is not to be trusted, so the caller checks after evaluating.
    virtual Error takeError() { return {}; }
};

// Activity of the comments recorded so far, per platform and author (the id, or the handle,
// case-insensitive, when the id is unknown). Record a comment before evaluating it. Not
// thread-safe: one per stream of comments.
//
// With a window (the policy's longest `repeat`, PolicyEngine::longestRepeatWindow()), only the
// activity within that window behind the newest comment recorded is kept, so memory stays
// bounded however long the stream: a comment more than a window older than the newest one seen
// counts only what is left. Comments in time order (the usual case) or newest first are recorded
// in constant time each.
class InMemoryAuthorActivity final : public AuthorActivity
{
public:
    // windowSeconds 0: keep everything.
    explicit InMemoryAuthorActivity(qint64 windowSeconds = 0);

    void record(const Comment& comment);
    int countWithin(const Comment& comment, qint64 seconds) const override;
    void clear();
    qsizetype authorCount() const;
    qsizetype retainedCount() const; // times kept, all authors

private:
    using Times = std::deque<qint64>; // created_at in ms, sorted
    void forget(); // lets go of what has fallen out of the window
    // Per platform, by author id (or by lower-case handle when there is no id): looked up
    // without building a key for each comment.
    const Times* find(const Comment& comment) const;
    QHash<QString, Times> m_byId[2];
    QHash<QString, Times> m_byHandle[2];
    qint64 m_windowMs = 0;
    qint64 m_newestMs = std::numeric_limits<qint64>::min();
    qsizetype m_retained = 0;
    qsizetype m_retainedAfterForget = 0;
};

} // namespace moderation
