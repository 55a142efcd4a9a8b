#pragma once

#include "model/Error.h"

#include <QCommandLineParser>
#include <QStringList>
#include <QTextStream>

#include <memory>

namespace moderation::ctl {

// Exit codes of the moderationctl contract (DESIGN.md).
enum ExitCode : int {
    ExitOk = 0,
    ExitVerificationFailed = 1,
    ExitBadInput = 2,
    ExitEnvironment = 3,
};

int exitCodeFor(const Error& error);

// The streams a command reads and writes; tests give it buffers.
struct CommandIo
{
    QTextStream& out;
    QTextStream& err;
    QTextStream& in;
    QIODevice* inDevice = nullptr; // raw stdin for byte-exact readers (JSON lines); may be null
};

// The one way a failure is reported: one line, "moderationctl: …", whatever the driver or the
// platform put in its text, and the exit code of its category (exitCodeFor): 2 for input and
// usage, 3 for the environment, 1 for a failed verification. Commands whose output is a list of
// problems (policy check, classify's bad lines) print those themselves, one line each.
int reportError(CommandIo& io, const Error& error);

// Options every command understands.
struct GlobalOptions
{
    QString databaseUrl; // --db; empty means the user's SQLite file
    bool passwordFromStdin = false; // --password-stdin
};

// One class per command, KeePassXC-style: its name, its help and its exit codes live here.
class Command
{
public:
    virtual ~Command() = default;

    // "db migrate", "audit verify", "policy check", …
    virtual QString name() const = 0;
    virtual QString summary() const = 0;
    // Adds the command's own options and positional arguments.
    virtual void configure(QCommandLineParser& parser) const { Q_UNUSED(parser) }
    virtual int run(const QCommandLineParser& parser, const GlobalOptions& global, CommandIo& io) const = 0;

protected:
    // reportError, for a command's own failures.
    int fail(const Error& error, CommandIo& io) const { return reportError(io, error); }
    // A usage error of this command: "moderationctl: NAME: WHAT (see moderationctl NAME --help)".
    int usageError(const QString& what, CommandIo& io) const;
};

using CommandList = std::vector<std::unique_ptr<Command>>;

// Every command moderationctl knows, in help order.
CommandList allCommands();

// The whole CLI, callable from tests: arguments without the program name.
int runCtl(const QStringList& arguments, CommandIo& io);

} // namespace moderation::ctl
