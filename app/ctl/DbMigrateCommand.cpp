#include "DbMigrateCommand.h"

using namespace Qt::StringLiterals;

namespace moderation::ctl {

QString DbMigrateCommand::name() const
{
    return u"db migrate"_s;
}

QString DbMigrateCommand::summary() const
{
    return u"Create the database or bring its schema up to date; print the schema version"_s;
}

Database::OpenOptions DbMigrateCommand::openOptions() const
{
    Database::OpenOptions options;
    options.migrate = false;
    return options;
}

int DbMigrateCommand::runWithDatabase(Database& database, const QCommandLineParser& parser,
                                   const GlobalOptions& global, CommandIo& io) const
{
    Q_UNUSED(parser)
    Q_UNUSED(global)
    const Result<int> read = database.schemaVersion();
    if (!read)
        return reportError(io, read.error());
    const int before = *read;
    const int latest = Database::latestSchemaVersion();
    if (before > latest) {
        // Migrating "down" is not a thing; an older client must not touch a newer schema.
        return reportError(io, Error(Error::Code::Conflict,
                                     u"%1 has schema version %2, newer than this moderationctl knows (%3): "
                                     "upgrade moderationctl"_s.arg(database.url().toString())
                                         .arg(before)
                                         .arg(latest)));
    }
    if (Error error = database.migrate(); error.isError())
        return reportError(io, error.prefixed(u"migrating "_s + database.url().toString()));
    const Result<int> after = database.schemaVersion();
    if (!after)
        return reportError(io, after.error());
    if (*after == before)
        io.out << "schema version " << *after << " (already up to date)" << Qt::endl;
    else
        io.out << "schema version " << *after << " (migrated from " << before << ")" << Qt::endl;
    return ExitOk;
}

} // namespace moderation::ctl
