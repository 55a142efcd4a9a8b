#pragma once

#include "WorkCommand.h"

namespace moderation::ctl {

// `moderationctl cases reclassify`: a person's decision on a case's comment, with a reason, kept
// beside the policy's; the case follows it (respond: stays open, ignore: closed, escalate: to
// --queue, hide: the hide queued and the case closed).
class CasesReclassifyCommand final : public WorkCommand
{
public:
    QString name() const override { return QStringLiteral("cases reclassify"); }
    QString summary() const override
    {
        return QStringLiteral("Decide a case's comment again (respond, ignore, escalate, hide), with a reason");
    }

protected:
    void configureWork(QCommandLineParser& parser) const override;
    int runWork(Database& database, const QCommandLineParser& parser, const User& actor, CommandIo& io) const override;
};

} // namespace moderation::ctl
