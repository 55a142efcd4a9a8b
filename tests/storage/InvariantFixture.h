#pragma once

// A store with the people, comment and case that the invariant and guard tests attack: an agent
// who drafts, a reviewer (with the reviewer role) who reviews, a comment and its case, on both
// engines. Rows are written with raw SQL, as a modified client would.

#include "CommentBuilders.h"
#include "TempDatabase.h"

#include "storage/CommentStore.h"

#include <QCryptographicHash>

namespace moderation::test {

inline const QString kNow = QStringLiteral("2026-11-02T14:00:00.000Z");
inline const QString kReply = QStringLiteral("Thank you for asking. Processing times are at uscis.gov/processing-times.");

inline QString sha256(const QString& text)
{
    return QString::fromLatin1(QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha256).toHex());
}

class InvariantTest : public EngineTest
{
protected:
    void SetUp() override
    {
        EngineTest::SetUp();
        if (HasFatalFailure())
            return;
        m_author = insertUser(QStringLiteral("agent.ana"), { QStringLiteral("agent") });
        m_reviewer = insertUser(QStringLiteral("reviewer.rui"), { QStringLiteral("reviewer") });
        m_comment = storeComment(QStringLiteral("1850000000000000001"));
        m_case = openCase(m_comment);
    }

    qint64 insertReturningId(const QString& sql, const QVariantList& values)
    {
        auto query = db().exec(sql, values);
        EXPECT_TRUE(query.ok()) << query.error().toString().toStdString();
        if (!query.ok() || !query->next())
            return 0;
        return query->value(0).toLongLong();
    }

    qint64 insertUser(const QString& login, const QStringList& roles = {})
    {
        const qint64 id = insertReturningId(
            QStringLiteral("INSERT INTO users (login, created_at) VALUES (?, ?) RETURNING id"), { login, kNow });
        for (const QString& role : roles)
            EXPECT_TRUE(db().exec(QStringLiteral("INSERT INTO user_roles (user_id, role) VALUES (?, ?)"), { id, role }).ok());
        return id;
    }

    qint64 storeComment(const QString& platformId)
    {
        auto ingested = CommentStore(db()).ingest(
            { tweet(platformId, QStringLiteral("How long does the I-485 take?"))
                  .by(QStringLiteral("42"), QStringLiteral("maria"), QStringLiteral("María"))
                  .at(QDateTime::fromString(kNow, Qt::ISODateWithMs)) });
        EXPECT_TRUE(ingested.ok()) << ingested.error().toString().toStdString();
        return ingested.ok() ? ingested->insertedIds.value(0) : 0;
    }

    qint64 openCase(qint64 comment)
    {
        return insertReturningId(
            QStringLiteral("INSERT INTO cases (comment_id, created_at, updated_at) VALUES (?, ?, ?) RETURNING id"),
            { comment, kNow, kNow });
    }

    // A draft by the author, already submitted, with the given text, on the fixture's case (or
    // another).
    // hash: the text's SHA-256 unless given (a modified client may write any).
    qint64 insertDraft(const QString& text, qint64 author, qint64 caseId = 0, const QString& state = QStringLiteral("submitted"),
                       const QString& hash = {})
    {
        return insertReturningId(QStringLiteral("INSERT INTO drafts (case_id, author_id, text, text_sha256, state, "
                                                "created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id"),
                                 { caseId ? caseId : m_case, author, text, hash.isEmpty() ? sha256(text) : hash, state,
                                   kNow, kNow });
    }

    Error insertReview(qint64 draft, qint64 reviewer, const QString& verdict, const QString& text, const QString& hash = {})
    {
        auto query = db().exec(QStringLiteral("INSERT INTO reviews (draft_id, reviewer_id, verdict, text, text_sha256, "
                                              "reviewed_at) VALUES (?, ?, ?, ?, ?, ?)"),
                               { draft, reviewer, verdict, text, hash.isEmpty() ? sha256(text) : hash, kNow });
        return query ? Error() : query.error();
    }

    Error setDraftState(qint64 draft, const QString& state)
    {
        auto query = db().exec(QStringLiteral("UPDATE drafts SET state = ? WHERE id = ?"), { state, draft });
        return query ? Error() : query.error();
    }

    // A submitted draft of `text`, approved by the reviewer: the legitimate path to sending.
    qint64 approvedDraft(const QString& text, qint64 caseId = 0)
    {
        const qint64 draft = insertDraft(text, m_author, caseId);
        EXPECT_FALSE(insertReview(draft, m_reviewer, QStringLiteral("approved"), text).isError());
        EXPECT_FALSE(setDraftState(draft, QStringLiteral("approved")).isError());
        return draft;
    }

    Result<qint64> insertOutboxReply(qint64 draft, const QString& text, const QString& state,
                                     const QVariant& platformResultId = {}, const QString& hash = {}, qint64 comment = 0)
    {
        auto query = db().exec(QStringLiteral("INSERT INTO outbox (kind, comment_id, draft_id, text, text_sha256, state, "
                                              "platform_result_id, created_at, updated_at) VALUES ('reply', ?, ?, ?, ?, "
                                              "?, ?, ?, ?) RETURNING id"),
                               { comment ? comment : m_comment, draft, text, hash.isEmpty() ? sha256(text) : hash, state,
                                 platformResultId, kNow, kNow });
        if (!query)
            return query.error();
        if (!query->next())
            return Error(Error::Code::Internal, QStringLiteral("no id returned"));
        return query->value(0).toLongLong();
    }

    Error setOutboxState(qint64 id, const QString& state, const QVariant& platformResultId = {})
    {
        auto query = db().exec(QStringLiteral("UPDATE outbox SET state = ?, platform_result_id = ? WHERE id = ?"),
                               { state, platformResultId, id });
        return query ? Error() : query.error();
    }

    // Queues the reply of an approved draft and tries to mark it sending: the outbox's guard says.
    Error trySending(qint64 draft, const QString& text, qint64 comment = 0)
    {
        auto outbox = insertOutboxReply(draft, text, QStringLiteral("pending"), {}, {}, comment);
        if (!outbox)
            return outbox.error();
        return setOutboxState(*outbox, QStringLiteral("sending"));
    }

    qint64 m_author = 0;
    qint64 m_reviewer = 0;
    qint64 m_comment = 0;
    qint64 m_case = 0;
};

} // namespace moderation::test
