// What a page of the inbox costs at the top of the store and deep in it: CommentStore::list by
// key (the cursor of the last row loaded, as the inbox pages), and its query beside the same
// query with OFFSET (as the inbox paged before 2026-12-07), on SQLite and on PostgreSQL.
//
//   bench_inbox             200,000 comments; PostgreSQL when MODERATION_TEST_PG_URL is set
//   bench_inbox --smoke     2,000 comments, for CI
//   tools/with-postgres.sh build/release/tests/bench/bench_inbox
//
// Figures go into docs/PERFORMANCE.md ("Inbox pages").
#include "BenchMain.h"
#include "CommentBuilders.h"
#include "TempDatabase.h"

#include "storage/CommentStore.h"

#include <QCoreApplication>

#include <benchmark/benchmark.h>

#include <map>
#include <memory>
#include <vector>

using namespace Qt::StringLiterals;
using namespace moderation;
using namespace moderation::test;

namespace {

constexpr int kPage = 100;
int g_commentCount = 200000;
bool g_failed = false;

void fail(benchmark::State& state, const QString& why)
{
    g_failed = true;
    state.SkipWithError(why.toUtf8().constData());
}

// One filled store per engine, kept for every benchmark of that engine; emptied before the Qt
// application object goes.
std::map<Engine, std::unique_ptr<TempDatabase>> g_stores;

TempDatabase* filledStore(Engine engine, QString& error)
{
    auto& slot = g_stores[engine];
    if (slot)
        return slot.get();
    auto temp = std::make_unique<TempDatabase>(engine);
    if (!temp->setupError().isEmpty()) {
        error = temp->setupError();
        return nullptr;
    }
    const QList<Comment> all = demoLikeComments(g_commentCount);
    CommentStore store(temp->db());
    for (qsizetype offset = 0; offset < all.size(); offset += 1000) {
        auto stored = store.ingest(all.mid(offset, 1000), u"bench"_s);
        if (!stored) {
            error = stored.error().toString();
            return nullptr;
        }
    }
    slot = std::move(temp);
    return slot.get();
}

// The cursor after `rows` comments, newest first: where the inbox stands after that much scrolling.
std::optional<CommentCursor> cursorAfter(Database& db, int rows)
{
    if (rows == 0)
        return std::nullopt;
    auto q = db.exec(u"SELECT created_at, id FROM comments ORDER BY created_at DESC, id DESC LIMIT 1 OFFSET ?"_s,
                     { rows - 1 });
    if (!q || !q->next())
        return CommentCursor {};
    const QVariant at = q->value(0);
    const QDateTime time = at.userType() == QMetaType::QDateTime ? at.toDateTime().toUTC()
                                                                  : QDateTime::fromString(at.toString(), Qt::ISODateWithMs);
    return CommentCursor { time, q->value(1).toLongLong() };
}

// depth: 0 for the first page, 1 for the last page of the store.
int rowsBefore(int depth)
{
    return depth == 0 ? 0 : g_commentCount - kPage;
}

void pageByKey(benchmark::State& state, Engine engine)
{
    QString error;
    TempDatabase* temp = filledStore(engine, error);
    if (!temp) {
        fail(state, error);
        return;
    }
    const std::optional<CommentCursor> cursor = cursorAfter(temp->db(), rowsBefore(int(state.range(0))));
    CommentStore store(temp->db());
    for (auto _ : state) {
        auto page = store.list({}, cursor, kPage);
        if (!page || page->size() != kPage) {
            fail(state, page ? u"a short page"_s : page.error().toString());
            return;
        }
        benchmark::DoNotOptimize(page->constFirst().id);
    }
    state.SetItemsProcessed(state.iterations() * kPage);
}

// The inbox's query as it was (OFFSET) and as it is (a row value after the cursor), the same
// columns read the same way, so that only the paging differs.
const QString kSelect = u"SELECT c.id, c.platform, c.platform_id, c.source, c.author_id, c.author_handle, "
                        "c.author_name, c.text, c.lang, c.created_at, c.conversation_id, c.parent_platform_id, "
                        "c.raw_json, c.removed, COALESCE(a.name, '') "
                        "FROM comments c LEFT JOIN accounts a ON a.id = c.account_id "_s;

void pageQuery(benchmark::State& state, Engine engine, bool byKey)
{
    QString error;
    TempDatabase* temp = filledStore(engine, error);
    if (!temp) {
        fail(state, error);
        return;
    }
    const int before = rowsBefore(int(state.range(0)));
    const std::optional<CommentCursor> cursor = cursorAfter(temp->db(), before);
    QString sql = kSelect;
    QVariantList values;
    if (byKey && cursor) {
        sql += u"WHERE (c.created_at, c.id) < (?, ?) "_s;
        values << cursor->createdAt.toString(Qt::ISODateWithMs) << cursor->id;
    }
    sql += u"ORDER BY c.created_at DESC, c.id DESC LIMIT ?"_s;
    values << kPage;
    if (!byKey) {
        sql += u" OFFSET ?"_s;
        values << before;
    }
    for (auto _ : state) {
        auto q = temp->db().exec(sql, values);
        int rows = 0;
        while (q && q->next()) {
            for (int column = 0; column < 15; ++column)
                benchmark::DoNotOptimize(q->value(column));
            ++rows;
        }
        if (rows != kPage) {
            fail(state, q ? u"a short page"_s : q.error().toString());
            return;
        }
    }
    state.SetItemsProcessed(state.iterations() * kPage);
}

void pageByOffset(benchmark::State& state, Engine engine)
{
    pageQuery(state, engine, false);
}

void pageByKeyQuery(benchmark::State& state, Engine engine)
{
    pageQuery(state, engine, true);
}

void registerFor(Engine engine, const char* name)
{
    for (const int depth : { 0, 1 }) {
        benchmark::RegisterBenchmark((u"InboxPage/"_s + QString::fromLatin1(name) + u"/ByKey"_s).toUtf8().constData(),
                                     pageByKey, engine)
            ->Arg(depth)
            ->ArgName("deep")
            ->Unit(benchmark::kMicrosecond);
        for (const auto& [query, function] :
             { std::pair { u"/QueryByKey"_s, &pageByKeyQuery }, std::pair { u"/QueryByOffset"_s, &pageByOffset } }) {
            benchmark::RegisterBenchmark((u"InboxPage/"_s + QString::fromLatin1(name) + query).toUtf8().constData(),
                                         function, engine)
                ->Arg(depth)
                ->ArgName("deep")
                ->Unit(benchmark::kMicrosecond);
        }
    }
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    BenchArguments arguments = takeBenchArguments(argc, argv);
    if (arguments.smoke)
        g_commentCount = 2000;
    registerFor(Engine::Sqlite, "Sqlite");
    if (!TempDatabase::postgresAdminUrl().isEmpty())
        registerFor(Engine::Postgres, "Postgres");
    else
        fprintf(stderr, "bench_inbox: MODERATION_TEST_PG_URL is not set, PostgreSQL is not measured\n");
    fprintf(stderr, "bench_inbox: %d comments in the store, pages of %d\n", g_commentCount, kPage);
    const int status = runBenchmarks(arguments.rest, g_failed);
    g_stores.clear();
    return status;
}
