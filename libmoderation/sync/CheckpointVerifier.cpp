#include "sync/CheckpointVerifier.h"

#include "audit/CheckpointMac.h"
#include "credentials/CredentialNames.h"
#include "credentials/CredentialStore.h"
#include "storage/AuditStore.h"
#include "storage/CheckpointStore.h"
#include "storage/Database.h"

using namespace Qt::StringLiterals;

namespace moderation {

Result<CheckpointCheck> verifyCheckpoints(Database& database, CredentialStore* credentials,
                                          const QString& storeIdentity)
{
    CheckpointCheck check;
    // A store from before checkpoints (opened read-only, not migrated) has none.
    if (!database.connection().tables().contains(u"audit_checkpoints"_s))
        return check;
    auto checkpoints = CheckpointStore(database).list();
    if (!checkpoints)
        return checkpoints.error();
    check.checkpoints = int(checkpoints->size());
    if (checkpoints->isEmpty() || !credentials)
        return check;
    auto key = credentials->read(CredentialNames::checkpointKey(storeIdentity));
    if (!key) {
        if (key.error().code() == Error::Code::NotFound || key.error().code() == Error::Code::CredentialsMissing)
            return check; // no key here: say so, check nothing
        return key.error();
    }
    check.keyAvailable = true;
    const QString keyId = CheckpointMac::keyId(*key);
    AuditStore audit(database);
    for (const AuditCheckpoint& checkpoint : *checkpoints) {
        if (checkpoint.keyId != keyId) {
            ++check.otherKey;
            continue;
        }
        if (!CheckpointMac::matches(*key, checkpoint.day, checkpoint.seq, checkpoint.hash, checkpoint.mac)) {
            check.problem = u"the checkpoint of %1 (seq %2) does not carry a valid signature"_s.arg(checkpoint.day)
                                .arg(checkpoint.seq);
            return check;
        }
        auto hash = audit.hashAt(checkpoint.seq);
        if (!hash)
            return hash.error();
        if (!*hash) {
            check.problem = u"the checkpoint of %1 signed seq %2, which is no longer in the log (truncated)"_s
                                .arg(checkpoint.day)
                                .arg(checkpoint.seq);
            return check;
        }
        if (**hash != checkpoint.hash) {
            check.problem = u"the checkpoint of %1 signed seq %2 with hash %3, the log now has %4 (recomputed)"_s
                                .arg(checkpoint.day)
                                .arg(checkpoint.seq)
                                .arg(checkpoint.hash, **hash);
            return check;
        }
        ++check.checked;
    }
    return check;
}

} // namespace moderation
