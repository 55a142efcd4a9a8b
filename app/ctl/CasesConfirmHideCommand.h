#pragma once

#include "WorkCommand.h"

namespace moderation::ctl {

// `moderationctl cases confirm-hide`: agree with a proposed hide: the comment is hidden, no review needed.
class CasesConfirmHideCommand final : public WorkCommand
{
public:
    QString name() const override { return QStringLiteral("cases confirm-hide"); }
    QString summary() const override { return QStringLiteral("Agree with a proposed hide: the comment is hidden, no review needed"); }

protected:
    void configureWork(QCommandLineParser& parser) const override;
    int runWork(Database& database, const QCommandLineParser& parser, const User& actor, CommandIo& io) const override;
};

} // namespace moderation::ctl
