#pragma once

#include "DatabaseCommand.h"

namespace moderation::ctl {

// `moderationctl answers list`: list the answer library.
class AnswersListCommand final : public DatabaseCommand
{
public:
    QString name() const override { return QStringLiteral("answers list"); }
    QString summary() const override { return QStringLiteral("List the answer library"); }
    void configure(QCommandLineParser& parser) const override;

protected:
    int runWithDatabase(Database& database, const QCommandLineParser& parser, const GlobalOptions& global,
                        CommandIo& io) const override;
};

} // namespace moderation::ctl
