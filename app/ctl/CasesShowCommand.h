#pragma once

#include "WorkCommand.h"

namespace moderation::ctl {

// `moderationctl cases show`: show a case: comment, decision, drafts and reviews.
class CasesShowCommand final : public WorkCommand
{
public:
    QString name() const override { return QStringLiteral("cases show"); }
    QString summary() const override { return QStringLiteral("Show a case: comment, decision, drafts and reviews"); }

protected:
    void configureWork(QCommandLineParser& parser) const override;
    int runWork(Database& database, const QCommandLineParser& parser, const User& actor, CommandIo& io) const override;
};

} // namespace moderation::ctl
