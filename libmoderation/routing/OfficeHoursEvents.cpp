#include "routing/OfficeHoursEvents.h"

#include "model/CaseTransitions.h"
#include "review/CaseReclassifier.h"
#include "storage/AuditStore.h"
#include "storage/CaseStore.h"
#include "storage/CommentStore.h"
#include "storage/Database.h"
#include "storage/DecisionStore.h"
#include "storage/EventStore.h"
#include "storage/RecapStore.h"
#include "storage/SqlTime.h"
#include "storage/UserStore.h"
#include "text/Hashtags.h"

#include <QTimeZone>

#include <algorithm>
#include <functional>

using namespace Qt::StringLiterals;

namespace moderation {

namespace {

// The rule id of a person's office-hours triage: no policy rule made the decision.
const QString kRuleId = u"office-hours"_s;
// Comments read from the store per query while a feed page or the rate is gathered.
constexpr int kScanPage = 200;

// What the comment store's text filter is given: the hashtag's leading ASCII letters and digits
// after '#'. Its LIKE folds ASCII case only and reads '_' as a blank, so the whole-hashtag match
// (any case, any script) is done here on what comes back.
QString needleFor(const QString& hashtag)
{
    QString needle = u"#"_s;
    for (const QChar c : hashtag) {
        if (c.unicode() > 127 || !c.isLetterOrNumber())
            break;
        needle += c;
    }
    return needle;
}

bool inFeed(const OfficeHoursEvent& event, const Comment& comment)
{
    return !comment.ours && !comment.removed && event.isLiveAt(comment.createdAt)
        && Hashtags::contains(comment.text, event.hashtag);
}

// Walks the event's comments created in [from, until), newest first, from `after` on, calling
// `take` for each until it returns false; pages by key through the comment store.
Error walkFeed(Database& database, const OfficeHoursEvent& event, const QDateTime& from, const QDateTime& until,
               std::optional<CommentCursor> after, const std::function<bool(const Comment&)>& take)
{
    CommentFilter filter;
    filter.textContains = needleFor(event.hashtag);
    filter.includeRemoved = false;
    CommentCursor cursor { until, 0 }; // (created_at, id) < (until, 0): `until` itself excluded
    if (after && (after->createdAt < until || (after->createdAt == until && after->id < 0)))
        cursor = *after;
    CommentStore comments(database);
    for (;;) {
        auto page = comments.list(filter, cursor, kScanPage);
        if (!page)
            return page.error().prefixed(u"reading the feed of #%1"_s.arg(event.hashtag));
        for (const Comment& comment : *page) {
            if (comment.createdAt < from)
                return {};
            if (inFeed(event, comment) && !take(comment))
                return {};
        }
        if (page->size() < kScanPage)
            return {};
        cursor = CommentStore::cursorOf(page->constLast());
    }
}

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

Error OfficeHoursEvents::check(const EventRequest& request)
{
    const std::optional<QString> hashtag = Hashtags::fromInput(request.hashtag);
    if (!hashtag)
        return Error(Error::Code::InvalidInput, u"hashtag \"%1\" is not a hashtag: 1 to 100 letters, digits or "
                                                "underscores, with or without '#'"_s.arg(request.hashtag));
    if (!request.startsAt.isValid())
        return Error(Error::Code::InvalidInput, u"the event's start is missing or not a time"_s);
    if (!request.endsAt.isValid())
        return Error(Error::Code::InvalidInput, u"the event's end is missing or not a time"_s);
    if (request.endsAt <= request.startsAt)
        return Error(Error::Code::InvalidInput,
                     u"the event's end (%1) must be after its start (%2)"_s.arg(
                         request.endsAt.toUTC().toString(Qt::ISODate), request.startsAt.toUTC().toString(Qt::ISODate)));
    if (request.startsAt.secsTo(request.endsAt) > qint64(kMaxDays) * 24 * 3600)
        return Error(Error::Code::InvalidInput,
                     u"the event from %1 to %2 is longer than %3 days"_s.arg(
                         request.startsAt.toUTC().toString(Qt::ISODate), request.endsAt.toUTC().toString(Qt::ISODate))
                         .arg(kMaxDays));
    if (request.timeZone.isEmpty() || !QTimeZone::isTimeZoneIdAvailable(request.timeZone.toUtf8()))
        return Error(Error::Code::InvalidInput, u"time zone \"%1\" is not one this machine knows (use an IANA name "
                                                "such as America/New_York)"_s.arg(request.timeZone));
    if (request.smeQueue.trimmed().isEmpty())
        return Error(Error::Code::InvalidInput, u"the event needs the queue its questions go to"_s);
    if (request.smeQueue.size() > 64 || request.smeQueue.trimmed() != request.smeQueue)
        return Error(Error::Code::InvalidInput,
                     u"queue \"%1\": at most 64 characters, without leading or trailing blanks"_s.arg(request.smeQueue));
    if (request.title.size() > kMaxTitleLength)
        return Error(Error::Code::InvalidInput,
                     u"the event's title has %1 characters, more than %2"_s.arg(request.title.size()).arg(kMaxTitleLength));
    return {};
}

Result<OfficeHoursEvent> OfficeHoursEvents::add(const EventRequest& request, const QString& actor)
{
    if (const Error bad = check(request); bad.isError())
        return bad;
    OfficeHoursEvent event;
    event.hashtag = *Hashtags::fromInput(request.hashtag);
    event.title = request.title.trimmed();
    event.startsAt = request.startsAt.toUTC();
    event.endsAt = request.endsAt.toUTC();
    event.timeZone = request.timeZone;
    event.smeQueue = request.smeQueue;
    return EventStore(m_database).add(event, actor);
}

Result<QList<OfficeHoursEvent>> OfficeHoursEvents::list(Period period, int limit) const
{
    const QDateTime now = m_database.clock().now();
    EventStore events(m_database);
    switch (period) {
    case Period::Upcoming:
        return events.upcoming(now, limit);
    case Period::Current:
        return events.liveAt(now, limit);
    case Period::Past:
        return events.past(now, limit);
    case Period::All:
        break;
    }
    return events.all(limit);
}

Result<std::optional<OfficeHoursEvent>> OfficeHoursEvents::liveAt(const QDateTime& at) const
{
    auto live = EventStore(m_database).liveAt(at, 1);
    if (!live)
        return live.error();
    if (live->isEmpty())
        return std::optional<OfficeHoursEvent>();
    return std::optional<OfficeHoursEvent>(live->constFirst());
}

Result<OfficeHoursEvent> OfficeHoursEvents::byId(qint64 id) const
{
    return EventStore(m_database).byId(id);
}

Result<EventFeedPage> OfficeHoursEvents::feed(qint64 eventId, const std::optional<CommentCursor>& after,
                                              int limit) const
{
    auto event = byId(eventId);
    if (!event)
        return event.error();
    EventFeedPage page;
    const Error walked = walkFeed(m_database, *event, event->startsAt, event->endsAt, after, [&](const Comment& c) {
        page.items.append(EventFeedItem { c, std::nullopt, std::nullopt });
        return page.items.size() < limit;
    });
    if (walked.isError())
        return walked;
    if (page.items.size() == limit && limit > 0)
        page.next = CommentStore::cursorOf(page.items.constLast().comment);

    QList<qint64> ids;
    for (const EventFeedItem& item : std::as_const(page.items))
        ids.append(item.comment.id);
    auto decisions = DecisionStore(m_database).latestForComments(ids);
    if (!decisions)
        return decisions.error();
    CaseStore cases(m_database);
    for (EventFeedItem& item : page.items) {
        if (const auto found = decisions->constFind(item.comment.id); found != decisions->constEnd())
            item.decision = *found;
        auto opened = cases.forComment(item.comment.id);
        if (!opened)
            return opened.error();
        item.openedCase = *opened;
    }
    return page;
}

Result<double> OfficeHoursEvents::ratePerMinute(qint64 eventId) const
{
    auto event = byId(eventId);
    if (!event)
        return event.error();
    const QDateTime now = m_database.clock().now();
    const QDateTime from = std::max(event->startsAt, now.addSecs(-kRateWindowSeconds));
    const QDateTime until = std::min(event->endsAt, now);
    if (until <= from)
        return 0.0;
    int count = 0;
    const Error walked = walkFeed(m_database, *event, from, until, std::nullopt, [&](const Comment&) {
        ++count;
        return true;
    });
    if (walked.isError())
        return walked;
    return count / (kRateWindowSeconds / 60.0);
}

Result<QList<RecapQuestion>> OfficeHoursEvents::answeredQuestions(qint64 eventId) const
{
    auto event = byId(eventId);
    if (!event)
        return event.error();
    auto recap = RecapStore(m_database).read(event->hashtag, event->startsAt, event->endsAt);
    if (!recap)
        return recap.error();
    QList<RecapQuestion> answered;
    for (const RecapQuestion& question : std::as_const(recap->questions)) {
        if (question.answer)
            answered.append(question);
    }
    return answered;
}

Result<Comment> OfficeHoursEvents::feedComment(const OfficeHoursEvent& event, qint64 commentId) const
{
    auto comment = CommentStore(m_database).byId(commentId);
    if (!comment)
        return comment.error();
    if (!inFeed(event, *comment))
        return Error(Error::Code::Refused, u"comment %1 is not in the feed of event %2 (#%3 from %4 to %5)"_s.arg(
                                               QString::number(commentId), QString::number(event.id), event.hashtag,
                                               event.startsAt.toString(Qt::ISODate), event.endsAt.toString(Qt::ISODate)));
    return *comment;
}

Result<Case> OfficeHoursEvents::markAnswerable(qint64 eventId, qint64 commentId, const QString& login)
{
    auto event = byId(eventId);
    if (!event)
        return event.error();
    auto comment = feedComment(*event, commentId);
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

Error OfficeHoursEvents::markOffTopic(qint64 eventId, qint64 commentId, const QString& reason, const QString& login)
{
    auto event = byId(eventId);
    if (!event)
        return event.error();
    auto comment = feedComment(*event, commentId);
    if (!comment)
        return comment.error();
    const QString why = reason.trimmed().isEmpty()
        ? u"Office Hours #%1: off-topic for the event"_s.arg(event->hashtag)
        : reason.trimmed();
    return ignore(*event, *comment, u"off_topic"_s, why, std::nullopt, login);
}

Error OfficeHoursEvents::markAnswered(qint64 eventId, qint64 commentId, qint64 answeredBy, const QString& login)
{
    auto event = byId(eventId);
    if (!event)
        return event.error();
    auto comment = feedComment(*event, commentId);
    if (!comment)
        return comment.error();
    if (answeredBy == commentId)
        return Error(Error::Code::InvalidInput,
                     u"comment %1 cannot be answered by itself: pick an earlier question"_s.arg(commentId));
    auto answered = answeredQuestions(eventId);
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

Error OfficeHoursEvents::ignore(const OfficeHoursEvent& event, const Comment& comment, const QString& verdict,
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

Error OfficeHoursEvents::auditTriage(const OfficeHoursEvent& event, qint64 commentId, const QString& verdict,
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
