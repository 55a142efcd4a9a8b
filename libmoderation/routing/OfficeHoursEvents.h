#pragma once

#include "model/Case.h"
#include "model/Comment.h"
#include "model/CommentQuery.h"
#include "model/Decision.h"
#include "model/Error.h"
#include "model/OfficeHoursEvent.h"
#include "model/RecapQuestion.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace moderation {

class Database;

// What a person types to schedule an event (`moderationctl events add`, the desk's form).
struct EventRequest
{
    QString hashtag; // with or without '#'
    QString title;
    QDateTime startsAt; // any time spec; stored as UTC
    QDateTime endsAt;
    QString timeZone; // IANA id
    QString smeQueue;
};

// One comment of an event's feed and where its triage stands.
struct EventFeedItem
{
    Comment comment; // untrusted text: plain text only
    std::optional<StoredDecision> decision; // the latest, the policy's or a person's
    std::optional<Case> openedCase; // its case, if one was opened
};

// A page of an event's feed, newest first; `next` is where the next page starts (none: done).
struct EventFeedPage
{
    QList<EventFeedItem> items;
    std::optional<CommentCursor> next;
};

// Office Hours events (DESIGN.md, routing/): a hashtag, a window and a queue of subject-matter
// experts. During the event people post questions under the hashtag; its feed is those comments
// (review/OfficeHoursTriage triages them). Times come from the database's clock.
class OfficeHoursEvents
{
public:
    static constexpr int kMaxDays = 7; // an event longer than a week is a typing mistake
    static constexpr int kRateWindowSeconds = 5 * 60;
    static constexpr int kMaxTitleLength = 200;

    explicit OfficeHoursEvents(Database& database)
        : m_database(database)
    {
    }

    // Checks and stores an event as `actor` ("event.added"). Bad input (InvalidInput) names the
    // field and the value: the hashtag's syntax, the end after the start, a time zone this
    // machine knows, a queue name, at most kMaxDays long.
    Result<OfficeHoursEvent> add(const EventRequest& request, const QString& actor);
    // The same checks without storing (the desk's form says what is wrong before it sends).
    static Error check(const EventRequest& request);

    enum class Period { All, Upcoming, Current, Past };
    Result<QList<OfficeHoursEvent>> list(Period period, int limit = 500) const;
    // The event live at `at` (the earliest started when several overlap), if any.
    Result<std::optional<OfficeHoursEvent>> liveAt(const QDateTime& at) const;
    Result<OfficeHoursEvent> byId(qint64 id) const;

    // The event's comments: people's comments (not our own posts, not removed) holding its
    // hashtag, created in its window, newest first, `limit` at most, after `after`.
    Result<EventFeedPage> feed(qint64 eventId, const std::optional<CommentCursor>& after, int limit) const;
    // Comments a minute under the event's hashtag over the last five minutes (of the clock's now,
    // within the event's window): 0 before it starts and after it ends.
    Result<double> ratePerMinute(qint64 eventId) const;
    // The event's questions with an approved answer, oldest first: what "already answered"
    // (review/OfficeHoursTriage) links to.
    Result<QList<RecapQuestion>> answeredQuestions(qint64 eventId) const;

    // The comment, checked to be in the event's feed (Refused, naming both, when it is not).
    Result<Comment> feedComment(const OfficeHoursEvent& event, qint64 commentId) const;
    // Whether a comment belongs to the event's feed.
    static bool inFeed(const OfficeHoursEvent& event, const Comment& comment);

private:
    Database& m_database;
};

} // namespace moderation
