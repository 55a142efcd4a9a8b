// What claiming a case costs when many agents pull at once: Router::next (the library's claim,
// each client on its own connection) beside a ceiling measured in the same run, the bare claim
// from the same number of clients without the library: the same SELECT … FOR UPDATE SKIP LOCKED
// (SQLite: inside BEGIN IMMEDIATE), an UPDATE, and one audit row appended as AuditStore appends
// it (lock, read the head, hash, insert), as prepared QSqlQuery statements in a loop.
//
//   bench_claims              10,000 cases per run: 4 clients on SQLite, 32 on PostgreSQL when
//                             MODERATION_TEST_PG_URL is set
//   bench_claims --cases=N    N cases per run
//   bench_claims --smoke      200 cases, for CI
//   tools/with-postgres.sh build/release/tests/bench/bench_claims
//
// Every run starts from a fresh store. Counters: claims_per_s (wall time of the whole run), p50_ms,
// p99_ms and max_ms (one claim as its client waited for it), and on the library's rows x_ceiling, the
// ceiling's claims per second over the library's. Figures go into docs/PERFORMANCE.md
// ("Claiming cases").
#include "BenchMain.h"
#include "ClaimWorkload.h"
#include "TempDatabase.h"

#include "audit/AuditChain.h"
#include "routing/Router.h"
#include "storage/SqlTime.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

#include <benchmark/benchmark.h>

#include <algorithm>
#include <chrono>
#include <functional>
#include <latch>
#include <map>
#include <memory>
#include <thread>
#include <vector>

using namespace Qt::StringLiterals;
using namespace moderation;
using namespace moderation::test;

namespace {

int g_caseCount = 10000;
bool g_failed = false;
// The ceiling's claims per second by engine, for the library's row to compare with.
std::map<Engine, double> g_ceiling;

void fail(benchmark::State& state, const QString& why)
{
    g_failed = true;
    state.SkipWithError(why.toUtf8().constData());
}

int clientsFor(Engine engine)
{
    return engine == Engine::Postgres ? 32 : 4;
}

// One client's claims: how long each took, or why it stopped early.
struct ClientRun
{
    std::vector<double> latenciesMs;
    QString failure;
};

// Claims one case on this connection: true when one was taken, false when none is left.
using ClaimOnce = std::function<Result<bool>()>;
using ClaimerFactory = std::function<Result<ClaimOnce>(Database& connection, int client, qint64 agentId)>;

// The library's claim, as `cases next --as L` makes it.
Result<ClaimOnce> libraryClaimer(Database& connection, int client, qint64)
{
    auto router = std::make_shared<Router>(connection);
    const QString login = agentLogin(client);
    return ClaimOnce([router, login]() -> Result<bool> {
        auto claimed = router->next(login, login);
        if (!claimed)
            return claimed.error();
        return claimed->has_value();
    });
}

constexpr int kSqliteBusy = 5;

// The bare claim: prepared once, executed per claim, no store code between the statements.
class BareClaim
{
public:
    BareClaim(Database& database, int client, qint64 agentId)
        : m_database(database)
        , m_sqlite(database.isSqlite())
        , m_agentId(agentId)
        , m_select(database.connection())
        , m_update(database.connection())
        , m_lock(database.connection())
        , m_head(database.connection())
        , m_insert(database.connection())
        , m_control(database.connection())
    {
        // The library's claim query, with the queue filter this agent has (addAgents: every other
        // agent names the three queues).
        QString select = u"SELECT id FROM cases "_s + (m_sqlite ? u"INDEXED BY cases_waiting "_s : QString())
            + u"WHERE assignee_id IS NULL AND state IN ('new', 'escalated') "_s;
        if (client % 2 == 1) {
            select += u"AND queue IN (?, ?, ?) "_s;
            m_queues = { u"general"_s, u"benefits"_s, u"security"_s };
        }
        select += u"ORDER BY CASE priority WHEN 'urgent' THEN 0 WHEN 'high' THEN 1 WHEN 'normal' THEN 2 ELSE 3 END, "
                  "sla_due_at IS NULL, sla_due_at, created_at, id LIMIT 1"_s;
        if (!m_sqlite)
            select += u" FOR UPDATE SKIP LOCKED"_s;
        const auto prepare = [this](QSqlQuery& query, const QString& sql) {
            if (m_prepareError.isError() || query.prepare(sql))
                return;
            m_prepareError = m_database.errorFrom(query.lastError(), u"bare claim, preparing "_s + sql.left(40));
        };
        prepare(m_select, select);
        prepare(m_update, u"UPDATE cases SET assignee_id = ?, state = 'assigned', updated_at = ? WHERE id = ?"_s);
        if (!m_sqlite)
            prepare(m_lock, u"SELECT pg_advisory_xact_lock(7261002)"_s);
        prepare(m_head, u"SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1"_s);
        prepare(m_insert, u"INSERT INTO audit_log (seq, at, actor, action, entity_type, entity_id, details, "
                          "prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
        m_login = agentLogin(client);
    }

    Result<bool> claim()
    {
        if (m_prepareError.isError())
            return m_prepareError;
        // SQLite's busy handler is not fair: with four clients taking turns back to back, one
        // of them once waited out the whole busy timeout (10 s) on BEGIN IMMEDIATE. The bare loop
        // tries again for as long as it takes; the wait counts in its latency.
        while (!m_control.exec(m_sqlite ? u"BEGIN IMMEDIATE"_s : u"BEGIN"_s)) {
            if (!m_sqlite || (m_control.lastError().nativeErrorCode().toInt() & 0xff) != kSqliteBusy)
                return failed(m_control, u"BEGIN"_s);
        }
        Result<bool> taken = claimInTransaction();
        if (!taken || !*taken) {
            m_control.exec(u"ROLLBACK"_s);
            return taken;
        }
        if (!m_control.exec(u"COMMIT"_s))
            return failed(m_control, u"COMMIT"_s);
        return true;
    }

private:
    Result<bool> claimInTransaction()
    {
        for (qsizetype i = 0; i < m_queues.size(); ++i)
            m_select.bindValue(int(i), m_queues.at(i));
        if (!m_select.exec())
            return failed(m_select, u"selecting"_s);
        const bool found = m_select.next();
        const qint64 caseId = found ? m_select.value(0).toLongLong() : 0;
        m_select.finish();
        if (!found)
            return false;
        const QDateTime now = QDateTime::currentDateTimeUtc();
        m_update.bindValue(0, m_agentId);
        m_update.bindValue(1, sqlTimestamp(now));
        m_update.bindValue(2, caseId);
        if (!m_update.exec())
            return failed(m_update, u"updating"_s);

        AuditEvent event;
        event.at = now;
        event.actor = m_login;
        event.action = u"case.assigned"_s;
        event.entityType = u"case"_s;
        event.entityId = QString::number(caseId);
        event.details.insert(u"assignee"_s, QString::number(m_agentId));
        event.details.insert(u"from"_s, u"new"_s);
        event.details.insert(u"to"_s, u"assigned"_s);
        if (!m_sqlite && !m_lock.exec())
            return failed(m_lock, u"locking the audit log"_s);
        m_lock.finish();
        if (!m_head.exec())
            return failed(m_head, u"reading the head"_s);
        AuditHead head { 0, QString::fromUtf16(AuditChain::kGenesisHash) };
        if (m_head.next())
            head = { m_head.value(0).toLongLong(), m_head.value(1).toString() };
        m_head.finish();
        AuditChain::link(event, head);
        const QVariantList values { event.seq, sqlTimestamp(event.at), event.actor, event.action, event.entityType,
                                    event.entityId, AuditChain::detailsText(event.details), event.prevHash,
                                    event.hash };
        for (qsizetype i = 0; i < values.size(); ++i)
            m_insert.bindValue(int(i), values.at(i));
        if (!m_insert.exec())
            return failed(m_insert, u"inserting the audit row"_s);
        return true;
    }

    Error failed(const QSqlQuery& query, const QString& step) const
    {
        return m_database.errorFrom(query.lastError(), u"bare claim, "_s + step);
    }

    Database& m_database;
    bool m_sqlite;
    qint64 m_agentId;
    QString m_login;
    QStringList m_queues;
    QSqlQuery m_select, m_update, m_lock, m_head, m_insert, m_control;
    Error m_prepareError;
};

Result<ClaimOnce> ceilingClaimer(Database& connection, int client, qint64 agentId)
{
    auto bare = std::make_shared<BareClaim>(connection, client, agentId);
    return ClaimOnce([bare]() { return bare->claim(); });
}

double percentile(std::vector<double>& values, double p)
{
    if (values.empty())
        return 0;
    const auto at = values.begin() + qsizetype(p * double(values.size() - 1));
    std::nth_element(values.begin(), at, values.end());
    return *at;
}

// One client per thread, each with its own connection opened before the clock starts, claiming
// until nothing is left. Returns the wall time from the start signal until the last one stopped.
double runClients(TempDatabase& temp, const QList<qint64>& agentIds, const ClaimerFactory& factory,
                  std::vector<ClientRun>& runs)
{
    const int clients = int(agentIds.size());
    runs.assign(size_t(clients), {});
    std::latch ready(clients + 1);
    std::latch start(1);
    std::vector<std::thread> threads;
    for (int c = 0; c < clients; ++c) {
        threads.emplace_back([&, c] {
            ClientRun& run = runs[size_t(c)];
            auto connection = temp.openAnother();
            // Declared after the connection, so its statements go first.
            Result<ClaimOnce> claimer = connection ? factory(**connection, c, agentIds.at(c))
                                                   : Result<ClaimOnce>(connection.error());
            ready.count_down();
            start.wait();
            if (!claimer) {
                run.failure = claimer.error().toString();
                return;
            }
            run.latenciesMs.reserve(size_t(g_caseCount));
            for (;;) {
                const auto before = std::chrono::steady_clock::now();
                Result<bool> taken = (*claimer)();
                const auto after = std::chrono::steady_clock::now();
                if (!taken) {
                    run.failure = taken.error().toString();
                    break;
                }
                if (!*taken)
                    break;
                run.latenciesMs.push_back(std::chrono::duration<double, std::milli>(after - before).count());
            }
        });
    }
    ready.arrive_and_wait();
    const auto begun = std::chrono::steady_clock::now();
    start.count_down();
    for (std::thread& thread : threads)
        thread.join();
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - begun).count();
}

void claims(benchmark::State& state, Engine engine, bool library)
{
    const int clients = clientsFor(engine);
    for (auto _ : state) {
        TempDatabase temp(engine);
        if (!temp.setupError().isEmpty())
            return fail(state, temp.setupError());
        auto agentIds = addAgents(temp.db(), clients, g_caseCount);
        if (!agentIds)
            return fail(state, agentIds.error().toString());
        if (Error error = addWaitingCases(temp.db(), g_caseCount); error.isError())
            return fail(state, error.toString());

        std::vector<ClientRun> runs;
        const double seconds = runClients(temp, *agentIds, library ? libraryClaimer : ceilingClaimer, runs);
        std::vector<double> latencies;
        for (const ClientRun& run : runs) {
            if (!run.failure.isEmpty())
                return fail(state, run.failure);
            latencies.insert(latencies.end(), run.latenciesMs.begin(), run.latenciesMs.end());
        }
        if (int(latencies.size()) != g_caseCount)
            return fail(state, u"%1 claims for %2 cases"_s.arg(latencies.size()).arg(g_caseCount));
        state.SetIterationTime(seconds);
        const double perSecond = g_caseCount / seconds;
        state.counters["clients"] = clients;
        state.counters["claims_per_s"] = perSecond;
        state.counters["p50_ms"] = percentile(latencies, 0.50);
        state.counters["p99_ms"] = percentile(latencies, 0.99);
        state.counters["max_ms"] = *std::max_element(latencies.begin(), latencies.end());
        if (!library)
            g_ceiling[engine] = perSecond;
        else if (g_ceiling.contains(engine))
            state.counters["x_ceiling"] = g_ceiling[engine] / perSecond;
    }
}

void registerFor(Engine engine, const char* name)
{
    // The ceiling first: the library's row is compared with it.
    for (const bool library : { false, true }) {
        const QString label = u"Claims/"_s + QString::fromLatin1(name) + (library ? u"/Library"_s : u"/Ceiling"_s);
        benchmark::RegisterBenchmark(label.toUtf8().constData(),
                                     [engine, library](benchmark::State& state) { claims(state, engine, library); })
            ->Iterations(1)
            ->UseManualTime()
            ->Unit(benchmark::kMillisecond);
    }
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    BenchArguments arguments = takeBenchArguments(argc, argv, [](const char* argument) {
        const QByteArray text(argument);
        if (!text.startsWith("--cases="))
            return false;
        g_caseCount = qMax(1, text.mid(8).toInt());
        return true;
    });
    if (arguments.smoke)
        g_caseCount = 200;
    registerFor(Engine::Sqlite, "Sqlite");
    if (!TempDatabase::postgresAdminUrl().isEmpty())
        registerFor(Engine::Postgres, "Postgres");
    else
        fprintf(stderr, "bench_claims: MODERATION_TEST_PG_URL is not set, PostgreSQL is not measured\n");
    fprintf(stderr, "bench_claims: %d cases per run\n", g_caseCount);
    return runBenchmarks(arguments.rest, g_failed);
}
