#pragma once

#include "model/Error.h"

#include <QString>

namespace moderation {

class CredentialStore;
class Database;

// What checking the audit log's signed checkpoints found (`audit verify`).
struct CheckpointCheck
{
    int checkpoints = 0; // stored
    int checked = 0; // verified with the key at hand
    int otherKey = 0; // signed by a key this machine does not hold: not checkable here
    bool keyAvailable = false; // false: "checkpoints not checked: no key on this machine"
    QString problem; // the first disagreement, empty when none
    bool ok() const { return problem.isEmpty(); }
};

// Each checkpoint's MAC is recomputed with the key from `credentials` and its (seq, hash) looked
// up in the log: a truncated log (seq beyond the end), a recomputed chain (another hash at seq)
// or a forged checkpoint (MAC mismatch) is a problem. Without a key nothing is checked and that
// is not a problem: the chain itself is verified separately.
Result<CheckpointCheck> verifyCheckpoints(Database& database, CredentialStore* credentials,
                                          const QString& storeIdentity);

} // namespace moderation
