// How fast the policy engine decides: comments per second on one core for 10, 100, 300 and
// 1,000 rules over synthetic comments of realistic length (~190 bytes), beside
//   - the plain evaluator, which runs each rule's QRegularExpression in turn (the baseline), and
//   - a bare vectorscan scan of the same (already normalised) texts with the same patterns and
//     a callback that only counts (the ceiling);
// plus what the engine spends outside the scan (normalising, finding PII), and `policy simulate`
// over stored comments on SQLite.
//
//   bench_policyengine                       1,000,000 evaluations per figure, 1,000,000 stored comments
//   bench_policyengine --smoke               a few thousand, for CI
//   bench_policyengine --benchmark_filter=Engine
//   bench_policyengine --evaluations=20000000 --benchmark_filter=... (for a profiler)
//
// Build with the release preset (build/release). Figures go into docs/PERFORMANCE.md ("Policy engine").
#include "BenchMain.h"
#include "TempDatabase.h"

#include "ctl/Command.h"
#include "policy/MultiPatternMatcher.h"
#include "policy/PlainEvaluator.h"
#include "policy/PolicyEngine.h"
#include "policy/PolicySnapshot.h"
#include "storage/CommentReplay.h"
#include "storage/CommentStore.h"
#include "storage/PolicyStore.h"
#include "text/PiiDetector.h"
#include "text/PreparedText.h"

#include "TestPaths.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>

#include <hs/hs.h>

#include <benchmark/benchmark.h>

#include <cstdlib>
#include <cstring>
#include <map>
#include <memory>
#include <random>
#include <vector>

using namespace Qt::StringLiterals;
using namespace moderation;
using namespace moderation::test;

namespace {

bool g_smoke = false;
bool g_failed = false;
int g_evaluations = 1000000; // per engine figure
int g_distinctComments = 250000; // cycled through; 250,000 × ~190 bytes is well beyond the caches
int g_storedComments = 1000000; // for simulate

void fail(benchmark::State& state, const QString& why)
{
    g_failed = true;
    state.SkipWithError(why.toUtf8().constData());
}

// ---------------------------------------------------------------------------------------------
// Synthetic policies and comments.

const QStringList& commonWords()
{
    static const QStringList words = u"the a to my and is in for it of on this that was with have i you we they be "
                                     "not are at but from can will just about get please thanks help need card case "
                                     "office today still waiting months weeks answer phone call email form "
                                     "application status update appointment interview how what when where why who "
                                     "does do long time process processing new old address change family child "
                                     "husband wife mother father work job travel country back again never always "
                                     "nothing everything someone anyone service system website online account login "
                                     "error problem issue fix wrong right good bad great terrible slow fast week "
                                     "month year day morning night received sent mail letter notice document "
                                     "documents copy photo fee pay paid refund money cost hours line wait told said "
                                     "asked called visited again there here very really so much more than after "
                                     "before since until because if or no yes our your their"_s.split(u' ');
    return words;
}

// Made-up words: terms that noise never hits by accident, so that hits come from the generator.
QString ruleWord(int i)
{
    static const char16_t* syllables[] = { u"ka", u"lo", u"mi", u"ne", u"ru", u"sa", u"ti", u"vo", u"ze", u"pa",
                                           u"do", u"fi", u"gu", u"ha", u"je", u"qu", u"wy", u"xo", u"bi", u"cy" };
    const int n = 20;
    return QString::fromUtf16(syllables[i % n]) + QString::fromUtf16(syllables[(i / n) % n])
        + QString::fromUtf16(syllables[(i / n / n) % n]) + u"n"_s;
}

QString ruleTerm(int rule, int k)
{
    // Two single words and one two-word phrase per rule. (A phrase that ends in a common word,
    // "kalon the", costs vectorscan's literal matcher, which keys on the ends of literals, about
    // twice as much; the real-policy figure below has such phrases, "my case".)
    if (k < 2)
        return ruleWord(rule * 3 + k);
    return ruleWord(rule * 3 + 2) + u' ' + ruleWord(rule * 3 + 5000);
}

bool isRegexRule(int r)
{
    return r % 20 == 5;
}

QString policyJson(int ruleCount)
{
    QStringList rules;
    rules << uR"({ "id": "pii", "clause": "Personal information", "when": { "pii": ["ssn", "uscis_receipt", "a_number"] },
      "then": { "action": "hide", "hide": "automatic", "category": "privacy" } })"_s;
    static const QStringList actions { u"respond"_s, u"escalate"_s, u"hide"_s, u"ignore"_s };
    QString lexicon;
    for (int r = 1; r < ruleCount - 1; ++r) {
        const QString then = u"{ \"action\": \"%1\", \"category\": \"c%2\", \"queue\": \"q%3\" }"_s.arg(
            actions.at(r % 4)).arg(r).arg(r % 5);
        QString when;
        const QString terms = u"\"terms\": [\"%1\", \"%2\", \"%3\"]"_s.arg(ruleTerm(r, 0), ruleTerm(r, 1), ruleTerm(r, 2));
        if (r == 2 && ruleCount >= 100) {
            when = u"{ \"lexicon\": \"big\" }"_s;
        } else if (isRegexRule(r)) {
            when = u"{ \"regex\": \"%1 ?#?[0-9]{4,6}\" }"_s.arg(ruleWord(r * 3));
        } else if (r % 7 == 3) {
            when = u"{ \"question\": true, %1 }"_s.arg(terms);
        } else if (r % 11 == 4) {
            when = u"{ \"platform\": \"facebook\", %1 }"_s.arg(terms);
        } else {
            when = u"{ %1 }"_s.arg(terms);
        }
        rules << u"{ \"id\": \"r%1\", \"when\": %2, \"then\": %3 }"_s.arg(r).arg(when, then);
    }
    rules << uR"({ "id": "default", "when": { "always": true }, "then": { "action": "ignore" } })"_s;
    QStringList big;
    for (int i = 0; i < 50; ++i)
        big << u"\"%1\""_s.arg(ruleWord(9000 + i));
    return uR"({ "policy": "Synthetic %1", "version": 1, "timezone": "America/New_York",
  "lexicons": { "big": { "terms": [%2] } },
  "rules": [
%3 ] })"_s.arg(ruleCount).arg(big.join(u", "_s), rules.join(u",\n"_s));
}

class CommentMaker
{
public:
    explicit CommentMaker(quint32 seed, int maxRules)
        : m_random(seed)
        , m_maxRules(maxRules)
    {
    }

    Comment next(qint64 index)
    {
        Comment c;
        c.platform = chance(30) ? Platform::Facebook : Platform::Twitter;
        c.source = c.platform == Platform::Facebook ? Source::PageComment
                                                    : (chance(50) ? Source::Mention : Source::Reply);
        c.platformId = QString::number(index + 1);
        const int author = int(m_random() % 5000);
        c.author = { QString::number(author), u"user%1"_s.arg(author), {} };
        c.lang = chance(80) ? u"en"_s : QString();
        c.createdAt = m_start.addSecs(index * 2);
        c.text = text();
        return c;
    }

    QString text()
    {
        const int target = 150 + int(m_random() % 80); // ~190 characters on average
        QString t;
        if (chance(30))
            t += u"@uscis "_s; // replies on X open with the handle
        const auto& words = commonWords();
        bool first = true;
        while (t.size() < target) {
            QString w = words.at(int(m_random() % words.size()));
            if (first) {
                w[0] = w[0].toUpper();
                first = false;
            }
            t += w;
            const int p = int(m_random() % 100);
            t += p < 4 ? u". "_s : p < 6 ? u", "_s : u" "_s;
            if (p < 4)
                first = true;
        }
        // About one comment in ten names something a rule looks for.
        if (chance(10)) {
            const int r = 1 + int(m_random() % std::max(1, m_maxRules - 2));
            t += isRegexRule(r) ? ruleWord(r * 3) + u" #"_s + QString::number(10000 + m_random() % 80000)
                                : ruleTerm(r, int(m_random() % 3));
            t += u' ';
        }
        // Numbers: an id in 1 %, a phone in 2 %, a date (digits the PII detector must look at
        // and let go) in 3 %.
        if (chance(1))
            t += (chance(50) ? u"my SSN is 123-45-6789 "_s : u"receipt EAC1234567890 "_s);
        if (chance(2))
            t += u"call me (202) 555-0143 "_s;
        if (chance(3))
            t += u"filed on 2024-01-15 "_s;
        if (chance(5))
            t += u"https://example.test/page "_s;
        if (chance(5))
            t += u"#AskUSCIS "_s;
        t += chance(30) ? u"?"_s : u"."_s;
        return t;
    }

private:
    bool chance(int percent) { return int(m_random() % 100) < percent; }

    std::mt19937 m_random;
    int m_maxRules;
    QDateTime m_start { QDate(2026, 10, 1), QTime(0, 0), Qt::UTC };
};

const std::vector<Comment>& comments()
{
    static const std::vector<Comment> list = [] {
        std::vector<Comment> out;
        out.reserve(size_t(g_distinctComments));
        CommentMaker maker(20261128, 1000);
        for (int i = 0; i < g_distinctComments; ++i)
            out.push_back(maker.next(i));
        return out;
    }();
    return list;
}

// The first thousand: they stay in the caches, so a figure over them shows the work itself,
// apart from fetching cold text from memory (which the figures over all of them include).
constexpr size_t kHotComments = 1000;

size_t commentCount(benchmark::State& state)
{
    return state.range(1) == 1 ? std::min(kHotComments, comments().size()) : comments().size();
}

double averageLength()
{
    qint64 bytes = 0;
    for (const Comment& c : comments())
        bytes += c.text.toUtf8().size();
    return double(bytes) / double(comments().size());
}

PolicyDocument documentFor(int rules)
{
    static std::map<int, PolicyDocument> cache;
    auto found = cache.find(rules);
    if (found == cache.end()) {
        auto parsed = PolicyDocument::parse(policyJson(rules).toUtf8(), u"synthetic-%1.json"_s.arg(rules), {});
        if (!parsed)
            qFatal("synthetic policy: %s", qPrintable(parsed.error().toString()));
        found = cache.emplace(rules, *parsed).first;
    }
    return found->second;
}

// Rule count 0 stands for the bundled office-hours policy: real terms, lexicons and phrases.
constexpr int kOfficeHours = 0;

std::shared_ptr<const PolicyEngine> engineFor(int rules)
{
    static std::map<int, std::shared_ptr<const PolicyEngine>> cache;
    auto found = cache.find(rules);
    if (found == cache.end()) {
        if (rules == kOfficeHours) {
            auto document = PolicyDocument::load(QStringLiteral(MODERATION_SOURCE_DIR)
                                                 + u"/resources/policies/office-hours.json"_s);
            if (!document)
                qFatal("office hours: %s", qPrintable(document.error().toString()));
            auto engine = PolicyEngine::compile(*document);
            if (!engine)
                qFatal("office hours: %s", qPrintable(engine.error().toString()));
            return cache.emplace(rules, *engine).first->second;
        }
        auto engine = PolicyEngine::compile(documentFor(rules));
        if (!engine)
            qFatal("synthetic policy: %s", qPrintable(engine.error().toString()));
        found = cache.emplace(rules, *engine).first;
    }
    return found->second;
}

// ---------------------------------------------------------------------------------------------

void engineEvaluate(benchmark::State& state)
{
    const auto engine = engineFor(int(state.range(0)));
    const auto& list = comments();
    const size_t count = commentCount(state);
    size_t i = 0;
    qint64 hidden = 0;
    for (auto _ : state) {
        const Decision d = engine->evaluate(list[i]).value();
        hidden += d.action == Action::Hide ? 1 : 0;
        benchmark::DoNotOptimize(d);
        if (++i == count)
            i = 0;
    }
    state.SetItemsProcessed(state.iterations());
    state.counters["patterns"] = engine->matcher().patternCount();
    state.counters["hidden%"] = 100.0 * double(hidden) / double(std::max<qint64>(1, state.iterations()));
}

void plainEvaluate(benchmark::State& state)
{
    auto plain = PlainEvaluator::build(documentFor(int(state.range(0))));
    // (cold only: the plain evaluator is slow enough that memory does not matter)
    if (!plain)
        return fail(state, plain.error().toString());
    const auto& list = comments();
    size_t i = 0;
    for (auto _ : state) {
        const Decision d = (*plain)->evaluate(list[i]);
        benchmark::DoNotOptimize(d);
        if (++i == list.size())
            i = 0;
    }
    state.SetItemsProcessed(state.iterations());
}

// The comments' texts folded and encoded as the engine scans them, made once and kept: building
// and freeing a quarter of a million of them around each ceiling figure left the heap in a
// state that slowed the next engine figure by up to 1.8x, making figures depend on their order.
const std::vector<QByteArray>& foldedTexts(size_t count)
{
    static std::map<size_t, std::vector<QByteArray>> cache;
    auto found = cache.find(count);
    if (found == cache.end()) {
        std::vector<QByteArray> texts;
        texts.reserve(count);
        for (size_t k = 0; k < count; ++k)
            texts.push_back(TextNormalizer::normalize(comments()[k].text).text.toUtf8());
        found = cache.emplace(count, std::move(texts)).first;
    }
    return found->second;
}

// The ceiling: the same database of patterns over the same texts, already normalised and
// encoded, with a callback that only counts.
void bareScan(benchmark::State& state)
{
    const auto engine = engineFor(int(state.range(0)));
    const MultiPatternMatcher& matcher = engine->matcher();
    std::vector<QByteArray> expressions;
    std::vector<const char*> pointers;
    std::vector<unsigned int> flags;
    std::vector<unsigned int> ids;
    for (int p = 0; p < matcher.patternCount(); ++p) {
        expressions.push_back(matcher.expression(p));
        flags.push_back(matcher.flags(p));
        ids.push_back(unsigned(p));
    }
    for (const QByteArray& e : expressions)
        pointers.push_back(e.constData());
    hs_database_t* db = nullptr;
    hs_compile_error_t* error = nullptr;
    if (hs_compile_multi(pointers.data(), flags.data(), ids.data(), unsigned(pointers.size()), HS_MODE_BLOCK, nullptr,
                         &db, &error)
        != HS_SUCCESS) {
        fail(state, QString::fromUtf8(error->message));
        hs_free_compile_error(error);
        return;
    }
    hs_scratch_t* scratch = nullptr;
    hs_alloc_scratch(db, &scratch);
    const std::vector<QByteArray>& texts = foldedTexts(commentCount(state));
    size_t i = 0;
    unsigned long long matches = 0;
    const auto onMatch = [](unsigned int, unsigned long long, unsigned long long, unsigned int, void* ctx) -> int {
        ++*static_cast<unsigned long long*>(ctx);
        return 0;
    };
    for (auto _ : state) {
        hs_scan(db, texts[i].constData(), unsigned(texts[i].size()), 0, scratch, onMatch, &matches);
        if (++i == texts.size())
            i = 0;
    }
    benchmark::DoNotOptimize(matches);
    state.SetItemsProcessed(state.iterations());
    state.SetBytesProcessed(qint64(state.iterations()) * 190);
    hs_free_scratch(scratch);
    hs_free_database(db);
}

// What the engine does besides the scan, one part at a time.
void normalizeOnly(benchmark::State& state)
{
    const auto& list = comments();
    const size_t count = commentCount(state);
    size_t i = 0;
    PreparedText text;
    for (auto _ : state) {
        text.reset(list[i].text); // as the engine does: buffers reused
        benchmark::DoNotOptimize(text.utf8().constData());
        if (++i == count)
            i = 0;
    }
    state.SetItemsProcessed(state.iterations());
}

void piiOnly(benchmark::State& state)
{
    std::vector<NormalizedText> texts;
    texts.reserve(comments().size());
    for (size_t k = 0; k < commentCount(state); ++k)
        texts.push_back(TextNormalizer::normalize(comments()[k].text));
    const PiiDetector& detector = PreparedText::piiDetector();
    QList<PiiSpan> spans;
    size_t i = 0;
    for (auto _ : state) {
        detector.detect(texts[i], spans);
        benchmark::DoNotOptimize(spans.size());
        if (++i == texts.size())
            i = 0;
    }
    state.SetItemsProcessed(state.iterations());
}

// ---------------------------------------------------------------------------------------------
// policy simulate over stored comments.

struct SimulationStore
{
    DatabaseUrl url;
    QString error;
};

// Ingesting a million comments takes minutes, so the store is kept in the build folder and used
// again by the next run (delete bench-data/ after changing how comments are made).
const SimulationStore& simulationStore()
{
    static SimulationStore store = [] {
        SimulationStore s;
        const QString dir = QStringLiteral(MODERATION_BINARY_DIR) + u"/bench-data"_s;
        QDir().mkpath(dir);
        s.url.engine = DatabaseEngine::Sqlite;
        s.url.path = dir + u"/simulate-v1-%1.sqlite"_s.arg(g_storedComments);
        const QString ready = s.url.path + u".ready"_s;
        if (QFile::exists(ready) && QFile::exists(s.url.path))
            return s;
        QFile::remove(s.url.path);
        auto db = Database::open(s.url);
        if (!db) {
            s.error = db.error().toString();
            return s;
        }
        CommentStore comments(**db);
        CommentMaker maker(7, 300);
        const int page = 5000;
        QList<Comment> batch;
        for (int i = 0; i < g_storedComments; ++i) {
            Comment c = maker.next(i);
            c.rawJson = "{}";
            batch << c;
            if (batch.size() == page || i + 1 == g_storedComments) {
                auto done = comments.ingest(batch);
                if (!done) {
                    s.error = done.error().toString();
                    return s;
                }
                batch.clear();
            }
        }
        // The active policy: office hours; the candidate in the benchmark: the contact center.
        auto active = PolicyDocument::load(QStringLiteral(MODERATION_SOURCE_DIR) + u"/resources/policies/office-hours.json"_s);
        if (!active) {
            s.error = active.error().toString();
            return s;
        }
        auto stored = PolicyStore(**db).storeAndActivate(active->name, active->version,
                                                          PolicySnapshot::selfContained(*active), u"bench"_s);
        if (!stored) {
            s.error = stored.error().toString();
            return s;
        }
        QFile marker(ready);
        if (marker.open(QIODevice::WriteOnly))
            marker.write("complete\n");
        return s;
    }();
    return store;
}

void simulateStored(benchmark::State& state)
{
    const SimulationStore& store = simulationStore();
    if (!store.error.isEmpty())
        return fail(state, store.error);
    const QString candidate = QStringLiteral(MODERATION_SOURCE_DIR) + u"/resources/policies/contact-center.json"_s;
    for (auto _ : state) {
        QString out;
        QString err;
        QString in;
        QTextStream outStream(&out);
        QTextStream errStream(&err);
        QTextStream inStream(&in);
        ctl::CommandIo io { outStream, errStream, inStream, nullptr };
        const int code = ctl::runCtl({ u"--db"_s, store.url.toString(), u"policy"_s, u"simulate"_s, candidate }, io);
        outStream.flush();
        errStream.flush();
        if (code != 0)
            return fail(state, u"policy simulate exited %1: %2"_s.arg(code).arg(err));
        if (!out.contains(u"Comments:  %1 "_s.arg(QLocale(QLocale::English).toString(g_storedComments))))
            return fail(state, u"policy simulate did not replay every comment: "_s + out);
    }
    state.SetItemsProcessed(state.iterations() * g_storedComments);
    state.counters["stored"] = g_storedComments;
}

// Reading alone: what `policy simulate` reads, with nothing done with it.
void replayStored(benchmark::State& state)
{
    const SimulationStore& store = simulationStore();
    if (!store.error.isEmpty())
        return fail(state, store.error);
    auto db = Database::open(store.url);
    if (!db)
        return fail(state, db.error().toString());
    for (auto _ : state) {
        qint64 rows = 0;
        qint64 bytes = 0;
        const Error error = CommentReplay(**db).forEach({}, {}, [&](const Comment& c) {
            ++rows;
            bytes += c.text.size();
            return true;
        });
        if (error.isError())
            return fail(state, error.toString());
        if (rows != g_storedComments)
            return fail(state, u"read %1 comments of %2"_s.arg(rows).arg(g_storedComments));
        benchmark::DoNotOptimize(bytes);
    }
    state.SetItemsProcessed(state.iterations() * g_storedComments);
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    BenchArguments arguments = takeBenchArguments(argc, argv, [](const char* flag) {
        if (std::strncmp(flag, "--evaluations=", 14) != 0) // longer runs, for a profiler
            return false;
        g_evaluations = std::atoi(flag + 14);
        return true;
    });
    g_smoke = arguments.smoke;
    if (g_smoke) {
        g_evaluations = std::min(g_evaluations, 2000);
        g_distinctComments = 1000;
        g_storedComments = 2000;
    }

    // Second argument: 0 cycles through every comment (cold in memory), 1 through the first
    // thousand (hot in the caches).
    const int plainEvaluations = g_smoke ? 50 : 20000;
    for (const int rules : { 10, 100, 300, 1000 }) {
        benchmark::RegisterBenchmark("Engine", engineEvaluate)->Args({ rules, 0 })->ArgNames({ "rules", "hot" })->Iterations(g_evaluations);
        benchmark::RegisterBenchmark("Ceiling/BareScan", bareScan)->Args({ rules, 0 })->ArgNames({ "rules", "hot" })->Iterations(g_evaluations);
        benchmark::RegisterBenchmark("Baseline/PlainEvaluator", plainEvaluate)
            ->Args({ rules, 0 })
            ->ArgNames({ "rules", "hot" })
            ->Iterations(rules >= 300 ? plainEvaluations / 4 : plainEvaluations);
    }
    benchmark::RegisterBenchmark("Engine", engineEvaluate)->Args({ 300, 1 })->ArgNames({ "rules", "hot" })->Iterations(g_evaluations);
    benchmark::RegisterBenchmark("Ceiling/BareScan", bareScan)->Args({ 300, 1 })->ArgNames({ "rules", "hot" })->Iterations(g_evaluations);
    benchmark::RegisterBenchmark("Engine/OfficeHoursPolicy", engineEvaluate)->Args({ kOfficeHours, 0 })->ArgNames({ "rules", "hot" })->Iterations(g_evaluations);
    benchmark::RegisterBenchmark("Ceiling/BareScan/OfficeHoursPolicy", bareScan)->Args({ kOfficeHours, 0 })->ArgNames({ "rules", "hot" })->Iterations(g_evaluations);
    for (const int hot : { 0, 1 }) {
        benchmark::RegisterBenchmark("Part/PrepareText", normalizeOnly)->Args({ 0, hot })->ArgNames({ "", "hot" })->Iterations(g_evaluations);
        benchmark::RegisterBenchmark("Part/PiiDetectorOnEveryComment", piiOnly)->Args({ 0, hot })->ArgNames({ "", "hot" })->Iterations(g_evaluations);
    }
    benchmark::RegisterBenchmark("Part/ReplayStored/Sqlite", replayStored)
        ->Iterations(1)
        ->UseRealTime()
        ->Unit(benchmark::kMillisecond);
    benchmark::RegisterBenchmark("PolicySimulate/Sqlite", simulateStored)
        ->Iterations(1)
        ->UseRealTime()
        ->Unit(benchmark::kMillisecond);

    fprintf(stderr, "bench_policyengine: %d evaluations per figure over %d distinct comments (%.0f bytes on average); "
                    "simulate over %d stored comments\n",
            g_evaluations, g_distinctComments, averageLength(), g_storedComments);
    return runBenchmarks(arguments.rest, g_failed);
}
