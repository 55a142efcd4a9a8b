#pragma once

#include "model/Error.h"

#include <QString>

namespace moderation {

enum class DatabaseEngine { Sqlite, Postgres };

// Where a store lives: "sqlite:PATH" or "postgresql://USER@HOST:PORT/DB[?sslmode=MODE
// [&sslrootcert=FILE]]". A password never appears in the URL (it comes from PGPASSWORD or
// stdin): a URL that carries one is refused without being echoed, so a URL can be logged and
// shown. TLS settings are honoured, never dropped: an unknown parameter is refused.
struct DatabaseUrl
{
    DatabaseEngine engine = DatabaseEngine::Sqlite;
    QString path; // sqlite
    QString user; // postgresql
    QString host;
    int port = 5432;
    QString database;
    QString sslMode; // libpq's sslmode (disable … verify-full); empty: libpq's default
    QString sslRootCert; // a CA certificate file for verify-ca / verify-full

    static Result<DatabaseUrl> parse(const QString& text);
    // The single-seat default: a SQLite file in the user's data folder (QStandardPaths).
    static DatabaseUrl defaultLocal();

    QString toString() const;
    // Which store this is, whoever connects: the SQLite file's absolute path, or the PostgreSQL
    // server and database without the user. Names the store's secrets in the keychain.
    QString identity() const;
};

} // namespace moderation
