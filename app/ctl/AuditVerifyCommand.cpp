#include "AuditVerifyCommand.h"

#include "storage/AuditStore.h"

using namespace Qt::StringLiterals;

namespace moderation::ctl {

QString AuditVerifyCommand::name() const
{
    return u"audit verify"_s;
}

QString AuditVerifyCommand::summary() const
{
    return u"Check the audit log's hash chain: exit 0 if intact, 1 naming the first altered row"_s;
}

Database::OpenOptions AuditVerifyCommand::openOptions() const
{
    Database::OpenOptions options;
    options.readOnly = true;
    options.migrate = false;
    return options;
}

int AuditVerifyCommand::runWithDatabase(Database& database, const QCommandLineParser& parser,
                                   const GlobalOptions& global, CommandIo& io) const
{
    Q_UNUSED(parser)
    Q_UNUSED(global)
    const Result<int> schema = database.schemaVersion();
    if (!schema)
        return reportError(io, schema.error());
    if (*schema == 0)
        return reportError(io, Error(Error::Code::NotFound,
                                     u"%1 has no Moderation Desk schema (run moderationctl db migrate first)"_s.arg(
                                         database.url().toString())));
    auto verification = AuditStore(database).verify();
    if (!verification)
        return reportError(io, verification.error().prefixed(u"reading the audit log"_s));
    if (!verification->intact) {
        return reportError(io, Error(Error::Code::Integrity,
                                     u"audit log broken at seq %1: %2 (%3 rows checked up to it)"_s
                                         .arg(verification->firstBadSeq)
                                         .arg(verification->problem)
                                         .arg(verification->rowsChecked)));
    }
    io.out << "audit log intact: " << verification->rowsChecked
           << (verification->rowsChecked == 1 ? " row checked" : " rows checked") << Qt::endl;
    return ExitOk;
}

} // namespace moderation::ctl
