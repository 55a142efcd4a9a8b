#include "policy/PreparedText.h"

#include "policy/PiiDetector.h"
#include "policy/TextFeatures.h"

#include <QStringEncoder>

#include <array>

#if defined(__SSE2__) || defined(_M_X64)
#include <emmintrin.h>
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

// Bits set in a byte (the baseline x86-64 has no POPCNT instruction).
constexpr auto kBitsSet = [] {
    std::array<unsigned char, 256> bits {};
    for (int i = 0; i < 256; ++i)
        bits[size_t(i)] = static_cast<unsigned char>((i & 1) + ((i >> 1) & 1) + ((i >> 2) & 1) + ((i >> 3) & 1)
                                                     + ((i >> 4) & 1) + ((i >> 5) & 1) + ((i >> 6) & 1) + ((i >> 7) & 1));
    return bits;
}();

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

// Folds ASCII text into UTF-8 as TextNormalizer would; false (out unspecified) as soon as a
// character is not ASCII.
bool foldAscii(const QString& text, QByteArray& out, int& digits, bool& at)
{
    const AsciiFold& fold = asciiFold();
    if (!fold.valid)
        return false;
    const qsizetype n = text.size();
    const char16_t* src = reinterpret_cast<const char16_t*>(text.constData());
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
    // Eight characters at a time while they are printable ASCII with no two spaces in a row: then
    // folding is lower-casing A-Z and narrowing to bytes.
    const __m128i below = _mm_set1_epi16(0x20);
    const __m128i above = _mm_set1_epi16(0x7F);
    const __m128i space = _mm_set1_epi16(0x20);
    const __m128i upperLow = _mm_set1_epi16('A' - 1);
    const __m128i upperHigh = _mm_set1_epi16('Z' + 1);
    const __m128i digitLow = _mm_set1_epi16('0' - 1);
    const __m128i digitHigh = _mm_set1_epi16('9' + 1);
    const __m128i atSign = _mm_set1_epi16('@');
    const __m128i caseBit = _mm_set1_epi16(0x20);
    // Printable ASCII folds to itself but for A-Z (checked once, here).
    static const bool printableFoldsSimply = [&fold] {
        for (char16_t c = 0x21; c < 0x7F; ++c) {
            const char expected = (c >= u'A' && c <= u'Z') ? char(c + 0x20) : char(c);
            if (fold.kind[c] != AsciiFold::Keep || fold.value[c] != expected)
                return false;
        }
        return fold.kind[0x20] == AsciiFold::Space;
    }();
    while (printableFoldsSimply && i + 8 <= n) {
        const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(src + i));
        // Signed compares: a unit >= 0x8000 is negative and fails "> 0x1F" too.
        const __m128i printable = _mm_and_si128(_mm_cmpgt_epi16(v, _mm_sub_epi16(below, _mm_set1_epi16(1))),
                                                _mm_cmplt_epi16(v, above));
        const int spaces = _mm_movemask_epi8(_mm_cmpeq_epi16(v, space));
        const bool runOfSpaces = (spaces & (spaces >> 2) & 0x5555) || ((spaces & 1) && lastSpace);
        if (_mm_movemask_epi8(printable) != 0xFFFF || runOfSpaces) {
            for (const qsizetype end = i + 8; i < end; ++i) {
                if (src[i] >= 0x80)
                    return false;
                scalar(src[i]);
            }
            continue;
        }
        const __m128i upper = _mm_and_si128(_mm_cmpgt_epi16(v, upperLow), _mm_cmplt_epi16(v, upperHigh));
        const __m128i lowered = _mm_or_si128(v, _mm_and_si128(upper, caseBit));
        _mm_storel_epi64(reinterpret_cast<__m128i*>(dst + j), _mm_packus_epi16(lowered, lowered));
        j += 8;
        const __m128i isDigit = _mm_and_si128(_mm_cmpgt_epi16(v, digitLow), _mm_cmplt_epi16(v, digitHigh));
        digitCount += kBitsSet[_mm_movemask_epi8(_mm_packs_epi16(isDigit, _mm_setzero_si128())) & 0xFF];
        anyAt |= _mm_movemask_epi8(_mm_cmpeq_epi16(v, atSign)) != 0;
        lastSpace = (spaces & 0x4000) != 0;
        i += 8;
    }
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

} // namespace

PreparedText::PreparedText(const QString& original)
{
    reset(original);
}

void PreparedText::reset(const QString& original)
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
        TextNormalizer::normalize(m_original, m_normalized);
        m_normalizedBuilt = true;
    }
    return m_normalized;
}

const QString& PreparedText::folded() const
{
    if (m_normalizedBuilt || !m_ascii)
        return normalized().text;
    if (!m_foldedBuilt) {
        // Widening bytes to UTF-16 into a kept buffer.
        const qsizetype n = m_utf8.size();
        m_folded.resize(n);
        char16_t* dst = reinterpret_cast<char16_t*>(m_folded.data());
        const auto* src = reinterpret_cast<const unsigned char*>(m_utf8.constData());
        for (qsizetype i = 0; i < n; ++i)
            dst[i] = src[i];
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
        m_links = TextFeatures::countLinks(folded());
    return m_links;
}

int PreparedText::mentions() const
{
    if (m_mentions < 0)
        m_mentions = TextFeatures::countMentions(folded());
    return m_mentions;
}

int PreparedText::hashtags() const
{
    if (m_hashtags < 0)
        m_hashtags = TextFeatures::countHashtags(folded());
    return m_hashtags;
}

bool PreparedText::isQuestion() const
{
    if (m_question < 0)
        m_question = TextFeatures::isQuestion(folded()) ? 1 : 0;
    return m_question == 1;
}

const QString& PreparedText::guessedLanguage() const
{
    if (!m_languageGuessed) {
        m_guessedLanguage = TextFeatures::guessLanguage(folded());
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
