#pragma once

#include "WorkCommand.h"

namespace moderation::ctl {

// `moderationctl cases reject-hide`: disagree with a proposed hide, with a reason: nothing is hidden.
class CasesRejectHideCommand final : public WorkCommand
{
public:
    QString name() const override { return QStringLiteral("cases reject-hide"); }
    QString summary() const override { return QStringLiteral("Disagree with a proposed hide, with a reason: nothing is hidden"); }

protected:
    void configureWork(QCommandLineParser& parser) const override;
    int runWork(Database& database, const QCommandLineParser& parser, const User& actor, CommandIo& io) const override;
};

} // namespace moderation::ctl
