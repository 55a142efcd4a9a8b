#include "CasesShowCommand.h"

#include "connectors/TwitterReplyRule.h"
#include "review/AnswerLibrary.h"
#include "storage/AccountStore.h"
#include "storage/AnswerStore.h"
#include "storage/CaseStore.h"
#include "storage/CommentStore.h"
#include "storage/DecisionStore.h"
#include "storage/DraftStore.h"
#include "storage/SqlTime.h"
#include "storage/UserStore.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace moderation::ctl {

void CasesShowCommand::configureWork(QCommandLineParser& parser) const
{
    parser.addPositionalArgument(u"CASE"_s, u"The case."_s);
}

int CasesShowCommand::runWork(Database& database, const QCommandLineParser& parser, const User& actor, CommandIo& io) const
{
    Q_UNUSED(actor)
    auto caseId = idArgument(parser, u"CASE"_s);
    if (!caseId)
        return reportError(io, caseId.error());
    auto found = CaseStore(database).byId(*caseId);
    if (!found)
        return reportError(io, found.error());
    auto comment = CommentStore(database).byId(found->commentId);
    if (!comment)
        return reportError(io, comment.error());
    auto decisions = DecisionStore(database).forComment(found->commentId);
    if (!decisions)
        return reportError(io, decisions.error());
    // The policy's latest decision, and beside it a person's latest reclassification, if any.
    std::optional<StoredDecision> policyDecision;
    std::optional<StoredDecision> personDecision;
    for (const StoredDecision& stored : std::as_const(*decisions))
        (stored.decidedBy ? personDecision : policyDecision) = stored;
    QString personLogin;
    if (personDecision) {
        auto person = UserStore(database).byId(*personDecision->decidedBy);
        if (!person)
            return reportError(io, person.error());
        personLogin = person->login;
    }
    auto reviewsRequired = CaseStore(database).reviewsRequired(*caseId);
    if (!reviewsRequired)
        return reportError(io, reviewsRequired.error());
    DraftStore drafts(database);
    auto caseDrafts = drafts.forCase(*caseId);
    if (!caseDrafts)
        return reportError(io, caseDrafts.error());

    QJsonObject shown = caseJson(*found, database.clock().now());
    shown.insert(u"comment"_s, QJsonObject { { u"platform"_s, toString(comment->platform) },
                                             { u"platform_id"_s, comment->platformId },
                                             { u"author"_s, comment->author.handle.isEmpty() ? comment->author.name
                                                                                              : u"@"_s + comment->author.handle },
                                             { u"text"_s, comment->text },
                                             { u"created_at"_s, sqlTimestamp(comment->createdAt) } });
    if (policyDecision) {
        const Decision& d = policyDecision->decision;
        shown.insert(u"decision"_s, QJsonObject { { u"rule"_s, d.ruleId },
                                                  { u"clause"_s, d.clause },
                                                  { u"action"_s, toString(d.action) },
                                                  { u"category"_s, d.category },
                                                  { u"explanation"_s, d.explanation } });
    }
    if (personDecision) {
        const Decision& d = personDecision->decision;
        shown.insert(u"reclassified"_s, QJsonObject { { u"by"_s, personLogin },
                                                      { u"action"_s, toString(d.action) },
                                                      { u"queue"_s, d.queue },
                                                      { u"reason"_s, d.explanation },
                                                      { u"decided_at"_s, sqlTimestamp(personDecision->decidedAt) } });
    }
    shown.insert(u"reviews_required"_s, *reviewsRequired);
    // X's tier rule, before anyone drafts a reply the platform would refuse.
    QString replyWarning;
    if (comment->platform == Platform::Twitter && !comment->accountName.isEmpty()) {
        auto account = AccountStore(database).byName(comment->accountName);
        if (!account && account.error().code() != Error::Code::NotFound)
            return reportError(io, account.error());
        replyWarning = TwitterReplyRule::warning(*comment, account ? account->externalId : QString());
    } else {
        replyWarning = TwitterReplyRule::warning(*comment, {});
    }
    if (!replyWarning.isEmpty())
        shown.insert(u"reply_warning"_s, replyWarning);
    QJsonArray draftArray;
    for (const Draft& draft : *caseDrafts) {
        auto reviews = drafts.reviewsOf(draft.id);
        if (!reviews)
            return reportError(io, reviews.error());
        QJsonArray reviewArray;
        for (const Review& review : *reviews)
            reviewArray.append(QJsonObject { { u"id"_s, QString::number(review.id) },
                                             { u"reviewer_id"_s, QString::number(review.reviewerId) },
                                             { u"verdict"_s, toString(review.verdict) },
                                             { u"reason"_s, review.reason } });
        draftArray.append(QJsonObject { { u"id"_s, QString::number(draft.id) },
                                        { u"author_id"_s, QString::number(draft.authorId) },
                                        { u"state"_s, toString(draft.state) },
                                        { u"text"_s, draft.text },
                                        { u"reviews"_s, reviewArray } });
    }
    shown.insert(u"drafts"_s, draftArray);
    // What the answer library offers for this comment, filled in for it: `draft submit CASE
    // --answer KEY` drafts one as it stands.
    auto library = AnswerStore(database).list();
    if (!library)
        return reportError(io, library.error());
    const std::optional<StoredDecision>& basis = personDecision ? personDecision : policyDecision;
    QJsonArray suggestionArray;
    for (const Answer& answer : AnswerLibrary::suggest(*library, *comment, basis ? basis->decision : Decision {}))
        suggestionArray.append(QJsonObject { { u"key"_s, answer.key },
                                             { u"title"_s, answer.title },
                                             { u"lang"_s, answer.lang },
                                             { u"text"_s, AnswerLibrary::fill(answer, *comment) } });
    shown.insert(u"suggestions"_s, suggestionArray);
    if (parser.isSet(u"json"_s)) {
        io.out << QJsonDocument(shown).toJson(QJsonDocument::Compact) << '\n';
        io.out.flush();
        return ExitOk;
    }
    io.out << "case " << found->id << ": " << toString(found->state) << " in " << found->queue << ", "
           << toString(found->priority) << '\n';
    if (found->slaDueAt.isValid())
        io.out << "sla: " << toString(slaStatus(*found, database.clock().now())) << ", at risk from "
               << sqlTimestamp(found->slaAtRiskAt) << ", due " << sqlTimestamp(found->slaDueAt) << '\n';
    io.out << "comment (" << toString(comment->platform) << "): " << comment->text << '\n';
    if (policyDecision)
        io.out << "decision: " << toString(policyDecision->decision.action) << ": "
               << policyDecision->decision.explanation << '\n';
    if (personDecision)
        io.out << "reclassified by " << personLogin << ": " << toString(personDecision->decision.action) << ": "
               << personDecision->decision.explanation << '\n';
    if (*reviewsRequired > 1)
        io.out << "sign-off: " << *reviewsRequired << " approvals by different reviewers\n";
    if (!replyWarning.isEmpty())
        io.out << "warning: " << replyWarning << '\n';
    for (const QJsonValue& value : suggestionArray)
        io.out << "suggested answer " << value[u"key"_s].toString() << ": " << value[u"title"_s].toString() << '\n';
    for (const QJsonValue& value : draftArray) {
        const QJsonObject draft = value.toObject();
        io.out << "draft " << draft.value(u"id"_s).toString() << " (" << draft.value(u"state"_s).toString()
               << "): " << draft.value(u"text"_s).toString() << '\n';
    }
    io.out.flush();
    return ExitOk;
}

} // namespace moderation::ctl
