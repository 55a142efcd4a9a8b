#pragma once

#include "DatabaseCommand.h"

namespace moderation::ctl {

// `moderationctl settings get KEY`: the value (the logo as "image/png, N bytes, sha256 HEX");
// nothing on stdout when unset.
class SettingsGetCommand final : public DatabaseCommand
{
public:
    QString name() const override { return QStringLiteral("settings get"); }
    QString summary() const override { return QStringLiteral("Print one of the site's settings"); }
    void configure(QCommandLineParser& parser) const override;

    // What `settings get` prints for a stored value (public for `settings set`, which prints it too).
    static Result<QString> shown(Database& database, const QString& key, const QString& value);

protected:
    int runWithDatabase(Database& database, const QCommandLineParser& parser, const GlobalOptions& global,
                        CommandIo& io) const override;
};

} // namespace moderation::ctl
