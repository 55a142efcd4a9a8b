// What a report costs over a busy day: the daily report (every table, built from the store) and
// the records export of that day (every file written with its SHA-256), beside reading the
// day's comments once through the store (CommentReplay through QtSql, and on SQLite also through
// SQLite's C API: the floor), on SQLite and on PostgreSQL.
//
//   bench_reports                      1,000,000 comments in the day; PostgreSQL when MODERATION_TEST_PG_URL is set
//   bench_reports --comments=N         another size
//   bench_reports --smoke              2,000 comments, for CI
//   tools/with-postgres.sh build/release/tests/bench/bench_reports
//
// The day: comments spread evenly over 2026-11-02 (UTC), a third on Facebook; every one decided
// (respond, ignore, hide, escalate), a case for one in ten, and for the first of them a reply
// drafted, approved and sent through the library as people and sync would. The seven days
// before are empty, so the trending terms' baseline read costs nothing here; it reads only texts,
// at about the floor's speed a row. Figures go into docs/PERFORMANCE.md ("Reports").
#include "BenchMain.h"
#include "TempDatabase.h"

#include "model/User.h"
#include "reports/RecordsExport.h"
#include "reports/ReportBuilder.h"
#include "review/ReviewDesk.h"
#include "routing/Router.h"
#include "storage/CommentReplay.h"
#include "storage/OutboxStore.h"
#include "storage/UserStore.h"

#include <QCoreApplication>
#include <QTemporaryDir>

#include <benchmark/benchmark.h>

#include <cstring>
#include <map>
#include <memory>

using namespace Qt::StringLiterals;
using namespace moderation;
using namespace moderation::test;

namespace {

int g_comments = 1000000;
int g_replies = 1000;
bool g_failed = false;
const QDate kDay(2026, 11, 2);

void fail(benchmark::State& state, const QString& why)
{
    g_failed = true;
    state.SkipWithError(why.toUtf8().constData());
}

// The day's rows, written in bulk by SQL (ingesting a million through CommentStore takes minutes).
QStringList fillStatements(DatabaseEngine engine)
{
    const qint64 dayStart = QDateTime(kDay, QTime(0, 0), QTimeZone::utc()).toSecsSinceEpoch();
    const QString n = QString::number(g_comments);
    const bool sqlite = engine == DatabaseEngine::Sqlite;
    const QString series = sqlite ? u"WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i + 1 < %1) "_s.arg(n)
                                  : QString();
    const QString from = sqlite ? u"FROM n"_s : u"FROM generate_series(0, %1 - 1) AS s(i)"_s.arg(n);
    const QString at = sqlite ? u"strftime('%Y-%m-%dT%H:%M:%fZ', %1 + i * 86400.0 / %2, 'unixepoch')"_s.arg(dayStart).arg(n)
                              : u"to_timestamp(%1 + i * 86400.0 / %2)"_s.arg(dayStart).arg(n);
    const QString text = u"'Question ' || i || ' about my ' || CASE i % 7 WHEN 0 THEN 'form' WHEN 1 THEN 'interview' "
                         "WHEN 2 THEN 'green card' WHEN 3 THEN 'passport' WHEN 4 THEN 'office hours' WHEN 5 THEN "
                         "'appointment' ELSE 'case status' END || ': I applied months ago and have not heard anything "
                         "back yet, what should I do next? #AskTheAgency'"_s;
    QStringList statements;
    statements << (sqlite ? u"INSERT INTO comments (platform, platform_id, source, author_id, author_handle, "
                            "author_name, text, lang, created_at, conversation_id, raw_json, ingested_at, updated_at) "_s
                                + series
                          : u"INSERT INTO comments (platform, platform_id, source, author_id, author_handle, "
                            "author_name, text, lang, created_at, conversation_id, raw_json, ingested_at, updated_at) "_s)
                       + u"SELECT CASE WHEN i % 3 = 0 THEN 'facebook' ELSE 'twitter' END, 'b' || i, "
                         "CASE WHEN i % 3 = 0 THEN 'page_comment' ELSE 'mention' END, 'u' || (i % 50000), "
                         "'user' || (i % 50000), 'A Person', "_s
                       + text + u", 'en', "_s + at + u", '', '{\"id\":\"b' || i || '\"}', "_s + at + u", "_s + at
                       + u" "_s + from;
    statements << u"INSERT INTO decisions (comment_id, rule_id, clause, action, category, queue, sla_seconds, "
                  "hide_mode, explanation, decided_at) SELECT id, CASE WHEN id % 10 = 0 THEN 'question' WHEN id % 10 "
                  "< 7 THEN 'chatter' WHEN id % 10 < 9 THEN 'spam' ELSE 'legal' END, 'Clause', CASE WHEN id % 10 = 0 "
                  "THEN 'respond' WHEN id % 10 < 7 THEN 'ignore' WHEN id % 10 < 9 THEN 'hide' ELSE 'escalate' END, "
                  "CASE id % 4 WHEN 0 THEN 'forms' WHEN 1 THEN 'interview' WHEN 2 THEN 'general' ELSE 'offices' END, "
                  "'general', CASE WHEN id % 10 = 0 THEN 3600 END, CASE WHEN id % 10 IN (7, 8) THEN 'automatic' END, "
                  "'bench', created_at FROM comments"_s;
    statements << u"INSERT INTO cases (comment_id, decision_id, queue, state, sla_seconds, sla_started_at, "
                  "sla_at_risk_at, sla_due_at, created_at, updated_at) SELECT c.id, d.id, 'general', 'new', 3600, "
                  "c.created_at, c.created_at, c.created_at, c.created_at, c.created_at FROM comments c "
                  "JOIN decisions d ON d.comment_id = c.id WHERE c.id % 10 = 0"_s;
    return statements;
}

struct FilledStore
{
    std::unique_ptr<TempDatabase> temp;
    QString error;
};

std::map<Engine, FilledStore> g_stores;

FilledStore& filledStore(Engine engine)
{
    FilledStore& store = g_stores[engine];
    if (store.temp || !store.error.isEmpty())
        return store;
    store.temp = std::make_unique<TempDatabase>(engine);
    if (!store.temp->setupError().isEmpty()) {
        store.error = store.temp->setupError();
        return store;
    }
    Database& db = store.temp->db();
    const Error filled = db.transaction([&]() -> Error {
        for (const QString& sql : fillStatements(db.engine()))
            if (Error error = db.execRaw(sql); error.isError())
                return error;
        return {};
    });
    if (filled.isError()) {
        store.error = filled.toString();
        return store;
    }
    if (!db.isSqlite())
        (void)db.execRaw(u"ANALYZE"_s);
    // People, and replies sent the way the desk and sync send them.
    for (const auto& [login, role] : { std::pair { u"ana"_s, Role::Agent }, std::pair { u"rita"_s, Role::Reviewer } }) {
        User user;
        user.login = login;
        user.roles = { role };
        user.capacity = 1000; // the most a person may hold, and as many as the replies sent
        if (auto added = UserStore(db).add(user, {}, {}, 0, u"bench"_s); !added) {
            store.error = added.error().toString();
            return store;
        }
    }
    auto cases = db.exec(u"SELECT id FROM cases ORDER BY id LIMIT ?"_s, { g_replies });
    QList<qint64> ids;
    while (cases && cases->next())
        ids << cases->value(0).toLongLong();
    for (const qint64 id : ids) {
        Router router(db);
        ReviewDesk desk(db);
        OutboxStore outbox(db);
        auto assigned = router.assign(id, u"ana"_s, u"ana"_s);
        auto draft = assigned ? desk.submit(id, u"ana"_s, u"Thank you: see our status page."_s, u"status"_s, u"ana"_s)
                              : Result<Draft>(assigned.error());
        auto approved = draft ? desk.approve(draft->id, u"rita"_s, u"rita"_s) : Result<ReviewDesk::Approval>(draft.error());
        auto entry = approved ? outbox.replyFor(draft->id) : Result<std::optional<OutboxEntry>>(approved.error());
        Error error = entry ? Error() : entry.error();
        if (!error.isError() && entry->has_value())
            error = outbox.markSending((*entry)->id, u"sync"_s);
        if (!error.isError() && entry->has_value())
            error = outbox.markSent((*entry)->id, u"sent-%1"_s.arg(id), u"sync"_s);
        if (error.isError()) {
            store.error = u"sending a reply for case %1: %2"_s.arg(id).arg(error.toString());
            return store;
        }
    }
    return store;
}

void floorRead(benchmark::State& state, Engine engine, CommentReplay::Reader reader)
{
    FilledStore& store = filledStore(engine);
    if (!store.error.isEmpty())
        return fail(state, store.error);
    const ReportPeriod day = ReportPeriod::day(kDay, QTimeZone::utc());
    for (auto _ : state) {
        qint64 rows = 0;
        qint64 bytes = 0;
        const Error error = CommentReplay(store.temp->db(), reader).forEach(day.start, day.end, [&](const Comment& c) {
            ++rows;
            bytes += c.text.size();
            return true;
        });
        if (error.isError())
            return fail(state, error.toString());
        if (rows != g_comments)
            return fail(state, u"read %1 comments of %2"_s.arg(rows).arg(g_comments));
        benchmark::DoNotOptimize(bytes);
    }
    state.SetItemsProcessed(state.iterations() * g_comments);
}

void dailyReport(benchmark::State& state, Engine engine)
{
    FilledStore& store = filledStore(engine);
    if (!store.error.isEmpty())
        return fail(state, store.error);
    const ReportPeriod day = ReportPeriod::day(kDay, QTimeZone::utc());
    for (auto _ : state) {
        auto report = buildReport(store.temp->db(), day);
        if (!report)
            return fail(state, report.error().toString());
        if (report->summary.value(0).value != QString::number(g_comments))
            return fail(state, u"the report counted %1 comments of %2"_s.arg(report->summary.value(0).value).arg(g_comments));
    }
    state.SetItemsProcessed(state.iterations() * g_comments);
}

void recordsExport(benchmark::State& state, Engine engine)
{
    FilledStore& store = filledStore(engine);
    if (!store.error.isEmpty())
        return fail(state, store.error);
    for (auto _ : state) {
        QTemporaryDir dir;
        RecordsRequest request;
        request.from = kDay;
        request.to = kDay;
        request.zone = QTimeZone::utc();
        request.outDir = dir.filePath(u"records"_s);
        auto exported = exportRecords(store.temp->db(), request);
        if (!exported)
            return fail(state, exported.error().toString());
        qint64 comments = 0;
        for (const RecordsFileSummary& file : exported->files)
            if (file.name == u"comments.jsonl"_s)
                comments = file.rows;
        if (comments != g_comments)
            return fail(state, u"the export holds %1 comments of %2"_s.arg(comments).arg(g_comments));
    }
    state.SetItemsProcessed(state.iterations() * g_comments);
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    BenchArguments arguments = takeBenchArguments(argc, argv, [](const char* flag) {
        if (std::strncmp(flag, "--comments=", 11) != 0)
            return false;
        g_comments = std::atoi(flag + 11);
        return true;
    });
    if (arguments.smoke) {
        g_comments = 2000;
        g_replies = 20;
    }
    g_replies = std::min(g_replies, g_comments / 10);

    const auto add = [](const std::string& name, auto function) {
        benchmark::RegisterBenchmark(name.c_str(), function)->Iterations(1)->UseRealTime()->Unit(benchmark::kMillisecond);
    };
    std::vector<std::pair<std::string, Engine>> engines { { "Sqlite", Engine::Sqlite } };
    if (!TempDatabase::postgresAdminUrl().isEmpty())
        engines.push_back({ "Postgres", Engine::Postgres });
    else
        fprintf(stderr, "bench_reports: MODERATION_TEST_PG_URL is not set, PostgreSQL is not measured "
                        "(run it through tools/with-postgres.sh)\n");
    for (const auto& [name, engine] : engines) {
        const Engine e = engine;
        add("Floor/ReadDay/QtSql/" + name,
            [e](benchmark::State& s) { floorRead(s, e, CommentReplay::Reader::QtSql); });
        if (e == Engine::Sqlite)
            add("Floor/ReadDay/SqliteApi/" + name,
                [e](benchmark::State& s) { floorRead(s, e, CommentReplay::Reader::Fastest); });
        add("Report/Daily/" + name, [e](benchmark::State& s) { dailyReport(s, e); });
        add("Records/ExportDay/" + name, [e](benchmark::State& s) { recordsExport(s, e); });
    }
    fprintf(stderr, "bench_reports: %d comments in the day, %d replies sent\n", g_comments, g_replies);
    const int code = runBenchmarks(arguments.rest, g_failed);
    g_stores.clear();
    return code;
}
