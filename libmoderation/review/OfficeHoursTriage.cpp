#include "review/OfficeHoursTriage.h"

#include "model/CaseTransitions.h"
#include "review/CaseReclassifier.h"
#include "routing/OfficeHoursEvents.h"
#include "storage/AuditStore.h"
#include "storage/CaseStore.h"
#include "storage/Database.h"
#include "storage/DecisionStore.h"
#include "storage/UserStore.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace moderation {

namespace {

// The rule id of a person's office-hours triage: no policy rule made the decision.
const QString kRuleId = u"office-hours"_s;

Result<User> triager(Database& database, const QString& login)
{
    auto user = UserStore(database).byLogin(login);
    if (!user)
        return user.error().prefixed(u"office-hours triage as %1"_s.arg(login));
    return *user;
}

Error needsSupervisor(const User& user, qint64 commentId)
{
    if (user.hasRole(Role::Supervisor))
        return {};
    return Error(Error::Code::Refused, u"comment %1 has no case: only a supervisor triages it during office hours "
                                       "(%2 is not one)"_s.arg(commentId)
                                           .arg(user.login));
}

} // namespace

Result<Case> OfficeHoursTriage::markAnswerable(qint64 eventId, qint64 commentId, const QString& login)
{
    auto event = OfficeHoursEvents(m_database).byId(eventId);
    if (!event)
        return event.error();
    auto comment = OfficeHoursEvents(m_database).feedComment(*event, commentId);
    if (!comment)
        return comment.error();
    auto user = triager(m_database, login);
    if (!user)
        return user.error();
    const QString reason = u"Office Hours #%1: a question for the %2 queue"_s.arg(event->hashtag, event->smeQueue);
    std::optional<Case> result;
    const Error error = m_database.transaction([&]() -> Error {
        CaseStore cases(m_database);
        auto existing = cases.forComment(commentId);
        if (!existing)
            return existing.error();
        if (existing->has_value()) {
            const Case& current = **existing;
            if (!CaseTransitions::isOpen(current.state))
                return Error(Error::Code::Refused, u"case %1 of comment %2 is %3: a finished case is not triaged "
                                                   "again"_s.arg(current.id)
                                                       .arg(commentId)
                                                       .arg(toString(current.state)));
            if (current.queue == event->smeQueue) {
                result = current;
                return {};
            }
            if (current.assigneeId != user->id && !user->hasRole(Role::Supervisor))
                return Error(Error::Code::Refused, u"%1 does not hold case %2: only its holder or a supervisor "
                                                   "sends it to the SME queue"_s.arg(login)
                                                       .arg(current.id));
            auto moved = cases.escalate(current.id, event->smeQueue, reason, login);
            if (!moved)
                return moved.error();
            result = *moved;
        } else {
            if (const Error refused = needsSupervisor(*user, commentId); refused.isError())
                return refused;
            Decision decision;
            decision.ruleId = kRuleId;
            decision.action = Action::Respond;
            decision.queue = event->smeQueue;
            decision.explanation = reason;
            auto decisionId = DecisionStore(m_database).record(commentId, decision, std::nullopt, login, user->id);
            if (!decisionId)
                return decisionId.error();
            auto opened = cases.open(commentId, *decisionId, event->smeQueue, Priority::Normal, std::nullopt, login);
            if (!opened)
                return opened.error();
            result = *opened;
        }
        return auditTriage(*event, commentId, u"answerable"_s, reason, result->id, std::nullopt, login);
    });
    if (error.isError())
        return error;
    return *result;
}

Error OfficeHoursTriage::markOffTopic(qint64 eventId, qint64 commentId, const QString& reason, const QString& login)
{
    auto event = OfficeHoursEvents(m_database).byId(eventId);
    if (!event)
        return event.error();
    auto comment = OfficeHoursEvents(m_database).feedComment(*event, commentId);
    if (!comment)
        return comment.error();
    const QString why = reason.trimmed().isEmpty()
        ? u"Office Hours #%1: off-topic for the event"_s.arg(event->hashtag)
        : reason.trimmed();
    return ignore(*event, *comment, u"off_topic"_s, why, std::nullopt, login);
}

Error OfficeHoursTriage::markAnswered(qint64 eventId, qint64 commentId, qint64 answeredBy, const QString& login)
{
    auto event = OfficeHoursEvents(m_database).byId(eventId);
    if (!event)
        return event.error();
    auto comment = OfficeHoursEvents(m_database).feedComment(*event, commentId);
    if (!comment)
        return comment.error();
    if (answeredBy == commentId)
        return Error(Error::Code::InvalidInput,
                     u"comment %1 cannot be answered by itself: pick an earlier question"_s.arg(commentId));
    auto answered = OfficeHoursEvents(m_database).answeredQuestions(eventId);
    if (!answered)
        return answered.error();
    const auto found = std::find_if(answered->cbegin(), answered->cend(),
                                    [&](const RecapQuestion& q) { return q.commentId == answeredBy; });
    if (found == answered->cend())
        return Error(Error::Code::InvalidInput,
                     u"comment %1 is not an answered question of event %2 (#%3): link to one with an approved "
                     "answer"_s.arg(answeredBy)
                         .arg(eventId)
                         .arg(event->hashtag));
    const QString reason =
        u"Office Hours #%1: already answered by the approved answer to comment %2"_s.arg(event->hashtag).arg(answeredBy);
    return ignore(*event, *comment, u"already_answered"_s, reason, answeredBy, login);
}

Error OfficeHoursTriage::ignore(const OfficeHoursEvent& event, const Comment& comment, const QString& verdict,
                                const QString& reason, std::optional<qint64> answeredBy, const QString& login)
{
    auto user = triager(m_database, login);
    if (!user)
        return user.error();
    return m_database.transaction([&]() -> Error {
        auto existing = CaseStore(m_database).forComment(comment.id);
        if (!existing)
            return existing.error();
        std::optional<qint64> caseId;
        if (existing->has_value()) {
            caseId = (*existing)->id;
            auto reclassified =
                CaseReclassifier(m_database).reclassify(*caseId, login, Action::Ignore, reason, {}, login);
            if (!reclassified)
                return reclassified.error();
        } else {
            if (const Error refused = needsSupervisor(*user, comment.id); refused.isError())
                return refused;
            Decision decision;
            decision.ruleId = kRuleId;
            decision.action = Action::Ignore;
            decision.explanation = reason;
            auto decisionId = DecisionStore(m_database).record(comment.id, decision, std::nullopt, login, user->id);
            if (!decisionId)
                return decisionId.error();
        }
        return auditTriage(event, comment.id, verdict, reason, caseId, answeredBy, login);
    });
}

Error OfficeHoursTriage::auditTriage(const OfficeHoursEvent& event, qint64 commentId, const QString& verdict,
                                     const QString& reason, std::optional<qint64> caseId,
                                     std::optional<qint64> answeredBy, const QString& login)
{
    AuditEvent audit;
    audit.actor = login;
    audit.action = u"event.triaged"_s;
    audit.entityType = u"comment"_s;
    audit.entityId = QString::number(commentId);
    audit.details.insert(u"event"_s, QString::number(event.id));
    audit.details.insert(u"hashtag"_s, event.hashtag);
    audit.details.insert(u"verdict"_s, verdict);
    audit.details.insert(u"reason"_s, reason);
    if (caseId)
        audit.details.insert(u"case"_s, QString::number(*caseId));
    if (answeredBy)
        audit.details.insert(u"answered_by"_s, QString::number(*answeredBy));
    return AuditStore(m_database).append(audit);
}

} // namespace moderation
