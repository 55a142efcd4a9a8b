#pragma once

#include "model/Decision.h"
#include "model/Error.h"

#include <QDateTime>
#include <QHash>
#include <QList>

#include <optional>

namespace moderation {

class Database;

// The policy's decisions on comments, with the rule, clause, PII and matched spans that explain
// them. Each is audited ("decision.recorded") in the same transaction.
class DecisionStore
{
public:
    explicit DecisionStore(Database& database)
        : m_database(database)
    {
    }

    Result<qint64> record(qint64 commentId, const Decision& decision, std::optional<qint64> policyVersionId,
                          const QString& actor = QStringLiteral("policy"),
                          std::optional<qint64> decidedBy = std::nullopt);

    // The latest decision on a comment, if any.
    Result<std::optional<StoredDecision>> latestFor(qint64 commentId) const;
    Result<QList<StoredDecision>> forComment(qint64 commentId) const; // oldest first
    // The latest decision on each of these comments, keyed by comment id; undecided ones are absent.
    // One query for a page of the inbox rather than one per row.
    Result<QHash<qint64, StoredDecision>> latestForComments(const QList<qint64>& commentIds) const;

private:
    Database& m_database;
};

} // namespace moderation
