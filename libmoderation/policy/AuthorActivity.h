#pragma once

#include "model/Comment.h"
#include "model/Error.h"

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

    // The first failure to count since the last call, if counting can fail (a store's query):
    // a decision made after one is not to be trusted, so the caller checks after evaluating.
    virtual Error takeError() { return {}; }
};

// Activity of the comments recorded so far, per platform and author (the id, or the handle,
// case-insensitive, when the id is unknown). Record a comment before evaluating it. Not
// thread-safe: one per stream of comments.
class InMemoryAuthorActivity final : public AuthorActivity
{
public:
    void record(const Comment& comment);
    int countWithin(const Comment& comment, qint64 seconds) const override;
    void clear();
    qsizetype authorCount() const;

private:
    using Times = std::vector<qint64>; // created_at in ms, sorted
    // Per platform, by author id (or by lower-case handle when there is no id): looked up
    // without building a key for each comment.
    const Times* find(const Comment& comment) const;
    QHash<QString, Times> m_byId[2];
    QHash<QString, Times> m_byHandle[2];
};

} // namespace moderation
