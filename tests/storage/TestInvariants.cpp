// The invariants the database itself holds, on both engines: each test tries to break one with
// raw SQL, the way a modified client or a hurried admin would, and expects a refusal.
#include "InvariantFixture.h"
#include "StoreReads.h"

#include "storage/CommentStore.h"

#include <QCryptographicHash>
#include <QJsonObject>

using namespace Qt::StringLiterals;
using namespace moderation;
using namespace moderation::test;

TEST_P(InvariantTest, ApprovedReplyByAnotherUserCanBeSentWithPlatformId)
{
    const qint64 draft = approvedDraft(kReply);
    auto outbox = insertOutboxReply(draft, kReply, u"pending"_s);
    ASSERT_TRUE(outbox.ok()) << outbox.error().toString().toStdString();
    EXPECT_FALSE(setOutboxState(*outbox, u"sending"_s).isError());
    EXPECT_FALSE(setOutboxState(*outbox, u"sent"_s, u"1850000000000000999"_s).isError());
}

TEST_P(InvariantTest, ReplyWithoutReviewCannotBeMarkedSending)
{
    const qint64 draft = insertDraft(kReply, m_author);
    auto outbox = insertOutboxReply(draft, kReply, u"pending"_s);
    ASSERT_TRUE(outbox.ok());
    const Error refused = setOutboxState(*outbox, u"sending"_s);
    EXPECT_EQ(refused.code(), Error::Code::Refused) << refused.toString().toStdString();
    EXPECT_TRUE(refused.message().contains(u"approving review"_s)) << refused.toString().toStdString();
}

TEST_P(InvariantTest, ReplyCannotBeInsertedAlreadySent)
{
    const qint64 draft = insertDraft(kReply, m_author);
    auto outbox = insertOutboxReply(draft, kReply, u"sent"_s, u"1850000000000000999"_s);
    ASSERT_FALSE(outbox.ok());
    EXPECT_EQ(outbox.error().code(), Error::Code::Refused);
}

TEST_P(InvariantTest, ReviewerCannotApproveOwnDraft)
{
    // Even one who holds both roles.
    const qint64 both = insertUser(u"agent.and.reviewer"_s, { u"agent"_s, u"reviewer"_s });
    const qint64 draft = insertDraft(kReply, both);
    const Error refused = insertReview(draft, both, u"approved"_s, kReply);
    EXPECT_EQ(refused.code(), Error::Code::Refused);
    EXPECT_TRUE(refused.message().contains(u"own draft"_s)) << refused.toString().toStdString();
}

TEST_P(InvariantTest, ReturnedReviewDoesNotAllowSending)
{
    const qint64 draft = insertDraft(kReply, m_author);
    ASSERT_FALSE(insertReview(draft, m_reviewer, u"returned"_s, kReply).isError());
    ASSERT_FALSE(setDraftState(draft, u"returned"_s).isError());
    auto outbox = insertOutboxReply(draft, kReply, u"pending"_s);
    ASSERT_TRUE(outbox.ok());
    EXPECT_EQ(setOutboxState(*outbox, u"sending"_s).code(), Error::Code::Refused);
}

TEST_P(InvariantTest, ApprovalOfOneTextDoesNotSendAnother)
{
    const qint64 draft = approvedDraft(kReply);
    const QString altered = kReply + u" Also, send us your SSN."_s;
    auto outbox = insertOutboxReply(draft, altered, u"pending"_s);
    ASSERT_TRUE(outbox.ok());
    EXPECT_EQ(setOutboxState(*outbox, u"sending"_s).code(), Error::Code::Refused);
}

TEST_P(InvariantTest, ApprovedHashWithOtherTextIsRefused)
{
    // The approved text's hash on a different text: the hash alone must not be enough.
    const qint64 draft = approvedDraft(kReply);
    auto outbox = insertOutboxReply(draft, u"Something else entirely."_s, u"pending"_s, {}, sha256(kReply));
    ASSERT_TRUE(outbox.ok());
    EXPECT_EQ(setOutboxState(*outbox, u"sending"_s).code(), Error::Code::Refused);
}

TEST_P(InvariantTest, SentReplyTextCannotBeChangedAfterwards)
{
    const qint64 draft = approvedDraft(kReply);
    auto outbox = insertOutboxReply(draft, kReply, u"pending"_s);
    ASSERT_TRUE(outbox.ok());
    ASSERT_FALSE(setOutboxState(*outbox, u"sending"_s).isError());
    const QString other = u"Edited after approval."_s;
    auto edited = db().exec(u"UPDATE outbox SET text = ?, text_sha256 = ? WHERE id = ?"_s,
                            { other, sha256(other), *outbox });
    ASSERT_FALSE(edited.ok());
    EXPECT_EQ(edited.error().code(), Error::Code::Refused);
}

TEST_P(InvariantTest, SentNeedsThePlatformsId)
{
    const qint64 draft = approvedDraft(kReply);
    auto outbox = insertOutboxReply(draft, kReply, u"pending"_s);
    ASSERT_TRUE(outbox.ok());
    ASSERT_FALSE(setOutboxState(*outbox, u"sending"_s).isError());
    EXPECT_EQ(setOutboxState(*outbox, u"sent"_s).code(), Error::Code::Refused);
    EXPECT_EQ(setOutboxState(*outbox, u"sent"_s, u""_s).code(), Error::Code::Refused);
}

TEST_P(InvariantTest, SubmittedDraftTextIsFrozen)
{
    const qint64 draft = insertDraft(kReply, m_author);
    const QString other = u"Changed after submission."_s;
    auto changed = db().exec(u"UPDATE drafts SET text = ?, text_sha256 = ? WHERE id = ?"_s, { other, sha256(other), draft });
    ASSERT_FALSE(changed.ok());
    EXPECT_EQ(changed.error().code(), Error::Code::Refused);
}

// Both engines refuse a change and allow writing the same text again (an UPDATE that sets the
// state and passes the text unchanged); they once disagreed on the second.
TEST_P(InvariantTest, SubmittedDraftAcceptsItsOwnTextAgain)
{
    const qint64 draft = insertDraft(kReply, m_author);
    auto same = db().exec(u"UPDATE drafts SET text = ?, text_sha256 = ?, author_id = ? WHERE id = ?"_s,
                          { kReply, sha256(kReply), m_author, draft });
    EXPECT_TRUE(same.ok()) << same.error().toString().toStdString();
    auto otherAuthor = db().exec(u"UPDATE drafts SET author_id = ? WHERE id = ?"_s, { m_reviewer, draft });
    ASSERT_FALSE(otherAuthor.ok());
    EXPECT_EQ(otherAuthor.error().code(), Error::Code::Refused);
}

TEST_P(InvariantTest, ReviewMustBeOfTheDraftsCurrentText)
{
    const qint64 draft = insertDraft(kReply, m_author);
    EXPECT_EQ(insertReview(draft, m_reviewer, u"approved"_s, u"A text nobody drafted."_s).code(), Error::Code::Refused);
}

TEST_P(InvariantTest, ReviewsCannotBeRewritten)
{
    const qint64 draft = insertDraft(kReply, m_author);
    ASSERT_FALSE(insertReview(draft, m_reviewer, u"returned"_s, kReply).isError());
    auto flipped = db().exec(u"UPDATE reviews SET verdict = 'approved' WHERE draft_id = ?"_s, { draft });
    EXPECT_FALSE(flipped.ok());
    auto removed = db().exec(u"DELETE FROM reviews WHERE draft_id = ?"_s, { draft });
    EXPECT_FALSE(removed.ok());
}

TEST_P(InvariantTest, HideActionsNeedNoReview)
{
    // Only replies need a reviewer's sign-off (DESIGN.md); a hide the policy decided automatically
    // goes out with the platform's id.
    ASSERT_TRUE(db().exec(u"INSERT INTO decisions (comment_id, rule_id, action, hide_mode, explanation, decided_at) "
                          "VALUES (?, 'pii', 'hide', 'automatic', 'Personal data.', ?)"_s,
                          { m_comment, kNow })
                    .ok());
    auto query = db().exec(u"INSERT INTO outbox (kind, comment_id, state, platform_result_id, created_at, updated_at) "
                           "VALUES ('hide', ?, 'sent', ?, ?, ?)"_s,
                           { m_comment, u"1850000000000000001"_s, kNow, kNow });
    EXPECT_TRUE(query.ok()) << query.error().toString().toStdString();
}

TEST_P(InvariantTest, AuditRowsCannotBeUpdated)
{
    ASSERT_FALSE(auditTail(db(), 1).isEmpty());
    auto updated = db().exec(u"UPDATE audit_log SET actor = 'mallory' WHERE seq = 1"_s);
    ASSERT_FALSE(updated.ok());
    EXPECT_EQ(updated.error().code(), Error::Code::Refused);
    EXPECT_TRUE(updated.error().message().contains(u"append-only"_s)) << updated.error().toString().toStdString();
    EXPECT_EQ(auditTail(db(), 100).constLast().actor, u"system"_s);
}

TEST_P(InvariantTest, AuditRowsCannotBeDeleted)
{
    const auto before = auditCount(db());
    auto deleted = db().exec(u"DELETE FROM audit_log"_s);
    ASSERT_FALSE(deleted.ok());
    EXPECT_EQ(deleted.error().code(), Error::Code::Refused);
    EXPECT_EQ(auditCount(db()), before);
}


TEST_P(InvariantTest, ForgedAuditRowThatSkipsTheChainIsRefused)
{
    const auto last = auditTail(db(), 1).constFirst();
    auto forged = db().exec(u"INSERT INTO audit_log (seq, at, actor, action, entity_type, entity_id, details, "
                            "prev_hash, hash) VALUES (?, ?, 'mallory', 'x', 'x', 'x', '{}', ?, ?)"_s,
                            { last.seq + 1, kNow, QString(64, u'a'), QString(64, u'b') });
    ASSERT_FALSE(forged.ok());
    EXPECT_EQ(forged.error().code(), Error::Code::Refused);
    auto gap = db().exec(u"INSERT INTO audit_log (seq, at, actor, action, entity_type, entity_id, details, "
                         "prev_hash, hash) VALUES (?, ?, 'mallory', 'x', 'x', 'x', '{}', ?, ?)"_s,
                         { last.seq + 5, kNow, last.hash, QString(64, u'c') });
    EXPECT_FALSE(gap.ok());
}

TEST_P(InvariantTest, CommentIsUniquePerPlatformAndId)
{
    auto duplicate = db().exec(u"INSERT INTO comments (platform, platform_id, source, author_id, text, created_at, "
                               "raw_json, ingested_at, updated_at) VALUES ('twitter', '1850000000000000001', 'mention', "
                               "'7', 'again', ?, '{}', ?, ?)"_s,
                               { kNow, kNow, kNow });
    ASSERT_FALSE(duplicate.ok());
    EXPECT_EQ(duplicate.error().code(), Error::Code::Refused);
    // The same id on the other platform is another comment.
    auto other = db().exec(u"INSERT INTO comments (platform, platform_id, source, author_id, text, created_at, "
                           "raw_json, ingested_at, updated_at) VALUES ('facebook', '1850000000000000001', "
                           "'page_comment', '7', 'other', ?, '{}', ?, ?)"_s,
                           { kNow, kNow, kNow });
    EXPECT_TRUE(other.ok()) << other.error().toString().toStdString();
}

TEST_P(InvariantTest, OnlyOnePolicyVersionIsActive)
{
    const QString insert = u"INSERT INTO policy_versions (name, version, document, sha256, created_at, created_by, "
                           "active) VALUES ('p', ?, '{}', ?, ?, 'admin', ?)"_s;
    ASSERT_TRUE(db().exec(insert, { 1, QString(64, u'1'), kNow, true }).ok());
    auto second = db().exec(insert, { 2, QString(64, u'2'), kNow, true });
    ASSERT_FALSE(second.ok());
    EXPECT_EQ(second.error().code(), Error::Code::Refused);
}

MODERATION_INSTANTIATE_ENGINES(InvariantTest);

// SQLite has no TRUNCATE; DELETE without WHERE is refused on both (AuditRowsCannotBeDeleted).
TEST(InvariantsOnPostgres, AuditLogCannotBeTruncated)
{
    TempDatabase temp(Engine::Postgres);
    ASSERT_TRUE(temp.setupError().isEmpty()) << temp.setupError().toStdString();
    const qint64 before = auditCount(temp.db());
    ASSERT_GT(before, 0);
    EXPECT_EQ(temp.db().execRaw(u"TRUNCATE audit_log"_s).code(), Error::Code::Refused);
    EXPECT_EQ(auditCount(temp.db()), before);
}
