#pragma once

#include "model/Enums.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QStringList>

namespace moderation {

struct Author
{
    QString id; // the platform's user id
    QString handle; // X: the @username without '@'; Facebook: empty
    QString name; // display name, untrusted text
};

// One public comment or post as stored: the fields the product reads, plus the platform's own
// JSON for the record.
struct Comment
{
    qint64 id = 0; // the store's id; 0 until stored
    Platform platform = Platform::Twitter;
    QString platformId; // opaque, unique per platform
    Source source = Source::Mention;
    QString accountName; // the watched account or page it came through, if any
    Author author;
    QString text; // untrusted: show as plain text only
    QString lang; // BCP 47 tag from the platform, may be empty
    QDateTime createdAt; // UTC
    QString conversationId; // X conversation id or Facebook post id
    QString parentId; // the post or comment it answers, if any
    QByteArray rawJson; // the platform's object, compact JSON
    bool removed = false;
    // Written by the watched account itself (our reply read back): thread context, never a case.
    bool ours = false;
    // X: the ids of the post's earlier versions, oldest first, itself last (edit_history_tweet_ids).
    // A post whose earlier version is stored is an edit of that comment, not a new one.
    QStringList editHistoryIds;
};

} // namespace moderation
