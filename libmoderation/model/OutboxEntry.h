#pragma once

#include <QDateTime>
#include <QString>

#include <optional>

namespace moderation {

// What waits to go out to a platform (DESIGN.md "Outbox states"): pending → sending → sent
// (only with the platform's id of what was created or changed) or failed.
struct OutboxEntry
{
    enum class Kind { Reply, Hide, Unhide, Delete };
    enum class State { Pending, Sending, Sent, Failed };

    qint64 id = 0;
    Kind kind = Kind::Hide;
    qint64 commentId = 0;
    std::optional<qint64> accountId;
    std::optional<qint64> draftId; // replies only
    QString text; // replies only: exactly the approved text
    QString textSha256;
    State state = State::Pending;
    QString platformResultId; // what the platform created or changed; set when sent
    QString error; // the platform's error when failed
    bool needsAttention = false;
    int attempts = 0;
    QDateTime nextAttemptAt;
    QDateTime createdAt;
    QDateTime updatedAt;
};

// Wire names: "reply", "hide", "unhide", "delete"; "pending", "sending", "sent", "failed".
QString toString(OutboxEntry::Kind kind);
std::optional<OutboxEntry::Kind> outboxKindFromString(QStringView text);
QString toString(OutboxEntry::State state);
std::optional<OutboxEntry::State> outboxStateFromString(QStringView text);

} // namespace moderation
