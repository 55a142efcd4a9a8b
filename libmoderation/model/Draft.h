#pragma once

#include <QDateTime>
#include <QString>

#include <optional>

namespace moderation {

// An agent's reply to a case, as written. Once submitted its text never changes: a reviewer
// approves or returns exactly that text, and a change is a new draft.
struct Draft
{
    enum class State { Editing, Submitted, Approved, Returned, Withdrawn, Sent };

    qint64 id = 0;
    qint64 caseId = 0;
    qint64 authorId = 0; // a user
    QString text; // the reply as it will be posted
    QString textSha256; // of the text's UTF-8 bytes, hex
    QString answerKey; // the answer-library entry it started from, if any
    State state = State::Editing;
    QDateTime createdAt;
    QDateTime updatedAt;
};

// Wire names: "editing", "submitted", "approved", "returned", "withdrawn", "sent".
QString toString(Draft::State state);
std::optional<Draft::State> draftStateFromString(QStringView text);

} // namespace moderation
