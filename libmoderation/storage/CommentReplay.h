#pragma once

#include "model/Comment.h"
#include "model/Error.h"

#include <functional>

namespace moderation {

class Database;

// Stored comments streamed in (created_at, id) order, page by page, for replaying them through
// a policy (`policy simulate`). Only what the policy reads is loaded: no raw JSON, no history.
class CommentReplay
{
public:
    explicit CommentReplay(Database& database)
        : m_database(database)
    {
    }

    // Calls visit for each comment created in [from, until) (an invalid bound is open); visit
    // returns false to stop early.
    Error forEach(const QDateTime& from, const QDateTime& until, const std::function<bool(const Comment&)>& visit,
                  int pageSize = 20000) const;

private:
    Database& m_database;
};

} // namespace moderation
