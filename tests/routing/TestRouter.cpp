#include "StoreReads.h"
#include "WorkFixture.h"

#include "routing/Router.h"
#include "storage/CaseStore.h"

#include <QThread>

#include <set>

using namespace Qt::StringLiterals;
using namespace moderation;
using namespace moderation::test;

class RouterTest : public WorkTest
{
protected:
    std::optional<qint64> next(const QString& login)
    {
        auto taken = Router(db()).next(login, login);
        EXPECT_TRUE(taken.ok()) << taken.error().toString().toStdString();
        return taken.ok() && taken->has_value() ? std::optional<qint64>((*taken)->id) : std::nullopt;
    }
};

TEST_P(RouterTest, OnlyAgentsTakeCases)
{
    addUser(u"rui"_s, { Role::Reviewer });
    openCase(u"1"_s);
    auto taken = Router(db()).next(u"rui"_s, u"rui"_s);
    ASSERT_FALSE(taken.ok());
    EXPECT_EQ(taken.error().code(), Error::Code::Refused);
    EXPECT_TRUE(taken.error().message().contains(u"agent role"_s)) << taken.error().toString().toStdString();
}

TEST_P(RouterTest, NextTakesTheMostUrgentCaseOfTheAgentsQueues)
{
    addUser(u"ana"_s, { Role::Agent }, { u"general"_s });
    const Case old = openCase(u"1"_s, u"general"_s, Priority::Normal);
    m_clock.advance(60);
    const Case urgent = openCase(u"2"_s, u"general"_s, Priority::Urgent);
    const Case elsewhere = openCase(u"3"_s, u"security"_s, Priority::Urgent);
    EXPECT_EQ(next(u"ana"_s), urgent.id);
    EXPECT_EQ(next(u"ana"_s), old.id);
    EXPECT_EQ(next(u"ana"_s), std::nullopt); // security is not ana's queue
    const Case taken = reload(urgent.id);
    EXPECT_EQ(taken.state, Case::State::Assigned);
    EXPECT_TRUE(taken.assigneeId.has_value());
    EXPECT_FALSE(reload(elsewhere.id).assigneeId.has_value());
    EXPECT_EQ(auditTail(db(), 1).constFirst().action, u"case.assigned"_s);
}

TEST_P(RouterTest, TheEarliestDeadlineThenTheOldestBreakTies)
{
    addUser(u"ana"_s, { Role::Agent }, {}, 10);
    const Case noDeadline = openCase(u"1"_s, u"general"_s, Priority::High);
    m_clock.advance(60);
    const Case later = openCase(u"2"_s, u"general"_s, Priority::High, 7200);
    m_clock.advance(60);
    const Case sooner = openCase(u"3"_s, u"general"_s, Priority::High, 600);
    EXPECT_EQ(next(u"ana"_s), sooner.id);
    EXPECT_EQ(next(u"ana"_s), later.id);
    EXPECT_EQ(next(u"ana"_s), noDeadline.id);
}

TEST_P(RouterTest, AnAgentNeverHoldsMoreThanTheirCapacity)
{
    const qint64 ana = addUser(u"ana"_s, { Role::Agent }, {}, 2);
    for (int i = 0; i < 4; ++i)
        openCase(QString::number(i));
    EXPECT_TRUE(next(u"ana"_s).has_value());
    EXPECT_TRUE(next(u"ana"_s).has_value());
    EXPECT_EQ(next(u"ana"_s), std::nullopt);
    EXPECT_EQ(CaseStore(db()).heldBy(ana).value(), 2);
}

TEST_P(RouterTest, PushGivesNewCasesToTheLeastLoadedAvailableAgentWithinCapacity)
{
    const qint64 ana = addUser(u"ana"_s, { Role::Agent }, {}, 2);
    const qint64 bo = addUser(u"bo"_s, { Role::Agent }, {}, 1);
    addUser(u"cy"_s, { Role::Agent }, {}, 5, User::Presence::Away);
    QList<qint64> cases;
    for (int i = 0; i < 5; ++i)
        cases << openCase(QString::number(i)).id;
    auto assigned = Router(db()).assignWaiting(u"system"_s);
    ASSERT_TRUE(assigned.ok()) << assigned.error().toString().toStdString();
    EXPECT_EQ(*assigned, 3); // ana 2, bo 1; cy is away; two wait
    CaseStore store(db());
    EXPECT_EQ(store.heldBy(ana).value(), 2);
    EXPECT_EQ(store.heldBy(bo).value(), 1);
    int waiting = 0;
    for (qint64 id : cases)
        waiting += !reload(id).assigneeId.has_value();
    EXPECT_EQ(waiting, 2);
}

TEST_P(RouterTest, PushKeepsToTheQueuesAnAgentWorks)
{
    const qint64 ana = addUser(u"ana"_s, { Role::Agent }, { u"security"_s });
    const Case general = openCase(u"1"_s, u"general"_s);
    const Case security = openCase(u"2"_s, u"security"_s);
    ASSERT_EQ(Router(db()).assignWaiting(u"system"_s).value(), 1);
    EXPECT_EQ(reload(security.id).assigneeId, std::optional<qint64>(ana));
    EXPECT_FALSE(reload(general.id).assigneeId.has_value());
}

TEST_P(RouterTest, AFollowUpGoesToWhoeverHoldsTheConversation)
{
    addUser(u"ana"_s, { Role::Agent });
    const qint64 bo = addUser(u"bo"_s, { Role::Agent });
    const Case first = openCase(u"1"_s, u"general"_s, Priority::Normal, std::nullopt, u"conv-9"_s);
    ASSERT_TRUE(Router(db()).assign(first.id, u"bo"_s, u"sam"_s).ok());
    // bo now holds more than ana: the least-loaded rule alone would pick ana.
    const Case followUp = openCase(u"2"_s, u"general"_s, Priority::Normal, std::nullopt, u"conv-9"_s);
    ASSERT_EQ(Router(db()).assignWaiting(u"system"_s).value(), 1);
    EXPECT_EQ(reload(followUp.id).assigneeId, std::optional<qint64>(bo));
}

TEST_P(RouterTest, ReleaseAndOfflineGiveBackOnlyCasesNotYetDrafted)
{
    const qint64 ana = addUser(u"ana"_s, { Role::Agent }, {}, 5);
    const Case a = openCase(u"1"_s);
    const Case b = openCase(u"2"_s);
    ASSERT_TRUE(next(u"ana"_s).has_value());
    ASSERT_TRUE(next(u"ana"_s).has_value());
    ASSERT_TRUE(CaseStore(db()).move(b.id, Case::State::Drafting, {}, u"ana"_s).ok());
    auto refused = Router(db()).release(b.id, u"sam"_s);
    ASSERT_FALSE(refused.ok());
    EXPECT_TRUE(refused.error().message().contains(u"drafting"_s)) << refused.error().toString().toStdString();
    ASSERT_TRUE(Router(db()).setPresence(u"ana"_s, User::Presence::Offline, u"ana"_s).ok());
    EXPECT_EQ(reload(a.id).state, Case::State::New);
    EXPECT_FALSE(reload(a.id).assigneeId.has_value());
    EXPECT_EQ(reload(b.id).assigneeId, std::optional<qint64>(ana));
}

TEST_P(RouterTest, EveryOtherMoveIsRefusedNamingBothStates)
{
    addUser(u"ana"_s, { Role::Agent });
    const Case c = openCase(u"1"_s);
    auto refused = CaseStore(db()).move(c.id, Case::State::Approved, {}, u"ana"_s);
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().code(), Error::Code::Refused);
    EXPECT_TRUE(refused.error().message().contains(u"from new to approved"_s)) << refused.error().toString().toStdString();
    EXPECT_EQ(reload(c.id).state, Case::State::New);
}

// Claims from several connections at once: every case is taken exactly once.
TEST_P(RouterTest, ClaimsFromManyConnectionsTakeEachCaseOnce)
{
    constexpr int kAgents = 4;
    constexpr int kCases = 60;
    for (int a = 0; a < kAgents; ++a)
        addUser(u"agent%1"_s.arg(a), { Role::Agent }, {}, 1000);
    for (int i = 0; i < kCases; ++i)
        openCase(QString::number(i));
    std::vector<std::vector<qint64>> taken(kAgents);
    std::vector<QString> failures(kAgents);
    QList<QThread*> threads;
    for (int a = 0; a < kAgents; ++a) {
        threads << QThread::create([&, a] {
            auto connection = temp().openAnother();
            if (!connection) {
                failures[size_t(a)] = connection.error().toString();
                return;
            }
            for (;;) {
                auto claimed = Router(**connection).next(u"agent%1"_s.arg(a), u"agent%1"_s.arg(a));
                if (!claimed) {
                    failures[size_t(a)] = claimed.error().toString();
                    return;
                }
                if (!claimed->has_value())
                    return;
                taken[size_t(a)].push_back((*claimed)->id);
            }
        });
    }
    for (QThread* t : threads)
        t->start();
    for (QThread* t : threads) {
        t->wait();
        delete t;
    }
    std::set<qint64> all;
    size_t count = 0;
    for (int a = 0; a < kAgents; ++a) {
        EXPECT_TRUE(failures[size_t(a)].isEmpty()) << failures[size_t(a)].toStdString();
        count += taken[size_t(a)].size();
        all.insert(taken[size_t(a)].begin(), taken[size_t(a)].end());
    }
    EXPECT_EQ(count, size_t(kCases));
    EXPECT_EQ(all.size(), size_t(kCases));
}

MODERATION_INSTANTIATE_ENGINES(RouterTest);
