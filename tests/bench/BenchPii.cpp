// Throughput of TextNormalizer and PiiDetector on realistic comments (about 190 bytes, English
// and Spanish, some emoji, dates and form names; one in twenty holds PII). The policy engine runs
// both on every comment, so they must leave most of its one-microsecond budget to the scan.
//
//   bench_pii [--smoke] [Google Benchmark flags]
//
// --smoke: a tiny corpus, for CI to prove the program runs.

#include "BenchMain.h"

#include "text/PiiDetector.h"
#include "text/TextNormalizer.h"

#include <QRandomGenerator>
#include <QStringList>

#include <benchmark/benchmark.h>

#include <algorithm>
#include <cstring>
#include <vector>

using namespace Qt::StringLiterals;
using namespace moderation;

namespace {

bool g_smoke = false;

const QStringList kPlain {
    u"When will my green card arrive? I applied for adjustment of status in March and I still have not "
    u"heard anything back. Is there anything else I should send you, or do I just keep waiting?"_s,
    u"I filed my I-485 on 2024-01-15 and my biometrics appointment was rescheduled twice. Can someone please "
    u"look into this, it has been months already and nobody explains why."_s,
    u"Thank you so much for the quick answer yesterday, the officer at the field office was very kind and "
    u"helpful. You made my whole family happy, have a great weekend \U0001F64F\U0001F64F"_s,
    u"Your website has been down all morning and I cannot check my case status online. This is the third time "
    u"this week, please fix it before people miss their deadlines!!"_s,
    u"¿Cuándo llega mi tarjeta de residencia? Presenté la solicitud hace cinco meses y todavía no recibo "
    u"ninguna carta ni correo de ustedes. ¿Hay algo más que yo pueda hacer?"_s,
    u"Buenas tardes, quisiera saber si puedo viajar a México mientras mi solicitud I-130 está pendiente. "
    u"Muchas gracias por su atención y por toda su ayuda, de verdad."_s,
    u"My interview is on 01/15/2025 at 10:30 and I need to know which documents to bring for my spouse. The "
    u"letter does not say much about it and the website is confusing."_s,
    u"Flight UA1234 was delayed and I missed my appointment at the Application Support Center, how do I "
    u"reschedule it without waiting 3 more months? Nobody could tell me."_s,
    u"This agency is a joke \U0001F621 nobody answers the phone and the chat bot keeps sending me in circles. "
    u"I want to talk to a real person today, not to a robot again."_s,
    u"Hola, mi hijo cumple 18 años en junio y su permiso de trabajo vence antes. ¿Qué formulario debe "
    u"presentar para renovarlo a tiempo? Muchas gracias por la información."_s,
};

const QStringList kPii {
    u" My receipt number is EAC2190012345."_s,
    u" Mi número de seguro social es 123-45-6789."_s,
    u" Please call me at (202) 555-0143."_s,
    u" You can write to maria.lopez@example.com"_s,
    u" My A-number is A123456789."_s,
    u" pasaporte G12345678"_s,
};

// Deterministic: the same corpus on every run and every machine.
std::vector<QString> makeCorpus(int size, int piiPercent)
{
    QRandomGenerator random(190);
    std::vector<QString> corpus;
    corpus.reserve(size_t(size));
    for (int i = 0; i < size; ++i) {
        QString text = kPlain[random.bounded(int(kPlain.size()))];
        if (int(random.bounded(100)) < piiPercent)
            text += kPii[random.bounded(int(kPii.size()))];
        corpus.push_back(text);
    }
    return corpus;
}

int corpusSize()
{
    return g_smoke ? 100 : 10'000;
}

void setCounters(benchmark::State& state, const std::vector<QString>& corpus)
{
    qint64 bytes = 0;
    for (const QString& text : corpus)
        bytes += text.toUtf8().size();
    state.SetItemsProcessed(state.iterations() * qint64(corpus.size()));
    state.SetBytesProcessed(state.iterations() * bytes);
    state.counters["bytes_per_comment"] = double(bytes) / double(corpus.size());
}

void BM_Normalize(benchmark::State& state)
{
    const auto corpus = makeCorpus(corpusSize(), 5);
    NormalizedText buffer;
    TextNormalizer::normalize(corpus.front(), buffer); // build the fold table outside the timing
    for (auto _ : state) {
        for (const QString& text : corpus) {
            TextNormalizer::normalize(text, buffer);
            benchmark::DoNotOptimize(buffer.text.constData());
        }
    }
    setCounters(state, corpus);
}
BENCHMARK(BM_Normalize);

// Detection alone. The folded texts are few enough to stay in cache, as in the engine, where
// detection reads the text normalisation has just written.
void BM_Detect(benchmark::State& state)
{
    const auto corpus = makeCorpus(std::min(corpusSize(), 500), int(state.range(0)));
    std::vector<NormalizedText> folded;
    for (const QString& text : corpus)
        folded.push_back(TextNormalizer::normalize(text));
    const PiiDetector detector;
    QList<PiiSpan> spans;
    qint64 found = 0;
    for (auto _ : state) {
        for (const NormalizedText& text : folded) {
            detector.detect(text, spans);
            found += spans.size();
        }
    }
    benchmark::DoNotOptimize(found);
    setCounters(state, corpus);
}
BENCHMARK(BM_Detect)->ArgName("pii_percent")->Arg(5)->Arg(100);

// What the policy engine pays per comment: normalise once, detect on the folded text.
void BM_NormalizeAndDetect(benchmark::State& state)
{
    const auto corpus = makeCorpus(corpusSize(), int(state.range(0)));
    const PiiDetector detector;
    NormalizedText buffer;
    QList<PiiSpan> spans;
    TextNormalizer::normalize(corpus.front(), buffer);
    qint64 found = 0;
    for (auto _ : state) {
        for (const QString& text : corpus) {
            TextNormalizer::normalize(text, buffer);
            detector.detect(buffer, spans);
            found += spans.size();
        }
    }
    benchmark::DoNotOptimize(found);
    setCounters(state, corpus);
}
BENCHMARK(BM_NormalizeAndDetect)->ArgName("pii_percent")->Arg(5)->Arg(100);

// Comments that each end in a number written with a country code, which the detector validates
// with libphonenumber: the price of one such number (the corpora above hold none).
void BM_DetectInternationalPhone(benchmark::State& state)
{
    const QStringList phones { u" Llámame al +52 55 1234 5678."_s, u" Call me on +44 20 7946 0958"_s,
                               u" Mi móvil: +34 612 34 56 78"_s, u" WhatsApp +91 98765 43210"_s };
    std::vector<NormalizedText> folded;
    for (int i = 0; i < std::min(corpusSize(), 500); ++i)
        folded.push_back(TextNormalizer::normalize(QString(kPlain[i % kPlain.size()] + phones[i % phones.size()])));
    const PiiDetector detector;
    QList<PiiSpan> spans;
    qint64 found = 0;
    for (auto _ : state) {
        for (const NormalizedText& text : folded) {
            detector.detect(text, spans);
            found += spans.size();
        }
    }
    benchmark::DoNotOptimize(found);
    state.SetItemsProcessed(state.iterations() * qint64(folded.size()));
    state.counters["found_per_comment"] = double(found) / double(state.iterations() * qint64(folded.size()));
}
BENCHMARK(BM_DetectInternationalPhone);

// The convenience overload: normalises into a per-thread buffer and returns a fresh list.
void BM_DetectOriginal(benchmark::State& state)
{
    const auto corpus = makeCorpus(corpusSize(), 5);
    const PiiDetector detector;
    qint64 found = 0;
    for (auto _ : state) {
        for (const QString& text : corpus)
            found += detector.detect(text).size();
    }
    benchmark::DoNotOptimize(found);
    setCounters(state, corpus);
}
BENCHMARK(BM_DetectOriginal);

} // namespace

int main(int argc, char* argv[])
{
    moderation::test::BenchArguments arguments = moderation::test::takeBenchArguments(argc, argv);
    g_smoke = arguments.smoke;
    const bool failed = false;
    return moderation::test::runBenchmarks(arguments.rest, failed);
}
