#pragma once

#include "DatabaseCommand.h"

#include "model/Case.h"
#include "model/User.h"

#include <QJsonObject>

namespace moderation::ctl {

// Base of the work verbs (DESIGN.md CLI contract): `--as LOGIN` names who acts (single seat: a
// user of the store; shared site: it must be the connection's database role, else exit 2) and
// `--json` asks for JSON instead of the bare id. A verb prints only the new or chosen id.
class WorkCommand : public DatabaseCommand
{
public:
    void configure(QCommandLineParser& parser) const final;

protected:
    // The verb's own options and arguments.
    virtual void configureWork(QCommandLineParser& parser) const { Q_UNUSED(parser) }
    // The work, for `actor` (a user of the store).
    virtual int runWork(Database& database, const QCommandLineParser& parser, const User& actor, CommandIo& io) const = 0;

    int runWithDatabase(Database& database, const QCommandLineParser& parser, const GlobalOptions& global,
                        CommandIo& io) const final;

    // The one positional id (CASE, DRAFT), or a usage error.
    Result<qint64> idArgument(const QCommandLineParser& parser, const QString& what) const;
    // A required option's value, or a usage error.
    Result<QString> required(const QCommandLineParser& parser, const QString& option) const;
    // The id on stdout, or {"id":…} with --json.
    int printId(const QCommandLineParser& parser, CommandIo& io, const QString& key, qint64 id) const;

    // The case as scripts read it; its SLA standing at `now`.
    static QJsonObject caseJson(const Case& c, const QDateTime& now);
    // Refused unless the actor holds the case or is a supervisor: "only its holder or a
    // supervisor <verb> it" (NotFound for an unknown case).
    static Error holderOrSupervisor(Database& database, qint64 caseId, const User& actor, const QString& verb);
};

} // namespace moderation::ctl
