#pragma once

#include "DatabaseCommand.h"

namespace moderation::ctl {

// `moderationctl events list [--when upcoming|current|past|all] [--format table|json]`: the Office
// Hours events, with their windows in UTC and their zones. Anyone may read them.
class EventsListCommand final : public DatabaseCommand
{
public:
    QString name() const override { return QStringLiteral("events list"); }
    QString summary() const override { return QStringLiteral("List the Office Hours events"); }
    void configure(QCommandLineParser& parser) const override;

protected:
    int runWithDatabase(Database& database, const QCommandLineParser& parser, const GlobalOptions& global,
                        CommandIo& io) const override;
};

} // namespace moderation::ctl
