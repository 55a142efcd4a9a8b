#pragma once

#include "model/Answer.h"
#include "model/Case.h"
#include "model/Comment.h"
#include "model/Decision.h"
#include "model/Draft.h"
#include "model/Error.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace moderation {

class Database;

// Everything the agent's case view shows about one case, gathered in one go on the store thread
// (the same reads as `moderationctl cases show`): the case, its comment, the thread around it,
// the author's recent comments, the policy's decision and a person's reclassification, X's reply
// warning, the drafts, and the answer library with the suggestions for this comment.
struct CaseDetails
{
    Case heldCase;
    Comment comment;
    QList<Comment> thread; // the conversation, oldest first (the comment itself included)
    QList<Comment> authorRecent; // the author's latest other comments, newest first
    std::optional<StoredDecision> policyDecision;
    std::optional<StoredDecision> personDecision;
    QString personLogin; // who reclassified, when someone did
    QString replyWarning; // X's tier refuses a reply to this post: say so before drafting
    QList<Draft> drafts; // oldest first
    QList<Answer> library; // active answers, by key
    QList<Answer> suggestions; // best first
    QStringList queues; // every queue's name (where a reclassification may escalate to)
    qint64 userId = 0; // the signed-in agent's id
    QDateTime now; // the store's clock when read

    // The decision the case follows: a person's reclassification over the policy's.
    const std::optional<StoredDecision>& basis() const { return personDecision ? personDecision : policyDecision; }
    bool heldByUser() const { return heldCase.assigneeId && *heldCase.assigneeId == userId; }
    bool isProposedHide() const;
    bool isOpen() const { return !heldCase.closedAt.isValid() && heldCase.state != Case::State::Closed; }

    // How many of the thread and of the author's comments are read.
    static constexpr int kThreadLimit = 50;
    static constexpr int kAuthorLimit = 10;

    // Reads the case for `login` (store thread only).
    static Result<CaseDetails> load(Database& database, qint64 caseId, const QString& login);
};

} // namespace moderation
