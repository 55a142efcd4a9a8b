#pragma once

#include "DatabaseCommand.h"

namespace moderation::ctl {

// `moderationctl webhook serve --account NAME [--port N] [--bind ADDRESS]`: the Facebook Page
// webhook for sites that can expose an endpoint (behind a TLS reverse proxy); polling stays the
// default. Runs until SIGINT/SIGTERM.
class WebhookServeCommand final : public DatabaseCommand
{
public:
    QString name() const override { return QStringLiteral("webhook serve"); }
    QString summary() const override
    {
        return QStringLiteral("Receive a Facebook page's webhook deliveries (signed) and store their comments");
    }
    void configure(QCommandLineParser& parser) const override;

protected:
    int runWithDatabase(Database& database, const QCommandLineParser& parser, const GlobalOptions& global,
                        CommandIo& io) const override;
};

} // namespace moderation::ctl
