#include "DatabaseCommand.h"

using namespace Qt::StringLiterals;

namespace moderation::ctl {

Result<std::unique_ptr<Database>> DatabaseCommand::openDatabase(const GlobalOptions& global, CommandIo& io)
{
    DatabaseUrl url = DatabaseUrl::defaultLocal();
    if (!global.databaseUrl.isEmpty()) {
        auto parsed = DatabaseUrl::parse(global.databaseUrl);
        if (!parsed)
            return parsed.error();
        url = *parsed;
    }
    Database::OpenOptions options;
    if (url.engine == DatabaseEngine::Postgres) {
        if (global.passwordFromStdin) {
            const QString line = io.in.readLine();
            if (line.isNull())
                return Error(Error::Code::Usage,
                    u"--password-stdin: stdin is empty, expected the password on its "
                    "first line"_s);
            options.password = line;
        } else {
            options.password = qEnvironmentVariable("PGPASSWORD");
        }
    }
    return Database::open(url, options);
}

int DatabaseCommand::run(const QCommandLineParser& parser, const GlobalOptions& global, CommandIo& io) const
{
    auto database = openDatabase(global, io);
    if (!database)
        return fail(database.error(), io);
    return runWithDatabase(**database, parser, global, io);
}

int DatabaseCommand::fail(const Error& error, CommandIo& io) const
{
    io.err << "moderationctl " << name() << ": " << error.toString() << Qt::endl;
    return exitCodeFor(error);
}

} // namespace moderation::ctl
