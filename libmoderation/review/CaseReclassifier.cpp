#include "review/CaseReclassifier.h"

#include "model/CaseTransitions.h"
#include "storage/AuditStore.h"
#include "storage/CaseStore.h"
#include "storage/Database.h"
#include "storage/DecisionStore.h"
#include "storage/OutboxStore.h"
#include "storage/UserStore.h"

using namespace Qt::StringLiterals;

namespace moderation {

namespace {

// What may be reclassified: open, and no draft with a reviewer or reply waiting to be sent.
Error checkState(const Case& c)
{
    if (!CaseTransitions::isOpen(c.state))
        return Error(Error::Code::Refused, u"case %1 is %2: a finished case is not reclassified"_s.arg(c.id).arg(
                                               toString(c.state)));
    if (c.state == Case::State::InReview)
        return Error(Error::Code::Refused, u"case %1 is in_review: a reviewer returns its draft before it is "
                                          "reclassified"_s.arg(c.id));
    if (c.state == Case::State::Approved)
        return Error(Error::Code::Refused, u"case %1 is approved: its reply is queued to be sent and the case is no "
                                          "longer reclassified"_s.arg(c.id));
    return {};
}

Error checkInput(Action action, const QString& reason, const QString& queue)
{
    if (reason.trimmed().isEmpty())
        return Error(Error::Code::InvalidInput, u"reclassifying a case needs a reason"_s);
    if (action == Action::Escalate && queue.trimmed().isEmpty())
        return Error(Error::Code::InvalidInput, u"reclassifying a case as escalate names the queue it goes to"_s);
    if (action != Action::Escalate && !queue.isEmpty())
        return Error(Error::Code::InvalidInput,
                     u"a queue is named only when reclassifying as escalate (this is %1)"_s.arg(toString(action)));
    return {};
}

} // namespace

Result<Case> CaseReclassifier::reclassify(qint64 caseId, const QString& login, Action action, const QString& reason,
                                          const QString& queue, const QString& actor)
{
    if (Error error = checkInput(action, reason, queue); error.isError())
        return error;
    auto user = UserStore(m_database).byLogin(login);
    if (!user)
        return user.error();
    CaseStore cases(m_database);
    auto current = cases.byId(caseId);
    if (!current)
        return current.error();
    if (current->assigneeId != user->id && !user->hasRole(Role::Supervisor))
        return Error(Error::Code::Refused, u"%1 does not hold case %2: only its holder or a supervisor reclassifies "
                                          "it"_s.arg(login)
                                               .arg(caseId));
    if (Error error = checkState(*current); error.isError())
        return error;
    DecisionStore decisions(m_database);
    auto previous = decisions.latestFor(current->commentId);
    if (!previous)
        return previous.error();

    // The person's decision: the previous one's category, priority, deadline and sign-off carried
    // over (what the work needs), the action, queue and reason theirs.
    Decision decision;
    if (previous->has_value()) {
        const Decision& was = (*previous)->decision;
        decision.category = was.category;
        decision.queue = was.queue;
        decision.priority = was.priority;
        decision.slaSeconds = was.slaSeconds;
        decision.answerId = was.answerId;
        decision.reviews = was.reviews;
        decision.pii = was.pii;
    }
    decision.ruleId = ruleId();
    decision.action = action;
    decision.hideMode = HideMode::Proposed; // a person's hide is a confirmed proposal, never automatic
    if (action == Action::Escalate)
        decision.queue = queue;
    decision.explanation = reason;
    const QString oldAction = previous->has_value() ? toString((*previous)->decision.action) : QString();

    std::optional<Case> result;
    const Error error = m_database.transaction([&]() -> Error {
        auto decisionId = decisions.record(current->commentId, decision, std::nullopt, actor, user->id);
        if (!decisionId)
            return decisionId.error();
        AuditEvent event;
        event.actor = actor;
        event.action = u"case.reclassified"_s;
        event.entityType = u"case"_s;
        event.entityId = QString::number(caseId);
        event.details.insert(u"decision"_s, QString::number(*decisionId));
        event.details.insert(u"from_action"_s, oldAction);
        event.details.insert(u"to_action"_s, toString(action));
        event.details.insert(u"reason"_s, reason);
        if (action == Action::Escalate)
            event.details.insert(u"queue"_s, queue);
        if (Error audit = AuditStore(m_database).append(event); audit.isError())
            return audit;
        auto followed = follow(*current, *decisionId, user->id, action, reason, queue, actor);
        if (!followed)
            return followed.error();
        result = *followed;
        return {};
    });
    if (error.isError())
        return error;
    return *result;
}

Result<Case> CaseReclassifier::follow(const Case& current, qint64 decisionId, qint64 userId, Action action,
                                      const QString& reason, const QString& queue, const QString& actor)
{
    CaseStore cases(m_database);
    switch (action) {
    case Action::Respond:
        return current; // open for drafting, where it is
    case Action::Ignore:
        return cases.move(current.id, Case::State::Closed, reason, actor);
    case Action::Escalate:
        return cases.escalate(current.id, queue, reason, actor);
    case Action::Hide: {
        if (Error recorded = cases.recordHideConfirmation(current.id, decisionId, userId, actor); recorded.isError())
            return recorded;
        auto queued = OutboxStore(m_database).enqueueModeration(OutboxEntry::Kind::Hide, current.commentId, actor,
                                                                u"reclassified: "_s + reason);
        if (!queued)
            return queued.error();
        return cases.move(current.id, Case::State::Closed, reason, actor);
    }
    }
    return Error(Error::Code::Internal, u"unknown action"_s);
}

} // namespace moderation
