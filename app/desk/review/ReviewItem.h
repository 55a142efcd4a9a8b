#pragma once

#include "model/Case.h"
#include "model/Comment.h"
#include "model/Decision.h"
#include "model/Draft.h"
#include "model/Error.h"
#include "text/ReplyLength.h"

#include <QList>
#include <QString>

namespace moderation {

class Database;

// One draft awaiting review, with everything the reviewer's workspace shows beside it, read in
// one go on the store thread so that selecting a row never waits for the store.
struct ReviewItem
{
    Case reviewCase;
    Draft draft;
    Comment comment;
    QList<Comment> thread; // the comments it answers, nearest last (at most kThreadDepth)
    QString authorLogin; // the draft's author
    bool hasAnswer = false; // the draft started from a library answer that is still there
    QString answerText; // that answer filled in for the comment
    QList<PiiSpan> pii; // personal data in the draft
    ReplyLength::Measure length; // the draft against its platform's limit
    int approvals = 0; // distinct reviewers who approved this text so far
    int required = 1; // approvals the case needs

    static constexpr int kThreadDepth = 5;

    // The submitted drafts of cases in review that `reviewerId` may review (not theirs, not
    // already approved by them), earliest SLA first and those without one last; at most `limit`
    // cases are read.
    static Result<QList<ReviewItem>> readQueue(Database& database, qint64 reviewerId, int limit);
};

} // namespace moderation
