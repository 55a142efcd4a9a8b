#pragma once

#include "policy/AuthorActivity.h"

namespace moderation {

class Database;

// The `repeat` predicate's answer from the store, for sync: comments are stored before the
// policy sees them, so the store already counts the one being decided. Belongs to the thread
// that owns the Database.
class StoreAuthorActivity final : public AuthorActivity
{
public:
    explicit StoreAuthorActivity(Database& database)
        : m_database(database)
    {
    }

    // A failing query counts nothing and is kept for takeError(): Triage then discards the
    // decision instead of letting the failure change a `repeat` outcome.
    int countWithin(const Comment& comment, qint64 seconds) const override;
    Error takeError() override;

private:
    Database& m_database;
    mutable Error m_error;
};

} // namespace moderation
