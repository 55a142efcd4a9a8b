// The dispatcher's side of the outbox (storage/OutboxStore), on both engines: what is due, each
// move a compare-and-set with its audit event, and a sent reply answering its case.
#include "StoreReads.h"
#include "WorkFixture.h"

#include "review/ReviewDesk.h"
#include "storage/CaseStore.h"
#include "storage/CommentStore.h"
#include "storage/DraftStore.h"
#include "storage/OutboxStore.h"

using namespace Qt::StringLiterals;
using namespace moderation;
using namespace moderation::test;

namespace {

const QString kText = u"Thank you for asking: interviews are scheduled within 30 days of the notice."_s;

class OutboxDispatchTest : public WorkTest
{
protected:
    void SetUp() override
    {
        WorkTest::SetUp();
        if (HasFatalFailure())
            return;
        m_agent = addUser(u"agent.ana"_s, { Role::Agent });
        m_reviewer = addUser(u"reviewer.rui"_s, { Role::Reviewer });
    }

    // A case with an approved reply waiting in the outbox: the outbox row's id.
    qint64 approvedReply(const QString& platformId, const QString& conversation = {})
    {
        const Case opened = openCase(platformId, u"general"_s, Priority::Normal, std::nullopt, conversation);
        EXPECT_GT(opened.id, 0);
        auto assigned = CaseStore(db()).assign(opened.id, m_agent, 3, u"agent.ana"_s);
        EXPECT_TRUE(assigned.ok()) << assigned.error().toString().toStdString();
        auto draft = ReviewDesk(db()).submit(opened.id, u"agent.ana"_s, kText, {}, u"agent.ana"_s);
        EXPECT_TRUE(draft.ok()) << draft.error().toString().toStdString();
        if (!draft.ok())
            return 0;
        auto approved = ReviewDesk(db()).approve(draft->id, u"reviewer.rui"_s, u"reviewer.rui"_s);
        EXPECT_TRUE(approved.ok()) << approved.error().toString().toStdString();
        auto reply = OutboxStore(db()).replyFor(draft->id);
        EXPECT_TRUE(reply.ok() && reply->has_value());
        m_lastCase = opened.id;
        m_lastDraft = draft->id;
        return reply.ok() && reply->has_value() ? (*reply)->id : 0;
    }

    // An unhide of a new comment (needs neither review nor decision).
    qint64 queuedUnhide(const QString& platformId, const QString& conversation = {})
    {
        CommentBuilder builder = tweet(platformId, u"a comment"_s).at(m_clock.now());
        if (!conversation.isEmpty())
            builder.conversation(conversation);
        auto stored = CommentStore(db()).ingest({ builder });
        EXPECT_TRUE(stored.ok() && stored->inserted == 1);
        if (!stored.ok() || stored->insertedIds.isEmpty())
            return 0;
        auto queued = OutboxStore(db()).enqueueModeration(OutboxEntry::Kind::Unhide, stored->insertedIds.first(),
                                                         u"agent.ana"_s, u"hidden by mistake"_s);
        EXPECT_TRUE(queued.ok()) << queued.error().toString().toStdString();
        return queued.ok() ? *queued : 0;
    }

    OutboxEntry entry(qint64 id)
    {
        auto read = OutboxStore(db()).byId(id);
        EXPECT_TRUE(read.ok()) << read.error().toString().toStdString();
        return read.ok() ? *read : OutboxEntry {};
    }

    static QList<qint64> ids(const Result<QList<OutboxEntry>>& entries)
    {
        EXPECT_TRUE(entries.ok()) << entries.error().toString().toStdString();
        QList<qint64> out;
        if (entries.ok()) {
            for (const OutboxEntry& e : *entries)
                out.append(e.id);
        }
        return out;
    }

    qint64 m_agent = 0;
    qint64 m_reviewer = 0;
    qint64 m_lastCase = 0;
    qint64 m_lastDraft = 0;
};

} // namespace

TEST_P(OutboxDispatchTest, ASentReplyAnswersItsCaseInOneStep)
{
    const qint64 row = approvedReply(u"1850000000000000001"_s);
    ASSERT_GT(row, 0);
    OutboxStore outbox(db());
    ASSERT_FALSE(outbox.markSending(row, u"system"_s).isError());
    EXPECT_EQ(entry(row).state, OutboxEntry::State::Sending);
    EXPECT_EQ(entry(row).attempts, 1);
    auto inFlight = outbox.inFlight();
    EXPECT_EQ(ids(inFlight), QList<qint64> { row });

    const auto before = auditCount(db());
    const Error sent = outbox.markSent(row, u"1850000000000000999"_s, u"system"_s);
    ASSERT_FALSE(sent.isError()) << sent.toString().toStdString();
    const OutboxEntry after = entry(row);
    EXPECT_EQ(after.state, OutboxEntry::State::Sent);
    EXPECT_EQ(after.platformResultId, u"1850000000000000999"_s);
    EXPECT_EQ(DraftStore(db()).byId(m_lastDraft).value().state, Draft::State::Sent);
    EXPECT_EQ(reload(m_lastCase).state, Case::State::Answered);
    QStringList actions;
    for (const AuditEvent& event : auditTail(db(), int(auditCount(db()) - before)))
        actions.prepend(event.action);
    EXPECT_EQ(actions, (QStringList { u"outbox.sent"_s, u"draft.sent"_s, u"case.answered"_s }));
}

TEST_P(OutboxDispatchTest, MarkSendingIsACompareAndSet)
{
    const qint64 row = queuedUnhide(u"1850000000000000002"_s);
    OutboxStore outbox(db());
    ASSERT_FALSE(outbox.markSending(row, u"system"_s).isError());
    const auto events = auditCount(db());
    const Error second = outbox.markSending(row, u"system"_s);
    EXPECT_EQ(second.code(), Error::Code::Conflict) << second.toString().toStdString();
    EXPECT_EQ(entry(row).attempts, 1);
    EXPECT_EQ(auditCount(db()), events);
    EXPECT_EQ(outbox.markSending(987654, u"system"_s).code(), Error::Code::NotFound);
}

TEST_P(OutboxDispatchTest, EachMoveWritesItsAuditEvent)
{
    const qint64 row = queuedUnhide(u"1850000000000000003"_s);
    OutboxStore outbox(db());
    const auto last = [&] { return auditTail(db(), 1).value(0); };
    ASSERT_FALSE(outbox.markSending(row, u"system"_s).isError());
    EXPECT_EQ(last().action, u"outbox.sending"_s);
    ASSERT_FALSE(outbox.reschedule(row, m_clock.now().addSecs(900), u"HTTP 429"_s, u"system"_s).isError());
    EXPECT_EQ(last().action, u"outbox.rescheduled"_s);
    EXPECT_EQ(entry(row).state, OutboxEntry::State::Pending);
    EXPECT_EQ(entry(row).nextAttemptAt, m_clock.now().addSecs(900));
    ASSERT_FALSE(outbox.markFailed(row, u"HTTP 403: not allowed"_s, u"system"_s).isError());
    EXPECT_EQ(last().action, u"outbox.failed"_s);
    EXPECT_EQ(last().details.value(u"reason"_s).toString(), u"HTTP 403: not allowed"_s);
    const OutboxEntry failed = entry(row);
    EXPECT_EQ(failed.state, OutboxEntry::State::Failed);
    EXPECT_TRUE(failed.needsAttention);
    EXPECT_EQ(failed.error, u"HTTP 403: not allowed"_s);
    // Failed waits for a person.
    EXPECT_EQ(outbox.markSending(row, u"system"_s).code(), Error::Code::Conflict);
    EXPECT_EQ(outbox.reschedule(row, m_clock.now(), u"again"_s, u"system"_s).code(), Error::Code::Conflict);
    ASSERT_FALSE(outbox.retry(row, u"supervisor.sam"_s).isError());
    EXPECT_EQ(last().action, u"outbox.retry"_s);
    EXPECT_EQ(last().actor, u"supervisor.sam"_s);
    const OutboxEntry retried = entry(row);
    EXPECT_EQ(retried.state, OutboxEntry::State::Pending);
    EXPECT_FALSE(retried.needsAttention);
    EXPECT_EQ(outbox.retry(row, u"supervisor.sam"_s).code(), Error::Code::Conflict);
    ASSERT_FALSE(outbox.markSending(row, u"system"_s).isError());
    ASSERT_FALSE(outbox.markSent(row, u"ok"_s, u"system"_s).isError());
    EXPECT_EQ(last().action, u"outbox.sent"_s);
    EXPECT_EQ(outbox.markFailed(row, u"late"_s, u"system"_s).code(), Error::Code::Conflict);
}

TEST_P(OutboxDispatchTest, SentNeedsThePlatformsId)
{
    const qint64 row = queuedUnhide(u"1850000000000000004"_s);
    OutboxStore outbox(db());
    ASSERT_FALSE(outbox.markSending(row, u"system"_s).isError());
    EXPECT_EQ(outbox.markSent(row, u""_s, u"system"_s).code(), Error::Code::InvalidInput);
    EXPECT_EQ(outbox.markSent(row, u"  "_s, u"system"_s).code(), Error::Code::InvalidInput);
    EXPECT_EQ(entry(row).state, OutboxEntry::State::Sending);
}

TEST_P(OutboxDispatchTest, DueTakesTheFirstOfEachConversationOldestFirst)
{
    const qint64 a1 = queuedUnhide(u"1850000000000000011"_s, u"conv-a"_s);
    m_clock.advance(1);
    const qint64 b1 = queuedUnhide(u"1850000000000000021"_s, u"conv-b"_s);
    m_clock.advance(1);
    const qint64 a2 = queuedUnhide(u"1850000000000000012"_s, u"conv-a"_s);
    m_clock.advance(1);
    const qint64 lone = queuedUnhide(u"1850000000000000031"_s);
    OutboxStore outbox(db());
    EXPECT_EQ(ids(outbox.due(m_clock.now(), 10)), (QList<qint64> { a1, b1, lone }));
    EXPECT_EQ(ids(outbox.due(m_clock.now(), 2)), (QList<qint64> { a1, b1 }));

    // While a1 is sending its conversation waits; once it failed, a2 may go.
    ASSERT_FALSE(outbox.markSending(a1, u"system"_s).isError());
    EXPECT_EQ(ids(outbox.due(m_clock.now(), 10)), (QList<qint64> { b1, lone }));
    ASSERT_FALSE(outbox.markFailed(a1, u"HTTP 500"_s, u"system"_s).isError());
    EXPECT_EQ(ids(outbox.due(m_clock.now(), 10)), (QList<qint64> { b1, a2, lone }));

    // A rescheduled entry is not due before its time, and holds its conversation back.
    ASSERT_FALSE(outbox.markSending(b1, u"system"_s).isError());
    ASSERT_FALSE(outbox.reschedule(b1, m_clock.now().addSecs(60), u"HTTP 429"_s, u"system"_s).isError());
    EXPECT_EQ(ids(outbox.due(m_clock.now(), 10)), (QList<qint64> { a2, lone }));
    m_clock.advance(60);
    EXPECT_EQ(ids(outbox.due(m_clock.now(), 10)), (QList<qint64> { b1, a2, lone }));
}

TEST_P(OutboxDispatchTest, TwoEntriesForOneCommentGoOneAfterTheOther)
{
    const qint64 row = approvedReply(u"1850000000000000005"_s);
    const qint64 comment = entry(row).commentId;
    auto unhide = OutboxStore(db()).enqueueModeration(OutboxEntry::Kind::Unhide, comment, u"agent.ana"_s, u"why"_s);
    ASSERT_TRUE(unhide.ok());
    EXPECT_EQ(ids(OutboxStore(db()).due(m_clock.now(), 10)), QList<qint64> { row });
}

MODERATION_INSTANTIATE_ENGINES(OutboxDispatchTest);
