#include "routing/OfficeHoursEvents.h"

#include "storage/CaseStore.h"
#include "storage/CommentStore.h"
#include "storage/Database.h"
#include "storage/DecisionStore.h"
#include "storage/EventStore.h"
#include "storage/RecapStore.h"
#include "text/Hashtags.h"

#include <QTimeZone>

#include <algorithm>
#include <functional>

using namespace Qt::StringLiterals;

namespace moderation {

namespace {

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

// Walks the event's comments created in [from, until), newest first, from `after` on, calling
// `take` for each until it returns false; pages by key through the comment store.
Error walkFeed(Database& database, const OfficeHoursEvent& event, const QDateTime& from, const QDateTime& until,
               std::optional<CommentCursor> after, const std::function<bool(const Comment&)>& take)
{
    CommentFilter filter;
    filter.textContains = needleFor(event.hashtag);
    filter.includeRemoved = false;
    CommentCursor cursor { until, 0 }; // (created_at, id) < (until, 0): `until` itself excluded
    if (after && after->createdAt < until)
        cursor = *after;
    CommentStore comments(database);
    for (;;) {
        auto page = comments.list(filter, cursor, kScanPage);
        if (!page)
            return page.error().prefixed(u"reading the feed of #%1"_s.arg(event.hashtag));
        for (const Comment& comment : *page) {
            if (comment.createdAt < from)
                return {};
            if (OfficeHoursEvents::inFeed(event, comment) && !take(comment))
                return {};
        }
        if (page->size() < kScanPage)
            return {};
        cursor = CommentStore::cursorOf(page->constLast());
    }
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

bool OfficeHoursEvents::inFeed(const OfficeHoursEvent& event, const Comment& comment)
{
    return !comment.ours && !comment.removed && event.isLiveAt(comment.createdAt)
        && Hashtags::contains(comment.text, event.hashtag);
}

} // namespace moderation
