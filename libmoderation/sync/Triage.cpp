#include "sync/Triage.h"

#include "policy/PolicyEngine.h"
#include "policy/PolicySnapshot.h"
#include "storage/CaseStore.h"
#include "storage/CommentStore.h"
#include "storage/Database.h"
#include "storage/DecisionStore.h"
#include "storage/OutboxStore.h"
#include "storage/PolicyStore.h"
#include "storage/StoreAuthorActivity.h"

using namespace Qt::StringLiterals;

namespace moderation {

Triage::Triage(Database& database, std::shared_ptr<const PolicyEngine> engine, std::optional<qint64> policyVersionId)
    : m_database(database)
    , m_engine(std::move(engine))
    , m_policyVersionId(policyVersionId)
    , m_sla(database)
{
}

Result<TriageResult> Triage::decidePending(int batchSize)
{
    TriageResult result;
    if (!m_engine)
        return Error(Error::Code::Internal, u"triage without a compiled policy"_s);
    CommentStore comments(m_database);
    DecisionStore decisions(m_database);
    StoreAuthorActivity storeActivity(m_database);
    AuthorActivity& activity = m_activity ? *m_activity : storeActivity;
    for (;;) {
        auto batch = comments.undecided(batchSize);
        if (!batch)
            return batch.error();
        if (batch->isEmpty())
            break;
        const Error error = m_database.transaction([&]() -> Error {
            for (const Comment& comment : *batch) {
                const Result<Decision> evaluated = m_engine->evaluate(comment, &activity);
                if (Error error = activity.takeError(); error.isError())
                    return error.forRecord(QString::number(comment.id));
                if (!evaluated)
                    return evaluated.error().prefixed(u"evaluating comment %1"_s.arg(comment.id));
                const Decision& decision = *evaluated;
                auto decisionId = decisions.record(comment.id, decision, m_policyVersionId);
                if (!decisionId)
                    return decisionId.error().forRecord(QString::number(comment.id));
                ++result.decided;
                if (Error error = act(comment, *decisionId, decision, result); error.isError())
                    return error.forRecord(QString::number(comment.id));
            }
            return {};
        });
        if (error.isError())
            return error;
    }
    auto breached = m_sla.sweep(u"sla"_s);
    if (!breached)
        return breached.error();
    result.slaBreached = *breached;
    return result;
}

Error Triage::act(const Comment& comment, qint64 decisionId, const Decision& decision, TriageResult& result)
{
    CaseStore cases(m_database);
    const bool proposedHide = decision.action == Action::Hide && decision.hideMode == HideMode::Proposed;
    const bool routes = decision.action == Action::Respond || decision.action == Action::Escalate || proposedHide;
    const QString queue = !decision.queue.isEmpty() ? decision.queue
        : proposedHide                               ? u"moderation"_s
                                                     : u"general"_s;
    // An edited comment decided again: its case follows the new decision, or records it.
    auto existing = cases.forComment(comment.id);
    if (!existing)
        return existing.error();
    if (existing->has_value()) {
        auto sla = m_sla.deadline(queue, decision.slaSeconds, m_database.clock().now());
        if (!sla)
            return sla.error();
        auto redecided = cases.redecide(**existing, decisionId, routes, queue, decision.priority, *sla, u"policy"_s);
        if (!redecided)
            return redecided.error();
        result.casesRerouted += *redecided == CaseStore::Redecision::Rerouted;
        result.casesFlagged += *redecided == CaseStore::Redecision::Flagged;
    } else if (routes) {
        auto sla = m_sla.deadline(queue, decision.slaSeconds, m_database.clock().now());
        if (!sla)
            return sla.error();
        auto opened = cases.open(comment.id, decisionId, queue, decision.priority, *sla, u"policy"_s);
        if (!opened)
            return opened.error();
        ++result.casesOpened;
        // A category the policy wants signed off twice ("reviews": 2).
        if (decision.reviews > 1) {
            if (Error error = cases.requireReviews(opened->id, decision.reviews, u"policy"_s); error.isError())
                return error;
        }
    }
    if (decision.action == Action::Hide && !proposedHide) {
        const QString reason = decision.clause.isEmpty() ? u"rule %1"_s.arg(decision.ruleId)
                                                         : u"rule %1 (%2)"_s.arg(decision.ruleId, decision.clause);
        auto queued = OutboxStore(m_database).enqueueModeration(OutboxEntry::Kind::Hide, comment.id, u"policy"_s, reason);
        if (!queued)
            return queued.error();
        ++result.hidesQueued;
    } else if (decision.action == Action::Ignore) {
        ++result.ignored;
    }
    return {};
}

Result<Triage::ActivePolicy> Triage::loadActive(Database& database)
{
    auto active = PolicyStore(database).active();
    if (!active)
        return active.error();
    if (!active->has_value())
        return Error(Error::Code::NotFound, u"no active policy (moderationctl policy activate FILE)"_s);
    const PolicyVersion& version = **active;
    const QString actual = PolicyStore::sha256Of(version.document.toUtf8());
    if (actual != version.sha256)
        return Error(Error::Code::Corrupt,
                     u"stored policy version %1 does not match its SHA-256 (stored %2, computed %3): the document "
                     "was changed after it was activated; triage stops until an administrator activates a policy again"_s
                         .arg(version.id)
                         .arg(version.sha256, actual));
    auto document = PolicySnapshot::load(version.document, u"policy version %1"_s.arg(version.id));
    if (!document)
        return document.error();
    auto engine = PolicyEngine::compile(*document);
    if (!engine)
        return engine.error();
    return ActivePolicy { *engine, version.id, version };
}

Result<Triage::ActivePolicy> Triage::ensureActive(Database& database, const QString& bundledPolicyPath,
                                                  const QString& actor)
{
    auto active = PolicyStore(database).active();
    if (!active)
        return active.error();
    if (!active->has_value()) {
        auto document = PolicyDocument::load(bundledPolicyPath);
        if (!document)
            return document.error();
        auto stored = PolicyStore(database).storeAndActivate(document->name, document->version,
                                                             PolicySnapshot::selfContained(*document), actor);
        if (!stored)
            return stored.error();
    }
    return loadActive(database);
}

} // namespace moderation
