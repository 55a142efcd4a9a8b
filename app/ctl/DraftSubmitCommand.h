#pragma once

#include "WorkCommand.h"

namespace moderation::ctl {

// `moderationctl draft submit`: submit a reply to a case you hold for review (prints the draft id).
class DraftSubmitCommand final : public WorkCommand
{
public:
    QString name() const override { return QStringLiteral("draft submit"); }
    QString summary() const override { return QStringLiteral("Submit a reply to a case you hold for review (prints the draft id)"); }

protected:
    void configureWork(QCommandLineParser& parser) const override;
    int runWork(Database& database, const QCommandLineParser& parser, const User& actor, CommandIo& io) const override;

private:
    // The library's answer `key` with its variables filled in for the case's comment.
    static Result<QString> filledAnswer(Database& database, qint64 caseId, const QString& key);
};

} // namespace moderation::ctl
