#include "SettingsGetCommand.h"

#include "storage/SettingsStore.h"

#include <QCryptographicHash>

using namespace Qt::StringLiterals;

namespace moderation::ctl {

void SettingsGetCommand::configure(QCommandLineParser& parser) const
{
    parser.addPositionalArgument(u"KEY"_s, u"The setting: %1."_s.arg(SettingsStore::keys().join(u", "_s)));
}

Result<QString> SettingsGetCommand::shown(Database& database, const QString& key, const QString& value)
{
    if (key != u"agency.logo"_s)
        return value;
    auto bytes = SettingsStore(database).agencyLogo();
    if (!bytes)
        return bytes.error();
    return u"%1, %2 bytes, sha256 %3"_s.arg(SettingsStore::logoMimeType(value))
        .arg(bytes->size())
        .arg(QString::fromLatin1(QCryptographicHash::hash(*bytes, QCryptographicHash::Sha256).toHex()));
}

int SettingsGetCommand::runWithDatabase(Database& database, const QCommandLineParser& parser,
                                        const GlobalOptions& global, CommandIo& io) const
{
    Q_UNUSED(global)
    const QStringList args = parser.positionalArguments();
    if (args.size() != 1)
        return usageError(u"expected one KEY"_s, io);
    const QString& key = args.first();
    auto value = SettingsStore(database).value(key);
    if (!value)
        return reportError(io, value.error());
    if (!value->has_value()) {
        io.err << "moderationctl: " << key << " is not set (moderationctl settings set " << key << " …)" << Qt::endl;
        return ExitOk;
    }
    auto shown = SettingsGetCommand::shown(database, key, **value);
    if (!shown)
        return reportError(io, shown.error());
    io.out << *shown << Qt::endl;
    return ExitOk;
}

} // namespace moderation::ctl
