#pragma once

#include "model/Case.h"
#include "model/Error.h"

#include <QList>
#include <QString>

#include <optional>

namespace moderation {

class Database;

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
