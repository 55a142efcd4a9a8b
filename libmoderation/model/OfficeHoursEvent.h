#pragma once

#include <QDateTime>
#include <QString>

namespace moderation {

// An Office Hours event (routing/OfficeHoursEvents): an hour or so in which the agency answers
// questions posted under a hashtag, with the questions worth answering going to a queue of
// subject-matter experts.
struct OfficeHoursEvent
{
    qint64 id = 0; // the store's id; 0 until stored
    QString hashtag; // without '#', as text/Hashtags reads it
    QString title; // may be empty
    QDateTime startsAt; // UTC, included
    QDateTime endsAt; // UTC, excluded
    QString timeZone; // IANA id: the zone the event was announced in and its recap shows
    QString smeQueue; // where its answerable questions go
    QString createdBy;
    QDateTime createdAt; // UTC

    // Whether `at` lies in [startsAt, endsAt).
    bool isLiveAt(const QDateTime& at) const { return startsAt <= at && at < endsAt; }
};

} // namespace moderation
