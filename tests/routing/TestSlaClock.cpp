#include "StoreReads.h"
#include "WorkFixture.h"

#include "routing/Router.h"
#include "routing/SlaClock.h"
#include "storage/CaseStore.h"
#include "storage/DecisionStore.h"
#include "storage/QueueStore.h"

#include <QTimeZone>

using namespace Qt::StringLiterals;
using namespace moderation;
using namespace moderation::test;

namespace {

QDateTime newYork(int year, int month, int day, int hour, int minute = 0)
{
    return QDateTime(QDate(year, month, day), QTime(hour, minute), QTimeZone("America/New_York"));
}

} // namespace

class SlaClockTest : public WorkTest
{
protected:
    Queue setQueue(const QString& name, const SlaClock::QueueChange& change)
    {
        auto set = SlaClock(db()).setQueue(name, change, u"sam"_s);
        EXPECT_TRUE(set.ok()) << set.error().toString().toStdString();
        return set.ok() ? *set : Queue {};
    }
    int sweep()
    {
        auto swept = SlaClock(db()).sweep(u"sla"_s);
        EXPECT_TRUE(swept.ok()) << swept.error().toString().toStdString();
        return swept.ok() ? *swept : -1;
    }
    SlaStatus status(qint64 caseId) { return slaStatus(reload(caseId), m_clock.now()); }
};

TEST_P(SlaClockTest, ACaseIsAtRiskPastThreeQuartersAndBreachedPastItsTime)
{
    const Case c = openCase(u"1"_s, u"general"_s, Priority::Normal, 600);
    EXPECT_EQ(c.slaSeconds, std::optional<qint64>(600));
    EXPECT_EQ(c.slaStartedAt, m_clock.now());
    EXPECT_EQ(c.slaAtRiskAt, m_clock.now().addSecs(450));
    EXPECT_EQ(c.slaDueAt, m_clock.now().addSecs(600));
    EXPECT_EQ(status(c.id), SlaStatus::Ok);
    m_clock.advance(449);
    EXPECT_EQ(status(c.id), SlaStatus::Ok);
    m_clock.advance(1);
    EXPECT_EQ(status(c.id), SlaStatus::AtRisk);
    EXPECT_EQ(sweep(), 0);
    m_clock.advance(150);
    EXPECT_EQ(status(c.id), SlaStatus::Breached); // due, not yet swept
    EXPECT_EQ(sweep(), 1);
    const Case breached = reload(c.id);
    EXPECT_EQ(breached.slaBreachedAt, m_clock.now());
    EXPECT_EQ(breached.queue, u"general"_s); // general has no breach queue
    const auto last = auditTail(db(), 1).constFirst();
    EXPECT_EQ(last.action, u"case.sla_breached"_s);
    EXPECT_EQ(last.entityId, QString::number(c.id));
    EXPECT_EQ(sweep(), 0); // marked once
    EXPECT_EQ(auditTail(db(), 1).constFirst().seq, last.seq);
}

TEST_P(SlaClockTest, ACaseWithoutAnSlaHasNoStandingAndIsNeverSwept)
{
    const Case c = openCase(u"1"_s);
    EXPECT_EQ(status(c.id), SlaStatus::None);
    m_clock.advance(365 * 24 * 3600);
    EXPECT_EQ(sweep(), 0);
    EXPECT_EQ(status(c.id), SlaStatus::None);
}

TEST_P(SlaClockTest, AnsweredInTimeStaysMetAfterTheDeadline)
{
    const qint64 ana = addUser(u"ana"_s, { Role::Agent });
    const Case c = openCase(u"1"_s, u"general"_s, Priority::Normal, 600);
    ASSERT_TRUE(CaseStore(db()).assign(c.id, ana, 3, u"ana"_s).ok());
    m_clock.advance(300);
    ASSERT_TRUE(CaseStore(db()).move(c.id, Case::State::Closed, u"answered by phone"_s, u"ana"_s).ok());
    m_clock.advance(3600);
    EXPECT_EQ(sweep(), 0);
    EXPECT_EQ(status(c.id), SlaStatus::Ok);
}

TEST_P(SlaClockTest, BreachedCasesMoveToTheBreachQueueUnheldUnlessADraftIsUnderWay)
{
    setQueue(u"general"_s, { std::nullopt, std::nullopt, u"supervisors"_s });
    const qint64 ana = addUser(u"ana"_s, { Role::Agent }, {}, 10);
    const Case waiting = openCase(u"1"_s, u"general"_s, Priority::Normal, 600);
    const Case assigned = openCase(u"2"_s, u"general"_s, Priority::Normal, 600);
    const Case drafting = openCase(u"3"_s, u"general"_s, Priority::Normal, 600);
    const Case later = openCase(u"4"_s, u"general"_s, Priority::Normal, 6000);
    CaseStore cases(db());
    ASSERT_TRUE(cases.assign(assigned.id, ana, 10, u"ana"_s).ok());
    ASSERT_TRUE(cases.assign(drafting.id, ana, 10, u"ana"_s).ok());
    ASSERT_TRUE(cases.move(drafting.id, Case::State::Drafting, {}, u"ana"_s).ok());
    m_clock.advance(601);
    EXPECT_EQ(sweep(), 3);

    EXPECT_EQ(reload(waiting.id).queue, u"supervisors"_s);
    EXPECT_EQ(reload(waiting.id).state, Case::State::New);
    const Case released = reload(assigned.id);
    EXPECT_EQ(released.queue, u"supervisors"_s);
    EXPECT_EQ(released.state, Case::State::New);
    EXPECT_FALSE(released.assigneeId.has_value());
    const Case kept = reload(drafting.id);
    EXPECT_EQ(kept.queue, u"supervisors"_s);
    EXPECT_EQ(kept.state, Case::State::Drafting);
    EXPECT_EQ(kept.assigneeId, std::optional<qint64>(ana));
    EXPECT_EQ(reload(later.id).queue, u"general"_s);
    EXPECT_EQ(status(later.id), SlaStatus::Ok);
}

TEST_P(SlaClockTest, TheRouterSweepsBeforeItClaims)
{
    setQueue(u"general"_s, { std::nullopt, std::nullopt, u"supervisors"_s });
    addUser(u"ana"_s, { Role::Agent }, { u"general"_s });
    addUser(u"sue"_s, { Role::Agent }, { u"supervisors"_s });
    const Case c = openCase(u"1"_s, u"general"_s, Priority::Normal, 60);
    m_clock.advance(61);
    auto ana = Router(db()).next(u"ana"_s, u"ana"_s);
    ASSERT_TRUE(ana.ok()) << ana.error().toString().toStdString();
    EXPECT_FALSE(ana->has_value()); // it has moved to the breach queue
    auto sue = Router(db()).next(u"sue"_s, u"sue"_s);
    ASSERT_TRUE(sue.ok() && sue->has_value());
    EXPECT_EQ((*sue)->id, c.id);
}

TEST_P(SlaClockTest, TheClockPausesOutsideTheQueuesOfficeHours)
{
    setQueue(u"general"_s, { u"mon-fri 08:00-20:00"_s, u"America/New_York"_s, std::nullopt });
    m_clock.set(newYork(2026, 12, 4, 19, 30)); // a Friday evening
    const Case c = openCase(u"1"_s, u"general"_s, Priority::Normal, 3600);
    EXPECT_EQ(c.slaDueAt, newYork(2026, 12, 7, 8, 30));
    EXPECT_EQ(c.slaAtRiskAt, newYork(2026, 12, 7, 8, 15));
    m_clock.set(newYork(2026, 12, 6, 12, 0)); // Sunday: a day and a half later, still in time
    EXPECT_EQ(sweep(), 0);
    EXPECT_EQ(status(c.id), SlaStatus::Ok);
    m_clock.set(newYork(2026, 12, 7, 8, 20));
    EXPECT_EQ(status(c.id), SlaStatus::AtRisk);
    m_clock.set(newYork(2026, 12, 7, 8, 30));
    EXPECT_EQ(sweep(), 1);
}

TEST_P(SlaClockTest, ChangingAQueuesHoursRecomputesItsOpenDeadlines)
{
    m_clock.set(newYork(2026, 12, 4, 19, 30));
    const Case open = openCase(u"1"_s, u"general"_s, Priority::Normal, 3600);
    const Case noSla = openCase(u"2"_s, u"general"_s);
    const Case other = openCase(u"3"_s, u"security"_s, Priority::Normal, 3600);
    EXPECT_EQ(open.slaDueAt, newYork(2026, 12, 4, 20, 30)); // always open so far
    m_clock.advance(60);
    setQueue(u"general"_s, { u"mon-fri 08:00-20:00"_s, u"America/New_York"_s, std::nullopt });
    EXPECT_EQ(reload(open.id).slaDueAt, newYork(2026, 12, 7, 8, 30)); // from when it started
    EXPECT_EQ(reload(open.id).slaStartedAt, newYork(2026, 12, 4, 19, 30));
    EXPECT_FALSE(reload(noSla.id).slaDueAt.isValid());
    EXPECT_EQ(reload(other.id).slaDueAt, newYork(2026, 12, 4, 20, 30));
    const auto events = auditTail(db(), 2);
    EXPECT_EQ(events.at(0).action, u"case.sla_recomputed"_s); // newest first
    EXPECT_EQ(events.at(0).entityId, QString::number(open.id));
    EXPECT_EQ(events.at(1).action, u"queue.changed"_s);
}

TEST_P(SlaClockTest, ABadQueueChangeIsRefusedAndWritesNothing)
{
    const auto before = auditTail(db(), 1).constFirst().seq;
    SlaClock clock(db());
    auto own = clock.setQueue(u"general"_s, { std::nullopt, std::nullopt, u"general"_s }, u"sam"_s);
    ASSERT_FALSE(own.ok());
    EXPECT_TRUE(own.error().message().contains(u"its own breach queue"_s));
    auto hours = clock.setQueue(u"general"_s, { u"mon-fri 8-20"_s, u"America/New_York"_s, std::nullopt }, u"sam"_s);
    ASSERT_FALSE(hours.ok());
    EXPECT_EQ(hours.error().code(), Error::Code::InvalidInput);
    EXPECT_TRUE(hours.error().message().contains(u"column 9"_s)) << hours.error().toString().toStdString();
    auto zone = clock.setQueue(u"general"_s, { u"mon-fri 08:00-20:00"_s, std::nullopt, std::nullopt }, u"sam"_s);
    ASSERT_FALSE(zone.ok());
    EXPECT_TRUE(zone.error().message().contains(u"time zone"_s));
    auto unnamed = clock.setQueue(QString(), { u""_s, std::nullopt, std::nullopt }, u"sam"_s);
    ASSERT_FALSE(unnamed.ok());
    EXPECT_EQ(auditTail(db(), 1).constFirst().seq, before);
    auto stored = QueueStore(db()).byName(u"general"_s);
    ASSERT_TRUE(stored.ok());
    EXPECT_FALSE(stored->has_value());
}

TEST_P(SlaClockTest, QueuesAreListedWithTheirSettingsAndTheQueuesCasesName)
{
    setQueue(u"security"_s, { u"daily 06:00-22:00"_s, u"America/Chicago"_s, u"supervisors"_s });
    openCase(u"1"_s, u"general"_s);
    auto queues = QueueStore(db()).list();
    ASSERT_TRUE(queues.ok()) << queues.error().toString().toStdString();
    ASSERT_EQ(queues->size(), 2);
    EXPECT_EQ(queues->at(0).name, u"general"_s);
    EXPECT_TRUE(queues->at(0).hours.isEmpty());
    EXPECT_EQ(queues->at(1).name, u"security"_s);
    EXPECT_EQ(queues->at(1).hours, u"daily 06:00-22:00"_s);
    EXPECT_EQ(queues->at(1).timeZone, u"America/Chicago"_s);
    EXPECT_EQ(queues->at(1).breachTo, u"supervisors"_s);
}

TEST_P(SlaClockTest, AnEditNeverBuysMoreTime)
{
    const Case c = openCase(u"1"_s, u"general"_s, Priority::Normal, 600);
    Decision respond;
    respond.ruleId = u"question"_s;
    respond.action = Action::Respond;
    auto decision = DecisionStore(db()).record(c.commentId, respond, std::nullopt);
    ASSERT_TRUE(decision.ok()) << decision.error().toString().toStdString();
    m_clock.advance(300);
    SlaClock clock(db());
    auto longer = clock.deadline(u"general"_s, 3600, m_clock.now());
    ASSERT_TRUE(longer.ok());
    ASSERT_TRUE(CaseStore(db()).redecide(c, *decision, true, u"general"_s, Priority::High, *longer, u"policy"_s).ok());
    EXPECT_EQ(reload(c.id).slaDueAt, c.slaDueAt);
    auto shorter = clock.deadline(u"general"_s, 60, m_clock.now());
    ASSERT_TRUE(CaseStore(db()).redecide(reload(c.id), *decision, true, u"general"_s, Priority::High, *shorter, u"policy"_s).ok());
    EXPECT_EQ(reload(c.id).slaDueAt, m_clock.now().addSecs(60));
    EXPECT_EQ(reload(c.id).slaSeconds, std::optional<qint64>(60));
}

MODERATION_INSTANTIATE_ENGINES(SlaClockTest);
