#include "storage/RecapStore.h"

#include "storage/Database.h"
#include "storage/SqlTime.h"
#include "text/Hashtags.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace moderation {

Result<RecapComments> RecapStore::read(const QString& hashtag, const QDateTime& from, const QDateTime& to) const
{
    // Only comments with a '#' come back; whole-hashtag matching, in any case and script, is
    // done here rather than in SQL (SQLite's LOWER folds ASCII only).
    auto q = m_database.exec(uR"(SELECT c.id, c.platform, c.text, c.created_at,
               (SELECT d.action FROM decisions d WHERE d.comment_id = c.id ORDER BY d.id DESC LIMIT 1)
        FROM comments c
        WHERE c.created_at >= ? AND c.created_at < ? AND c.ours = ? AND c.removed = ? AND c.text LIKE '%#%'
        ORDER BY c.created_at, c.id)"_s,
                             { sqlTimestamp(from), sqlTimestamp(to), false, false });
    if (!q)
        return q.error().prefixed(u"reading the comments under #%1"_s.arg(hashtag));
    RecapComments recap;
    while (q->next()) {
        const QString text = q->value(2).toString();
        if (!Hashtags::contains(text, hashtag))
            continue;
        if (q->value(4).isNull()) {
            ++recap.undecided;
            continue;
        }
        const QString actionName = q->value(4).toString();
        const std::optional<Action> action = actionFromString(actionName);
        const std::optional<Platform> platform = platformFromString(q->value(1).toString());
        if (!action || !platform)
            return Error(Error::Code::Corrupt, u"comment %1: unknown platform or action \"%2\""_s.arg(
                                                   q->value(0).toString(), actionName));
        if (*action == Action::Hide) {
            ++recap.hidden;
        } else if (*action == Action::Ignore) {
            ++recap.ignored;
        } else {
            RecapQuestion question;
            question.commentId = q->value(0).toLongLong();
            question.platform = *platform;
            question.text = text;
            question.createdAt = timestampFrom(q->value(3));
            question.action = *action;
            recap.questions.append(question);
        }
    }
    for (RecapQuestion& question : recap.questions) {
        if (const Error error = findAnswer(question); error.isError())
            return error;
    }
    return recap;
}

Error RecapStore::findAnswer(RecapQuestion& question) const
{
    // A sent reply's text is its approving review's (the outbox guard holds them equal).
    auto sent = m_database.exec(u"SELECT text FROM outbox WHERE comment_id = ? AND kind = 'reply' AND state = 'sent' "
                                "ORDER BY id DESC LIMIT 1"_s,
                                { question.commentId });
    if (!sent)
        return sent.error().prefixed(u"reading the reply to comment %1"_s.arg(question.commentId));
    if (sent->next()) {
        question.answer = sent->value(0).toString();
        question.answerSent = true;
        return {};
    }
    auto approved = m_database.exec(uR"(SELECT r.text FROM reviews r
        JOIN drafts d ON d.id = r.draft_id JOIN cases k ON k.id = d.case_id
        WHERE k.comment_id = ? AND d.state IN ('approved', 'sent') AND r.verdict = 'approved'
        ORDER BY r.id DESC LIMIT 1)"_s,
                                    { question.commentId });
    if (!approved)
        return approved.error().prefixed(u"reading the approved answer to comment %1"_s.arg(question.commentId));
    if (approved->next())
        question.answer = approved->value(0).toString();
    return {};
}

} // namespace moderation
