#include "Command.h"
#include "DatabaseCommand.h"

#include "Version.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace moderation::ctl {

int reportError(CommandIo& io, const Error& error)
{
    // One line, whatever the driver put in its text: scripts grep it, people read it.
    QString line = error.toString().simplified();
    if (line.isEmpty())
        line = u"failed (%1)"_s.arg(Error::codeName(error.code()));
    io.err << "moderationctl: " << line << Qt::endl;
    return exitCodeFor(error);
}

int Command::usageError(const QString& what, CommandIo& io) const
{
    return reportError(io, Error(Error::Code::Usage, u"%1: %2 (see moderationctl %1 --help)"_s.arg(name(), what)));
}

int exitCodeFor(const Error& error)
{
    if (!error.isError())
        return ExitOk;
    if (error.code() == Error::Code::Integrity)
        return ExitVerificationFailed;
    return error.isEnvironmental() ? ExitEnvironment : ExitBadInput;
}

namespace {

QString usageText(const CommandList& commands)
{
    QString text = u"Usage: moderationctl [--db URL] [--password-stdin] COMMAND [options]\n\n"
                   "Moderation Desk's command-line client: the same library as the desktop app, no display needed.\n\n"
                   "Global options:\n"
                   "  --db URL            sqlite:PATH or postgresql://USER@HOST:PORT/DB (default: the user's SQLite file)\n"
                   "  --password-stdin    read the PostgreSQL password from the first line of stdin (or set PGPASSWORD)\n"
                   "  -h, --help          show this help, or a command's help after the command\n"
                   "  -v, --version       show the version\n\n"
                   "Commands:\n"_s;
    for (const auto& command : commands)
        text += u"  %1%2\n"_s.arg(command->name(), -20).arg(command->summary());
    text += u"\nExit codes: 0 ok; 1 a verification found a problem in stored data; 2 bad input or usage;\n"
            "3 environment (database or network unreachable, wrong password, read-only or corrupt database).\n"_s;
    return text;
}

// QCommandLineParser names the running executable in its usage line (a test binary, in tests);
// the help should show the command as typed.
QString commandHelp(const Command& command, const QCommandLineParser& parser)
{
    QString help = parser.helpText();
    const QString executable = QCoreApplication::instance() ? QCoreApplication::arguments().value(0) : QString();
    const qsizetype lineEnd = help.indexOf(u'\n');
    QString usage = help.left(lineEnd);
    const QString prefix = u"Usage: "_s + executable;
    if (!executable.isEmpty() && usage.startsWith(prefix))
        usage = u"Usage: moderationctl "_s + command.name() + usage.mid(prefix.size());
    help = usage + help.mid(lineEnd);
    help += u"\nExit codes: 0 ok; 1 a verification found a problem in stored data; 2 bad input or usage;\n"
            "3 environment (database or network unreachable, wrong password, read-only or corrupt database).\n"_s;
    return help;
}

} // namespace

int runCtl(const QStringList& arguments, CommandIo& io)
{
    const CommandList commands = allCommands();

    // Global options come before the command words.
    GlobalOptions global;
    int index = 0;
    bool wantHelp = false;
    while (index < arguments.size() && arguments.at(index).startsWith(u'-')) {
        const QString& arg = arguments.at(index);
        if (arg == u"--db"_s && index + 1 < arguments.size()) {
            global.databaseUrl = arguments.at(++index);
        } else if (arg.startsWith(u"--db="_s)) {
            global.databaseUrl = arg.mid(5);
        } else if (arg == u"--password-stdin"_s) {
            global.passwordFromStdin = true;
        } else if (arg == u"--help"_s || arg == u"-h"_s) {
            wantHelp = true;
        } else if (arg == u"--version"_s || arg == u"-v"_s) {
            io.out << "moderationctl " << MODERATION_VERSION << Qt::endl;
            return ExitOk;
        } else {
            return reportError(io, Error(Error::Code::Usage,
                                         u"unknown option '%1' (see moderationctl --help)"_s.arg(arg)));
        }
        ++index;
    }

    const QStringList rest = arguments.mid(index);
    if (rest.isEmpty()) {
        if (wantHelp) {
            io.out << usageText(commands);
            return ExitOk;
        }
        io.err << usageText(commands);
        return ExitBadInput;
    }

    // The longest command name that prefixes the words ("policy check" before "policy").
    const Command* chosen = nullptr;
    int chosenWords = 0;
    for (const auto& command : commands) {
        const QStringList words = command->name().split(u' ');
        if (words.size() <= rest.size() && rest.mid(0, words.size()) == words && words.size() > chosenWords) {
            chosen = command.get();
            chosenWords = int(words.size());
        }
    }
    if (!chosen) {
        return reportError(io, Error(Error::Code::Usage, u"unknown command '%1' (see moderationctl --help)"_s.arg(
                                                               rest.join(u' '))));
    }

    QCommandLineParser parser;
    parser.setApplicationDescription(chosen->summary());
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption helpOption({ u"h"_s, u"help"_s }, u"Show this command's help."_s);
    parser.addOption(helpOption);
    // A database command also takes the global database options after its words ("db migrate
    // --db URL"), since that is where people type them; a command that reads only files does not
    // list them.
    const bool opensDatabase = dynamic_cast<const DatabaseCommand*>(chosen) != nullptr;
    const QCommandLineOption dbOption(u"db"_s, u"sqlite:PATH or postgresql://USER@HOST:PORT/DB."_s, u"URL"_s);
    const QCommandLineOption passwordStdinOption(
        u"password-stdin"_s, u"Read the PostgreSQL password from the first line of stdin (or set PGPASSWORD)."_s);
    if (opensDatabase) {
        parser.addOption(dbOption);
        parser.addOption(passwordStdinOption);
    }
    chosen->configure(parser);

    QStringList commandArgs { u"moderationctl "_s + chosen->name() };
    commandArgs += rest.mid(chosenWords);
    if (!parser.parse(commandArgs)) {
        QString why = parser.errorText();
        if (why.endsWith(u'.'))
            why.chop(1);
        return reportError(io, Error(Error::Code::Usage, u"%1: %2 (see moderationctl %1 --help)"_s.arg(
                                                               chosen->name(), why)));
    }
    if (wantHelp || parser.isSet(helpOption)) {
        io.out << commandHelp(*chosen, parser);
        return ExitOk;
    }
    if (opensDatabase && parser.isSet(dbOption))
        global.databaseUrl = parser.value(dbOption);
    if (opensDatabase && parser.isSet(passwordStdinOption))
        global.passwordFromStdin = true;
    return chosen->run(parser, global, io);
}

} // namespace moderation::ctl
