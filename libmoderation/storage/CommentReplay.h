#pragma once

#include "policy/CommentSource.h"

namespace moderation {

class Database;

// Stored comments streamed in (created_at, id) order, page by page, for replaying them through
// a policy (`policy simulate`). Only what the policy reads is loaded: no raw JSON, no history.
class CommentReplay final : public CommentSource
{
public:
    // How rows are read. Fastest: on a SQLite store, through SQLite's C API on the connection
    // Qt opened, where the build allows it (libmoderation/CMakeLists.txt) and the driver runs on
    // the same SQLite library; through QtSql otherwise. QtSql: always through QtSql.
    enum class Reader { Fastest, QtSql };

    static constexpr int kDefaultPageSize = 20000;

    // pageSize: rows a page when reading through QtSql (SQLite's C API reads in one statement).
    explicit CommentReplay(Database& database, Reader reader = Reader::Fastest, int pageSize = kDefaultPageSize)
        : m_database(database)
        , m_reader(reader)
        , m_pageSize(pageSize)
    {
    }

    // Whether this build can read SQLite stores through SQLite's C API at all.
    static bool directReadBuilt();
    // Whether this replay reads through SQLite's C API.
    bool readsDirectly() const;

    // CommentSource. A stored value the schema does not allow (an unknown platform or source)
    // stops the replay with a Corrupt error naming the row.
    Error forEach(const QDateTime& from, const QDateTime& until,
                  const std::function<bool(Comment&)>& visit) const override;

private:
    Database& m_database;
    Reader m_reader;
    int m_pageSize;
};

} // namespace moderation
