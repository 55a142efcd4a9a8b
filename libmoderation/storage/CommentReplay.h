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
    // How rows are read. Fastest: on a SQLite store, through SQLite's C API on the connection
    // Qt opened, where the build allows it (libmoderation/CMakeLists.txt) and the driver runs on
    // the same SQLite library; through QtSql otherwise. QtSql: always through QtSql.
    enum class Reader { Fastest, QtSql };

    explicit CommentReplay(Database& database, Reader reader = Reader::Fastest)
        : m_database(database)
        , m_reader(reader)
    {
    }

    // Whether this build can read SQLite stores through SQLite's C API at all.
    static bool directReadBuilt();
    // Whether this replay reads through SQLite's C API.
    bool readsDirectly() const;

    // Calls visit for each comment created in [from, until) (an invalid bound is open); visit
    // returns false to stop early. The comment is the reader's, refilled for each row: visit may
    // keep it by swapping it for another Comment, whose string buffers the reader then fills in
    // place (when nothing else shares them), so that a long replay need not allocate per row.
    Error forEach(const QDateTime& from, const QDateTime& until, const std::function<bool(Comment&)>& visit,
                  int pageSize = 20000) const;

private:
    Database& m_database;
    Reader m_reader;
};

} // namespace moderation
