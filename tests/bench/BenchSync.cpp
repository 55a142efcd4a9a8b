// End-to-end sync from a local server against the same work without HTTP, in one run:
//
//   Sync/EndToEnd/<engine>    SyncRunner::runOnce over an X account whose mentions come from
//                             md-fake-platforms (a process of its own, on the other core): HTTP,
//                             the X payload parsed, comments stored a page a transaction, the
//                             policy deciding, cases opened, everything audited
//   Sync/StoreAndTriage/<engine>  the same comments, already parsed, stored in the same pages and
//                             triaged by the same policy: ingest, decide, open cases, audit
//
//   bench_sync                5,000 comments a run; PostgreSQL when MODERATION_TEST_PG_URL is set
//   bench_sync --smoke        300 comments, for CI
//   tools/with-postgres.sh build/release/tests/bench/bench_sync
//
// The issue's target: end to end within 1.5x of store-and-triage. Figures: docs/PERFORMANCE.md ("Sync").
#include "BenchMain.h"
#include "TempDatabase.h"

#include "connectors/ClientProvider.h"
#include "connectors/NetworkTransport.h"
#include "connectors/TwitterClient.h"
#include "storage/AccountStore.h"
#include "storage/CommentStore.h"
#include "storage/PolicyStore.h"
#include "sync/SyncRunner.h"
#include "sync/Triage.h"
#include "sync/Waiter.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <benchmark/benchmark.h>

#include <memory>

using namespace Qt::StringLiterals;
using namespace moderation;
using namespace moderation::test;

namespace {

int g_commentCount = 5000;
bool g_failed = false;
quint16 g_xPort = 0;
QList<QList<Comment>> g_pages; // the same comments, parsed once, for the run without HTTP

const QByteArray kToken = "bench-x-token";

// Respond, escalate and proposed hides open cases; nothing is sent, so both sides do the same work.
const QByteArray kPolicy = R"({
  "policy": "Bench sync", "version": 1, "timezone": "UTC",
  "rules": [
    { "id": "pii", "clause": "Personal information", "when": { "pii": ["ssn", "uscis_receipt", "a_number"] },
      "then": { "action": "hide", "category": "privacy" } },
    { "id": "spam", "when": { "terms": ["guaranteed approval", "click here"] }, "then": { "action": "hide", "category": "spam" } },
    { "id": "complaint", "when": { "terms": ["nobody answers", "waiting"] },
      "then": { "action": "escalate", "queue": "supervisors", "sla": "4h" } },
    { "id": "question", "when": { "question": true }, "then": { "action": "respond", "sla": "1h" } },
    { "id": "default", "when": { "always": true }, "then": { "action": "ignore" } }
  ]
})";

void fail(benchmark::State& state, const QString& why)
{
    g_failed = true;
    state.SkipWithError(why.toUtf8().constData());
}

QJsonObject seed(int count)
{
    static const QStringList texts {
        u"@agency How long does it take to process a green card renewal (I-90) right now?"_s,
        u"@agency Thank you for answering so many questions today, this was really helpful!"_s,
        u"@agency I have been waiting eleven months for my work permit and nobody answers the phone."_s,
        u"@agency ¿Dónde puedo consultar el estado de mi caso? Llevo semanas esperando una respuesta."_s,
        u"@agency my receipt is EAC2190012345, is the biometrics appointment required again?"_s,
        u"@agency Click here for FREE visa help!!! guaranteed approval, limited offer"_s,
        u"@agency My naturalization interview was rescheduled twice. What should I bring this time?"_s,
        u"@agency Gracias por la información, muy útil para mi familia."_s,
    };
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QJsonArray posts;
    QJsonArray users;
    for (int u = 0; u < 50; ++u)
        users.append(QJsonObject { { u"id"_s, QString::number(5000 + u) }, { u"username"_s, u"person%1"_s.arg(u) },
                                   { u"name"_s, u"Person %1"_s.arg(u) } });
    for (int i = 0; i < count; ++i) {
        const QString id = QString::number(1880000000000000000LL + i);
        QJsonObject post;
        post.insert(u"id"_s, id);
        post.insert(u"text"_s, QString(texts.at(i % texts.size()) + u" #"_s + QString::number(i)));
        post.insert(u"author_id"_s, QString::number(5000 + i % 50));
        post.insert(u"created_at"_s, now.addSecs(-3 * 3600 + i % 10000).toString(u"yyyy-MM-ddTHH:mm:ss.zzzZ"_s));
        post.insert(u"conversation_id"_s, id);
        posts.append(post);
    }
    return QJsonObject { { u"x"_s, QJsonObject { { u"user_id"_s, u"42"_s }, { u"username"_s, u"agency"_s },
                                                 { u"token"_s, QString::fromLatin1(kToken) }, { u"users"_s, users },
                                                 { u"posts"_s, posts } } } };
}

// One X client over HTTP for the account, whatever it asks.
class BenchClients final : public ClientProvider
{
public:
    BenchClients()
        : m_client(m_transport, u"42"_s, kToken, QString(), QUrl(u"http://127.0.0.1:%1"_s.arg(g_xPort)))
    {
        m_client.setAccountName(u"agency-x"_s);
    }
    Result<PlatformClient*> clientFor(const Account&) override { return static_cast<PlatformClient*>(&m_client); }
    TwitterClient& client() { return m_client; }

private:
    NetworkTransport m_transport;
    TwitterClient m_client;
};

class NoWait final : public Waiter
{
public:
    bool waitMs(qint64) override { return true; }
};

// A fresh store with the policy active and the account: what both sides start from.
std::unique_ptr<TempDatabase> freshStore(benchmark::State& state, Engine engine)
{
    auto temp = std::make_unique<TempDatabase>(engine);
    if (!temp->setupError().isEmpty()) {
        fail(state, temp->setupError());
        return {};
    }
    if (!PolicyStore(temp->db()).storeAndActivate(u"Bench sync"_s, 1, kPolicy, u"bench"_s).ok()) {
        fail(state, u"policy not activated"_s);
        return {};
    }
    Account account;
    account.platform = Platform::Twitter;
    account.name = u"agency-x"_s;
    account.externalId = u"42"_s;
    account.watches = { u"mentions"_s };
    account.readsPerHour = 1000000;
    if (!AccountStore(temp->db()).add(account, u"bench"_s).ok()) {
        fail(state, u"account not added"_s);
        return {};
    }
    return temp;
}

void endToEnd(benchmark::State& state, Engine engine)
{
    for (auto _ : state) {
        state.PauseTiming();
        auto temp = freshStore(state, engine);
        if (!temp)
            return;
        BenchClients clients;
        NoWait waiter;
        SyncRunner runner(temp->db(), clients, waiter, SyncRunner::Options {});
        state.ResumeTiming();
        auto report = runner.runOnce();
        state.PauseTiming();
        if (!report || report->accounts.size() != 1 || report->accounts.first().inserted != g_commentCount) {
            fail(state, report ? u"stored %1 of %2: %3"_s.arg(report->accounts.value(0).inserted).arg(g_commentCount).arg(
                                     report->accounts.value(0).message)
                               : report.error().message());
            return;
        }
        temp.reset();
        state.ResumeTiming();
    }
    state.SetItemsProcessed(state.iterations() * g_commentCount);
}

void storeAndTriage(benchmark::State& state, Engine engine)
{
    for (auto _ : state) {
        state.PauseTiming();
        auto temp = freshStore(state, engine);
        if (!temp)
            return;
        state.ResumeTiming();
        CommentStore comments(temp->db());
        for (const QList<Comment>& page : g_pages) {
            if (!comments.ingest(page, u"sync"_s, u"mentions"_s).ok()) {
                fail(state, u"ingest failed"_s);
                return;
            }
        }
        auto active = Triage::loadActive(temp->db());
        if (!active || !Triage(temp->db(), active->engine, active->versionId).decidePending().ok()) {
            fail(state, u"triage failed"_s);
            return;
        }
        state.PauseTiming();
        temp.reset();
        state.ResumeTiming();
    }
    state.SetItemsProcessed(state.iterations() * g_commentCount);
}

// The pages as the client reads them, kept for the run without HTTP.
bool readPagesOnce()
{
    BenchClients clients;
    QString token;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    do {
        auto page = clients.client().fetch(u"mentions"_s, {}, token, now);
        if (!page.outcome.ok()) {
            fprintf(stderr, "bench_sync: reading the pages failed: %s\n", qPrintable(page.outcome.message));
            return false;
        }
        QList<Comment> comments = page.value.comments;
        for (Comment& comment : comments)
            comment.accountName = u"agency-x"_s;
        g_pages.append(comments);
        token = page.value.nextPageToken;
    } while (!token.isEmpty());
    return true;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    BenchArguments arguments = takeBenchArguments(argc, argv);
    if (arguments.smoke)
        g_commentCount = 300;

    QTemporaryDir dir;
    QFile file(dir.filePath(u"seed.json"_s));
    if (!file.open(QIODevice::WriteOnly) || file.write(QJsonDocument(seed(g_commentCount)).toJson()) < 0)
        return 1;
    file.close();
    QProcess server;
    server.start(QStringLiteral(MD_FAKE_PLATFORMS_PATH), { u"--seed"_s, file.fileName() });
    static const QRegularExpression kListening(u"listening x=(\\d+)"_s);
    QString output;
    while (!g_xPort && server.waitForReadyRead(10000)) {
        output += QString::fromUtf8(server.readAllStandardOutput());
        const auto match = kListening.match(output);
        if (match.hasMatch())
            g_xPort = quint16(match.captured(1).toUInt());
    }
    if (!g_xPort) {
        fprintf(stderr, "bench_sync: md-fake-platforms did not start: %s\n", qPrintable(output));
        return 1;
    }
    if (!readPagesOnce())
        return 1;

    const auto add = [](const char* name, void (*function)(benchmark::State&, Engine), Engine engine) {
        benchmark::RegisterBenchmark(name, function, engine)
            ->Iterations(3)
            ->UseRealTime()
            ->Unit(benchmark::kMillisecond);
    };
    add("Sync/EndToEnd/Sqlite", endToEnd, Engine::Sqlite);
    add("Sync/StoreAndTriage/Sqlite", storeAndTriage, Engine::Sqlite);
    if (!TempDatabase::postgresAdminUrl().isEmpty()) {
        add("Sync/EndToEnd/Postgres", endToEnd, Engine::Postgres);
        add("Sync/StoreAndTriage/Postgres", storeAndTriage, Engine::Postgres);
    } else {
        fprintf(stderr, "bench_sync: MODERATION_TEST_PG_URL is not set, PostgreSQL is not measured "
                        "(run it through tools/with-postgres.sh)\n");
    }
    fprintf(stderr, "bench_sync: %d comments a run, %lld pages\n", g_commentCount, qlonglong(g_pages.size()));
    const int code = runBenchmarks(arguments.rest, g_failed);
    server.kill();
    server.waitForFinished();
    return code;
}
