#pragma once

#include "Command.h"

#include "storage/Database.h"

#include <memory>

namespace moderation::ctl {

// Base of every command that opens a database. It owns the rules all of them share: where the
// database is (--db URL, or the user's SQLite file), where a PostgreSQL password comes from
// (PGPASSWORD, or the first line of stdin with --password-stdin; never the URL), and how a
// failure to open is reported. Subclasses only say how to open and what to do once open.
class DatabaseCommand : public Command
{
public:
    int run(const QCommandLineParser& parser, const GlobalOptions& global, CommandIo& io) const final;

    // Opens the database the global options name, as every database command does (public for
    // tests). With --password-stdin it consumes stdin's first line, so call it once per run.
    static Result<std::unique_ptr<Database>> openDatabase(const GlobalOptions& global, CommandIo& io,
                                                          Database::OpenOptions options = {});

    // The password for a PostgreSQL URL: the first line of stdin with --password-stdin,
    // otherwise PGPASSWORD (empty when unset: libpq may still find ~/.pgpass).
    static Result<QString> password(const GlobalOptions& global, CommandIo& io);

    // Who acts, for the audit log. On a shared PostgreSQL site it is the connection's database
    // role, never free text: an --as that names someone else is a usage error (exit 2). On a
    // single-seat store, --as or else the operating-system user.
    static Result<QString> actor(Database& database, const QString& requested);

protected:
    // How this command opens the store: by default read-write, migrating pending migrations.
    virtual Database::OpenOptions openOptions() const { return {}; }
    virtual int runWithDatabase(Database& database, const QCommandLineParser& parser, const GlobalOptions& global,
                                CommandIo& io) const = 0;
};

} // namespace moderation::ctl
