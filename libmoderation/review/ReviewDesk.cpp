#include "review/ReviewDesk.h"

#include "storage/CaseStore.h"
#include "storage/CommentStore.h"
#include "storage/DecisionStore.h"
#include "storage/Database.h"
#include "storage/DraftStore.h"
#include "storage/OutboxStore.h"
#include "storage/UserStore.h"
#include "text/PiiDetector.h"
#include "text/ReplyLength.h"

using namespace Qt::StringLiterals;

namespace moderation {

namespace {

Error checkText(const QString& text, Platform platform)
{
    if (text.trimmed().isEmpty())
        return Error(Error::Code::InvalidInput, u"the reply is empty"_s);
    if (text.toUtf8().size() > ReviewDesk::kMaxDraftBytes)
        return Error(Error::Code::InvalidInput, u"the reply is longer than 1 MB"_s);
    static const PiiDetector detector;
    const QList<PiiSpan> pii = detector.detect(text);
    if (!pii.isEmpty()) {
        const PiiSpan& first = pii.first();
        const QString found = QStringView(text).mid(first.start, first.end - first.start).toString();
        Q_UNUSED(found) // never echoed: it is personal data
        return Error(Error::Code::Refused,
                     u"the reply holds %1 at characters %2-%3: a reply to the public never carries personal data"_s
                         .arg(describe(first.kind))
                         .arg(first.start + 1)
                         .arg(first.end));
    }
    const ReplyLength::Measure measure = ReplyLength::of(text, platform);
    if (!measure.fits())
        return Error(Error::Code::Refused,
                     u"the reply is %1 long as %2 counts it, over its limit of %3 (it stops fitting at character %4)"_s
                         .arg(measure.length)
                         .arg(platform == Platform::Twitter ? u"X"_s : u"Facebook"_s)
                         .arg(measure.limit)
                         .arg(measure.overflowAt + 1));
    return {};
}

Result<User> withRole(Database& database, const QString& login, Role role, const QString& doing)
{
    auto user = UserStore(database).byLogin(login);
    if (!user)
        return user.error();
    if (!user->hasRole(role))
        return Error(Error::Code::Refused, u"%1 does not have the %2 role, which %3 needs"_s.arg(login, toString(role), doing));
    return user;
}

} // namespace

Result<Draft> ReviewDesk::submit(qint64 caseId, const QString& login, const QString& text, const QString& answerKey,
                                 const QString& actor)
{
    auto agent = withRole(m_database, login, Role::Agent, u"drafting a reply"_s);
    if (!agent)
        return agent.error();
    CaseStore cases(m_database);
    auto current = cases.byId(caseId);
    if (!current)
        return current.error();
    if (current->assigneeId != agent->id)
        return Error(Error::Code::Refused, u"case %1 is not held by %2: take it first (cases next, or a supervisor's "
                                          "cases assign)"_s.arg(caseId)
                                               .arg(login));
    auto comment = CommentStore(m_database).byId(current->commentId);
    if (!comment)
        return comment.error();
    if (Error error = checkText(text, comment->platform); error.isError())
        return error;

    std::optional<Draft> submitted;
    const Error error = m_database.transaction([&]() -> Error {
        // The implicit steps, each audited: assigned or returned → drafting → in_review.
        if (current->state == Case::State::Assigned || current->state == Case::State::Returned) {
            auto drafting = cases.move(caseId, Case::State::Drafting, QString(), actor);
            if (!drafting)
                return drafting.error();
        } else if (current->state != Case::State::Drafting) {
            return Error(Error::Code::Refused, u"case %1 is %2: a reply is drafted for a case assigned, drafting or "
                                              "returned"_s.arg(caseId)
                                                   .arg(toString(current->state)));
        }
        auto draft = DraftStore(m_database).create(caseId, agent->id, text, answerKey, Draft::State::Submitted, actor);
        if (!draft)
            return draft.error();
        auto inReview = cases.move(caseId, Case::State::InReview, QString(), actor);
        if (!inReview)
            return inReview.error();
        submitted = *draft;
        return {};
    });
    if (error.isError())
        return error;
    return *submitted;
}

Result<ReviewDesk::Approval> ReviewDesk::approve(qint64 draftId, const QString& login, const QString& actor)
{
    auto reviewer = withRole(m_database, login, Role::Reviewer, u"approving a reply"_s);
    if (!reviewer)
        return reviewer.error();
    DraftStore drafts(m_database);
    auto draft = drafts.byId(draftId);
    if (!draft)
        return draft.error();
    if (draft->authorId == reviewer->id)
        return Error(Error::Code::Refused, u"%1 wrote draft %2 and cannot approve it: another reviewer signs it off"_s.arg(
                                               login)
                                               .arg(draftId));
    if (draft->state != Draft::State::Submitted)
        return Error(Error::Code::Refused, u"draft %1 is %2: only a submitted draft is reviewed"_s.arg(draftId).arg(
                                               toString(draft->state)));
    CaseStore cases(m_database);
    auto current = cases.byId(draft->caseId);
    if (!current)
        return current.error();
    auto required = cases.reviewsRequired(draft->caseId);
    if (!required)
        return required.error();

    std::optional<Approval> made;
    const Error error = m_database.transaction([&]() -> Error {
        // Counted in the transaction, the draft locked: two approvals at once are first and second.
        auto approvers = drafts.approversLocked(draftId);
        if (!approvers)
            return approvers.error();
        if (approvers->contains(reviewer->id))
            return Error(Error::Code::Refused, u"%1 already approved draft %2: its second approval comes from "
                                              "another reviewer"_s.arg(login)
                                                   .arg(draftId));
        auto review = drafts.review(draftId, reviewer->id, Review::Verdict::Approved, QString(), actor);
        if (!review)
            return review.error();
        made = Approval { *review, int(approvers->size()) + 1, *required };
        if (!made->complete())
            return {}; // the draft waits, submitted, for the next reviewer
        auto approved = drafts.setState(draftId, Draft::State::Approved, actor);
        if (!approved)
            return approved.error();
        auto caseApproved = cases.move(draft->caseId, Case::State::Approved, QString(), actor);
        if (!caseApproved)
            return caseApproved.error();
        auto queued = OutboxStore(m_database).enqueueReply(current->commentId, draftId, draft->text, draft->textSha256,
                                                           actor);
        if (!queued)
            return queued.error();
        return {};
    });
    if (error.isError())
        return error;
    return *made;
}

Result<ReviewDesk::ProposedHide> ReviewDesk::proposedHide(qint64 caseId, const QString& login) const
{
    auto agent = withRole(m_database, login, Role::Agent, u"confirming or rejecting a hide"_s);
    if (!agent)
        return agent.error();
    auto current = CaseStore(m_database).byId(caseId);
    if (!current)
        return current.error();
    if (current->assigneeId != agent->id)
        return Error(Error::Code::Refused, u"case %1 is not held by %2: take it first"_s.arg(caseId).arg(login));
    auto decision = DecisionStore(m_database).latestFor(current->commentId);
    if (!decision)
        return decision.error();
    if (!decision->has_value() || (*decision)->decision.action != Action::Hide
        || (*decision)->decision.hideMode != HideMode::Proposed)
        return Error(Error::Code::Refused, u"case %1 holds no proposed hide"_s.arg(caseId));
    return ProposedHide { *current, **decision };
}

Result<Case> ReviewDesk::confirmHide(qint64 caseId, const QString& login, const QString& actor)
{
    auto proposed = proposedHide(caseId, login);
    if (!proposed)
        return proposed.error();
    auto agent = UserStore(m_database).byLogin(login);
    if (!agent)
        return agent.error();
    std::optional<Case> closed;
    const Error error = m_database.transaction([&]() -> Error {
        CaseStore cases(m_database);
        if (Error recorded = cases.recordHideConfirmation(caseId, proposed->decision.id, agent->id, actor);
            recorded.isError())
            return recorded;
        const Decision& d = proposed->decision.decision;
        const QString reason = d.clause.isEmpty() ? u"rule %1, confirmed by %2"_s.arg(d.ruleId, login)
                                                  : u"rule %1 (%2), confirmed by %3"_s.arg(d.ruleId, d.clause, login);
        auto queued = OutboxStore(m_database).enqueueModeration(OutboxEntry::Kind::Hide, proposed->heldCase.commentId,
                                                                actor, reason);
        if (!queued)
            return queued.error();
        auto done = cases.move(caseId, Case::State::Closed, u"hide confirmed"_s, actor);
        if (!done)
            return done.error();
        closed = *done;
        return {};
    });
    if (error.isError())
        return error;
    return *closed;
}

Result<Case> ReviewDesk::rejectHide(qint64 caseId, const QString& login, const QString& reason, const QString& actor)
{
    if (reason.trimmed().isEmpty())
        return Error(Error::Code::InvalidInput, u"rejecting a proposed hide needs a reason"_s);
    auto proposed = proposedHide(caseId, login);
    if (!proposed)
        return proposed.error();
    return CaseStore(m_database).move(caseId, Case::State::Closed, u"hide rejected: "_s + reason, actor);
}

Result<Review> ReviewDesk::returnDraft(qint64 draftId, const QString& login, const QString& reason,
                                       const QString& actor)
{
    if (reason.trimmed().isEmpty())
        return Error(Error::Code::InvalidInput, u"returning a draft needs a reason for its author"_s);
    auto reviewer = withRole(m_database, login, Role::Reviewer, u"returning a reply"_s);
    if (!reviewer)
        return reviewer.error();
    DraftStore drafts(m_database);
    auto draft = drafts.byId(draftId);
    if (!draft)
        return draft.error();
    if (draft->authorId == reviewer->id)
        return Error(Error::Code::Refused, u"%1 wrote draft %2 and cannot review it"_s.arg(login).arg(draftId));
    if (draft->state != Draft::State::Submitted)
        return Error(Error::Code::Refused, u"draft %1 is %2: only a submitted draft is reviewed"_s.arg(draftId).arg(
                                               toString(draft->state)));
    std::optional<Review> made;
    const Error error = m_database.transaction([&]() -> Error {
        auto review = drafts.review(draftId, reviewer->id, Review::Verdict::Returned, reason, actor);
        if (!review)
            return review.error();
        auto returned = drafts.setState(draftId, Draft::State::Returned, actor);
        if (!returned)
            return returned.error();
        auto caseReturned = CaseStore(m_database).move(draft->caseId, Case::State::Returned, reason, actor);
        if (!caseReturned)
            return caseReturned.error();
        made = *review;
        return {};
    });
    if (error.isError())
        return error;
    return *made;
}

} // namespace moderation
