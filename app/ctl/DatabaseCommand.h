#pragma once

#include "Command.h"
#include "storage/Database.h"

#include <memory>

namespace moderation::ctl {

// A command that works on the store named by --db (default: the user's SQLite file), like
// KeePassXC's DatabaseCommand: opening, the password and the exit code of a failure live here.
class DatabaseCommand : public Command
{
public:
    int run(const QCommandLineParser& parser, const GlobalOptions& global, CommandIo& io) const final;

    // Opens and migrates the store. A PostgreSQL password comes from the first line of stdin with
    // --password-stdin, else from PGPASSWORD; never from the URL.
    static Result<std::unique_ptr<Database>> openDatabase(const GlobalOptions& global, CommandIo& io);

protected:
    virtual int runWithDatabase(
        Database& database, const QCommandLineParser& parser, const GlobalOptions& global, CommandIo& io) const = 0;

    // Writes "moderationctl NAME: message" to stderr and returns the error's exit code.
    int fail(const Error& error, CommandIo& io) const;
};

} // namespace moderation::ctl
