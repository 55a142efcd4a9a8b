#include "text/TextNormalizer.h"

#include <QChar>
#include <QVarLengthArray>

#include <algorithm>
#include <array>
#include <cstdint>
#include <memory>
#include <utility>
#include <vector>

#if defined(__SSE2__) || defined(_M_X64) || defined(_M_AMD64)
#include <emmintrin.h>
#define MODERATION_FOLD_SSE2 1
#endif

namespace moderation {

namespace {

// Confusable letters that NFKD leaves alone, each folded to the Latin letter it imitates. Both
// cases are listed because the upper and lower forms often imitate different letters (Greek
// 'Η' looks like H, 'η' like n). Sorted by code point for binary search.
constexpr auto kLookAlikes = std::to_array<std::pair<char32_t, char16_t>>({
    { 0x0131, u'i' }, // ı dotless i
    { 0x0237, u'j' }, // ȷ dotless j
    { 0x0251, u'a' }, // ɑ Latin alpha
    { 0x0261, u'g' }, // ɡ script g
    { 0x0262, u'g' }, // ɢ small capital G
    { 0x0269, u'i' }, // ɩ Latin iota
    { 0x026A, u'i' }, // ɪ small capital I
    { 0x0274, u'n' }, // ɴ small capital N
    { 0x0280, u'r' }, // ʀ small capital R
    { 0x028F, u'y' }, // ʏ small capital Y
    { 0x0299, u'b' }, // ʙ small capital B
    { 0x029C, u'h' }, // ʜ small capital H
    { 0x029F, u'l' }, // ʟ small capital L
    { 0x037F, u'j' }, // Ϳ Greek capital yot
    { 0x0391, u'a' }, // Greek capitals
    { 0x0392, u'b' },
    { 0x0395, u'e' },
    { 0x0396, u'z' },
    { 0x0397, u'h' },
    { 0x0399, u'i' },
    { 0x039A, u'k' },
    { 0x039C, u'm' },
    { 0x039D, u'n' },
    { 0x039F, u'o' },
    { 0x03A1, u'p' },
    { 0x03A4, u't' },
    { 0x03A5, u'y' },
    { 0x03A7, u'x' },
    { 0x03B1, u'a' }, // Greek small letters
    { 0x03B2, u'b' },
    { 0x03B3, u'y' },
    { 0x03B5, u'e' },
    { 0x03B7, u'n' },
    { 0x03B9, u'i' },
    { 0x03BA, u'k' },
    { 0x03BC, u'u' },
    { 0x03BD, u'v' },
    { 0x03BF, u'o' },
    { 0x03C1, u'p' },
    { 0x03C4, u't' },
    { 0x03C5, u'u' },
    { 0x03C7, u'x' },
    { 0x03C9, u'w' },
    { 0x03F2, u'c' }, // ϲ lunate sigma
    { 0x03F3, u'j' }, // ϳ yot
    { 0x03F9, u'c' }, // Ϲ capital lunate sigma
    { 0x0405, u's' }, // Cyrillic capitals
    { 0x0406, u'i' },
    { 0x0408, u'j' },
    { 0x0410, u'a' },
    { 0x0412, u'b' },
    { 0x0415, u'e' },
    { 0x041A, u'k' },
    { 0x041C, u'm' },
    { 0x041D, u'h' },
    { 0x041E, u'o' },
    { 0x0420, u'p' },
    { 0x0421, u'c' },
    { 0x0422, u't' },
    { 0x0423, u'y' },
    { 0x0425, u'x' },
    { 0x0430, u'a' }, // Cyrillic small letters
    { 0x0432, u'b' },
    { 0x0435, u'e' },
    { 0x043A, u'k' },
    { 0x043C, u'm' },
    { 0x043D, u'h' },
    { 0x043E, u'o' },
    { 0x0440, u'p' },
    { 0x0441, u'c' },
    { 0x0442, u't' },
    { 0x0443, u'y' },
    { 0x0445, u'x' },
    { 0x0455, u's' },
    { 0x0456, u'i' },
    { 0x0458, u'j' },
    { 0x04AE, u'y' },
    { 0x04AF, u'y' },
    { 0x04BA, u'h' },
    { 0x04BB, u'h' },
    { 0x04C0, u'i' }, // Ӏ palochka
    { 0x04CF, u'l' },
    { 0x0500, u'd' },
    { 0x0501, u'd' },
    { 0x051A, u'q' },
    { 0x051B, u'q' },
    { 0x051C, u'w' },
    { 0x051D, u'w' },
    { 0x1D00, u'a' }, // Latin small capitals
    { 0x1D04, u'c' },
    { 0x1D05, u'd' },
    { 0x1D07, u'e' },
    { 0x1D0A, u'j' },
    { 0x1D0B, u'k' },
    { 0x1D0D, u'm' },
    { 0x1D0F, u'o' },
    { 0x1D18, u'p' },
    { 0x1D1B, u't' },
    { 0x1D1C, u'u' },
    { 0x1D20, u'v' },
    { 0x1D21, u'w' },
    { 0x1D22, u'z' },
    { 0xA731, u's' }, // ꜱ small capital S
});
static_assert(std::is_sorted(kLookAlikes.begin(), kLookAlikes.end()));

char16_t lookAlike(char32_t c)
{
    const auto it = std::lower_bound(kLookAlikes.begin(), kLookAlikes.end(), c,
                                     [](const auto& entry, char32_t key) { return entry.first < key; });
    return it != kLookAlikes.end() && it->first == c ? it->second : char16_t(0);
}

bool isMinusSign(char32_t c)
{
    // Minus signs and hyphen look-alikes outside the dash punctuation category.
    return c == 0x2212 || c == 0x2796 || c == 0x02D7 || c == 0x2043;
}

using Folded = QVarLengthArray<char16_t, 32>;

void appendCodePoint(char32_t c, Folded& out)
{
    if (QChar::requiresSurrogates(c)) {
        out.append(QChar::highSurrogate(c));
        out.append(QChar::lowSurrogate(c));
    } else {
        out.append(char16_t(c));
    }
}

// The whole folding of one code point, from Qt's Unicode data. Slow (it may allocate); the hot
// path reads its results from FoldTable.
void appendFolded(char32_t c, Folded& out, int depth = 0)
{
    if (QChar::isSpace(c)) {
        out.append(u' ');
        return;
    }
    switch (QChar::category(c)) {
    case QChar::Other_Control:
    case QChar::Other_Format: // zero-width characters, bidi controls, soft hyphen, BOM, tags
    case QChar::Mark_NonSpacing: // combining accents, variation selectors
    case QChar::Mark_Enclosing:
        return;
    case QChar::Punctuation_Dash:
        out.append(u'-');
        return;
    case QChar::Number_DecimalDigit:
        if (const int digit = QChar::digitValue(c); digit >= 0) {
            out.append(char16_t(u'0' + digit));
            return;
        }
        break;
    default:
        break;
    }
    if (isMinusSign(c)) {
        out.append(u'-');
        return;
    }
    if (const char16_t latin = lookAlike(c)) {
        out.append(latin);
        return;
    }
    if (depth < 8) {
        // NFKD, one level at a time: each part folds again (it may decompose further, be a
        // combining mark to drop, or a capital to fold).
        const QString parts = QChar::decomposition(c);
        if (!parts.isEmpty()) {
            for (const char32_t part : parts.toUcs4())
                appendFolded(part, out, depth + 1);
            return;
        }
        const char32_t folded = QChar::toCaseFolded(c);
        if (folded != c) {
            appendFolded(folded, out, depth + 1);
            return;
        }
    }
    appendCodePoint(c, out);
}

// Every BMP code point's folding, precomputed once: entry = kind (2 bits) | length (6 bits) |
// value (24 bits). Keep: value is the folded unit. Expand: value is an offset into pool.
class FoldTable
{
public:
    enum Kind : std::uint32_t { Keep = 0, Drop = 1, Space = 2, Expand = 3 };

    FoldTable()
    {
        Folded folded;
        for (char32_t c = 0; c < 0x10000; ++c) {
            folded.clear();
            appendFolded(c, folded);
            if (folded.isEmpty()) {
                m_entries[c] = Drop << 30;
            } else if (folded.size() == 1 && folded[0] == u' ') {
                m_entries[c] = Space << 30;
            } else if (folded.size() == 1) {
                m_entries[c] = (Keep << 30) | folded[0];
            } else {
                const auto offset = std::uint32_t(m_pool.size());
                m_pool.insert(m_pool.end(), folded.cbegin(), folded.cend());
                m_entries[c] = (Expand << 30) | (std::uint32_t(folded.size()) << 24) | offset;
            }
        }
    }

    std::uint32_t entry(char16_t unit) const { return m_entries[unit]; }
    const char16_t* pool(std::uint32_t offset) const { return m_pool.data() + offset; }

    static Kind kind(std::uint32_t entry) { return Kind(entry >> 30); }
    static std::uint32_t length(std::uint32_t entry) { return (entry >> 24) & 0x3F; }
    static std::uint32_t value(std::uint32_t entry) { return entry & 0xFFFFFF; }

private:
    std::array<std::uint32_t, 0x10000> m_entries {};
    std::vector<char16_t> m_pool;
};

const FoldTable& foldTable()
{
    static const auto table = std::make_unique<const FoldTable>();
    return *table;
}

bool isPictograph(char32_t c)
{
    // Emoji and pictographs: no decomposition, no case, nothing to fold. Enclosed alphanumerics
    // (U+1F100–U+1F1FF) are not in this range: they fold to letters and digits.
    return c >= 0x1F300 && c <= 0x1FAFF;
}

#ifdef MODERATION_FOLD_SSE2
// Eight units of printable ASCII at once, when folding them is only lower-casing: no control
// character, no run of blanks (nor a blank continuing the previous run). Most comments are
// mostly such blocks. Returns false, having written nothing, when the block needs the table.
bool foldAsciiBlock(const char16_t* src, char16_t* dst, int* map, int cp, bool& lastSpace)
{
    const __m128i units = _mm_loadu_si128(reinterpret_cast<const __m128i*>(src));
    const __m128i printable = _mm_and_si128(_mm_cmpgt_epi16(units, _mm_set1_epi16(0x1F)),
                                            _mm_cmplt_epi16(units, _mm_set1_epi16(0x7F)));
    if (_mm_movemask_epi8(printable) != 0xFFFF)
        return false;
    const int blanks = _mm_movemask_epi8(_mm_cmpeq_epi16(units, _mm_set1_epi16(u' '))); // 2 bits a unit
    if ((blanks & (blanks >> 2)) != 0 || (lastSpace && (blanks & 1)))
        return false;
    const __m128i upper = _mm_and_si128(_mm_cmpgt_epi16(units, _mm_set1_epi16(u'A' - 1)),
                                        _mm_cmplt_epi16(units, _mm_set1_epi16(u'Z' + 1)));
    const __m128i lower = _mm_or_si128(units, _mm_and_si128(upper, _mm_set1_epi16(0x20)));
    _mm_storeu_si128(reinterpret_cast<__m128i*>(dst), lower);
    const __m128i base = _mm_set1_epi32(cp);
    _mm_storeu_si128(reinterpret_cast<__m128i*>(map), _mm_add_epi32(base, _mm_setr_epi32(0, 1, 2, 3)));
    _mm_storeu_si128(reinterpret_cast<__m128i*>(map + 4), _mm_add_epi32(base, _mm_setr_epi32(4, 5, 6, 7)));
    lastSpace = (blanks >> 14) & 1;
    return true;
}
#endif

} // namespace

int NormalizedText::originalEnd(qsizetype to) const
{
    if (to <= 0)
        return toOriginal.value(0);
    // Past the last folded unit's code point, and past whatever folding dropped after it.
    return std::max(toOriginal.value(to - 1) + 1, toOriginal.value(to));
}

NormalizedText TextNormalizer::normalize(QStringView original)
{
    NormalizedText result;
    normalize(original, result);
    return result;
}

void TextNormalizer::normalize(QStringView original, NormalizedText& out)
{
    const FoldTable& table = foldTable();
    const char16_t* src = original.utf16();
    const qsizetype n = original.size();

    // Invariant: capacity >= written + units still to read, so a unit that folds to at most one
    // unit never needs a check; only expansions do.
    qsizetype capacity = n;
    out.text.resize(capacity);
    out.toOriginal.resize(capacity + 1);
    char16_t* dst = reinterpret_cast<char16_t*>(out.text.data());
    int* map = out.toOriginal.data();
    qsizetype j = 0;
    int cp = 0;
    bool lastSpace = false;

    auto reserve = [&](qsizetype extra, qsizetype remaining) {
        if (j + extra + remaining <= capacity)
            return;
        capacity = std::max(capacity * 2, j + extra + remaining);
        out.text.resize(capacity);
        out.toOriginal.resize(capacity + 1);
        dst = reinterpret_cast<char16_t*>(out.text.data());
        map = out.toOriginal.data();
    };
    auto put = [&](char16_t unit) {
        if (unit == u' ') {
            if (lastSpace)
                return;
            lastSpace = true;
        } else {
            lastSpace = false;
        }
        dst[j] = unit;
        map[j] = cp;
        ++j;
    };

#ifdef MODERATION_FOLD_SSE2
    qsizetype blocksFrom = 0; // after a block the fast path refused, go unit by unit for a while
#endif
    for (qsizetype i = 0; i < n; ++i, ++cp) {
#ifdef MODERATION_FOLD_SSE2
        if (i >= blocksFrom) {
            while (i + 8 <= n && foldAsciiBlock(src + i, dst + j, map + j, cp, lastSpace)) {
                i += 8;
                j += 8;
                cp += 8;
            }
            if (i >= n)
                break;
            blocksFrom = i + 8;
        }
#endif
        const char16_t unit = src[i];
        if (QChar::isHighSurrogate(unit) && i + 1 < n && QChar::isLowSurrogate(src[i + 1])) {
            const char32_t c = QChar::surrogateToUcs4(unit, src[i + 1]);
            ++i;
            if (isPictograph(c)) {
                put(unit);
                put(src[i]);
                continue;
            }
            Folded folded;
            appendFolded(c, folded);
            reserve(folded.size(), n - i - 1);
            for (const char16_t part : folded)
                put(part);
            continue;
        }
        const std::uint32_t entry = table.entry(unit);
        switch (FoldTable::kind(entry)) {
        case FoldTable::Keep:
            dst[j] = char16_t(FoldTable::value(entry));
            map[j] = cp;
            ++j;
            lastSpace = false;
            break;
        case FoldTable::Drop:
            break;
        case FoldTable::Space:
            put(u' ');
            break;
        case FoldTable::Expand: {
            const std::uint32_t length = FoldTable::length(entry);
            reserve(length, n - i - 1);
            const char16_t* parts = table.pool(FoldTable::value(entry));
            for (std::uint32_t k = 0; k < length; ++k)
                put(parts[k]);
            break;
        }
        }
    }
    out.text.resize(j);
    out.toOriginal.resize(j + 1);
    out.toOriginal[j] = cp;
}

int TextNormalizer::codePointLength(QStringView text)
{
    int count = 0;
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i, ++count) {
        if (text[i].isHighSurrogate() && i + 1 < n && text[i + 1].isLowSurrogate())
            ++i;
    }
    return count;
}

} // namespace moderation
