#pragma once

#include "DatabaseCommand.h"

namespace moderation::ctl {

// `moderationctl answers import`: import answers into the library (JSON or CSV); changed ones get a new version.
class AnswersImportCommand final : public DatabaseCommand
{
public:
    QString name() const override { return QStringLiteral("answers import"); }
    QString summary() const override { return QStringLiteral("Import answers into the library (JSON or CSV); changed ones get a new version"); }
    void configure(QCommandLineParser& parser) const override;

protected:
    int runWithDatabase(Database& database, const QCommandLineParser& parser, const GlobalOptions& global,
                        CommandIo& io) const override;
};

} // namespace moderation::ctl
