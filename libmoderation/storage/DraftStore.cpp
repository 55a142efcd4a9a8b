#include "storage/DraftStore.h"

#include "storage/AuditStore.h"
#include "storage/Database.h"
#include "storage/SqlTime.h"
#include "storage/StoredRow.h"

#include <QCryptographicHash>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace moderation {

namespace {

const QString kDraftSelect
    = u"SELECT id, case_id, author_id, text, text_sha256, answer_key, state, created_at, updated_at FROM drafts "_s;
const QString kReviewSelect
    = u"SELECT id, draft_id, reviewer_id, verdict, text, text_sha256, reason, reviewed_at FROM reviews "_s;

Result<Draft> draftFrom(const QSqlQuery& q)
{
    StoredRow row(q, u"drafts");
    Draft d;
    d.id = q.value(0).toLongLong();
    d.caseId = q.value(1).toLongLong();
    d.authorId = q.value(2).toLongLong();
    d.text = q.value(3).toString();
    d.textSha256 = q.value(4).toString();
    d.answerKey = q.value(5).toString();
    d.state = row.decoded<Draft::State>(6, u"state", draftStateFromString);
    d.createdAt = timestampFrom(q.value(7));
    d.updatedAt = timestampFrom(q.value(8));
    if (!row.ok())
        return row.error();
    return d;
}

Result<Review> reviewFrom(const QSqlQuery& q)
{
    StoredRow row(q, u"reviews");
    Review r;
    r.id = q.value(0).toLongLong();
    r.draftId = q.value(1).toLongLong();
    r.reviewerId = q.value(2).toLongLong();
    r.verdict = row.decoded<Review::Verdict>(3, u"verdict", verdictFromString);
    r.text = q.value(4).toString();
    r.textSha256 = q.value(5).toString();
    r.reason = q.value(6).toString();
    r.reviewedAt = timestampFrom(q.value(7));
    if (!row.ok())
        return row.error();
    return r;
}

} // namespace

QString DraftStore::sha256Of(const QString& text)
{
    return QString::fromLatin1(QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha256).toHex());
}

Result<Draft> DraftStore::create(qint64 caseId, qint64 authorId, const QString& text, const QString& answerKey,
                                 Draft::State state, const QString& actor)
{
    std::optional<Draft> created;
    const Error error = m_database.transaction([&]() -> Error {
        const QString now = sqlTimestamp(m_database.clock().now());
        auto inserted = m_database.exec(u"INSERT INTO drafts (case_id, author_id, text, text_sha256, answer_key, state, "
                                        "created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"_s,
                                        { caseId, authorId, text, sha256Of(text), answerKey, toString(state), now, now });
        if (!inserted)
            return inserted.error().prefixed(u"storing a draft"_s);
        if (!inserted->next())
            return Error(Error::Code::Internal, u"storing a draft returned no id"_s);
        const qint64 id = inserted->value(0).toLongLong();
        AuditEvent event;
        event.actor = actor;
        event.action = u"draft.created"_s;
        event.entityType = u"draft"_s;
        event.entityId = QString::number(id);
        event.details.insert(u"case"_s, QString::number(caseId));
        event.details.insert(u"state"_s, toString(state));
        event.details.insert(u"text_sha256"_s, sha256Of(text));
        if (!answerKey.isEmpty())
            event.details.insert(u"answer"_s, answerKey);
        if (Error audit = AuditStore(m_database).append(event); audit.isError())
            return audit;
        auto read = byId(id);
        if (!read)
            return read.error();
        created = *read;
        return {};
    });
    if (error.isError())
        return error;
    return *created;
}

Result<Draft> DraftStore::setState(qint64 draftId, Draft::State to, const QString& actor)
{
    std::optional<Draft> changed;
    const Error error = m_database.transaction([&]() -> Error {
        auto current = byId(draftId);
        if (!current)
            return current.error();
        auto updated = m_database.exec(u"UPDATE drafts SET state = ?, updated_at = ? WHERE id = ?"_s,
                                       { toString(to), sqlTimestamp(m_database.clock().now()), draftId });
        if (!updated)
            return updated.error();
        AuditEvent event;
        event.actor = actor;
        event.action = u"draft."_s + toString(to);
        event.entityType = u"draft"_s;
        event.entityId = QString::number(draftId);
        event.details.insert(u"from"_s, toString(current->state));
        event.details.insert(u"to"_s, toString(to));
        if (Error audit = AuditStore(m_database).append(event); audit.isError())
            return audit;
        current->state = to;
        changed = *current;
        return {};
    });
    if (error.isError())
        return error;
    return *changed;
}

Result<Review> DraftStore::review(qint64 draftId, qint64 reviewerId, Review::Verdict verdict, const QString& reason,
                                  const QString& actor)
{
    std::optional<Review> made;
    const Error error = m_database.transaction([&]() -> Error {
        auto draft = byId(draftId);
        if (!draft)
            return draft.error();
        auto inserted = m_database.exec(u"INSERT INTO reviews (draft_id, reviewer_id, verdict, text, text_sha256, reason, "
                                        "reviewed_at) VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id"_s,
                                        { draftId, reviewerId, toString(verdict), draft->text, draft->textSha256, reason,
                                          sqlTimestamp(m_database.clock().now()) });
        if (!inserted)
            return inserted.error().prefixed(u"recording the review"_s);
        if (!inserted->next())
            return Error(Error::Code::Internal, u"recording the review returned no id"_s);
        const qint64 id = inserted->value(0).toLongLong();
        AuditEvent event;
        event.actor = actor;
        event.action = u"review."_s + toString(verdict);
        event.entityType = u"draft"_s;
        event.entityId = QString::number(draftId);
        event.details.insert(u"review"_s, QString::number(id));
        event.details.insert(u"reviewer"_s, QString::number(reviewerId));
        event.details.insert(u"text_sha256"_s, draft->textSha256);
        if (!reason.isEmpty())
            event.details.insert(u"reason"_s, reason);
        if (Error audit = AuditStore(m_database).append(event); audit.isError())
            return audit;
        auto read = m_database.exec(kReviewSelect + u"WHERE id = ?"_s, { id });
        if (!read)
            return read.error();
        if (!read->next())
            return Error(Error::Code::Internal, u"the review just recorded is missing"_s);
        auto review = reviewFrom(*read);
        if (!review)
            return review.error();
        made = *review;
        return {};
    });
    if (error.isError())
        return error;
    return *made;
}

Result<QList<qint64>> DraftStore::approversLocked(qint64 draftId)
{
    if (!m_database.isSqlite()) {
        auto locked = m_database.exec(u"SELECT id FROM drafts WHERE id = ? FOR UPDATE"_s, { draftId });
        if (!locked)
            return locked.error();
    }
    auto q = m_database.exec(u"SELECT DISTINCT r.reviewer_id FROM reviews r WHERE r.draft_id = ? "
                             "AND r.verdict = 'approved' AND EXISTS (SELECT 1 FROM user_roles u "
                             "WHERE u.user_id = r.reviewer_id AND u.role = 'reviewer') ORDER BY r.reviewer_id"_s,
                             { draftId });
    if (!q)
        return q.error().prefixed(u"counting the approvals of draft %1"_s.arg(draftId));
    QList<qint64> approvers;
    while (q->next())
        approvers.append(q->value(0).toLongLong());
    return approvers;
}

Result<Draft> DraftStore::byId(qint64 id) const
{
    auto q = m_database.exec(kDraftSelect + u"WHERE id = ?"_s, { id });
    if (!q)
        return q.error();
    if (!q->next())
        return Error(Error::Code::NotFound, u"no draft %1"_s.arg(id));
    return draftFrom(*q);
}

Result<QList<Draft>> DraftStore::forCase(qint64 caseId) const
{
    auto q = m_database.exec(kDraftSelect + u"WHERE case_id = ? ORDER BY id"_s, { caseId });
    if (!q)
        return q.error();
    QList<Draft> drafts;
    while (q->next()) {
        auto d = draftFrom(*q);
        if (!d)
            return d.error();
        drafts.append(*d);
    }
    return drafts;
}

Result<QList<Review>> DraftStore::reviewsOf(qint64 draftId) const
{
    auto q = m_database.exec(kReviewSelect + u"WHERE draft_id = ? ORDER BY id"_s, { draftId });
    if (!q)
        return q.error();
    QList<Review> reviews;
    while (q->next()) {
        auto r = reviewFrom(*q);
        if (!r)
            return r.error();
        reviews.append(*r);
    }
    return reviews;
}

} // namespace moderation
