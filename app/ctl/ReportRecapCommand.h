#pragma once

#include "DatabaseCommand.h"

namespace moderation::ctl {

// `moderationctl report recap --hashtag TAG --from T --to T --format html|md --out PATH [--tz ZONE]`:
// the Office Hours recap (reports/OfficeHoursRecap). Times without an offset, and the times
// shown, are in the report's zone: --tz, else the site's timezone setting, else the active
// policy's, else UTC.
class ReportRecapCommand final : public DatabaseCommand
{
public:
    QString name() const override { return QStringLiteral("report recap"); }
    QString summary() const override
    {
        return QStringLiteral("Write the Office Hours recap: the questions asked under a hashtag and their approved answers");
    }
    void configure(QCommandLineParser& parser) const override;

protected:
    int runWithDatabase(Database& database, const QCommandLineParser& parser, const GlobalOptions& global,
                        CommandIo& io) const override;
};

} // namespace moderation::ctl
