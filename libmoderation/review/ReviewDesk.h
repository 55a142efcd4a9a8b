#pragma once

#include "model/Case.h"
#include "model/Decision.h"
#include "model/Draft.h"
#include "model/Error.h"
#include "model/Review.h"

namespace moderation {

class Database;

// Drafting and federal sign-off around the database's guards (DESIGN.md data flow): an agent's
// reply to a case is checked (no personal data, within the platform's length) and submitted; a
// reviewer who is not its author approves exactly that text, which puts the reply in the outbox
// as pending, or returns it with a reason. Each step moves the case along its state machine and
// is audited in the same transaction; what the database would refuse, this says first, plainly.
class ReviewDesk
{
public:
    explicit ReviewDesk(Database& database)
        : m_database(database)
    {
    }

    // A draft file is at most 1 MB of UTF-8.
    static constexpr qsizetype kMaxDraftBytes = 1024 * 1024;

    // `login` submits `text` for the case they hold (assigned, drafting or returned): an assigned
    // case goes through drafting to in_review, each step audited. Refused, saying where, for
    // personal data in the text (the same PiiDetector as incoming comments) or a text the
    // platform would not take (X: 280 weighted, Facebook: 8,000).
    Result<Draft> submit(qint64 caseId, const QString& login, const QString& text, const QString& answerKey,
                         const QString& actor);

    // An approval and where the draft stands: `approvals` distinct reviewers of the `required`
    // (the case's reviews_required) have approved its text.
    struct Approval
    {
        Review review;
        int approvals = 0;
        int required = 1;
        bool complete() const { return approvals >= required; }
    };
    // `login` (a reviewer, not the author) approves the draft's text as submitted. At the case's
    // required count of distinct approvers: the draft and the case approved, the reply pending in
    // the outbox. Before it (two approvals, this the first): the review recorded, the draft still
    // submitted and the case in review, waiting for a second reviewer — someone other than the
    // first and the author.
    Result<Approval> approve(qint64 draftId, const QString& login, const QString& actor);
    // … or returns it with a reason: the draft and the case returned to the agent.
    Result<Review> returnDraft(qint64 draftId, const QString& login, const QString& reason, const QString& actor);

    // A proposed hide the agent holding its case agrees with: recorded, the hide queued in the
    // outbox (no review: DESIGN data flow) with the rule and clause, the case closed.
    Result<Case> confirmHide(qint64 caseId, const QString& login, const QString& actor);
    // … or does not: the case closed with the reason, nothing hidden.
    Result<Case> rejectHide(qint64 caseId, const QString& login, const QString& reason, const QString& actor);

private:
    // The case `login` holds, whose decision is a proposed hide, and that decision.
    struct ProposedHide
    {
        Case heldCase;
        StoredDecision decision;
    };
    Result<ProposedHide> proposedHide(qint64 caseId, const QString& login) const;

    Database& m_database;
};

} // namespace moderation
