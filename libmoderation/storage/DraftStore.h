#pragma once

#include "model/Draft.h"
#include "model/Error.h"
#include "model/Review.h"

#include <QList>

namespace moderation {

class Database;

// Drafts and their reviews: one aggregate. The database's guards (storage/MigrationGuards) hold
// the rules a modified client cannot get round; the review workflow (review/ReviewDesk) checks
// them first to say what is wrong plainly. Every write is audited in its transaction.
class DraftStore
{
public:
    explicit DraftStore(Database& database)
        : m_database(database)
    {
    }

    static QString sha256Of(const QString& text);

    // A new draft of a case by its author, editing or submitted.
    Result<Draft> create(qint64 caseId, qint64 authorId, const QString& text, const QString& answerKey,
                         Draft::State state, const QString& actor);
    Result<Draft> setState(qint64 draftId, Draft::State to, const QString& actor);
    // A reviewer's verdict on the draft's current text (reason: why it was returned).
    Result<Review> review(qint64 draftId, qint64 reviewerId, Review::Verdict verdict, const QString& reason,
                          const QString& actor);

    Result<Draft> byId(qint64 id) const;
    Result<QList<Draft>> forCase(qint64 caseId) const; // oldest first
    Result<QList<Review>> reviewsOf(qint64 draftId) const; // oldest first
    // The distinct users, still holding the reviewer role, who approved the draft: what the
    // outbox's two-approvals guard counts. Call it inside the transaction that adds an approval:
    // it locks the draft's row on PostgreSQL (SQLite's transaction already holds the write lock),
    // so two approvals made at once are counted one after the other, never both as the first.
    Result<QList<qint64>> approversLocked(qint64 draftId);

private:
    Database& m_database;
};

} // namespace moderation
