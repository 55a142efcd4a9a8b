#pragma once

#include "model/Enums.h"
#include "model/Error.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace moderation {

class Database;

// A unit of work for an agent: one comment that the policy said to respond to or escalate.
struct Case
{
    enum class State { New, Assigned, Drafting, InReview, Returned, Approved, Answered, Escalated, Closed };

    qint64 id = 0;
    qint64 commentId = 0;
    std::optional<qint64> decisionId;
    QString queue;
    Priority priority = Priority::Normal;
    State state = State::New;
    std::optional<qint64> assigneeId;
    QDateTime slaDueAt; // invalid when the rule set no SLA
    QDateTime createdAt;
    QDateTime updatedAt;
};

QString toString(Case::State state);
std::optional<Case::State> caseStateFromString(const QString& text);

class CaseStore
{
public:
    explicit CaseStore(Database& database)
        : m_database(database)
    {
    }

    // Opens the case for a comment (one case per comment: opening it again returns the existing
    // one unchanged). Audited in the caller's transaction, or in its own.
    Result<Case> open(qint64 commentId, std::optional<qint64> decisionId, const QString& queue, Priority priority,
                      std::optional<qint64> slaSeconds, const QString& actor);

    Result<Case> byId(qint64 id) const;
    Result<std::optional<Case>> forComment(qint64 commentId) const;
    // Open cases of a queue, most urgent first, then oldest first.
    Result<QList<Case>> openInQueue(const QString& queue, int limit) const;
    Result<qint64> countInState(Case::State state) const;

private:
    Database& m_database;
};

} // namespace moderation
