#pragma once

#include "model/Error.h"
#include "model/RecapQuestion.h"

#include <QDateTime>
#include <QString>

namespace moderation {

class Database;

// What an Office Hours recap reads (reports/OfficeHoursRecap): the comments created in a window
// under a hashtag, people's comments only (not our own posts, not removed), by their latest
// decision. A question (respond or escalate) is answered when its reply was sent or a draft for
// its case was approved; the answer is the approving review's text.
class RecapStore
{
public:
    explicit RecapStore(Database& database)
        : m_database(database)
    {
    }

    // Comments created in [from, to) holding `hashtag` (without '#') as a whole hashtag, any case.
    Result<RecapComments> read(const QString& hashtag, const QDateTime& from, const QDateTime& to) const;

private:
    // The approved answer to one question, if any.
    Error findAnswer(RecapQuestion& question) const;

    Database& m_database;
};

} // namespace moderation
