#pragma once

#include "DatabaseCommand.h"

#include "reports/ReportPeriod.h"

namespace moderation::ctl {

// `moderationctl report daily|weekly|monthly --date D [--tz ZONE] --format csv|pdf|html --out PATH`
// (DESIGN.md "CLI contract"): the supervisors' report, often from a scheduled task.
class ReportCommand final : public DatabaseCommand
{
public:
    explicit ReportCommand(ReportKind kind)
        : m_kind(kind)
    {
    }
    QString name() const override { return QStringLiteral("report ") + toString(m_kind); }
    QString summary() const override;
    void configure(QCommandLineParser& parser) const override;

protected:
    int runWithDatabase(Database& database, const QCommandLineParser& parser, const GlobalOptions& global,
                        CommandIo& io) const override;

private:
    ReportKind m_kind;
};

} // namespace moderation::ctl
