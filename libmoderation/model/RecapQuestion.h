#pragma once

#include "model/Enums.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace moderation {

// A question asked under an Office Hours hashtag (reports/OfficeHoursRecap): a comment the
// policy (or a person) decided to answer or escalate, and the answer approved for it, if any.
// No author: a recap is published.
struct RecapQuestion
{
    qint64 commentId = 0;
    Platform platform = Platform::Twitter;
    QDateTime createdAt; // UTC
    QString text; // untrusted: escaped by every writer
    Action action = Action::Respond; // Respond or Escalate
    std::optional<QString> answer; // the approving review's text; none while unanswered
    bool answerSent = false; // the reply went out (outbox: sent), not only approved
};

// What a window of a hashtag holds: the questions, oldest first, and how many of its other
// comments were hidden, needed no reply, or are not yet decided (counted, never shown: they can
// hold personal data).
struct RecapComments
{
    QList<RecapQuestion> questions;
    int hidden = 0;
    int ignored = 0;
    int undecided = 0;
};

} // namespace moderation
