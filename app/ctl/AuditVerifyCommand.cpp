#include "AuditVerifyCommand.h"

#include "credentials/CredentialNames.h"
#include "credentials/KeychainCredentialStore.h"
#include "storage/AuditStore.h"
#include "sync/CheckpointVerifier.h"

using namespace Qt::StringLiterals;

namespace moderation::ctl {

QString AuditVerifyCommand::name() const
{
    return u"audit verify"_s;
}

QString AuditVerifyCommand::summary() const
{
    return u"Check the audit log's hash chain and print its head: exit 0 if intact, 1 naming the first altered row"_s;
}

void AuditVerifyCommand::configure(QCommandLineParser& parser) const
{
    parser.addOption(QCommandLineOption(
        u"expect-head"_s,
        u"Also check that the head printed by an earlier run, a report or a records manifest is still in the log, "
        "unchanged (exit 1 when it is gone, changed or beyond the log's end)."_s,
        u"SEQ:HASH"_s));
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
    Q_UNUSED(global)
    std::optional<AuditHead> expected;
    if (parser.isSet(u"expect-head"_s)) {
        auto anchor = AuditAnchor::parse(parser.value(u"expect-head"_s));
        if (!anchor)
            return reportError(io, anchor.error().prefixed(u"--expect-head"_s));
        expected = *anchor;
    }
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
    const AuditHead& head = verification->head;
    if (expected) {
        auto atAnchor = AuditStore(database).hashAt(expected->seq);
        if (!atAnchor)
            return reportError(io, atAnchor.error());
        const QString problem = AuditAnchor::check(*expected, *atAnchor, head);
        if (!problem.isEmpty())
            return reportError(io, Error(Error::Code::Integrity, u"audit log lost its expected head: "_s + problem));
    }
    // The signed checkpoints, where this machine holds the key (the sync host's keychain).
    KeychainCredentialStore keychain;
    const QString identity = CredentialNames::storeIdentity(database.url().identity());
    auto checkpoints = verifyCheckpoints(database, &keychain, identity);
    if (!checkpoints)
        return reportError(io, checkpoints.error().prefixed(u"reading the audit checkpoints"_s));
    if (!checkpoints->ok())
        return reportError(io, Error(Error::Code::Integrity, u"audit log disagrees with a signed checkpoint: "_s
                                                                 + checkpoints->problem));
    io.out << "audit log intact: " << verification->rowsChecked
           << (verification->rowsChecked == 1 ? " row checked" : " rows checked") << '\n';
    io.out << "head: " << head.toString() << '\n';
    if (expected)
        io.out << "expected head " << expected->seq << " found unchanged\n";
    if (checkpoints->checkpoints == 0)
        io.out << "checkpoints: none yet (sync signs one a day)\n";
    else if (!checkpoints->keyAvailable)
        io.out << "checkpoints not checked: no key on this machine (" << checkpoints->checkpoints << " stored)\n";
    else
        io.out << "checkpoints: " << checkpoints->checked << " of " << checkpoints->checkpoints << " verified"
               << (checkpoints->otherKey ? u", %1 signed by a key this machine does not hold"_s.arg(checkpoints->otherKey)
                                         : QString())
               << '\n';
    io.out.flush();
    return ExitOk;
}

} // namespace moderation::ctl
