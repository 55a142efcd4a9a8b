#pragma once

#include "WorkCommand.h"

namespace moderation::ctl {

// `moderationctl cases next`: take the most urgent case of your queues (prints its id).
class CasesNextCommand final : public WorkCommand
{
public:
    QString name() const override { return QStringLiteral("cases next"); }
    QString summary() const override { return QStringLiteral("Take the most urgent case of your queues (prints its id)"); }

protected:
    void configureWork(QCommandLineParser& parser) const override;
    int runWork(Database& database, const QCommandLineParser& parser, const User& actor, CommandIo& io) const override;
};

} // namespace moderation::ctl
