#pragma once

#include "model/Comment.h"
#include "model/Error.h"

#include <QDateTime>

#include <functional>

namespace moderation {

// Comments to replay through a policy (the what-if simulator's input), oldest first. The
// simulator stays a pure function of comments and policies: the store implements this
// (storage/CommentReplay), tests may hand it a list.
class CommentSource
{
public:
    virtual ~CommentSource() = default;

    // Calls visit for each comment created in [from, until) (an invalid bound is open), in
    // (created_at, id) order; visit returns false to stop early. Only what the policy reads need
    // be filled in (no raw JSON). The comment is the source's, refilled for each one: visit may
    // keep it by swapping it for another Comment, whose buffers the source may then refill in
    // place, so that a long replay need not allocate per comment.
    virtual Error forEach(const QDateTime& from, const QDateTime& until,
                          const std::function<bool(Comment&)>& visit) const = 0;
};

} // namespace moderation
