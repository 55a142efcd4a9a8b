#pragma once

#include "model/Error.h"
#include "model/PolicyVersion.h"
#include "routing/SlaClock.h"

#include <memory>
#include <optional>

namespace moderation {

class AuthorActivity;
struct Comment;
struct Decision;
class Database;
class PolicyEngine;

struct TriageResult
{
    int decided = 0;
    int casesOpened = 0; // respond, escalate, and proposed hides (an agent confirms them)
    int casesRerouted = 0; // an edited comment's unheld case moved to its new queue, priority, deadline
    int casesFlagged = 0; // an edited comment's held case: the new decision recorded on it
    int hidesQueued = 0; // automatic hides, straight to the outbox
    int ignored = 0;
    int slaBreached = 0; // cases the SLA sweep after the run found past their deadline
};

// The policy step of the pipeline (DESIGN.md "Data flow"): stored comment -> Decision ->
// a case for an agent, a hide in the outbox, or nothing. Each batch is one transaction, so a
// decision never exists without the work it implies, and every step is audited.
class Triage
{
public:
    Triage(Database& database, std::shared_ptr<const PolicyEngine> engine, std::optional<qint64> policyVersionId);

    // Who answers the `repeat` predicate: by default the store (StoreAuthorActivity). A failure
    // to count (AuthorActivity::takeError) stops the batch with that error. Not owned.
    void setAuthorActivity(AuthorActivity* activity) { m_activity = activity; }

    // Decides every stored comment that has no decision yet, oldest first.
    Result<TriageResult> decidePending(int batchSize = 500);

    // The store's active policy version, compiled; NotFound when none is active, Corrupt when the
    // stored document no longer hashes to the SHA-256 stored with it (it changed under the engine).
    struct ActivePolicy
    {
        std::shared_ptr<const PolicyEngine> engine;
        qint64 versionId = 0;
        PolicyVersion version;
    };
    static Result<ActivePolicy> loadActive(Database& database);

    // Makes the bundled office-hours policy the active one when the store has none (demo data).
    static Result<ActivePolicy> ensureActive(Database& database, const QString& bundledPolicyPath,
                                             const QString& actor);

private:
    // The work one decision makes: a case opened (or, for an edited comment, its case updated),
    // a hide queued, or nothing. Inside the batch's transaction.
    Error act(const Comment& comment, qint64 decisionId, const Decision& decision, TriageResult& result);

    Database& m_database;
    std::shared_ptr<const PolicyEngine> m_engine;
    std::optional<qint64> m_policyVersionId;
    AuthorActivity* m_activity = nullptr;
    SlaClock m_sla; // the queues' hours, read once per run
};

} // namespace moderation
