// What the desktop window costs on a small store and on a large one: the time from start (the
// session opened) to a usable inbox, the time to apply a filter, the longest stall of the GUI
// thread's event loop while 10,000 comments arrive by sync, and the resident memory once the
// inbox is usable. The targets (docs/PERFORMANCE.md, "Desktop window"): each time on the large
// store within 2x of the same on the small one, and no stall longer than a frame at 60 Hz.
//
//   bench_desk                  1,000 and 1,000,000 comments (100,000 open cases in the large one)
//   bench_desk --smoke          1,000 and 5,000 comments, for CI
//   tools/with-postgres.sh build/release/tests/bench/bench_desk     also on PostgreSQL
//
// The stores are filled by SQL in bulk, as bench_reports fills its day: a decision for every
// comment and a case (state new, open) for one in ten. The window is the agent's: an agent at a
// single seat, signed in without the password check (sign-in is not what is measured).
#include "BenchMain.h"
#include "CommentBuilders.h"
#include "TempDatabase.h"

#include "MainWindow.h"
#include "Session.h"
#include "agent/InboxModel.h"
#include "agent/InboxWidget.h"
#include "model/User.h"
#include "storage/CommentStore.h"
#include "storage/UserStore.h"

#include <QApplication>
#include <QComboBox>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QLineEdit>
#include <QTimer>

#include <benchmark/benchmark.h>

#include <algorithm>
#include <cmath>
#include <atomic>
#include <chrono>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <thread>
#include <vector>

using namespace Qt::StringLiterals;
using namespace moderation;
using namespace moderation::test;

namespace {

int g_small = 1000;
int g_large = 1000000;
int g_iterations = 10;
bool g_failed = false;
const QDate kDay(2026, 11, 2);
// What the sync brings while the stall is measured, in the pages it stores.
constexpr int kSyncComments = 10000;
constexpr int kSyncPage = 100;
// The bench asks the store for changes at most this often while the sync runs (the window's own
// timer asks every 2 s): every page the sync stores can reach the inbox within a frame or so.
constexpr int kPollMs = 16;
// One frame at 60 Hz.
constexpr double kFrameMs = 1000.0 / 60.0;
constexpr int kWaitMs = 300000;

void fail(benchmark::State& state, const QString& why)
{
    g_failed = true;
    state.SkipWithError(why.toUtf8().constData());
}

// A day of comments written in bulk by SQL (as bench_reports writes its day): a third on
// Facebook, texts naming seven topics ("green card" one in seven), a decision for every comment
// and a new (open) case for one in ten.
QStringList fillStatements(DatabaseEngine engine, int comments)
{
    const qint64 dayStart = QDateTime(kDay, QTime(0, 0), QTimeZone::utc()).toSecsSinceEpoch();
    const QString n = QString::number(comments);
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
    statements << u"INSERT INTO comments (platform, platform_id, source, author_id, author_handle, author_name, text, "
                  "lang, created_at, conversation_id, raw_json, ingested_at, updated_at) "_s
                       + series
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
    User agent;
    QString error;
};

std::map<std::pair<Engine, int>, FilledStore> g_stores;

FilledStore& filledStore(Engine engine, int comments)
{
    FilledStore& store = g_stores[{ engine, comments }];
    if (store.temp || !store.error.isEmpty())
        return store;
    store.temp = std::make_unique<TempDatabase>(engine);
    if (!store.temp->setupError().isEmpty()) {
        store.error = store.temp->setupError();
        return store;
    }
    Database& db = store.temp->db();
    QElapsedTimer filling;
    filling.start();
    const Error filled = db.transaction([&]() -> Error {
        for (const QString& sql : fillStatements(db.engine(), comments))
            if (Error error = db.execRaw(sql); error.isError())
                return error;
        return {};
    });
    if (filled.isError()) {
        store.error = filled.toString();
        return store;
    }
    (void)db.execRaw(u"ANALYZE"_s);
    User agent;
    agent.login = u"agent.one"_s;
    agent.displayName = u"Agent One"_s;
    agent.roles = { Role::Agent };
    agent.capacity = 10;
    auto id = UserStore(db).add(agent, {}, {}, 0, u"bench"_s);
    auto user = id ? UserStore(db).byId(*id) : Result<User>(id.error());
    if (!user) {
        store.error = user.error().toString();
        return store;
    }
    store.agent = *user;
    fprintf(stderr, "bench_desk: filled a store of %d comments in %.1f s\n", comments, filling.elapsed() / 1000.0);
    return store;
}

// Resident memory of this process (VmRSS, kB).
double residentKb()
{
    QFile status(u"/proc/self/status"_s);
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray& line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toDouble();
    }
    return 0;
}

// Runs the event loop until `done()` holds, checked whenever the inbox or the session says
// something changed (no polling, no sleeping: the time measured is the time it took). False on
// timeout.
bool runUntil(Session& session, InboxModel* model, const std::function<bool()>& done)
{
    if (done())
        return true;
    QEventLoop loop;
    bool timedOut = false;
    const auto check = [&] {
        if (done())
            loop.quit();
    };
    QObject context;
    QObject::connect(&session, &Session::idle, &context, check, Qt::QueuedConnection);
    QObject::connect(model, &InboxModel::loaded, &context, check, Qt::QueuedConnection);
    QTimer::singleShot(kWaitMs, &context, [&] {
        timedOut = true;
        loop.quit();
    });
    loop.exec();
    return !timedOut;
}

// The inbox has rows for its current filter and no store call is under way.
bool usable(Session& session, InboxModel* model)
{
    return session.isIdle() && !model->isLoading() && model->rowCount() > 0;
}

struct OpenWindow
{
    std::unique_ptr<Session> session;
    std::unique_ptr<MainWindow> window;
    QString error;

    InboxModel* model() const { return window->inbox()->model(); }
};

// Opens a session and the agent's window on the store and shows it; the inbox is on its way.
OpenWindow openWindow(FilledStore& store)
{
    OpenWindow open;
    Database::OpenOptions options;
    options.password = store.temp->password();
    auto session = Session::open(store.temp->url(), options);
    if (!session) {
        open.error = session.error().toString();
        return open;
    }
    open.session = std::move(*session);
    open.session->setUser(store.agent);
    open.window = std::make_unique<MainWindow>(*open.session);
    open.window->resize(1280, 800);
    open.window->showWorkspace(u"comments"_s);
    open.window->show();
    return open;
}

void closeWindow(OpenWindow& open)
{
    open.window.reset();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    open.session.reset();
    QCoreApplication::processEvents();
}

// Waits until the inbox shows the first rows: false (and the benchmark failed) when it did not.
bool waitUsable(benchmark::State& state, OpenWindow& open)
{
    if (!runUntil(*open.session, open.model(), [&] { return usable(*open.session, open.model()); })) {
        fail(state, u"the inbox did not load: %1"_s.arg(open.model()->lastError()));
        return false;
    }
    if (!open.model()->lastError().isEmpty()) {
        fail(state, open.model()->lastError());
        return false;
    }
    return true;
}

void startToUsableInbox(benchmark::State& state, Engine engine)
{
    FilledStore& store = filledStore(engine, int(state.range(0)));
    if (!store.error.isEmpty())
        return fail(state, store.error);
    double rss = 0;
    double rssGrowth = 0;
    double firstRowsSeconds = 0;
    for (auto _ : state) {
        const double before = residentKb();
        const auto start = std::chrono::steady_clock::now();
        OpenWindow open = openWindow(store);
        if (!open.error.isEmpty())
            return fail(state, open.error);
        // When rows first show, whether or not every call has answered (the counts come with
        // the first page today, so the two differ only by the other calls the window makes).
        std::optional<std::chrono::steady_clock::time_point> firstRows;
        const bool shown = runUntil(*open.session, open.model(), [&] {
            if (!firstRows && !open.model()->isLoading() && open.model()->rowCount() > 0)
                firstRows = std::chrono::steady_clock::now();
            return usable(*open.session, open.model());
        });
        if (!shown || !open.model()->lastError().isEmpty())
            return fail(state, u"the inbox did not load: %1"_s.arg(open.model()->lastError()));
        // The rows painted once: what the person sees.
        QCoreApplication::processEvents();
        state.SetIterationTime(std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count());
        rss = residentKb();
        rssGrowth = rss - before;
        firstRowsSeconds += std::chrono::duration<double>(*firstRows - start).count();
        closeWindow(open);
    }
    state.counters["rss_kB"] = rss;
    state.counters["rss_growth_kB"] = rssGrowth;
    state.counters["first_rows_ms"] = benchmark::Counter(firstRowsSeconds * 1000, benchmark::Counter::kAvgIterations);
}

// Types a filter as a person does (the words, then a platform) and times until the inbox shows
// the matching rows. Alternates between two filters, as applying the same one again does nothing.
void applyFilter(benchmark::State& state, Engine engine)
{
    FilledStore& store = filledStore(engine, int(state.range(0)));
    if (!store.error.isEmpty())
        return fail(state, store.error);
    OpenWindow open = openWindow(store);
    if (!open.error.isEmpty())
        return fail(state, open.error);
    if (!waitUsable(state, open))
        return;
    InboxWidget* inbox = open.window->inbox();
    const struct
    {
        QString words;
        Platform platform;
    } filters[] = { { u"green card"_s, Platform::Facebook }, { u"passport"_s, Platform::Twitter } };
    int turn = 0;
    qint64 matching = 0;
    for (auto _ : state) {
        const auto& filter = filters[turn++ % 2];
        const auto start = std::chrono::steady_clock::now();
        inbox->filterField()->setText(filter.words);
        inbox->platformChoice()->setCurrentIndex(inbox->platformChoice()->findData(static_cast<int>(filter.platform)));
        inbox->applyFilter();
        const bool shown = runUntil(*open.session, open.model(), [&] {
            return usable(*open.session, open.model()) && open.model()->filter().textContains == filter.words
                && open.model()->filter().platform == filter.platform;
        });
        if (!shown)
            return fail(state, u"the filter %1 showed no rows: %2"_s.arg(filter.words, open.model()->lastError()));
        QCoreApplication::processEvents();
        state.SetIterationTime(std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count());
        matching = open.model()->matchingCount();
    }
    state.counters["matching"] = double(matching);
    closeWindow(open);
}

// The window open on the inbox while another connection (the sync, on a thread of its own)
// stores 10,000 comments in pages of 100; the GUI thread runs its event loop, asks for changes
// every 16 ms (the inbox reloads when the store changed), and a 1 ms timer records the gaps
// between its ticks: the longest is the longest the window could not answer.
void eventLoopStallDuringSync(benchmark::State& state, Engine engine)
{
    FilledStore& store = filledStore(engine, int(state.range(0)));
    if (!store.error.isEmpty())
        return fail(state, store.error);
    // Newer than the filled day, so each arrives at the top of the inbox.
    const QList<Comment> incoming = demoLikeComments(kSyncComments, QDateTime(QDate(2026, 11, 20), QTime(12, 0), Qt::UTC));
    int round = 0;
    for (auto _ : state) {
        // Each round stores new comments (the store grows by 10,000 a round).
        QList<Comment> batch = incoming;
        for (Comment& comment : batch)
            comment.platformId += u"-r%1"_s.arg(round);
        ++round;
        state.PauseTiming();
        OpenWindow open = openWindow(store);
        if (!open.error.isEmpty())
            return fail(state, open.error);
        if (!waitUsable(state, open))
            return;
        int reloads = 0;
        QObject::connect(open.model(), &InboxModel::loaded, open.window.get(), [&] { ++reloads; });
        state.ResumeTiming();

        std::atomic<bool> writing { true };
        QString writeError;
        const DatabaseUrl url = store.temp->url();
        Database::OpenOptions options;
        options.password = store.temp->password();
        std::thread writer([&, url, options] {
            auto database = Database::open(url, options);
            if (!database) {
                writeError = database.error().toString();
            } else {
                CommentStore comments(**database);
                for (qsizetype offset = 0; offset < batch.size() && writeError.isEmpty(); offset += kSyncPage) {
                    auto stored = comments.ingest(batch.mid(offset, kSyncPage), u"sync"_s);
                    if (!stored)
                        writeError = stored.error().toString();
                }
            }
            writing = false;
        });

        std::vector<double> gaps;
        gaps.reserve(100000);
        QElapsedTimer clock;
        QEventLoop loop;
        QTimer ticks;
        ticks.setTimerType(Qt::PreciseTimer);
        ticks.setInterval(1);
        qint64 last = -1;
        QObject::connect(&ticks, &QTimer::timeout, &loop, [&] {
            const qint64 now = clock.nsecsElapsed();
            if (last >= 0)
                gaps.push_back((now - last) / 1e6);
            last = now;
            if (!writing)
                loop.quit();
        });
        QTimer poll;
        poll.setInterval(kPollMs);
        // One question at a time: a poll still unanswered (the store thread busy reloading) is
        // not asked again behind itself.
        QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
            if (open.session->isIdle())
                open.session->pollChanges();
        });
        clock.start();
        ticks.start();
        poll.start();
        loop.exec();
        ticks.stop();
        poll.stop();
        writer.join();
        const double seconds = clock.nsecsElapsed() / 1e9;

        state.PauseTiming();
        // The last page shows once the store has answered the last question.
        open.session->pollChanges();
        const bool settled = runUntil(*open.session, open.model(), [&] { return usable(*open.session, open.model()); });
        const qint64 inStore = open.model()->storeCount();
        closeWindow(open);
        state.ResumeTiming();
        if (!writeError.isEmpty())
            return fail(state, u"the sync's writer failed: %1"_s.arg(writeError));
        if (!settled)
            return fail(state, u"the inbox did not settle after the sync"_s);
        if (gaps.empty())
            return fail(state, u"the event loop never ticked"_s);
        std::sort(gaps.begin(), gaps.end());
        const size_t p99 = std::min(gaps.size() - 1, size_t(std::ceil(gaps.size() * 0.99)) - 1);
        state.counters["stall_max_ms"] = gaps.back();
        state.counters["stall_p99_ms"] = gaps[p99];
        state.counters["over_frame"] = double(std::count_if(gaps.begin(), gaps.end(), [](double g) { return g > kFrameMs; }));
        state.counters["ticks"] = double(gaps.size());
        state.counters["reloads"] = reloads;
        state.counters["sync_s"] = seconds;
        state.counters["store_after"] = double(inStore);
    }
}

void registerFor(Engine engine, const std::string& name)
{
    const auto add = [&](const std::string& what, void (*function)(benchmark::State&, Engine)) {
        return benchmark::RegisterBenchmark(("BM_" + what + "/" + name).c_str(), function, engine)
            ->Arg(g_small)
            ->Arg(g_large)
            ->ArgName("comments")
            ->Unit(benchmark::kMillisecond);
    };
    add("StartToUsableInbox", startToUsableInbox)->UseManualTime()->Iterations(g_iterations);
    add("ApplyFilter", applyFilter)->UseManualTime()->Iterations(g_iterations);
    // Last: it adds the sync's comments to the stores.
    add("EventLoopStallDuringSync", eventLoopStallDuringSync)->UseRealTime()->Iterations(1);
}

} // namespace

int main(int argc, char* argv[])
{
    // The window needs no display: the offscreen platform unless the caller chose one.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    // The window's saved layout is the bench's own, not a person's.
    QCoreApplication::setOrganizationName(u"ModerationDeskBench"_s);
    QCoreApplication::setApplicationName(u"bench-desk"_s);
    BenchArguments arguments = takeBenchArguments(argc, argv);
    if (arguments.smoke) {
        g_large = 5000;
        g_iterations = 2;
    }
    std::vector<std::pair<std::string, Engine>> engines { { "Sqlite", Engine::Sqlite } };
    if (!TempDatabase::postgresAdminUrl().isEmpty())
        engines.push_back({ "Postgres", Engine::Postgres });
    else
        fprintf(stderr, "bench_desk: MODERATION_TEST_PG_URL is not set, PostgreSQL is not measured "
                        "(run it through tools/with-postgres.sh)\n");
    for (const auto& [name, engine] : engines)
        registerFor(engine, name);
    fprintf(stderr, "bench_desk: stores of %d and %d comments, %d arriving by sync in pages of %d\n", g_small, g_large,
            kSyncComments, kSyncPage);
    const int code = runBenchmarks(arguments.rest, g_failed);
    g_stores.clear();
    return code;
}
