#pragma once

#include "DatabaseCommand.h"

namespace moderation::ctl {

// `moderationctl settings set KEY VALUE [--as LOGIN]`: one of the site's settings (timezone,
// agency.name; agency.logo from an image FILE), checked, stored and audited. On a shared site
// only supervisors and admins may (the database's grants).
class SettingsSetCommand final : public DatabaseCommand
{
public:
    QString name() const override { return QStringLiteral("settings set"); }
    QString summary() const override
    {
        return QStringLiteral("Set the site's time zone for reports, or the agency's name or logo (a PNG or JPEG file)");
    }
    void configure(QCommandLineParser& parser) const override;

protected:
    int runWithDatabase(Database& database, const QCommandLineParser& parser, const GlobalOptions& global,
                        CommandIo& io) const override;
};

} // namespace moderation::ctl
