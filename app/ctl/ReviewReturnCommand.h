#pragma once

#include "WorkCommand.h"

namespace moderation::ctl {

// `moderationctl review return`: return a draft to its author with a reason.
class ReviewReturnCommand final : public WorkCommand
{
public:
    QString name() const override { return QStringLiteral("review return"); }
    QString summary() const override { return QStringLiteral("Return a draft to its author with a reason"); }

protected:
    void configureWork(QCommandLineParser& parser) const override;
    int runWork(Database& database, const QCommandLineParser& parser, const User& actor, CommandIo& io) const override;
};

} // namespace moderation::ctl
