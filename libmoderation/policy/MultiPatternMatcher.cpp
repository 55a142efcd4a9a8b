#include "policy/MultiPatternMatcher.h"

#include "policy/PatternFlags.h"
#include "text/TextFeatures.h"

#include <QAtomicInteger>

#include <hs/hs.h>

#include <algorithm>
#include <atomic>
#include <limits>

using namespace Qt::StringLiterals;

namespace moderation {

struct MultiPatternMatcher::Database
{
    hs_database_t* db = nullptr;
    ~Database()
    {
        if (db)
            hs_free_database(db);
    }
};

namespace {

QAtomicInteger<quint64> g_serial;

char32_t decodeAt(const unsigned char* data, size_t size, size_t i)
{
    const unsigned char b = data[i];
    if (b < 0x80)
        return b;
    int extra = b >= 0xF0 ? 3 : b >= 0xE0 ? 2 : 1;
    char32_t cp = b & (0x3F >> extra);
    for (int k = 1; k <= extra && i + size_t(k) < size; ++k)
        cp = (cp << 6) | (data[i + size_t(k)] & 0x3F);
    return cp;
}

bool wordBefore(const unsigned char* data, size_t size, size_t from)
{
    if (from == 0)
        return false;
    size_t j = from - 1;
    if (data[j] < 0x80)
        return TextFeatures::isWordChar(data[j]);
    while (j > 0 && (data[j] & 0xC0) == 0x80)
        --j;
    return TextFeatures::isWordChar(decodeAt(data, size, j));
}

bool wordAt(const unsigned char* data, size_t size, size_t at)
{
    if (at >= size)
        return false;
    return TextFeatures::isWordChar(decodeAt(data, size, at));
}

bool startsWithWordChar(const QByteArray& utf8)
{
    const auto* data = reinterpret_cast<const unsigned char*>(utf8.constData());
    return !utf8.isEmpty() && TextFeatures::isWordChar(decodeAt(data, size_t(utf8.size()), 0));
}

bool endsWithWordChar(const QByteArray& utf8)
{
    const auto* data = reinterpret_cast<const unsigned char*>(utf8.constData());
    return !utf8.isEmpty() && wordBefore(data, size_t(utf8.size()), size_t(utf8.size()));
}

// One scratch space per thread, grown to fit every matcher the thread has scanned with.
struct ThreadScratch
{
    hs_scratch_t* scratch = nullptr;
    std::vector<quint64> prepared; // serials of the matchers it fits (a few, most recent last)
    std::vector<int> lastHit; // per pattern: index of its latest hit, -1 outside a scan

    ~ThreadScratch()
    {
        if (scratch)
            hs_free_scratch(scratch);
    }
};

thread_local ThreadScratch t_scratch;
// Test seams (process-wide, so that they reach worker threads too).
std::atomic<qint64> g_maxScanBytes = 0; // 0: the real limit
std::atomic<bool> g_failNextScan = false;
constexpr qint64 kMaxScanBytes = std::numeric_limits<int>::max();

struct MatchContext
{
    const unsigned char* data;
    size_t size;
    const void* patterns;
    ScanResult* out;
    int* lastHit;
};

} // namespace

MultiPatternMatcher::~MultiPatternMatcher() = default;

unsigned int MultiPatternMatcher::regexFlags()
{
    return kPatternFlags;
}

unsigned int MultiPatternMatcher::literalFlags()
{
    // The text and the term are folded alike, so a literal needs no caseless matching; its
    // start is its end minus its length, so it needs no SOM either.
    return HS_FLAG_UTF8;
}

QByteArray MultiPatternMatcher::literalExpression(const QByteArray& utf8)
{
    QByteArray expression;
    expression.reserve(utf8.size() * 2);
    for (char ch : utf8) {
        const auto b = static_cast<unsigned char>(ch);
        if (b >= 0x80 || (b >= '0' && b <= '9') || (b >= 'a' && b <= 'z') || (b >= 'A' && b <= 'Z')) {
            expression += ch;
        } else {
            // \xHH is a literal byte whatever the character is, in every PCRE context.
            static const char hex[] = "0123456789abcdef";
            expression += "\\x";
            expression += hex[b >> 4];
            expression += hex[b & 0xF];
        }
    }
    return expression;
}

Error MultiPatternMatcher::checkRegex(const QString& expression)
{
    const QByteArray utf8 = expression.toUtf8();
    hs_database_t* db = nullptr;
    hs_compile_error_t* error = nullptr;
    if (hs_compile(utf8.constData(), regexFlags(), HS_MODE_BLOCK, nullptr, &db, &error) != HS_SUCCESS) {
        const QString message = QString::fromUtf8(error && error->message ? error->message : "cannot compile");
        hs_free_compile_error(error);
        return Error(Error::Code::InvalidInput, message);
    }
    hs_free_database(db);
    return {};
}

Result<std::unique_ptr<const MultiPatternMatcher>> MultiPatternMatcher::compile(const QList<PatternSpec>& specs,
                                                                               int* failedPattern)
{
    if (failedPattern)
        *failedPattern = -1;
    std::unique_ptr<MultiPatternMatcher> matcher(new MultiPatternMatcher);
    matcher->m_specs = specs;
    matcher->m_serial = g_serial.fetchAndAddRelaxed(1) + 1;
    matcher->m_database = std::make_unique<Database>();
    if (specs.isEmpty())
        return std::unique_ptr<const MultiPatternMatcher>(std::move(matcher));

    std::vector<QByteArray> expressions;
    std::vector<const char*> pointers;
    std::vector<unsigned int> flags;
    std::vector<unsigned int> ids;
    expressions.reserve(size_t(specs.size()));
    for (qsizetype i = 0; i < specs.size(); ++i) {
        const PatternSpec& spec = specs.at(i);
        Pattern pattern;
        pattern.literal = spec.kind == PatternSpec::Kind::Literal;
        if (pattern.literal) {
            if (spec.utf8.isEmpty()) {
                if (failedPattern)
                    *failedPattern = int(i);
                return Error(Error::Code::InvalidInput, u"an empty term"_s);
            }
            pattern.length = int(spec.utf8.size());
            pattern.boundaryBefore = startsWithWordChar(spec.utf8);
            pattern.boundaryAfter = endsWithWordChar(spec.utf8);
            expressions.push_back(literalExpression(spec.utf8));
            flags.push_back(literalFlags());
        } else {
            expressions.push_back(spec.utf8);
            flags.push_back(regexFlags());
        }
        matcher->m_patterns.push_back(pattern);
        ids.push_back(unsigned(i));
    }
    for (const QByteArray& e : expressions)
        pointers.push_back(e.constData());

    hs_compile_error_t* error = nullptr;
    if (hs_compile_multi(pointers.data(), flags.data(), ids.data(), unsigned(pointers.size()), HS_MODE_BLOCK, nullptr,
                         &matcher->m_database->db, &error)
        != HS_SUCCESS) {
        const QString message = QString::fromUtf8(error && error->message ? error->message : "cannot compile");
        if (failedPattern && error)
            *failedPattern = error->expression;
        hs_free_compile_error(error);
        return Error(Error::Code::InvalidInput, message);
    }
    return std::unique_ptr<const MultiPatternMatcher>(std::move(matcher));
}

QByteArray MultiPatternMatcher::expression(int index) const
{
    const PatternSpec& spec = m_specs.at(index);
    return spec.kind == PatternSpec::Kind::Literal ? literalExpression(spec.utf8) : spec.utf8;
}

unsigned int MultiPatternMatcher::flags(int index) const
{
    return m_specs.at(index).kind == PatternSpec::Kind::Literal ? literalFlags() : regexFlags();
}

qint64 MultiPatternMatcher::maxScanBytes()
{
    const qint64 forTesting = g_maxScanBytes.load(std::memory_order_relaxed);
    return forTesting > 0 ? forTesting : kMaxScanBytes;
}

void MultiPatternMatcher::setMaxScanBytesForTesting(qint64 bytes)
{
    g_maxScanBytes = bytes;
}

void MultiPatternMatcher::failNextScanForTesting()
{
    g_failNextScan = true;
}

Error MultiPatternMatcher::scan(const QByteArray& utf8, ScanResult& out) const
{
    out.clear();
    if (utf8.size() > maxScanBytes())
        return Error(Error::Code::InvalidInput, u"a text of %1 bytes is longer than one scan takes (%2 bytes)"_s.arg(
                                                    utf8.size())
                                                    .arg(maxScanBytes()));
    if (!m_database->db || utf8.isEmpty())
        return {};

    ThreadScratch& local = t_scratch;
    if (std::find(local.prepared.rbegin(), local.prepared.rend(), m_serial) == local.prepared.rend()) {
        const hs_error_t allocated = hs_alloc_scratch(m_database->db, &local.scratch);
        if (allocated != HS_SUCCESS)
            return Error(Error::Code::Internal,
                         u"vectorscan cannot allocate scratch space for the policy's patterns (error %1)"_s.arg(allocated));
        if (local.prepared.size() >= 8)
            local.prepared.erase(local.prepared.begin());
        local.prepared.push_back(m_serial);
    }
    if (local.lastHit.size() < m_patterns.size())
        local.lastHit.resize(m_patterns.size(), -1);

    MatchContext context { reinterpret_cast<const unsigned char*>(utf8.constData()), size_t(utf8.size()),
                           m_patterns.data(), &out, local.lastHit.data() };
    const auto onMatch = [](unsigned int id, unsigned long long from, unsigned long long to, unsigned int,
                            void* ctx) -> int {
        auto& c = *static_cast<MatchContext*>(ctx);
        const Pattern& p = static_cast<const Pattern*>(c.patterns)[id];
        int& last = c.lastHit[id];
        if (p.literal) {
            from = to - unsigned(p.length);
            if (p.boundaryBefore && wordBefore(c.data, c.size, size_t(from)))
                return 0;
            if (p.boundaryAfter && wordAt(c.data, c.size, size_t(to)))
                return 0;
        } else if (last >= 0) {
            // A regex reports every end of every match: overlapping ones make one span.
            ScanResult::Hit& previous = c.out->hits[size_t(last)];
            if (int(from) <= previous.to) {
                previous.from = std::min(previous.from, int(from));
                previous.to = std::max(previous.to, int(to));
                return 0;
            }
        }
        if (last < 0)
            c.out->matchedPatterns.push_back(int(id));
        last = int(c.out->hits.size());
        c.out->hits.push_back({ int(id), int(from), int(to) });
        return 0;
    };
    hs_error_t scanned = hs_scan(m_database->db, utf8.constData(), unsigned(utf8.size()), 0, local.scratch, onMatch,
                                 &context);
    if (g_failNextScan.load(std::memory_order_relaxed) && g_failNextScan.exchange(false))
        scanned = HS_UNKNOWN_ERROR;
    for (int pattern : out.matchedPatterns)
        local.lastHit[size_t(pattern)] = -1;
    if (scanned != HS_SUCCESS) {
        out.clear();
        return Error(Error::Code::Internal, u"vectorscan failed to scan a text (error %1)"_s.arg(scanned));
    }
    return {};
}

} // namespace moderation
