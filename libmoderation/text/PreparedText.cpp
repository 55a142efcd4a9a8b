#include "text/PreparedText.h"

#include "text/PiiDetector.h"
#include "text/TextFeatures.h"

#include <QStringEncoder>

#include <algorithm>
#include <array>
#include <atomic>
#include <iterator>
#include <numeric>

#if defined(__SSE2__) || defined(_M_X64)
#include <emmintrin.h>
#if defined(__GNUC__)
#include <immintrin.h>
#endif
#define MODERATION_FOLD_SSE2 1
#endif

namespace moderation {

namespace {

// How TextNormalizer folds each ASCII character, asked of TextNormalizer itself once: dropped,
// white space, or kept as one (perhaps case-folded) character.
struct AsciiFold
{
    enum Kind : unsigned char { Drop, Space, Keep };
    std::array<Kind, 128> kind {};
    std::array<char, 128> value {};
    bool valid = true;

    AsciiFold()
    {
        for (char16_t c = 0; c < 128; ++c) {
            const QString folded = TextNormalizer::normalize(QStringView(&c, 1)).text;
            if (folded.isEmpty()) {
                kind[c] = Drop;
            } else if (folded == u" ") {
                kind[c] = Space;
            } else {
                kind[c] = Keep;
                value[c] = char(folded.at(0).unicode());
                // An ASCII character folds to one ASCII character; should that ever change,
                // every text takes TextNormalizer's own path.
                if (folded.size() != 1 || folded.at(0).unicode() >= 128)
                    valid = false;
            }
        }
    }
};

const AsciiFold& asciiFold()
{
    static const AsciiFold fold;
    return fold;
}

// Whether printable ASCII folds to itself but for A-Z, which the vector paths assume (asked of
// the table once).
bool printableFoldsSimply()
{
    static const bool simple = [] {
        const AsciiFold& fold = asciiFold();
        for (char16_t c = 0x21; c < 0x7F; ++c) {
            const char expected = (c >= u'A' && c <= u'Z') ? char(c + 0x20) : char(c);
            if (fold.kind[c] != AsciiFold::Keep || fold.value[c] != expected)
                return false;
        }
        return fold.valid && fold.kind[0x20] == AsciiFold::Space;
    }();
    return simple;
}

// Whether folded ASCII text has an '@' that could end the local part of an e-mail address (the
// detector needs a word character or one of . % + - right before it); a mention's '@' cannot.
bool mayHoldEmail(const QByteArray& folded)
{
    const char* data = folded.constData();
    for (qsizetype i = folded.indexOf('@', 1); i > 0; i = folded.indexOf('@', i + 1)) {
        const char c = data[i - 1];
        if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' || c == '.' || c == '%' || c == '+'
            || c == '-')
            return true;
    }
    return false;
}

#ifdef MODERATION_FOLD_SSE2
// The vector pieces both SSE2 paths fold with, sixteen characters at a time.

// Sixteen UTF-16 units narrowed to bytes. Narrowing saturates: a unit above 0xFF becomes 0xFF,
// one from 0x8000 on (negative as a signed 16-bit number) 0x00; neither is printable ASCII, so
// printableBytes() catches both.
inline __m128i narrow16(const char16_t* from)
{
    return _mm_packus_epi16(_mm_loadu_si128(reinterpret_cast<const __m128i*>(from)),
                            _mm_loadu_si128(reinterpret_cast<const __m128i*>(from + 8)));
}

// Lanes holding 0x20-0x7E. Signed compares: bytes from 0x80 on are negative and fail "> 0x1F".
inline __m128i printableBytes(__m128i bytes)
{
    return _mm_and_si128(_mm_cmpgt_epi8(bytes, _mm_set1_epi8(0x1F)), _mm_cmplt_epi8(bytes, _mm_set1_epi8(0x7F)));
}

inline __m128i lowerCased(__m128i bytes)
{
    const __m128i upper = _mm_and_si128(_mm_cmpgt_epi8(bytes, _mm_set1_epi8('A' - 1)),
                                        _mm_cmplt_epi8(bytes, _mm_set1_epi8('Z' + 1)));
    return _mm_or_si128(bytes, _mm_and_si128(upper, _mm_set1_epi8(0x20)));
}

// Lanes holding a digit: all ones (-1), so that subtracting the mask counts them.
inline __m128i digitBytes(__m128i bytes)
{
    return _mm_and_si128(_mm_cmpgt_epi8(bytes, _mm_set1_epi8('0' - 1)), _mm_cmplt_epi8(bytes, _mm_set1_epi8('9' + 1)));
}

// The sum of the byte lanes.
inline int laneSum(__m128i counts)
{
    const __m128i sums = _mm_sad_epu8(counts, _mm_setzero_si128());
    return _mm_cvtsi128_si32(sums) + _mm_cvtsi128_si32(_mm_srli_si128(sums, 8));
}

// The common case in one branch-free pass: text that is printable ASCII throughout with no two
// spaces in a row folds character for character (narrowing to bytes, lower-casing A-Z). Returns
// false, with out unspecified, when the text is anything else; foldAscii then takes it slowly.
bool foldSimpleAscii(const char16_t* src, qsizetype n, char* dst, int& digits, bool& anyAt)
{
    const __m128i allOnes = _mm_set1_epi8(-1);
    __m128i bad = _mm_setzero_si128();
    __m128i digitCounts = _mm_setzero_si128(); // per byte lane: digits seen (flushed before 255)
    __m128i ats = _mm_setzero_si128();
    __m128i previousSpace = _mm_setzero_si128(); // lane 0: whether the last block ended in a space
    int digitCount = 0;
    int blocks = 0;
    const auto fold16 = [&](const char16_t* from, char* to, __m128i counted) {
        const __m128i bytes = narrow16(from);
        const __m128i spaces = _mm_cmpeq_epi8(bytes, _mm_set1_epi8(' '));
        const __m128i spaceBefore = _mm_or_si128(_mm_slli_si128(spaces, 1), previousSpace);
        bad = _mm_or_si128(bad, _mm_or_si128(_mm_xor_si128(printableBytes(bytes), allOnes), _mm_and_si128(spaces, spaceBefore)));
        previousSpace = _mm_srli_si128(spaces, 15);
        _mm_storeu_si128(reinterpret_cast<__m128i*>(to), lowerCased(bytes));
        digitCounts = _mm_sub_epi8(digitCounts, _mm_and_si128(digitBytes(bytes), counted));
        ats = _mm_or_si128(ats, _mm_cmpeq_epi8(bytes, _mm_set1_epi8('@')));
        if (++blocks == 255) {
            digitCount += laneSum(digitCounts);
            digitCounts = _mm_setzero_si128();
            blocks = 0;
        }
    };
    qsizetype i = 0;
    for (; i + 16 <= n; i += 16)
        fold16(src + i, dst + i, allOnes);
    if (i < n && n >= 16) {
        // The last few characters: the sixteen that end the text, again. Folding and the
        // checks give the same for the characters seen twice; only their digits must not count
        // twice, and the lane before them was checked already.
        alignas(16) static constexpr signed char kLastLanes[32] = { 0,  0,  0,  0,  0,  0,  0,  0,  0,  0,  0,
                                                                    0,  0,  0,  0,  0,  -1, -1, -1, -1, -1, -1,
                                                                    -1, -1, -1, -1, -1, -1, -1, -1, -1, -1 };
        previousSpace = _mm_setzero_si128();
        fold16(src + n - 16, dst + n - 16, _mm_loadu_si128(reinterpret_cast<const __m128i*>(kLastLanes + (n - i))));
    } else if (i < n) {
        // A short text, padded with a letter (printable, no space, no digit).
        char16_t padded[16];
        char folded[16];
        std::fill(std::begin(padded), std::end(padded), u'a');
        std::copy(src, src + n, padded);
        fold16(padded, folded, allOnes);
        std::copy(folded, folded + n, dst);
    }
    if (_mm_movemask_epi8(bad) != 0)
        return false;
    digits = digitCount + laneSum(digitCounts);
    anyAt = _mm_movemask_epi8(ats) != 0;
    return true;
}

#if defined(__GNUC__) && defined(__x86_64__)
#define MODERATION_FOLD_AVX2 1
// The same, 32 characters at a time, for processors with AVX2 (chosen at run time: the build
// targets the x86-64 baseline). Texts shorter than 32 characters take the SSE2 version.
struct Avx2Fold
{
    __m256i notPrintable;
    __m256i digitBytes; // per byte lane: digits seen (flushed before 255)
    __m256i ats;
    quint32 runs = 0; // bits of spaces that follow a space
    quint32 previousSpace = 0; // whether the last block ended in a space
    int digitCount = 0;
    int blocks = 0;
};

__attribute__((target("avx2"))) void flushAvx2(Avx2Fold& f)
{
    const __m256i sums = _mm256_sad_epu8(f.digitBytes, _mm256_setzero_si256());
    f.digitCount += _mm256_extract_epi32(sums, 0) + _mm256_extract_epi32(sums, 2) + _mm256_extract_epi32(sums, 4)
        + _mm256_extract_epi32(sums, 6);
    f.digitBytes = _mm256_setzero_si256();
    f.blocks = 0;
}

__attribute__((target("avx2"), always_inline)) inline void fold32(Avx2Fold& f, const char16_t* from, char* to,
                                                                  __m256i counted)
{
    // packus works within 128-bit halves: the permute puts the 32 bytes back in order.
    const __m256i bytes
        = _mm256_permute4x64_epi64(_mm256_packus_epi16(_mm256_loadu_si256(reinterpret_cast<const __m256i*>(from)),
                                                       _mm256_loadu_si256(reinterpret_cast<const __m256i*>(from + 16))),
                                   0xD8);
    const __m256i printable
        = _mm256_and_si256(_mm256_cmpgt_epi8(bytes, _mm256_set1_epi8(0x1F)), _mm256_cmpgt_epi8(_mm256_set1_epi8(0x7F), bytes));
    f.notPrintable = _mm256_or_si256(f.notPrintable, _mm256_andnot_si256(printable, _mm256_set1_epi8(-1)));
    const auto spaces = quint32(_mm256_movemask_epi8(_mm256_cmpeq_epi8(bytes, _mm256_set1_epi8(' '))));
    f.runs |= spaces & ((spaces << 1) | f.previousSpace);
    f.previousSpace = spaces >> 31;
    const __m256i upper
        = _mm256_and_si256(_mm256_cmpgt_epi8(bytes, _mm256_set1_epi8('A' - 1)), _mm256_cmpgt_epi8(_mm256_set1_epi8('Z' + 1), bytes));
    _mm256_storeu_si256(reinterpret_cast<__m256i*>(to), _mm256_or_si256(bytes, _mm256_and_si256(upper, _mm256_set1_epi8(0x20))));
    const __m256i isDigit
        = _mm256_and_si256(_mm256_cmpgt_epi8(bytes, _mm256_set1_epi8('0' - 1)), _mm256_cmpgt_epi8(_mm256_set1_epi8('9' + 1), bytes));
    f.digitBytes = _mm256_sub_epi8(f.digitBytes, _mm256_and_si256(isDigit, counted));
    f.ats = _mm256_or_si256(f.ats, _mm256_cmpeq_epi8(bytes, _mm256_set1_epi8('@')));
    if (++f.blocks == 255)
        flushAvx2(f);
}

__attribute__((target("avx2"))) bool foldSimpleAsciiAvx2(const char16_t* src, qsizetype n, char* dst, int& digits,
                                                         bool& anyAt)
{
    if (n < 32)
        return foldSimpleAscii(src, n, dst, digits, anyAt);
    Avx2Fold f;
    f.notPrintable = _mm256_setzero_si256();
    f.digitBytes = _mm256_setzero_si256();
    f.ats = _mm256_setzero_si256();
    const __m256i all = _mm256_set1_epi8(-1);
    qsizetype i = 0;
    for (; i + 32 <= n; i += 32)
        fold32(f, src + i, dst + i, all);
    if (i < n) {
        // The last 32 again (see foldSimpleAscii): only their new digits count.
        alignas(32) static constexpr signed char kLastLanes[64] = {
            0,  0,  0,  0,  0,  0,  0,  0,  0,  0,  0,  0,  0,  0,  0,  0,  0,  0,  0,  0,  0,  0,
            0,  0,  0,  0,  0,  0,  0,  0,  0,  0,  -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1,
            -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1
        };
        f.previousSpace = 0;
        fold32(f, src + n - 32, dst + n - 32, _mm256_loadu_si256(reinterpret_cast<const __m256i*>(kLastLanes + (n - i))));
    }
    if (f.runs != 0 || _mm256_movemask_epi8(f.notPrintable) != 0)
        return false;
    flushAvx2(f);
    digits = f.digitCount;
    anyAt = _mm256_movemask_epi8(f.ats) != 0;
    return true;
}
#endif

using FoldSimple = bool (*)(const char16_t*, qsizetype, char*, int&, bool&);

// The widest version this processor runs, chosen once.
std::atomic<int> g_vectorBits { 256 }; // PreparedText::limitVectorWidth

FoldSimple foldSimpleAsciiBest()
{
#ifdef MODERATION_FOLD_AVX2
    static const bool avx2 = [] {
        __builtin_cpu_init();
        return __builtin_cpu_supports("avx2") != 0;
    }();
    if (avx2 && g_vectorBits.load(std::memory_order_relaxed) >= 256)
        return &foldSimpleAsciiAvx2;
#endif
    return &foldSimpleAscii;
}
#endif


// Folds ASCII text into UTF-8 as TextNormalizer would; false (out unspecified) as soon as a
// character is not ASCII.
bool foldAscii(QStringView text, QByteArray& out, int& digits, bool& at)
{
    const AsciiFold& fold = asciiFold();
    if (!fold.valid)
        return false;
    const qsizetype n = text.size();
    const char16_t* src = text.utf16();
    out.resize(n);
    char* dst = out.data();
    qsizetype j = 0;
    bool lastSpace = false;
    int digitCount = 0;
    bool anyAt = false;

    const auto scalar = [&](char16_t u) {
        const AsciiFold::Kind kind = fold.kind[u];
        const bool space = kind == AsciiFold::Space;
        const bool keep = kind == AsciiFold::Keep;
        dst[j] = space ? ' ' : fold.value[u];
        j += qsizetype(keep | (space & !lastSpace));
        lastSpace = space | (lastSpace & !keep);
        digitCount += int(char16_t(u - u'0') < 10);
        anyAt |= u == u'@';
    };

    qsizetype i = 0;
#ifdef MODERATION_FOLD_SSE2
    if (printableFoldsSimply() && foldSimpleAsciiBest()(src, n, dst, digitCount, anyAt)) {
        digits = digitCount;
        at = anyAt && mayHoldEmail(out);
        return true;
    }
    // Sixteen characters at a time while they are printable ASCII with no two spaces in a row,
    // the rest one at a time.
    __m128i digitCounts = _mm_setzero_si128(); // per byte lane: digits seen (flushed before 255)
    __m128i ats = _mm_setzero_si128();
    int blocks = 0;
    while (printableFoldsSimply() && i + 16 <= n) {
        const __m128i bytes = narrow16(src + i);
        const int spaces = _mm_movemask_epi8(_mm_cmpeq_epi8(bytes, _mm_set1_epi8(' ')));
        if (_mm_movemask_epi8(printableBytes(bytes)) != 0xFFFF || (spaces & (spaces >> 1)) || ((spaces & 1) && lastSpace)) {
            for (const qsizetype end = i + 16; i < end; ++i) {
                if (src[i] >= 0x80)
                    return false;
                scalar(src[i]);
            }
            continue;
        }
        _mm_storeu_si128(reinterpret_cast<__m128i*>(dst + j), lowerCased(bytes));
        j += 16;
        digitCounts = _mm_sub_epi8(digitCounts, digitBytes(bytes));
        ats = _mm_or_si128(ats, _mm_cmpeq_epi8(bytes, _mm_set1_epi8('@')));
        lastSpace = (spaces & 0x8000) != 0;
        i += 16;
        if (++blocks == 255) {
            digitCount += laneSum(digitCounts);
            digitCounts = _mm_setzero_si128();
            blocks = 0;
        }
    }
    digitCount += laneSum(digitCounts);
    anyAt |= _mm_movemask_epi8(ats) != 0;
#endif
    for (; i < n; ++i) {
        if (src[i] >= 0x80)
            return false;
        scalar(src[i]);
    }
    out.resize(j);
    digits = digitCount;
    at = anyAt && mayHoldEmail(out);
    return true;
}

// UTF-16 to UTF-8 with Qt's vectorised encoder, into a buffer whose capacity is kept from text to
// text. A lone surrogate becomes a replacement character, so the scanned bytes are always valid
// UTF-8 (unitOfByte counts it as the one unit it replaced).
void encodeUtf8(const QString& text, QByteArray& out)
{
    QStringEncoder encoder(QStringEncoder::Utf8, QStringEncoder::Flag::Stateless);
    out.resize(encoder.requiredSpace(text.size()));
    char* end = encoder.appendToBuffer(out.data(), text);
    out.resize(end - out.constData());
}

// ASCII bytes to UTF-16, into a buffer whose capacity is kept from text to text.
void widen(const QByteArray& ascii, QString& out)
{
    const qsizetype n = ascii.size();
    out.resize(n);
    char16_t* dst = reinterpret_cast<char16_t*>(out.data());
    const auto* src = reinterpret_cast<const unsigned char*>(ascii.constData());
    for (qsizetype i = 0; i < n; ++i)
        dst[i] = src[i];
}

} // namespace

int PreparedText::limitVectorWidth(int bits)
{
#ifdef MODERATION_FOLD_SSE2
    return g_vectorBits.exchange(bits);
#else
    Q_UNUSED(bits)
    return 0;
#endif
}

PreparedText::PreparedText(const QString& original)
{
    reset(original);
}

void PreparedText::reset(const QString& original)
{
    m_owned = original;
    resetBorrowed(m_owned);
}

void PreparedText::resetBorrowed(QStringView original)
{
    m_original = original;
    m_byteToUnit.clear();
    m_piiFound = false;
    m_foldedBuilt = false;
    m_links = m_mentions = m_hashtags = m_question = -1;
    m_languageGuessed = false;
    m_ascii = foldAscii(original, m_utf8, m_digits, m_at);
    m_normalizedBuilt = false;
    if (!m_ascii) {
        TextNormalizer::normalize(original, m_normalized);
        m_normalizedBuilt = true;
        encodeUtf8(m_normalized.text, m_utf8);
    }
}

const NormalizedText& PreparedText::normalized() const
{
    if (!m_normalizedBuilt) {
        if (m_ascii && m_utf8.size() == m_original.size()) {
            // Folded character for character: the folded text widened, and each unit maps to
            // the code point at the same place.
            widen(m_utf8, m_normalized.text);
            const int n = int(m_utf8.size());
            m_normalized.toOriginal.resize(n + 1);
            std::iota(m_normalized.toOriginal.begin(), m_normalized.toOriginal.end(), 0);
        } else {
            TextNormalizer::normalize(m_original, m_normalized);
        }
        m_normalizedBuilt = true;
    }
    return m_normalized;
}

const QString& PreparedText::folded() const
{
    if (m_normalizedBuilt || !m_ascii)
        return normalized().text;
    if (!m_foldedBuilt) {
        widen(m_utf8, m_folded);
        m_foldedBuilt = true;
    }
    return m_folded;
}

int PreparedText::originalLength() const
{
    if (m_ascii)
        return int(m_original.size());
    return m_normalized.toOriginal.isEmpty() ? TextNormalizer::codePointLength(m_original)
                                             : m_normalized.toOriginal.constLast();
}

qsizetype PreparedText::unitOfByte(qsizetype byteOffset) const
{
    if (m_ascii || m_utf8.size() == m_normalized.text.size())
        return byteOffset; // ASCII: bytes and UTF-16 units coincide
    if (m_byteToUnit.empty()) {
        // Walk the UTF-8 once: a lead byte of a 4-byte sequence is a surrogate pair (two units).
        m_byteToUnit.assign(size_t(m_utf8.size()) + 1, 0);
        int unit = 0;
        for (qsizetype b = 0; b < m_utf8.size(); ++b) {
            m_byteToUnit[size_t(b)] = unit;
            const auto byte = static_cast<unsigned char>(m_utf8[b]);
            if ((byte & 0xC0) == 0x80)
                continue; // continuation: same unit as its lead byte
            unit += byte >= 0xF0 ? 2 : 1;
        }
        m_byteToUnit[size_t(m_utf8.size())] = unit;
    }
    return m_byteToUnit[size_t(qBound<qsizetype>(0, byteOffset, m_utf8.size()))];
}

TextSpan PreparedText::originalSpanOfBytes(qsizetype from, qsizetype to) const
{
    // Plain ASCII that folded character for character (nothing dropped, no run of spaces made
    // one): a byte of the folded text is the code point at the same place in the original.
    if (m_ascii && m_utf8.size() == m_original.size())
        return { int(from), int(to) };
    return originalSpanOfUnits(unitOfByte(from), unitOfByte(to));
}

TextSpan PreparedText::originalSpanOfUnits(qsizetype from, qsizetype to) const
{
    const NormalizedText& n = normalized();
    return { n.originalStart(from), n.originalEnd(to) };
}

const QList<PiiSpan>& PreparedText::pii() const
{
    if (!m_piiFound) {
        // PiiDetector: "every kind but e-mail needs at least five digits", and an e-mail address
        // a local part before its '@'. Plain ASCII text with neither holds no PII, and needs no
        // NormalizedText built to find that out.
        if (m_ascii && m_digits < 5 && !m_at)
            m_pii.clear();
        else
            piiDetector().detect(normalized(), m_pii);
        m_piiFound = true;
    }
    return m_pii;
}

int PreparedText::links() const
{
    if (m_links < 0)
        m_links = m_ascii ? TextFeatures::countLinks(asciiView()) : TextFeatures::countLinks(folded());
    return m_links;
}

int PreparedText::mentions() const
{
    if (m_mentions < 0)
        m_mentions = m_ascii ? TextFeatures::countMentions(asciiView()) : TextFeatures::countMentions(folded());
    return m_mentions;
}

int PreparedText::hashtags() const
{
    if (m_hashtags < 0)
        m_hashtags = m_ascii ? TextFeatures::countHashtags(asciiView()) : TextFeatures::countHashtags(folded());
    return m_hashtags;
}

bool PreparedText::isQuestion() const
{
    if (m_question < 0)
        m_question = (m_ascii ? TextFeatures::isQuestion(asciiView()) : TextFeatures::isQuestion(folded())) ? 1 : 0;
    return m_question == 1;
}

const QString& PreparedText::guessedLanguage() const
{
    if (!m_languageGuessed) {
        m_guessedLanguage = m_ascii ? TextFeatures::guessLanguage(asciiView()) : TextFeatures::guessLanguage(folded());
        m_languageGuessed = true;
    }
    return m_guessedLanguage;
}

const PiiDetector& PreparedText::piiDetector()
{
    static const PiiDetector detector;
    return detector;
}

} // namespace moderation
