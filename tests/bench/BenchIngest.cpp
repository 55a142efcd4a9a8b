// How fast comments go into the store: CommentStore::ingest in pages (the path connectors use),
// on SQLite and on PostgreSQL, beside the sqlite3 command-line tool importing the same rows as
// CSV into the same table, which is about as fast as rows get into that schema (the ceiling).
//
//   bench_ingest                 100,000 comments per run; PostgreSQL when MODERATION_TEST_PG_URL is set
//   bench_ingest --smoke         2,000 comments, for CI
//   tools/with-postgres.sh build/release/tests/bench/bench_ingest
//
// Figures go into docs/PERFORMANCE.md ("Ingest").
#include "BenchMain.h"
#include "TempDatabase.h"

#include "storage/CommentStore.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <benchmark/benchmark.h>

#include <cstring>
#include <memory>
#include <vector>

using namespace Qt::StringLiterals;
using namespace moderation;
using namespace moderation::test;

namespace {

int g_commentCount = 100000;
bool g_failed = false;

// A benchmark that could not run is a failure, not a figure: the smoke run in CI must say so.
void fail(benchmark::State& state, const QString& why)
{
    g_failed = true;
    state.SkipWithError(why.toUtf8().constData());
}

// Comments shaped like the demo data: office-hours questions, thanks, complaints and spam, on X
// and Facebook, with the platform's own JSON kept beside them.
QList<Comment> demoLikeComments(int count)
{
    static const QStringList openings {
        u"How long does it take to process a green card renewal (I-90) right now?"_s,
        u"Thank you for answering so many questions today, this was really helpful!"_s,
        u"I have been waiting eleven months for my work permit and nobody answers the phone."_s,
        u"¿Dónde puedo consultar el estado de mi caso? Llevo semanas esperando una respuesta."_s,
        u"Is the biometrics appointment required again if my address changed after filing?"_s,
        u"Click here for FREE visa help!!! guaranteed approval, limited offer"_s,
        u"My naturalization interview was rescheduled twice. What should I bring this time?"_s,
        u"Gracias por la información, muy útil para mi familia."_s,
    };
    static const QStringList closings {
        u""_s,
        u" #AskUSCIS"_s,
        u" Any update would help, we have a family trip planned in March."_s,
        u" @agency please look into this, it is urgent for my job."_s,
        u" Thanks in advance."_s,
    };
    QList<Comment> comments;
    comments.reserve(count);
    const QDateTime start(QDate(2026, 11, 2), QTime(13, 0), Qt::UTC);
    for (int i = 0; i < count; ++i) {
        Comment c;
        c.platform = i % 3 == 2 ? Platform::Facebook : Platform::Twitter;
        c.source = c.platform == Platform::Facebook ? Source::PageComment : (i % 2 ? Source::Search : Source::Mention);
        c.platformId = c.platform == Platform::Twitter ? QString::number(1850000000000000000LL + i)
                                                       : u"122%1_%2"_s.arg(1000 + i % 40).arg(900000 + i);
        c.author.id = QString::number(40000000 + i % 7919);
        c.author.handle = c.platform == Platform::Twitter ? u"resident%1"_s.arg(i % 7919) : QString();
        c.author.name = u"Resident %1"_s.arg(i % 7919);
        c.text = openings.at(i % openings.size()) + closings.at((i / openings.size()) % closings.size());
        c.lang = i % openings.size() == 3 || i % openings.size() == 7 ? u"es"_s : u"en"_s;
        c.createdAt = start.addSecs(i * 3);
        c.conversationId = QString::number(1849000000000000000LL + i % 50);
        QJsonObject raw;
        if (c.platform == Platform::Twitter) {
            raw = QJsonObject { { u"id"_s, c.platformId },
                                { u"text"_s, c.text },
                                { u"author_id"_s, c.author.id },
                                { u"created_at"_s, c.createdAt.toString(Qt::ISODateWithMs) },
                                { u"conversation_id"_s, c.conversationId },
                                { u"lang"_s, c.lang },
                                { u"public_metrics"_s,
                                  QJsonObject { { u"retweet_count"_s, i % 5 },
                                                { u"reply_count"_s, i % 3 },
                                                { u"like_count"_s, i % 17 },
                                                { u"quote_count"_s, 0 } } } };
        } else {
            raw = QJsonObject { { u"id"_s, c.platformId },
                                { u"message"_s, c.text },
                                { u"created_time"_s, c.createdAt.toString(u"yyyy-MM-ddTHH:mm:ss+0000"_s) },
                                { u"from"_s, QJsonObject { { u"id"_s, c.author.id }, { u"name"_s, c.author.name } } },
                                { u"like_count"_s, i % 17 } };
        }
        c.rawJson = QJsonDocument(raw).toJson(QJsonDocument::Compact);
        comments.append(c);
    }
    return comments;
}

const QList<Comment>& comments()
{
    static const QList<Comment> all = demoLikeComments(g_commentCount);
    return all;
}

void ingestInPages(benchmark::State& state, Engine engine)
{
    const int pageSize = int(state.range(0));
    const QList<Comment>& all = comments();
    for (auto _ : state) {
        state.PauseTiming();
        auto temp = std::make_unique<TempDatabase>(engine);
        if (!temp->setupError().isEmpty()) {
            fail(state, temp->setupError());
            return;
        }
        CommentStore store(temp->db());
        state.ResumeTiming();
        for (int offset = 0; offset < all.size(); offset += pageSize) {
            auto result = store.ingest(all.mid(offset, pageSize), u"bench"_s, u"page-%1"_s.arg(offset));
            if (!result || result->inserted != qMin(pageSize, int(all.size()) - offset)) {
                fail(state, result ? u"a page stored fewer comments than it held"_s : result.error().toString());
                return;
            }
        }
        state.PauseTiming();
        temp.reset(); // dropping a PostgreSQL database is not ingest time
        state.ResumeTiming();
    }
    state.SetItemsProcessed(state.iterations() * all.size());
    state.counters["page"] = pageSize;
}

QString csvField(const QString& value)
{
    QString quoted = value;
    quoted.replace(u'"', u"\"\""_s);
    return u'"' + quoted + u'"';
}

// The same rows as comments(), in the comments table's column order, as the sqlite3 tool reads them.
const QString kCsvColumns = u"platform, platform_id, source, author_id, author_handle, author_name, text, lang, "
                            "created_at, conversation_id, parent_platform_id, raw_json, ingested_at, updated_at, "
                            "removed"_s;

bool writeCsv(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    for (const Comment& c : comments()) {
        const QStringList fields { toString(c.platform),
                                   c.platformId,
                                   toString(c.source),
                                   c.author.id,
                                   c.author.handle,
                                   c.author.name,
                                   c.text,
                                   c.lang,
                                   c.createdAt.toUTC().toString(Qt::ISODateWithMs),
                                   c.conversationId,
                                   c.parentId,
                                   QString::fromUtf8(c.rawJson),
                                   now,
                                   now,
                                   u"0"_s };
        QStringList quoted;
        for (const QString& field : fields)
            quoted << csvField(field);
        file.write(quoted.join(u',').toUtf8() + '\n');
    }
    return file.error() == QFile::NoError;
}

void sqliteCliImport(benchmark::State& state)
{
    const QString sqlite3 = QStandardPaths::findExecutable(u"sqlite3"_s);
    if (sqlite3.isEmpty()) {
        fail(state, u"the sqlite3 command-line tool is not installed (Debian package sqlite3)"_s);
        return;
    }
    QTemporaryDir csvDir;
    const QString csvPath = csvDir.filePath(u"comments.csv"_s);
    if (!writeCsv(csvPath)) {
        fail(state, u"cannot write the CSV file"_s);
        return;
    }
    // One transaction, the store's own pragmas; .import fills a staging table that is copied into
    // comments, since .import cannot leave the id and account columns out.
    const QString script = u"PRAGMA synchronous = NORMAL;\n"
                           "BEGIN;\n"
                           "CREATE TEMP TABLE staging (%1);\n"
                           ".import --csv '%2' staging\n"
                           "INSERT INTO comments (%1) SELECT %1 FROM staging;\n"
                           "COMMIT;\n"_s.arg(kCsvColumns, csvPath);
    for (auto _ : state) {
        state.PauseTiming();
        auto temp = std::make_unique<TempDatabase>(Engine::Sqlite);
        if (!temp->setupError().isEmpty()) {
            fail(state, temp->setupError());
            return;
        }
        state.ResumeTiming();
        QProcess process;
        process.start(sqlite3, { u"-bail"_s, temp->url().path });
        process.write(script.toUtf8());
        process.closeWriteChannel();
        process.waitForFinished(-1);
        state.PauseTiming();
        const QByteArray errors = process.readAllStandardError();
        if (process.exitCode() != 0 || !errors.isEmpty()) {
            fail(state, u"sqlite3 failed: "_s + QString::fromUtf8(errors));
            return;
        }
        auto counted = temp->db().exec(u"SELECT COUNT(*) FROM comments"_s);
        if (!counted || !counted->next() || counted->value(0).toInt() != comments().size()) {
            fail(state, u"sqlite3 imported a different number of rows"_s);
            return;
        }
        temp.reset();
        state.ResumeTiming();
    }
    state.SetItemsProcessed(state.iterations() * comments().size());
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    BenchArguments arguments = takeBenchArguments(argc, argv);
    if (arguments.smoke)
        g_commentCount = 2000;

    for (const int page : { 100, 1000 }) {
        benchmark::RegisterBenchmark("Ingest/Sqlite", ingestInPages, Engine::Sqlite)
            ->Arg(page)
            ->ArgName("page")
            ->Iterations(1)
            ->UseRealTime()
            ->Unit(benchmark::kMillisecond);
    }
    if (!TempDatabase::postgresAdminUrl().isEmpty()) {
        for (const int page : { 100, 1000 }) {
            benchmark::RegisterBenchmark("Ingest/Postgres", ingestInPages, Engine::Postgres)
                ->Arg(page)
                ->ArgName("page")
                ->Iterations(1)
                ->UseRealTime()
                ->Unit(benchmark::kMillisecond);
        }
    } else {
        fprintf(stderr, "bench_ingest: MODERATION_TEST_PG_URL is not set, PostgreSQL is not measured "
                        "(run it through tools/with-postgres.sh)\n");
    }
    benchmark::RegisterBenchmark("Ceiling/Sqlite3CliCsvImport", sqliteCliImport)
        ->Iterations(1)
        ->UseRealTime()
        ->Unit(benchmark::kMillisecond);

    fprintf(stderr, "bench_ingest: %d comments per run\n", g_commentCount);
    return runBenchmarks(arguments.rest, g_failed);
}
