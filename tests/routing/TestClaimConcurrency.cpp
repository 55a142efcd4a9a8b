// Many agents pulling work at once, each over their own connection, until nothing is left (issue
// 18, item 10): 32 agents on PostgreSQL, 4 on SQLite (same file, WAL). Every case must be claimed
// exactly once, by one agent, with no error but "nothing to take", and the run must end: the
// workers are joined against a deadline, so a deadlock fails the test instead of hanging CI.
#include "ClaimWorkload.h"
#include "StoreReads.h"
#include "TempDatabase.h"

#include "routing/Router.h"
#include "storage/CaseStore.h"

#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QThread>

#include <atomic>
#include <map>
#include <memory>
#include <vector>

using namespace Qt::StringLiterals;
using namespace moderation;
using namespace moderation::test;

namespace {

// What one agent's thread did.
struct AgentRun
{
    std::vector<qint64> claimed; // case ids, in claim order
    QString failure; // the first error, after which the agent stopped
};

struct Shape
{
    int agents;
    int cases;
};

// 32 agents on PostgreSQL, 4 on SQLite (it serialises writers: BEGIN IMMEDIATE), 10,000 cases
// as the issue asks: about 21 s and 5 s in a debug build on 2 cores since the claim walks an
// index and runs through the statement cache (docs/PERFORMANCE.md "Claiming cases").
// MODERATION_TEST_CLAIM_CASES sets another number.
Shape shapeFor(Engine engine)
{
    bool set = false;
    const int cases = qEnvironmentVariableIntValue("MODERATION_TEST_CLAIM_CASES", &set);
    return { engine == Engine::Postgres ? 32 : 4, set && cases > 0 ? cases : 10000 };
}

// How long the agents may take before the run counts as stuck: generous for 2 shared cores (a
// healthy run takes a fraction of it).
int joinDeadlineMs(int cases)
{
    return 120'000 + 60 * cases;
}

class ClaimConcurrencyTest : public EngineTest
{
protected:
    // Runs one thread per agent, each claiming through its own connection until nothing is left.
    std::vector<AgentRun> claimUntilEmpty(int agents, int cases)
    {
        std::vector<AgentRun> runs(static_cast<size_t>(agents));
        std::atomic<bool> stop = false;
        std::vector<std::unique_ptr<QThread>> threads;
        for (int a = 0; a < agents; ++a) {
            threads.emplace_back(QThread::create([this, a, &runs, &stop] {
                AgentRun& run = runs[size_t(a)];
                // Connections are per thread in QtSql: opened, used and closed here.
                auto connection = temp().openAnother();
                if (!connection) {
                    run.failure = connection.error().toString();
                    return;
                }
                Router router(**connection);
                const QString login = agentLogin(a);
                while (!stop.load()) {
                    auto claimed = router.next(login, login);
                    if (!claimed) {
                        run.failure = claimed.error().toString();
                        return;
                    }
                    if (!claimed->has_value())
                        return; // nothing to take: the one way a worker may stop
                    run.claimed.push_back((*claimed)->id);
                }
            }));
        }
        for (auto& thread : threads)
            thread->start();
        const QDeadlineTimer deadline(joinDeadlineMs(cases));
        bool joined = true;
        for (auto& thread : threads)
            joined = thread->wait(deadline) && joined;
        if (!joined) {
            ADD_FAILURE() << "the agents did not finish within " << joinDeadlineMs(cases) / 1000
                          << " s: a deadlock, or claiming far slower than it should be";
            stop = true;
            for (auto& thread : threads) {
                // A thread stuck in the database cannot be joined; destroying it would crash on
                // top of the failure, so the process ends here with the failure said.
                if (!thread->wait(QDeadlineTimer(30'000))) {
                    fprintf(stderr, "a claiming thread is stuck: aborting\n");
                    std::abort();
                }
            }
        }
        return runs;
    }

    // How many audit rows record each case being assigned: 1 for every case, else which are not.
    std::map<qint64, int> assignmentsPerCase()
    {
        std::map<qint64, int> counts;
        auto rows = db().exec(u"SELECT entity_id, COUNT(*) FROM audit_log WHERE action = 'case.assigned' "
                              "GROUP BY entity_id"_s);
        if (!rows) {
            ADD_FAILURE() << rows.error().toString().toStdString();
            return counts;
        }
        while (rows->next())
            counts[rows->value(0).toString().toLongLong()] = rows->value(1).toInt();
        return counts;
    }

    // Each case's holder as the database has it.
    std::map<qint64, std::optional<qint64>> holders()
    {
        std::map<qint64, std::optional<qint64>> result;
        auto rows = db().exec(u"SELECT id, assignee_id, state FROM cases"_s);
        if (!rows) {
            ADD_FAILURE() << rows.error().toString().toStdString();
            return result;
        }
        while (rows->next()) {
            EXPECT_EQ(rows->value(2).toString(), u"assigned"_s) << "case " << rows->value(0).toLongLong();
            result[rows->value(0).toLongLong()] = rows->value(1).isNull()
                ? std::nullopt
                : std::optional<qint64>(rows->value(1).toLongLong());
        }
        return result;
    }
};

TEST_P(ClaimConcurrencyTest, AgentsClaimingAtOnceTakeEveryCaseExactlyOnce)
{
    const Shape shape = shapeFor(GetParam());
    // Capacity never stops them: each ends up holding what they claimed (a few hundred on
    // PostgreSQL), and the capacity check still runs, and locks, on every claim.
    auto agentIds = addAgents(db(), shape.agents, shape.cases);
    ASSERT_TRUE(agentIds.ok()) << agentIds.error().toString().toStdString();
    const Error filled = addWaitingCases(db(), shape.cases);
    ASSERT_FALSE(filled.isError()) << filled.toString().toStdString();
    const qint64 auditBefore = auditCount(db());

    QElapsedTimer timer;
    timer.start();
    const std::vector<AgentRun> runs = claimUntilEmpty(shape.agents, shape.cases);
    const qint64 elapsed = timer.elapsed();
    RecordProperty("claim_ms", int(elapsed));
    printf("[          ] %d agents claimed %d cases in %lld ms\n", shape.agents, shape.cases, elapsed);

    // The workers' side: no error, and every case once across all of them.
    std::map<qint64, qint64> claimedBy; // case -> agent id
    size_t claims = 0;
    for (int a = 0; a < shape.agents; ++a) {
        const AgentRun& run = runs[size_t(a)];
        EXPECT_TRUE(run.failure.isEmpty()) << agentLogin(a).toStdString() << ": " << run.failure.toStdString();
        claims += run.claimed.size();
        for (const qint64 caseId : run.claimed) {
            const auto [at, inserted] = claimedBy.emplace(caseId, agentIds->at(a));
            EXPECT_TRUE(inserted) << "case " << caseId << " was claimed by agent " << at->second << " and agent "
                                  << agentIds->at(a);
        }
    }
    EXPECT_EQ(claims, size_t(shape.cases));
    EXPECT_EQ(claimedBy.size(), size_t(shape.cases));

    // The database's side: every case assigned, to the agent whose worker claimed it.
    const auto held = holders();
    ASSERT_EQ(held.size(), size_t(shape.cases));
    int mismatched = 0;
    for (const auto& [caseId, holder] : held) {
        const auto claimed = claimedBy.find(caseId);
        const bool agrees = holder && claimed != claimedBy.end() && claimed->second == *holder;
        if (!agrees && ++mismatched <= 10)
            ADD_FAILURE() << "case " << caseId << " is held by "
                          << (holder ? QString::number(*holder).toStdString() : std::string("nobody"))
                          << " in the database, claimed by "
                          << (claimed == claimedBy.end() ? std::string("no worker") : std::to_string(claimed->second));
    }
    EXPECT_EQ(mismatched, 0);
    CaseStore cases(db());
    for (int a = 0; a < shape.agents; ++a)
        EXPECT_EQ(cases.heldBy(agentIds->at(a)).value(), int(runs[size_t(a)].claimed.size()))
            << agentLogin(a).toStdString();

    // The audit log's side: one assignment per case, one row per claim, the chain unbroken.
    const auto assignments = assignmentsPerCase();
    EXPECT_EQ(assignments.size(), size_t(shape.cases));
    int twice = 0;
    for (const auto& [caseId, count] : assignments) {
        if (count != 1 && ++twice <= 10)
            ADD_FAILURE() << "case " << caseId << " was assigned " << count << " times";
    }
    EXPECT_EQ(twice, 0);
    EXPECT_EQ(auditCount(db()), auditBefore + shape.cases);
    const AuditVerification chain = auditVerification(db());
    EXPECT_TRUE(chain.intact) << chain.problem.toStdString() << " at " << chain.firstBadSeq;
}

} // namespace

MODERATION_INSTANTIATE_ENGINES(ClaimConcurrencyTest);
