#pragma once

#include "model/Error.h"

#include <QString>

namespace moderation {

enum class DatabaseEngine { Sqlite, Postgres };

// Where a store lives: "sqlite:PATH" or "postgresql://USER@HOST:PORT/DB". A password never
// appears in the URL (it comes from PGPASSWORD or stdin), so a URL can be logged and shown.
struct DatabaseUrl
{
    DatabaseEngine engine = DatabaseEngine::Sqlite;
    QString path; // sqlite
    QString user; // postgresql
    QString host;
    int port = 5432;
    QString database;

    static Result<DatabaseUrl> parse(const QString& text);
    // The single-seat default: a SQLite file in the user's data folder (QStandardPaths).
    static DatabaseUrl defaultLocal();

    QString toString() const;
};

} // namespace moderation
