#pragma once

#include "model/Clock.h"
#include "model/Error.h"
#include "storage/CachedQuery.h"
#include "storage/DatabaseUrl.h"

#include <QSqlDatabase>
#include <QThread>
#include <QSqlQuery>
#include <QVariantList>

#include <functional>
#include <memory>

namespace moderation {

class StatementCache;

// The one way into storage: a connection to a SQLite file or a PostgreSQL server, with the
// schema migrated on open. A Database belongs to the thread that opened it (QtSql's rule);
// a worker thread opens its own.
class Database
{
public:
    struct OpenOptions
    {
        QString password; // PostgreSQL only; never taken from the URL
        bool readOnly = false; // SQLite: QSQLITE_OPEN_READONLY; never migrates
        bool migrate = true; // run pending migrations on open
    };

    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    static Result<std::unique_ptr<Database>> open(const DatabaseUrl& url, const OpenOptions& options);
    static Result<std::unique_ptr<Database>> open(const DatabaseUrl& url) { return open(url, OpenOptions {}); }

    DatabaseEngine engine() const { return m_url.engine; }
    bool isSqlite() const { return m_url.engine == DatabaseEngine::Sqlite; }
    const DatabaseUrl& url() const { return m_url; }
    QSqlDatabase connection() const;

    // Applies every migration not yet applied, in one transaction; a no-op when up to date.
    Error migrate();
    // The latest migration applied: 0 for a database without our schema (no migration table
    // yet), an Error when the version cannot be read (never 0 then: migrate would run
    // migration 1 again).
    Result<int> schemaVersion() const;
    static int latestSchemaVersion();

    // Runs work inside a transaction (a savepoint when nested): commits when it returns no
    // error, rolls back otherwise. SQLite takes the write lock up front (BEGIN IMMEDIATE).
    Error transaction(const std::function<Error()>& work);
    bool inTransaction() const { return m_transactionDepth > 0; }
    // Runs read-only work on one snapshot of the store, so that everything it reads agrees even
    // while other connections write (a records export during sync). Unlike transaction() it
    // takes no write lock: SQLite a deferred transaction (in WAL mode a snapshot from the first
    // read), PostgreSQL REPEATABLE READ, READ ONLY. Inside a transaction it runs in that one.
    Error readSnapshot(const std::function<Error()>& work);

    // The clock every store reads "now" from; tests put a MockClock here. Not owned.
    const Clock& clock() const { return *m_clock; }
    void setClock(const Clock* clock) { m_clock = clock ? clock : &Clock::system(); }

    // A prepared statement with bound values, executed. Positional '?' placeholders. A null
    // QString binds as '' (text columns are NOT NULL); bind QVariant() for SQL NULL.
    // Prepares afresh on every call: the caller may keep the query as long as it likes.
    Result<QSqlQuery> exec(const QString& sql, const QVariantList& values = {}) const;
    // The same, through this connection's statement cache: prepared on the first call with this
    // SQL text, re-bound and re-run after that (on PostgreSQL one round trip instead of
    // prepare, execute and deallocate). For hot paths; the SQL must be fixed text with every
    // value bound, or the cache fills with one-off statements. The query is finished when the
    // CachedQuery goes out of scope: read what you need, then let it go. A nested call with
    // the SQL of a CachedQuery still held gets a private statement, so neither disturbs the other.
    Result<CachedQuery> execCached(const QString& sql, const QVariantList& values = {}) const;
    int cachedStatementCount() const;
    static int statementCacheCapacity();
    // One statement without binding (DDL, trigger bodies).
    Error execRaw(const QString& sql) const;

    // A thread that must never touch a store: the desktop app names its GUI thread, so that a
    // slow query can never freeze the window (every store call goes through its store thread).
    // A call on that thread still runs, and is counted and logged; tests assert the count stays 0.
    static void forbidThread(QThread* thread);
    static int forbiddenThreadCalls();

    // Turns a failed query into an Error with a category a caller can act on: a refused
    // invariant, a read-only store, a corrupt file, an unreachable server.
    Error errorFrom(const QSqlError& sqlError, const QString& context) const;

private:
    // Whether results are read row by row as they come (forward-only): SQLite yes, PostgreSQL
    // no (see Database.cpp).
    bool streamsResults() const;
    explicit Database(DatabaseUrl url, QString connectionName);
    Error configureSession();
    static void bind(QSqlQuery& query, const QVariantList& values);
    // Counts (and logs) a call on the forbidden thread.
    static void checkThread(const char* what);

    DatabaseUrl m_url;
    QString m_connectionName;
    bool m_readOnly = false;
    int m_transactionDepth = 0;
    const Clock* m_clock = &Clock::system();
    // Cached statements belong to this connection: cleared before it closes.
    std::unique_ptr<StatementCache> m_statements;
};

} // namespace moderation
