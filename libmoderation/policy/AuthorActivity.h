#pragma once

#include "model/Comment.h"

#include <QHash>
#include <QString>

#include <vector>

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

    // The key an author is counted under: the platform and the author's id, or the handle
    // (case-insensitive) when the id is unknown.
    static QString authorKey(const Comment& comment);
};

// Activity of the comments recorded so far. Record a comment before evaluating it. Not
// thread-safe: one per stream of comments.
class InMemoryAuthorActivity final : public AuthorActivity
{
public:
    void record(const Comment& comment);
    int countWithin(const Comment& comment, qint64 seconds) const override;
    void clear() { m_times.clear(); }
    qsizetype authorCount() const { return m_times.size(); }

private:
    QHash<QString, std::vector<qint64>> m_times; // author key -> created_at in ms, sorted
};

} // namespace moderation
