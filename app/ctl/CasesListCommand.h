#pragma once

#include "WorkCommand.h"

namespace moderation::ctl {

// `moderationctl cases list`: list cases: by state, queue, assignee or deadline.
class CasesListCommand final : public WorkCommand
{
public:
    QString name() const override { return QStringLiteral("cases list"); }
    QString summary() const override { return QStringLiteral("List cases: by state, queue, assignee or deadline"); }

protected:
    void configureWork(QCommandLineParser& parser) const override;
    int runWork(Database& database, const QCommandLineParser& parser, const User& actor, CommandIo& io) const override;
};

} // namespace moderation::ctl
