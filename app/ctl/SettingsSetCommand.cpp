#include "SettingsSetCommand.h"

#include "SettingsGetCommand.h"

#include "storage/SettingsStore.h"

using namespace Qt::StringLiterals;

namespace moderation::ctl {

namespace {

const QString kLogo = u"agency.logo"_s;

QString keysHelp()
{
    return u"The setting: %1."_s.arg(SettingsStore::keys().join(u", "_s));
}

} // namespace

void SettingsSetCommand::configure(QCommandLineParser& parser) const
{
    parser.addPositionalArgument(u"KEY"_s, keysHelp());
    parser.addPositionalArgument(u"VALUE"_s,
                                 u"The value: an IANA time zone (America/New_York), the agency's name, or for "
                                 "agency.logo the path of a PNG or JPEG file of at most 512 KiB."_s);
    parser.addOption(QCommandLineOption(
        u"as"_s, u"Who changes it, for the audit log: on a single-seat store any login (default: the system user); "
                 "on a shared site your own database role."_s,
        u"LOGIN"_s));
}

int SettingsSetCommand::runWithDatabase(Database& database, const QCommandLineParser& parser,
                                        const GlobalOptions& global, CommandIo& io) const
{
    Q_UNUSED(global)
    const QStringList args = parser.positionalArguments();
    if (args.size() != 2)
        return usageError(u"expected KEY VALUE"_s, io);
    const QString& key = args.at(0);
    QString value = args.at(1);
    if (key == kLogo) {
        auto fromFile = SettingsStore::logoValueFromFile(value);
        if (!fromFile)
            return reportError(io, fromFile.error());
        value = *fromFile;
    }
    auto actor = DatabaseCommand::actor(database, parser.value(u"as"_s));
    if (!actor)
        return reportError(io, actor.error());
    if (const Error error = SettingsStore(database).set(key, value, *actor); error.isError())
        return reportError(io, error);
    auto shown = SettingsGetCommand::shown(database, key, value);
    if (!shown)
        return reportError(io, shown.error());
    io.out << key << ": " << *shown << Qt::endl;
    return ExitOk;
}

} // namespace moderation::ctl
