#include "DatabaseCommand.h"

using namespace Qt::StringLiterals;

namespace moderation::ctl {

Result<QString> DatabaseCommand::password(const GlobalOptions& global, CommandIo& io)
{
    if (!global.passwordFromStdin)
        return qEnvironmentVariable("PGPASSWORD");
    QString line = io.in.readLine();
    if (line.endsWith(u'\r'))
        line.chop(1);
    if (line.isEmpty())
        return Error(Error::Code::Usage, u"--password-stdin: no password on the first line of stdin"_s);
    return line;
}

Result<QString> DatabaseCommand::actor(Database& database, const QString& requested)
{
    if (database.isSqlite())
        return requested.isEmpty() ? qEnvironmentVariable("USER", u"moderationctl"_s) : requested;
    auto role = database.exec(u"SELECT session_user"_s);
    if (!role)
        return role.error().prefixed(u"reading the connection's role"_s);
    if (!role->next())
        return Error(Error::Code::Internal, u"reading the connection's role: no row"_s);
    const QString name = role->value(0).toString();
    if (!requested.isEmpty() && requested != name)
        return Error(Error::Code::Usage,
                     u"--as %1: on a shared site you act as your database role (%2); sign in as %1 to act as them"_s
                         .arg(requested, name));
    return name;
}

Result<std::unique_ptr<Database>> DatabaseCommand::openDatabase(const GlobalOptions& global, CommandIo& io,
                                                                Database::OpenOptions options)
{
    DatabaseUrl url = DatabaseUrl::defaultLocal();
    if (!global.databaseUrl.isEmpty()) {
        auto parsed = DatabaseUrl::parse(global.databaseUrl);
        if (!parsed)
            return parsed.error();
        url = *parsed;
    }
    if (url.engine == DatabaseEngine::Postgres) {
        auto secret = password(global, io);
        if (!secret)
            return secret.error();
        options.password = *secret;
    } else if (global.passwordFromStdin) {
        return Error(Error::Code::Usage,
                     u"--password-stdin applies to PostgreSQL only; %1 is a SQLite file"_s.arg(url.toString()));
    }
    return Database::open(url, options);
}

int DatabaseCommand::run(const QCommandLineParser& parser, const GlobalOptions& global, CommandIo& io) const
{
    auto database = openDatabase(global, io, openOptions());
    if (!database)
        return reportError(io, database.error());
    return runWithDatabase(**database, parser, global, io);
}

} // namespace moderation::ctl
