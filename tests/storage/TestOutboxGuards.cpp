// The outbox's states as the database itself holds them (DESIGN.md "Outbox states"), attacked
// with raw SQL on both engines: only the drawn moves, a sent entry final, and only our own post
// deleted.
#include "InvariantFixture.h"

using namespace Qt::StringLiterals;
using namespace moderation;
using namespace moderation::test;

namespace {

class OutboxGuardTest : public InvariantTest
{
protected:
    // An unhide: a moderation action no other guard looks at.
    qint64 queueUnhide(const QString& state = u"pending"_s, const QVariant& platformResultId = {})
    {
        return insertReturningId(u"INSERT INTO outbox (kind, comment_id, state, platform_result_id, created_at, "
                                 "updated_at) VALUES ('unhide', ?, ?, ?, ?, ?) RETURNING id"_s,
                                 { m_comment, state, platformResultId, kNow, kNow });
    }
    Error queueDelete(qint64 comment)
    {
        auto q = db().exec(u"INSERT INTO outbox (kind, comment_id, state, created_at, updated_at) "
                           "VALUES ('delete', ?, 'pending', ?, ?)"_s,
                           { comment, kNow, kNow });
        return q ? Error() : q.error();
    }
    Error run(const QString& sql, const QVariantList& values)
    {
        auto q = db().exec(sql, values);
        return q ? Error() : q.error();
    }
    static void expectRefused(const Error& error, const QString& words)
    {
        EXPECT_EQ(error.code(), Error::Code::Refused) << error.toString().toStdString();
        EXPECT_TRUE(error.message().contains(words)) << error.toString().toStdString();
    }
};

} // namespace

TEST_P(OutboxGuardTest, TheDrawnMovesAreAllowed)
{
    const qint64 entry = queueUnhide();
    for (const QString& state : { u"sending"_s, u"pending"_s, u"sending"_s, u"failed"_s, u"pending"_s, u"failed"_s,
                                  u"pending"_s, u"sending"_s })
        EXPECT_FALSE(setOutboxState(entry, state).isError()) << state.toStdString();
    EXPECT_FALSE(setOutboxState(entry, u"sent"_s, u"1850000000000000777"_s).isError());
}

TEST_P(OutboxGuardTest, PendingCannotSkipSending)
{
    const qint64 entry = queueUnhide();
    expectRefused(setOutboxState(entry, u"sent"_s, u"1850000000000000777"_s), u"outbox: an entry moves only"_s);
}

TEST_P(OutboxGuardTest, FailedIsRetriedOnlyThroughPending)
{
    const qint64 entry = queueUnhide();
    ASSERT_FALSE(setOutboxState(entry, u"failed"_s).isError());
    expectRefused(setOutboxState(entry, u"sending"_s), u"outbox: an entry moves only"_s);
    expectRefused(setOutboxState(entry, u"sent"_s, u"1850000000000000777"_s), u"outbox: an entry moves only"_s);
}

TEST_P(OutboxGuardTest, SentNeedsThePlatformsId)
{
    const qint64 entry = queueUnhide(u"sending"_s);
    EXPECT_EQ(setOutboxState(entry, u"sent"_s).code(), Error::Code::Refused);
    EXPECT_EQ(setOutboxState(entry, u"sent"_s, u""_s).code(), Error::Code::Refused);
}

TEST_P(OutboxGuardTest, ASentEntryIsFinal)
{
    const qint64 entry = queueUnhide(u"sending"_s);
    ASSERT_FALSE(setOutboxState(entry, u"sent"_s, u"1850000000000000777"_s).isError());
    for (const QString& state : { u"pending"_s, u"sending"_s, u"failed"_s })
        EXPECT_EQ(run(u"UPDATE outbox SET state = ? WHERE id = ?"_s, { state, entry }).code(), Error::Code::Refused)
            << state.toStdString();
    expectRefused(run(u"UPDATE outbox SET platform_result_id = 'another' WHERE id = ?"_s, { entry }),
                  u"outbox: a sent entry is final"_s);
    // What does not change what was sent stays writable (the change feed touches rows).
    EXPECT_FALSE(run(u"UPDATE outbox SET attempts = attempts WHERE id = ?"_s, { entry }).isError());
    auto q = db().exec(u"SELECT state, platform_result_id FROM outbox WHERE id = ?"_s, { entry });
    ASSERT_TRUE(q.ok() && q->next());
    EXPECT_EQ(q->value(0).toString(), u"sent"_s);
    EXPECT_EQ(q->value(1).toString(), u"1850000000000000777"_s);
}

TEST_P(OutboxGuardTest, OnlyOurOwnPostCanBeDeleted)
{
    expectRefused(queueDelete(m_comment), u"outbox: only a post our own account wrote can be deleted"_s);
    auto ours = CommentStore(db()).ingest({ tweet(u"1850000000000000050"_s, u"Our earlier answer."_s).ours() });
    ASSERT_TRUE(ours.ok()) << ours.error().toString().toStdString();
    EXPECT_FALSE(queueDelete(ours->insertedIds.value(0)).isError());
}

TEST_P(OutboxGuardTest, ADeleteCannotBeMovedOntoAnotherComment)
{
    auto ours = CommentStore(db()).ingest({ tweet(u"1850000000000000050"_s, u"Our earlier answer."_s).ours() });
    ASSERT_TRUE(ours.ok());
    ASSERT_FALSE(queueDelete(ours->insertedIds.value(0)).isError());
    expectRefused(run(u"UPDATE outbox SET comment_id = ? WHERE kind = 'delete'"_s, { m_comment }),
                  u"only a post our own account wrote"_s);
    const qint64 unhide = queueUnhide();
    expectRefused(run(u"UPDATE outbox SET kind = 'delete' WHERE id = ?"_s, { unhide }),
                  u"only a post our own account wrote"_s);
}

TEST_P(OutboxGuardTest, ReplyToSendingWithoutApprovalIsStillRefused)
{
    const qint64 draft = insertDraft(kReply, m_author);
    auto outbox = insertOutboxReply(draft, kReply, u"pending"_s);
    ASSERT_TRUE(outbox.ok());
    expectRefused(setOutboxState(*outbox, u"sending"_s), u"approving review"_s);
}

TEST_P(OutboxGuardTest, CheckpointsAreAppendOnly)
{
    const QString hash(64, u'a');
    ASSERT_FALSE(run(u"INSERT INTO audit_checkpoints (day, seq, hash, mac, key_id, created_at) "
                     "VALUES ('2026-11-02', 1, ?, ?, '0123456789abcdef', ?)"_s,
                     { hash, hash, kNow })
                     .isError());
    expectRefused(run(u"UPDATE audit_checkpoints SET seq = 2"_s, {}), u"append-only"_s);
    expectRefused(run(u"DELETE FROM audit_checkpoints"_s, {}), u"append-only"_s);
    EXPECT_EQ(run(u"INSERT INTO audit_checkpoints (day, seq, hash, mac, key_id, created_at) "
                  "VALUES ('2026-11-02', 2, ?, ?, '0123456789abcdef', ?)"_s,
                  { hash, hash, kNow })
                  .code(),
              Error::Code::Refused);
}

MODERATION_INSTANTIATE_ENGINES(OutboxGuardTest);
