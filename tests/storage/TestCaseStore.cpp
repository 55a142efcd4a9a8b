#include "MockClock.h"
#include "StoreReads.h"
#include "CommentBuilders.h"
#include "TempDatabase.h"

#include "storage/CaseStore.h"
#include "storage/CommentStore.h"

using namespace Qt::StringLiterals;
using namespace moderation;
using namespace moderation::test;

class CaseStoreTest : public ClockedEngineTest
{
protected:
    void SetUp() override
    {
        ClockedEngineTest::SetUp();
        if (HasFatalFailure())
            return;
        QList<Comment> page;
        for (int i = 0; i < 3; ++i) {
            page.append(pageComment(u"2498598377021978_25092576226227%1"_s.arg(i), u"Question %1?"_s.arg(i))
                            .by(u"55%1"_s.arg(i), {}, u"Person %1"_s.arg(i))
                            .at(m_clock.now()));
        }
        auto ingested = CommentStore(db()).ingest(page);
        ASSERT_TRUE(ingested.ok()) << ingested.error().toString().toStdString();
        m_comments = ingested->insertedIds;
    }
    QList<qint64> m_comments;

    // An always-open queue's deadline of `seconds` from now.
    SlaDeadline plainSla(qint64 seconds) const
    {
        const QDateTime now = m_clock.now();
        return SlaDeadline { seconds, now, now.addSecs(seconds * 3 / 4), now.addSecs(seconds) };
    }
};

TEST_P(CaseStoreTest, OpenSetsSlaDueFromTheClockAndAudits)
{
    CaseStore store(db());
    const auto auditBefore = auditTail(db(), 1).constFirst().seq;
    auto opened = store.open(m_comments[0], std::nullopt, u"general"_s, Priority::High, plainSla(3600), u"policy"_s);
    ASSERT_TRUE(opened.ok()) << opened.error().toString().toStdString();
    EXPECT_EQ(opened->state, Case::State::New);
    EXPECT_EQ(opened->priority, Priority::High);
    EXPECT_EQ(opened->slaDueAt, m_clock.now().addSecs(3600));
    EXPECT_EQ(opened->slaAtRiskAt, m_clock.now().addSecs(2700));
    EXPECT_EQ(opened->slaStartedAt, m_clock.now());
    EXPECT_EQ(opened->slaSeconds, std::optional<qint64>(3600));
    const auto last = auditTail(db(), 1).constFirst();
    EXPECT_EQ(last.seq, auditBefore + 1);
    EXPECT_EQ(last.action, u"case.opened"_s);
    EXPECT_EQ(last.entityId, QString::number(opened->id));
}

TEST_P(CaseStoreTest, OpeningTwiceForOneCommentKeepsOneCase)
{
    CaseStore store(db());
    auto first = store.open(m_comments[1], std::nullopt, u"general"_s, Priority::Normal, std::nullopt, u"policy"_s);
    auto second = store.open(m_comments[1], std::nullopt, u"security"_s, Priority::Urgent, plainSla(60), u"policy"_s);
    ASSERT_TRUE(first.ok() && second.ok());
    EXPECT_EQ(first->id, second->id);
    EXPECT_EQ(second->queue, u"general"_s);
    EXPECT_FALSE(second->slaDueAt.isValid());
    EXPECT_EQ(*store.countInState(Case::State::New), 1);
}

TEST_P(CaseStoreTest, QueueListsMostUrgentFirst)
{
    CaseStore store(db());
    ASSERT_TRUE(store.open(m_comments[0], std::nullopt, u"general"_s, Priority::Low, {}, u"policy"_s).ok());
    m_clock.advance(60);
    ASSERT_TRUE(store.open(m_comments[1], std::nullopt, u"general"_s, Priority::Urgent, {}, u"policy"_s).ok());
    m_clock.advance(60);
    ASSERT_TRUE(store.open(m_comments[2], std::nullopt, u"other"_s, Priority::Urgent, {}, u"policy"_s).ok());
    auto queue = store.openInQueue(u"general"_s, 10);
    ASSERT_TRUE(queue.ok());
    ASSERT_EQ(queue->size(), 2);
    EXPECT_EQ(queue->at(0).commentId, m_comments[1]);
    EXPECT_EQ(queue->at(1).commentId, m_comments[0]);
}

MODERATION_INSTANTIATE_ENGINES(CaseStoreTest);
