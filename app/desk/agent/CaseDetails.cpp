#include "CaseDetails.h"

#include "connectors/TwitterReplyRule.h"
#include "review/AnswerLibrary.h"
#include "storage/AccountStore.h"
#include "storage/AnswerStore.h"
#include "storage/CaseStore.h"
#include "storage/CommentStore.h"
#include "storage/Database.h"
#include "storage/DecisionStore.h"
#include "storage/DraftStore.h"
#include "storage/QueueStore.h"
#include "storage/UserStore.h"

namespace moderation {

bool CaseDetails::isProposedHide() const
{
    const auto& decision = basis();
    return decision && decision->decision.action == Action::Hide && decision->decision.hideMode == HideMode::Proposed
        && !decision->decidedBy;
}

Result<CaseDetails> CaseDetails::load(Database& database, qint64 caseId, const QString& login)
{
    CaseDetails details;
    details.now = database.clock().now();
    auto user = UserStore(database).byLogin(login);
    if (!user)
        return user.error();
    details.userId = user->id;
    auto found = CaseStore(database).byId(caseId);
    if (!found)
        return found.error();
    details.heldCase = *found;
    CommentStore comments(database);
    auto comment = comments.byId(found->commentId);
    if (!comment)
        return comment.error();
    details.comment = *comment;
    auto thread = comments.inConversation(comment->platform, comment->conversationId, kThreadLimit);
    if (!thread)
        return thread.error();
    details.thread = *thread;
    // One more than shown, since the comment itself is among the author's latest.
    auto authorRecent = comments.byAuthor(comment->platform, comment->author.id, kAuthorLimit + 1);
    if (!authorRecent)
        return authorRecent.error();
    for (const Comment& other : std::as_const(*authorRecent)) {
        if (other.id != comment->id && details.authorRecent.size() < kAuthorLimit)
            details.authorRecent.append(other);
    }
    auto decisions = DecisionStore(database).forComment(found->commentId);
    if (!decisions)
        return decisions.error();
    // The policy's latest decision, and beside it a person's latest reclassification, if any.
    for (const StoredDecision& stored : std::as_const(*decisions))
        (stored.decidedBy ? details.personDecision : details.policyDecision) = stored;
    if (details.personDecision) {
        auto person = UserStore(database).byId(*details.personDecision->decidedBy);
        if (!person)
            return person.error();
        details.personLogin = person->login;
    }
    // X's tier rule, before anyone drafts a reply the platform would refuse.
    QString ownUserId;
    if (comment->platform == Platform::Twitter && !comment->accountName.isEmpty()) {
        auto account = AccountStore(database).byName(comment->accountName);
        if (!account && account.error().code() != Error::Code::NotFound)
            return account.error();
        if (account)
            ownUserId = account->externalId;
    }
    details.replyWarning = TwitterReplyRule::warning(*comment, ownUserId);
    auto drafts = DraftStore(database).forCase(caseId);
    if (!drafts)
        return drafts.error();
    details.drafts = *drafts;
    auto library = AnswerStore(database).list();
    if (!library)
        return library.error();
    details.library = *library;
    const auto& basis = details.basis();
    details.suggestions = AnswerLibrary::suggest(details.library, *comment, basis ? basis->decision : Decision {});
    auto queues = QueueStore(database).list();
    if (!queues)
        return queues.error();
    for (const Queue& queue : std::as_const(*queues))
        details.queues.append(queue.name);
    return details;
}

} // namespace moderation
