#include "storage/Database.h"

#include "model/Clock.h"
#include "storage/AuditStore.h"
#include "storage/Migrations.h"
#include "storage/StatementCache.h"
#include "storage/SqlTime.h"

#include <QAtomicInt>
#include <QDir>
#include <QFileInfo>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlRecord>

#include <atomic>

using namespace Qt::StringLiterals;

namespace moderation {

namespace {

QAtomicInt g_connectionCounter;

// SQLite's primary result codes that mean something to a user.
constexpr int kSqliteBusy = 5;
constexpr int kSqliteReadOnly = 8;
constexpr int kSqliteCorrupt = 11;
constexpr int kSqliteCantOpen = 14;
constexpr int kSqliteConstraint = 19;
constexpr int kSqliteNotADatabase = 26;

Error connectError(const DatabaseUrl& url, const QSqlError& error)
{
    // QPSQL reports every failed connect as "Unable to connect" with an empty native code;
    // the cause is only in the server's text (ENVIRONMENT.md).
    const QString text = error.databaseText().trimmed();
    const QString where = url.toString();
    if (text.contains(u"password authentication failed"_s) || text.contains(u"no password supplied"_s)
        || text.contains(u"fe_sendauth"_s)) {
        return Error(Error::Code::AuthenticationFailed,
                     u"wrong password or user for %1 (the server refused the login)"_s.arg(where));
    }
    if (text.contains(u"does not exist"_s)) {
        return Error(Error::Code::DatabaseUnreachable,
                     u"%1: %2"_s.arg(where, text.section(u"FATAL:"_s, -1).trimmed()));
    }
    if (text.contains(u"Connection refused"_s) || text.contains(u"could not connect"_s)
        || text.contains(u"could not translate host"_s) || text.contains(u"timeout"_s, Qt::CaseInsensitive)
        || text.contains(u"No route to host"_s)) {
        return Error(Error::Code::DatabaseUnreachable,
                     u"cannot reach the database server at %1:%2 (%3)"_s.arg(url.host).arg(url.port).arg(
                         text.section(u'\n', 0, 0).trimmed()));
    }
    return Error(Error::Code::DatabaseUnreachable,
                 u"cannot open %1: %2"_s.arg(where, text.isEmpty() ? error.text() : text));
}

// SQLite's busy handler is not fair: a connection that waits for the write lock sleeps between
// polls (up to 100 ms at a time) and can lose every poll, for the whole busy timeout, to
// connections taking turns back to back (four agents claiming at once did). Nothing has happened
// yet, so BEGIN is tried again, which also starts the handler's polling short again.
Error beginImmediate(const Database& database)
{
    constexpr int kAttempts = 3;
    for (int attempt = 1;; ++attempt) {
        QSqlQuery query(database.connection());
        if (query.exec(u"BEGIN IMMEDIATE"_s))
            return {};
        const bool busy = (query.lastError().nativeErrorCode().toInt() & 0xff) == kSqliteBusy;
        if (!busy || attempt == kAttempts)
            return database.errorFrom(query.lastError(), u"running 'BEGIN IMMEDIATE'"_s);
    }
}

} // namespace

Database::Database(DatabaseUrl url, QString connectionName)
    : m_url(std::move(url))
    , m_connectionName(std::move(connectionName))
    , m_statements(std::make_unique<StatementCache>())
{
}

Database::~Database()
{
    // Prepared statements die with their connection (QtSql warns about queries left behind).
    m_statements->clear();
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

Result<std::unique_ptr<Database>> Database::open(const DatabaseUrl& url, const OpenOptions& options)
{
    const QString name = u"moderation-%1"_s.arg(g_connectionCounter.fetchAndAddRelaxed(1));
    std::unique_ptr<Database> database(new Database(url, name));
    database->m_readOnly = options.readOnly;

    if (url.engine == DatabaseEngine::Sqlite) {
        if (!QSqlDatabase::isDriverAvailable(u"QSQLITE"_s))
            return Error(Error::Code::Internal, u"the Qt SQLite driver (QSQLITE) is not installed"_s);
        const QFileInfo file(url.path);
        if (file.exists() && file.isDir())
            return Error(Error::Code::DatabaseUnreachable, u"cannot open %1: it is a folder"_s.arg(url.path));
        if (!file.exists()) {
            if (options.readOnly)
                return Error(Error::Code::NotFound, u"no database file at %1"_s.arg(url.path));
            // A single-seat store lives in the user's data folder, which may not exist yet.
            QDir().mkpath(file.absolutePath());
        }
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        db.setDatabaseName(url.path);
        QString connectOptions = u"QSQLITE_BUSY_TIMEOUT=10000"_s;
        if (options.readOnly)
            connectOptions += u";QSQLITE_OPEN_READONLY"_s;
        db.setConnectOptions(connectOptions);
        if (!db.open()) {
            const QSqlError error = db.lastError();
            if (error.nativeErrorCode().toInt() == kSqliteCantOpen || !QFileInfo(file.absolutePath()).isWritable())
                return Error(Error::Code::ReadOnly,
                             u"cannot open or create %1: the file or its folder is not writable or does not exist"_s
                                 .arg(url.path));
            return Error(Error::Code::DatabaseUnreachable, u"cannot open %1: %2"_s.arg(url.path, error.text()));
        }
    } else {
        if (!QSqlDatabase::isDriverAvailable(u"QPSQL"_s))
            return Error(Error::Code::Internal,
                         u"the Qt PostgreSQL driver (QPSQL) is not installed (Debian: libqt6sql6-psql)"_s);
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QPSQL"_s, name);
        db.setHostName(url.host);
        db.setPort(url.port);
        db.setUserName(url.user);
        db.setDatabaseName(url.database);
        if (!options.password.isEmpty())
            db.setPassword(options.password);
        QString connectOptions = u"connect_timeout=10;application_name=moderation-desk"_s;
        // TLS as the URL asks; without sslmode libpq's own default applies (prefer).
        if (!url.sslMode.isEmpty())
            connectOptions += u";sslmode="_s + url.sslMode;
        if (!url.sslRootCert.isEmpty())
            connectOptions += u";sslrootcert='"_s + url.sslRootCert + u'\'';
        db.setConnectOptions(connectOptions);
        if (!db.open())
            return connectError(url, db.lastError());
    }

    if (Error error = database->configureSession(); error.isError())
        return error;
    if (options.migrate && !options.readOnly) {
        if (Error error = database->migrate(); error.isError())
            return error;
    }
    return database;
}

Error Database::configureSession()
{
    if (isSqlite()) {
        // A file of random bytes opens without complaint; the first query tells (ENVIRONMENT.md).
        QSqlQuery probe(connection());
        const bool readable = probe.exec(u"PRAGMA schema_version"_s);
        probe.finish();
        if (!readable) {
            const QSqlError error = probe.lastError();
            const int code = error.nativeErrorCode().toInt();
            if (code == kSqliteNotADatabase || code == kSqliteCorrupt)
                return Error(Error::Code::Corrupt,
                             u"%1 is not a Moderation Desk database, or it is corrupt (%2)"_s.arg(
                                 m_url.path, error.databaseText()));
            return errorFrom(error, u"opening "_s + m_url.path);
        }
        const QStringList pragmas { u"PRAGMA foreign_keys = ON"_s, u"PRAGMA synchronous = NORMAL"_s };
        for (const QString& pragma : pragmas) {
            if (Error error = execRaw(pragma); error.isError())
                return error;
        }
        if (!m_readOnly) {
            QSqlQuery wal(connection());
            if (!wal.exec(u"PRAGMA journal_mode = WAL"_s))
                return errorFrom(wal.lastError(), u"switching "_s + m_url.path + u" to WAL mode"_s);
            wal.finish();
        }
        return {};
    }
    return execRaw(u"SET TIME ZONE 'UTC'"_s);
}

int Database::latestSchemaVersion()
{
    return Migrations::latestVersion();
}

Result<int> Database::schemaVersion() const
{
    auto table = exec(isSqlite() ? u"SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = 'schema_migrations'"_s
                                 : u"SELECT COUNT(*) FROM pg_catalog.pg_tables "
                                   "WHERE schemaname = 'public' AND tablename = 'schema_migrations'"_s);
    if (!table)
        return table.error().prefixed(u"reading the schema version"_s);
    if (!table->next())
        return Error(Error::Code::Internal, u"reading the schema version: no row"_s);
    if (table->value(0).toInt() == 0)
        return 0;
    auto version = exec(u"SELECT COALESCE(MAX(version), 0) FROM schema_migrations"_s);
    if (!version)
        return version.error().prefixed(u"reading the schema version"_s);
    if (!version->next())
        return Error(Error::Code::Internal, u"reading the schema version: no row"_s);
    return version->value(0).toInt();
}

Error Database::migrate()
{
    if (m_readOnly)
        return Error(Error::Code::ReadOnly, u"cannot migrate %1: opened read-only"_s.arg(m_url.toString()));
    // A statement prepared against the old schema may no longer fit the new one (PostgreSQL:
    // "cached plan must not change result type").
    m_statements->clear();
    // Up to date: nothing to write. A person's role on a shared site may not create tables, so
    // opening as them must not try (not even CREATE TABLE IF NOT EXISTS).
    if (const Result<int> current = schemaVersion(); current && *current >= latestSchemaVersion())
        return {};
    return transaction([this]() -> Error {
        if (!isSqlite()) {
            // Two processes opening a fresh site at once: one migrates, the other waits.
            if (Error error = execRaw(u"SELECT pg_advisory_xact_lock(7261001)"_s); error.isError())
                return error;
        }
        if (Error error = execRaw(u"CREATE TABLE IF NOT EXISTS schema_migrations ("
                                  "version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)"_s);
            error.isError())
            return error;
        const Result<int> current = schemaVersion();
        if (!current)
            return current.error();
        for (const Migration& migration : Migrations::all()) {
            if (migration.version <= *current)
                continue;
            const QStringList statements = isSqlite() ? migration.sqlite : migration.postgres;
            for (const QString& statement : statements) {
                if (Error error = execRaw(statement); error.isError())
                    return error.prefixed(u"migration %1 (%2)"_s.arg(migration.version).arg(migration.name));
            }
            const QString now = sqlTimestamp(clock().now());
            auto recorded = exec(u"INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)"_s,
                                 { migration.version, migration.name, now });
            if (!recorded)
                return recorded.error();
            AuditEvent event;
            event.actor = u"system"_s;
            event.action = u"schema.migrated"_s;
            event.entityType = u"schema"_s;
            event.entityId = QString::number(migration.version);
            event.details.insert(u"name"_s, migration.name);
            if (Error error = AuditStore(*this).append(event); error.isError())
                return error;
        }
        return {};
    });
}

Error Database::transaction(const std::function<Error()>& work)
{
    const bool outermost = m_transactionDepth == 0;
    const QString savepoint = u"sp_%1"_s.arg(m_transactionDepth);
    const QString begin = outermost ? (isSqlite() ? u"BEGIN IMMEDIATE"_s : u"BEGIN"_s) : u"SAVEPOINT "_s + savepoint;
    if (Error error = outermost && isSqlite() ? beginImmediate(*this) : execRaw(begin); error.isError())
        return error;
    ++m_transactionDepth;
    Error result = work();
    --m_transactionDepth;
    // A failure to roll back (or to let go of a savepoint) is said beside the failure that
    // caused it: the caller must not take the store for unchanged when it may not be.
    const auto alsoFailed = [](Error error, const Error& cleanup, const QString& step) {
        if (!cleanup.isError())
            return error;
        return Error(error.code(), u"%1; %2 failed too: %3"_s.arg(error.message(), step, cleanup.message()))
            .forRecord(error.recordId());
    };
    if (result.isError()) {
        result = alsoFailed(result, execRaw(outermost ? u"ROLLBACK"_s : u"ROLLBACK TO SAVEPOINT "_s + savepoint),
                            outermost ? u"rolling back"_s : u"rolling back to a savepoint"_s);
        if (!outermost)
            result = alsoFailed(result, execRaw(u"RELEASE SAVEPOINT "_s + savepoint), u"releasing a savepoint"_s);
        if (outermost)
            m_statements->releaseForgotten(); // out of the transaction: DEALLOCATE works again
        return result;
    }
    Error committed = execRaw(outermost ? u"COMMIT"_s : u"RELEASE SAVEPOINT "_s + savepoint);
    if (committed.isError() && outermost)
        committed = alsoFailed(committed, execRaw(u"ROLLBACK"_s), u"rolling back"_s);
    if (outermost)
        m_statements->releaseForgotten();
    return committed;
}

Error Database::readSnapshot(const std::function<Error()>& work)
{
    if (m_transactionDepth > 0)
        return work();
    if (Error error = execRaw(isSqlite() ? u"BEGIN DEFERRED"_s : u"BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY"_s);
        error.isError())
        return error;
    ++m_transactionDepth;
    Error result = work();
    --m_transactionDepth;
    // Nothing was written: ending the snapshot either way loses nothing; COMMIT after success
    // only so that a failure to end it is reported.
    const Error ended = execRaw(result.isError() ? u"ROLLBACK"_s : u"COMMIT"_s);
    m_statements->releaseForgotten();
    if (result.isError())
        return result;
    return ended;
}

void Database::bind(QSqlQuery& query, const QVariantList& values)
{
    for (int i = 0; i < values.size(); ++i) {
        const QVariant& value = values.at(i);
        // A default-constructed QString binds as SQL NULL; text columns want ''. A real NULL is
        // bound as an empty QVariant.
        if (value.userType() == QMetaType::QString && value.toString().isNull())
            query.bindValue(i, QString(u""_s));
        else
            query.bindValue(i, value);
    }
}

bool Database::streamsResults() const
{
    // QPSQL streams a forward-only result row by row from the server, and running any other
    // statement on the connection before the last row discards the rest without an error (Qt
    // only logs "Query results lost"): a read that calls a store mid-way would silently miss
    // rows. So on PostgreSQL a result is fetched whole when the statement runs; reads that can
    // be large come in pages. SQLite steps in place and has no such limit.
    return m_url.engine != DatabaseEngine::Postgres;
}

namespace {

std::atomic<QThread*> g_forbiddenThread { nullptr };
std::atomic_int g_forbiddenThreadCalls { 0 };

} // namespace

void Database::forbidThread(QThread* thread)
{
    g_forbiddenThread = thread;
    g_forbiddenThreadCalls = 0;
}

int Database::forbiddenThreadCalls()
{
    return g_forbiddenThreadCalls;
}

void Database::checkThread(const char* what)
{
    QThread* forbidden = g_forbiddenThread.load(std::memory_order_relaxed);
    if (forbidden && QThread::currentThread() == forbidden) {
        ++g_forbiddenThreadCalls;
        qWarning("moderation: %s on the GUI thread (a store call that can freeze the window)", what);
    }
}

Result<QSqlQuery> Database::exec(const QString& sql, const QVariantList& values) const
{
    checkThread("a statement");
    QSqlQuery query(connection());
    query.setForwardOnly(streamsResults());
    if (!query.prepare(sql))
        return errorFrom(query.lastError(), u"preparing a statement"_s);
    bind(query, values);
    if (!query.exec()) {
        const Error error = errorFrom(query.lastError(), u"running a statement"_s);
        // Freeing a PostgreSQL statement runs DEALLOCATE, which an aborted transaction refuses:
        // the statement is kept until the transaction has ended (see StatementCache::forget).
        if (inTransaction())
            m_statements->releaseAfterTransaction(std::move(query));
        return error;
    }
    return query;
}

Result<CachedQuery> Database::execCached(const QString& sql, const QVariantList& values) const
{
    checkThread("a statement");
    std::shared_ptr<CachedStatement> statement = m_statements->find(sql);
    const bool nested = statement && statement->inUse;
    if (!statement || nested) {
        statement = std::make_shared<CachedStatement>(sql, connection());
        statement->query.setForwardOnly(streamsResults());
        if (!statement->query.prepare(sql))
            return errorFrom(statement->query.lastError(), u"preparing a statement"_s);
        if (!nested)
            m_statements->insert(statement);
    }
    // A re-run with fewer values would silently reuse the last run's bindings for the rest.
    if (statement->valueCount >= 0 && statement->valueCount != values.size())
        return Error(Error::Code::Internal, u"a statement prepared for %1 values was run with %2"_s.arg(
                                                statement->valueCount).arg(values.size()));
    bind(statement->query, values);
    CachedQuery result(statement);
    if (!statement->query.exec()) {
        // Prepared again next time: a failure may have been the statement's own (a plan that no
        // longer fits the schema), not only the values'.
        m_statements->forget(statement, inTransaction());
        return errorFrom(statement->query.lastError(), u"running a statement"_s);
    }
    statement->valueCount = int(values.size());
    return result;
}

int Database::cachedStatementCount() const
{
    return m_statements->size();
}

int Database::statementCacheCapacity()
{
    return StatementCache::kDefaultCapacity;
}

Error Database::execRaw(const QString& sql) const
{
    checkThread("a statement");
    QSqlQuery query(connection());
    if (!query.exec(sql))
        return errorFrom(query.lastError(), u"running '%1'"_s.arg(sql.simplified().left(60)));
    return {};
}

Error Database::errorFrom(const QSqlError& sqlError, const QString& context) const
{
    const QString native = sqlError.nativeErrorCode();
    const QString text = sqlError.databaseText().isEmpty() ? sqlError.text() : sqlError.databaseText();
    Error::Code code = Error::Code::Internal;
    if (isSqlite()) {
        switch (native.toInt() & 0xff) {
        case kSqliteReadOnly: code = Error::Code::ReadOnly; break;
        case kSqliteCorrupt:
        case kSqliteNotADatabase: code = Error::Code::Corrupt; break;
        case kSqliteCantOpen: code = Error::Code::DatabaseUnreachable; break;
        case kSqliteConstraint: code = Error::Code::Refused; break;
        default: code = Error::Code::Internal; break;
        }
    } else if (sqlError.type() == QSqlError::ConnectionError) {
        return connectError(m_url, sqlError).prefixed(context);
    } else if (native == u"P0001"_s || native.startsWith(u"23"_s) || native == u"42501"_s) {
        code = Error::Code::Refused; // a trigger, a constraint or a grant said no
    } else if (native == u"25006"_s) {
        code = Error::Code::ReadOnly;
    } else if (native.startsWith(u"08"_s) || native.startsWith(u"57P"_s)) {
        code = Error::Code::DatabaseUnreachable;
    }
    if (code == Error::Code::ReadOnly)
        return Error(code, u"%1: the database %2 is read-only"_s.arg(context, m_url.toString()));
    return Error(code, u"%1: %2"_s.arg(context, text.trimmed()));
}

} // namespace moderation
