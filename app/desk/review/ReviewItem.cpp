#include "ReviewItem.h"

#include "review/AnswerLibrary.h"
#include "storage/AnswerStore.h"
#include "storage/CaseStore.h"
#include "storage/CommentStore.h"
#include "storage/DraftStore.h"
#include "storage/UserStore.h"
#include "text/PiiDetector.h"

#include <QHash>
#include <QSet>

#include <algorithm>

namespace moderation {

Result<QList<ReviewItem>> ReviewItem::readQueue(Database& database, qint64 reviewerId, int limit)
{
    CaseFilter filter;
    filter.state = Case::State::InReview;
    auto cases = CaseStore(database).list(filter, limit);
    if (!cases)
        return cases.error();
    DraftStore drafts(database);
    CommentStore comments(database);
    AnswerStore answers(database);
    UserStore users(database);
    const PiiDetector detector;
    QHash<qint64, QString> logins;
    QList<ReviewItem> items;
    for (const Case& c : std::as_const(*cases)) {
        auto caseDrafts = drafts.forCase(c.id);
        if (!caseDrafts)
            return caseDrafts.error();
        // The submitted draft is the one under review; earlier ones were returned or withdrawn.
        auto submitted = std::find_if(caseDrafts->crbegin(), caseDrafts->crend(),
                                      [](const Draft& d) { return d.state == Draft::State::Submitted; });
        if (submitted == caseDrafts->crend() || submitted->authorId == reviewerId)
            continue;
        ReviewItem item;
        item.reviewCase = c;
        item.draft = *submitted;
        auto reviews = drafts.reviewsOf(item.draft.id);
        if (!reviews)
            return reviews.error();
        QSet<qint64> approvers;
        for (const Review& review : std::as_const(*reviews)) {
            if (review.verdict == Review::Verdict::Approved && review.textSha256 == item.draft.textSha256)
                approvers.insert(review.reviewerId);
        }
        // A reviewer who approved already waits for a second one; it is not theirs to review again.
        if (approvers.contains(reviewerId))
            continue;
        item.approvals = int(approvers.size());
        auto required = CaseStore(database).reviewsRequired(c.id);
        if (!required)
            return required.error();
        item.required = *required;
        auto comment = comments.byId(c.commentId);
        if (!comment)
            return comment.error();
        item.comment = *comment;
        // The thread above the comment, parent by parent, as far as the store holds it.
        QString parentId = item.comment.parentId;
        while (!parentId.isEmpty() && item.thread.size() < kThreadDepth) {
            auto parent = comments.byPlatformId(item.comment.platform, parentId);
            if (!parent)
                break; // not stored (outside what the account watches): the thread starts here
            item.thread.prepend(*parent);
            parentId = parent->parentId;
        }
        if (!logins.contains(item.draft.authorId)) {
            auto author = users.byId(item.draft.authorId);
            if (!author)
                return author.error();
            logins.insert(item.draft.authorId, author->login);
        }
        item.authorLogin = logins.value(item.draft.authorId);
        if (!item.draft.answerKey.isEmpty()) {
            auto answer = answers.byKey(item.draft.answerKey);
            if (answer) {
                item.hasAnswer = true;
                item.answerText = AnswerLibrary::fill(*answer, item.comment);
            } else if (answer.error().code() != Error::Code::NotFound) {
                return answer.error();
            }
        }
        item.pii = detector.detect(item.draft.text);
        item.length = ReplyLength::of(item.draft.text, item.comment.platform);
        items.append(item);
    }
    // Earliest deadline first; cases without an SLA after every case with one, oldest first.
    std::stable_sort(items.begin(), items.end(), [](const ReviewItem& a, const ReviewItem& b) {
        const QDateTime& x = a.reviewCase.slaDueAt;
        const QDateTime& y = b.reviewCase.slaDueAt;
        if (x.isValid() != y.isValid())
            return x.isValid();
        if (x.isValid() && x != y)
            return x < y;
        return a.reviewCase.createdAt < b.reviewCase.createdAt;
    });
    return items;
}

} // namespace moderation
