#include "text/PiiDetector.h"

#include <QChar>
#include <QVarLengthArray>

#include <phonenumbers/phonenumberutil.h>

#include <algorithm>
#include <array>
#include <bit>
#include <bitset>
#include <cstdint>
#include <set>
#include <span>
#include <string>
#include <string_view>

#if defined(__SSE2__) || defined(_M_X64) || defined(_M_AMD64)
#include <emmintrin.h>
#define MODERATION_PII_SSE2 1
#endif

// For rare paths that must not be inlined into the scanning loop (they would make it twice as
// large, and every comment with a digit slower).
#if defined(_MSC_VER)
#define MODERATION_PII_NOINLINE __declspec(noinline)
#else
#define MODERATION_PII_NOINLINE __attribute__((noinline))
#endif

namespace moderation {

namespace {

// The scanner reads folded text (TextNormalizer): lower case, ASCII digits, '-' for every dash,
// one ' ' for every run of white space, no invisible characters. It stops only at digits (and
// at '@' for e-mail), so text without numbers costs one cheap pass.

constexpr qsizetype kLabelWindow = 60; // how far before a number its label may stand
constexpr int kMaxGroups = 8;
constexpr int kMaxCardDigits = 19;
constexpr int kMinPhoneDigits = 7; // the shortest numbers with their country code (Niue, St Helena)
constexpr int kMaxPhoneDigits = 17; // E.164's 15, and a trunk prefix written too ("+44 (0) 20 …")
constexpr int kMaxPhoneValidations = 8; // libphonenumber checks one text may cost (header)

bool isDigit(char16_t c)
{
    return char16_t(c - u'0') < 10;
}

bool isAsciiLetter(char16_t c)
{
    return char16_t((c | 0x20) - u'a') < 26;
}

bool isWordChar(char16_t c)
{
    if (c < 0x80)
        return isDigit(c) || isAsciiLetter(c) || c == u'_';
    return !QChar::isSurrogate(c) && QChar::isLetterOrNumber(c);
}

enum class Label { None, Ssn, Receipt, ANumber, Passport, Card };

struct LabelText
{
    std::u16string_view text;
    Label label;
};

// English and Spanish, as they read after folding (accents gone, lower case).
constexpr std::array kLabels {
    LabelText { u"ssn", Label::Ssn },
    LabelText { u"social security", Label::Ssn },
    LabelText { u"seguro social", Label::Ssn },
    LabelText { u"receipt", Label::Receipt },
    LabelText { u"recibo", Label::Receipt },
    LabelText { u"case number", Label::Receipt },
    LabelText { u"case no", Label::Receipt },
    LabelText { u"case #", Label::Receipt },
    LabelText { u"numero de caso", Label::Receipt },
    LabelText { u"caso numero", Label::Receipt },
    LabelText { u"caso no", Label::Receipt },
    LabelText { u"caso #", Label::Receipt },
    LabelText { u"a-number", Label::ANumber },
    LabelText { u"anumber", Label::ANumber },
    LabelText { u"a #", Label::ANumber },
    LabelText { u"alien number", Label::ANumber },
    LabelText { u"alien registration", Label::ANumber },
    LabelText { u"alien #", Label::ANumber },
    LabelText { u"uscis number", Label::ANumber },
    LabelText { u"uscis #", Label::ANumber },
    LabelText { u"numero a", Label::ANumber },
    LabelText { u"numero de extranjero", Label::ANumber },
    LabelText { u"registro de extranjero", Label::ANumber },
    LabelText { u"numero uscis", Label::ANumber },
    LabelText { u"numero de uscis", Label::ANumber },
    LabelText { u"passport", Label::Passport },
    LabelText { u"pasaporte", Label::Passport },
};

// Looked for apart from the others, so that "social security card 123456789" still reads as an
// SSN: "card", "credit card", "debit card", "card number", "tarjeta (de credito|debito)",
// "numero de tarjeta".
constexpr std::array kCardLabels {
    LabelText { u"card", Label::Card },
    LabelText { u"tarjeta", Label::Card },
};

// USCIS service-center and online-filing prefixes: a receipt number even without a label.
constexpr std::array<std::u16string_view, 8> kReceiptPrefixes {
    u"eac", u"wac", u"lin", u"src", u"nbc", u"msc", u"ioe", u"ysc",
};

// Toll-free codes reach a business, never a person: agency replies quote them all the time.
constexpr std::array<std::u16string_view, 7> kTollFree { u"800", u"833", u"844", u"855", u"866", u"877", u"888" };

// Google's libphonenumber, for numbers written with '+' and a country code. Its metadata loads
// once, on first use (PiiDetector's constructor asks for it, so that no comment pays for it);
// Parse and GetNumberType are const and thread-safe.
class PhoneNumbers
{
public:
    static const PhoneNumbers& instance()
    {
        static const PhoneNumbers numbers;
        return numbers;
    }

    // Whether the digits begin with a country calling code; E.164 codes are prefix-free, so the
    // first length that names one is the only one, and none starts with 0.
    bool startsWithCountryCode(std::string_view digits) const
    {
        if (digits.empty() || digits.front() == '0')
            return false;
        int code = 0;
        for (size_t length = 1; length <= 3 && length <= digits.size(); ++length) {
            code = code * 10 + (digits[length - 1] - '0');
            if (m_codes.test(size_t(code)))
                return true;
        }
        return false;
    }

    // "+" and digits: a valid number that reaches a person (or at least not a business line).
    bool isPersonal(const std::string& e164) const
    {
        using i18n::phonenumbers::PhoneNumberUtil;
        i18n::phonenumbers::PhoneNumber number;
        if (m_util.Parse(e164, "ZZ", &number) != PhoneNumberUtil::NO_PARSING_ERROR)
            return false;
        // One pass for IsValidNumber's question and the type: both come from the same matching
        // of the number against its region's patterns, UNKNOWN being "not valid".
        switch (m_util.GetNumberType(number)) {
        case PhoneNumberUtil::UNKNOWN:
        case PhoneNumberUtil::TOLL_FREE:
        case PhoneNumberUtil::PREMIUM_RATE:
        case PhoneNumberUtil::SHARED_COST:
        case PhoneNumberUtil::UAN:
            return false;
        default:
            return true;
        }
    }

private:
    PhoneNumbers()
        : m_util(*i18n::phonenumbers::PhoneNumberUtil::GetInstance())
    {
        std::set<int> codes;
        m_util.GetSupportedCallingCodes(&codes);
        for (const int code : codes) {
            if (code > 0 && size_t(code) < m_codes.size())
                m_codes.set(size_t(code));
        }
    }

    const i18n::phonenumbers::PhoneNumberUtil& m_util;
    std::bitset<1000> m_codes;
};

struct Group
{
    qsizetype start = 0;
    qsizetype end = 0;
    char16_t separator = 0; // what stood before this group: '-', '.', ' ' (0 for the first)
    int size() const { return int(end - start); }
};

struct Groups
{
    std::array<Group, kMaxGroups> group;
    int count = 0;
    const Group& operator[](int i) const { return group[i]; }
};

// The fast path's question, eight units at a time where SSE2 is there: how many digits, and
// is there an '@'?
void countDigitsAndAts(const char16_t* t, qsizetype n, int& digits, bool& at)
{
    digits = 0;
    at = false;
    qsizetype i = 0;
#ifdef MODERATION_PII_SSE2
    __m128i ats = _mm_setzero_si128();
    while (i + 8 <= n) {
        // Per-lane counts, summed before a lane could overflow.
        __m128i counts = _mm_setzero_si128();
        const qsizetype stop = std::min(n - 7, i + 8 * 4096);
        for (; i < stop; i += 8) {
            const __m128i units = _mm_loadu_si128(reinterpret_cast<const __m128i*>(t + i));
            // Signed compares: units from U+8000 up read as negative and are never digits.
            const __m128i digit = _mm_and_si128(_mm_cmpgt_epi16(units, _mm_set1_epi16(u'0' - 1)),
                                                _mm_cmplt_epi16(units, _mm_set1_epi16(u'9' + 1)));
            counts = _mm_sub_epi16(counts, digit); // a match is -1
            ats = _mm_or_si128(ats, _mm_cmpeq_epi16(units, _mm_set1_epi16(u'@')));
        }
        alignas(16) std::array<std::uint16_t, 8> lanes {};
        _mm_store_si128(reinterpret_cast<__m128i*>(lanes.data()), counts);
        for (const std::uint16_t lane : lanes)
            digits += lane;
    }
    at = _mm_movemask_epi8(ats) != 0;
#endif
    for (; i < n; ++i) {
        digits += isDigit(t[i]);
        at |= t[i] == u'@';
    }
}

class Scanner
{
public:
    Scanner(const NormalizedText& folded, QList<PiiSpan>& out)
        : m_folded(folded)
        , m_t(reinterpret_cast<const char16_t*>(folded.text.constData()))
        , m_n(folded.text.size())
        , m_out(out)
    {
    }

    void run()
    {
        int digits = 0;
        bool at = false;
        countDigitsAndAts(m_t, m_n, digits, at);
        // Every kind but e-mail needs at least five digits (a labelled passport number).
        if (digits < 5 && !at)
            return;
        if (!at) {
            scanSegment(0, m_n);
            return;
        }
        // E-mail first: an address may hold digits that would otherwise read as a phone number.
        qsizetype from = 0;
        for (qsizetype i = 0; i < m_n; ++i) {
            if (m_t[i] != u'@')
                continue;
            qsizetype start = 0;
            const qsizetype end = matchEmail(i, from, start);
            if (end < 0)
                continue;
            scanSegment(from, start);
            add(PiiKind::Email, start, end);
            from = end;
            i = end - 1;
        }
        scanSegment(from, m_n);
    }

private:
    char16_t at(qsizetype i) const { return i >= 0 && i < m_n ? m_t[i] : char16_t(0); }

    void add(PiiKind kind, qsizetype start, qsizetype end)
    {
        m_out.append(PiiSpan { kind, m_folded.originalStart(start), m_folded.originalEnd(end) });
        m_lastEnd = end;
    }

    // The first digit, '+' or '(' at or after i (or to).
    qsizetype nextCandidate(qsizetype i, qsizetype to) const
    {
#ifdef MODERATION_PII_SSE2
        for (; i + 8 <= to; i += 8) {
            const __m128i units = _mm_loadu_si128(reinterpret_cast<const __m128i*>(m_t + i));
            const __m128i digit = _mm_and_si128(_mm_cmpgt_epi16(units, _mm_set1_epi16(u'0' - 1)),
                                                _mm_cmplt_epi16(units, _mm_set1_epi16(u'9' + 1)));
            const __m128i sign = _mm_or_si128(_mm_cmpeq_epi16(units, _mm_set1_epi16(u'+')),
                                              _mm_cmpeq_epi16(units, _mm_set1_epi16(u'(')));
            if (const int mask = _mm_movemask_epi8(_mm_or_si128(digit, sign)))
                return i + std::countr_zero(unsigned(mask)) / 2;
        }
#endif
        while (i < to && !isDigit(m_t[i]) && m_t[i] != u'+' && m_t[i] != u'(')
            ++i;
        return i;
    }

    void scanSegment(qsizetype from, qsizetype to)
    {
        m_floor = from;
        qsizetype i = from;
        while ((i = nextCandidate(i, to)) < to) {
            const char16_t c = m_t[i];
            if (!isDigit(c)) {
                if ((c == u'+' || c == u'(') && isDigit(at(i + 1)) && !isWordChar(at(i - 1))) {
                    qsizetype start = i;
                    qsizetype end = matchPhone(i);
                    if (end < 0 && c == u'+')
                        end = matchInternationalPhone(i, start);
                    if (end > 0 && end <= to) {
                        add(PiiKind::Phone, start, end);
                        i = end;
                        continue;
                    }
                }
                ++i;
                continue;
            }
            PiiKind kind {};
            qsizetype start = i;
            const qsizetype end = matchAt(i, kind, start);
            if (end > 0 && end <= to) {
                add(kind, start, end);
                i = end;
                continue;
            }
            while (i < to && isWordChar(m_t[i]))
                ++i;
        }
    }

    // A match for the digits starting at d, perhaps with letters before them; returns its end.
    qsizetype matchAt(qsizetype d, PiiKind& kind, qsizetype& start)
    {
        const char16_t prev = at(d - 1);
        if (isAsciiLetter(prev))
            return matchLetterPrefixed(d, kind, start);
        if (isWordChar(prev))
            return -1;
        if (isPrefixSeparator(prev)) {
            const qsizetype end = matchLetterPrefixBehindSeparator(d, kind, start);
            if (end > 0)
                return end;
        }
        // Digits that continue a number ("12-345…") are not the start of one.
        if ((prev == u'-' || prev == u'.') && isDigit(at(d - 2)))
            return -1;
        const bool followsDigitsAndBlank = prev == u' ' && isDigit(at(d - 2));

        const Groups groups = readGroups(d);
        start = d;
        qsizetype end = -1;
        if (!followsDigitsAndBlank && (end = matchCard(groups, d)) > 0) {
            kind = PiiKind::PaymentCard;
            return end;
        }
        if ((end = matchPhone(d)) > 0) {
            kind = PiiKind::Phone;
            return end;
        }
        if ((end = matchFormattedSsn(groups)) > 0) {
            kind = PiiKind::Ssn;
            return end;
        }
        return matchLabelledDigits(d, groups, kind);
    }

    // "eac2190012345", "a123456789", "g12345678" (a labelled passport number).
    qsizetype matchLetterPrefixed(qsizetype d, PiiKind& kind, qsizetype& start)
    {
        qsizetype w = d - 1;
        while (w > m_floor && isAsciiLetter(m_t[w - 1]))
            --w;
        if (w < m_lastEnd || w < m_floor || isWordChar(at(w - 1)))
            return -1;
        start = w;
        if (const qsizetype end = matchPassportToken(w); end > 0) {
            kind = PiiKind::Passport;
            return end;
        }
        return matchPrefixed(w, d - w, d, kind);
    }

    // "EAC-2190012345", "IOE 0912345678", "A# 123-456-789", "A 12345678".
    qsizetype matchLetterPrefixBehindSeparator(qsizetype d, PiiKind& kind, qsizetype& start)
    {
        qsizetype q = d;
        while (q > d - 3 && isPrefixSeparator(at(q - 1)))
            --q;
        if (!isAsciiLetter(at(q - 1)))
            return -1;
        qsizetype w = q - 1;
        while (w > m_floor && w > q - 3 && isAsciiLetter(m_t[w - 1]))
            --w;
        if (w < m_lastEnd || w < m_floor || isWordChar(at(w - 1)))
            return -1;
        start = w;
        return matchPrefixed(w, q - w, d, kind);
    }

    qsizetype matchPrefixed(qsizetype w, qsizetype letters, qsizetype d, PiiKind& kind)
    {
        if (letters == 3) {
            const std::u16string_view prefix(m_t + w, 3);
            bool known = false;
            for (const auto p : kReceiptPrefixes)
                known |= prefix == p;
            if (known || labelBefore(w) == Label::Receipt) {
                kind = PiiKind::UscisReceipt;
                return matchReceiptDigits(d);
            }
            return -1;
        }
        if (letters == 1 && m_t[w] == u'a') {
            kind = PiiKind::ANumber;
            return matchANumberDigits(readGroups(d));
        }
        return -1;
    }

    static bool isPrefixSeparator(char16_t c)
    {
        return c == u' ' || c == u'-' || c == u'#' || c == u'*' || c == u'.' || c == u':';
    }

    qsizetype matchReceiptDigits(qsizetype d) const
    {
        const Groups groups = readGroups(d);
        int total = 0;
        for (int g = 0; g < groups.count; ++g) {
            if (g > 0 && groups[g].separator == u'.')
                return -1;
            total += groups[g].size();
            if (total == 10)
                return endsNumber(groups[g].end) ? groups[g].end : -1;
            if (total > 10)
                return -1;
        }
        return -1;
    }

    // 8 or 9 digits: run together, or 3-3-3 / 2-3-3.
    qsizetype matchANumberDigits(const Groups& groups) const
    {
        if (groups.count == 0)
            return -1;
        qsizetype end = -1;
        const int first = groups[0].size();
        if (first == 8 || first == 9)
            end = groups[0].end;
        else if ((first == 3 || first == 2) && groups.count >= 3 && groups[1].size() == 3 && groups[2].size() == 3)
            end = groups[2].end;
        return end > 0 && endsNumber(end) ? end : -1;
    }

    // A labelled passport number: 6 to 12 letters and digits, at least 5 of them digits.
    qsizetype matchPassportToken(qsizetype w) const
    {
        qsizetype e = w;
        int digits = 0;
        while (e < m_n && e - w <= 12 && (isDigit(m_t[e]) || isAsciiLetter(m_t[e]))) {
            digits += isDigit(m_t[e]);
            ++e;
        }
        const qsizetype length = e - w;
        if (length < 6 || length > 12 || digits < 5 || isWordChar(at(e)))
            return -1;
        return labelBefore(w) == Label::Passport ? e : -1;
    }

    qsizetype matchLabelledDigits(qsizetype d, const Groups& groups, PiiKind& kind) const
    {
        // Only shapes a label could turn into PII are worth looking back for one.
        const int first = groups[0].size();
        const bool nine = first == 9 || (groups.count >= 3 && first == 3 && groups[1].size() == 2 && groups[2].size() == 4);
        const bool aNumber = matchANumberDigits(groups) > 0;
        const bool token = first >= 5 && first <= 12;
        if (!nine && !aNumber && !token)
            return -1;
        switch (labelBefore(d)) {
        case Label::Ssn:
            if (nine) {
                const qsizetype end = first == 9 ? groups[0].end : groups[2].end;
                if (endsNumber(end) && isValidSsn(groups, first == 9)) {
                    kind = PiiKind::Ssn;
                    return end;
                }
            }
            return -1;
        case Label::ANumber:
            kind = PiiKind::ANumber;
            return matchANumberDigits(groups);
        case Label::Passport:
            kind = PiiKind::Passport;
            return matchPassportToken(d);
        case Label::Receipt:
        case Label::Card: // looked for apart (matchCard)
        case Label::None:
            return -1;
        }
        return -1;
    }

    qsizetype matchFormattedSsn(const Groups& groups) const
    {
        if (groups.count < 3 || groups[0].size() != 3 || groups[1].size() != 2 || groups[2].size() != 4)
            return -1;
        for (int g = 1; g < 3; ++g) {
            if (groups[g].separator != u'-' && groups[g].separator != u' ')
                return -1;
        }
        return endsNumber(groups[2].end) && isValidSsn(groups, false) ? groups[2].end : -1;
    }

    // Area not 000, 666 or 900–999; group not 00; serial not 0000.
    bool isValidSsn(const Groups& groups, bool runTogether) const
    {
        std::array<char16_t, 9> digits {};
        if (runTogether) {
            std::copy_n(m_t + groups[0].start, 9, digits.begin());
        } else {
            std::copy_n(m_t + groups[0].start, 3, digits.begin());
            std::copy_n(m_t + groups[1].start, 2, digits.begin() + 3);
            std::copy_n(m_t + groups[2].start, 4, digits.begin() + 5);
        }
        const std::u16string_view s(digits.data(), digits.size());
        const auto area = s.substr(0, 3);
        if (area == u"000" || area == u"666" || area.front() == u'9')
            return false;
        return s.substr(3, 2) != u"00" && s.substr(5, 4) != u"0000";
    }

    // 13–19 digits passing Luhn, run together or grouped as cards print them (4-4-4-4[-1..3],
    // 4-6-5, 4-6-4; UATP's 4-5-6 when the number starts with 1). The first digit is an issuer's
    // (2–6), which also keeps USPS tracking numbers (9…) out; any other needs a card label before
    // d, no further digits after the number, and not to be a SIM card's 89 (an ICCID).
    qsizetype matchCard(const Groups& groups, qsizetype d) const
    {
        if (groups.count == 0)
            return -1;
        const char16_t lead = m_t[groups[0].start];
        const qsizetype end = matchCardDigits(groups, lead == u'1');
        if (end < 0 || (lead >= u'2' && lead <= u'6'))
            return end;
        const bool iccid = lead == u'8' && m_t[groups[0].start + 1] == u'9';
        if (iccid || isDigit(at(skipSeparator(end))))
            return -1;
        return labelBefore(d, kCardLabels) == Label::Card ? end : -1;
    }

    qsizetype matchCardDigits(const Groups& groups, bool uatp) const
    {
        auto accept = [&](int count) -> qsizetype {
            const qsizetype end = groups[count - 1].end;
            return passesLuhn(groups, count) && endsNumber(end) ? end : -1;
        };
        const int first = groups[0].size();
        if (first >= 13 && first <= kMaxCardDigits)
            return accept(1);
        if (first != 4 || groups.count < 3)
            return -1;
        // Fours: the longest grouping first.
        int total = 4;
        int fours = 1;
        while (fours < groups.count && groups[fours].size() == 4 && total + 4 <= kMaxCardDigits) {
            total += 4;
            ++fours;
        }
        for (int count = std::min(fours + 1, groups.count); count >= 4; --count) {
            const int last = groups[count - 1].size();
            const int digits = 4 * (count - 1) + last;
            if (last >= 1 && last <= 4 && (count - 1) <= fours && digits >= 13 && digits <= kMaxCardDigits) {
                if (const qsizetype end = accept(count); end > 0)
                    return end;
            }
        }
        if (groups[1].size() == 6 && (groups[2].size() == 5 || groups[2].size() == 4))
            return accept(3);
        if (uatp && groups[1].size() == 5 && groups[2].size() == 6)
            return accept(3);
        return -1;
    }

    bool passesLuhn(const Groups& groups, int count) const
    {
        int sum = 0;
        bool doubled = false;
        for (int g = count - 1; g >= 0; --g) {
            for (qsizetype i = groups[g].end - 1; i >= groups[g].start; --i) {
                int digit = m_t[i] - u'0';
                if (doubled) {
                    digit *= 2;
                    if (digit > 9)
                        digit -= 9;
                }
                sum += digit;
                doubled = !doubled;
            }
        }
        return sum % 10 == 0;
    }

    // US numbers: [+1 or 1, separator] area code (in parentheses or not), exchange, line;
    // 555-123-4567, (555) 123-4567, 555.123.4567, +1 555 123 4567, 5551234567, +15551234567.
    // Area code and exchange start with 2–9 (NANP); toll-free codes are not personal.
    qsizetype matchPhone(qsizetype p) const
    {
        qsizetype q = p;
        const bool plus = at(q) == u'+';
        if (plus)
            ++q;
        const qsizetype run = digitRun(q);
        if (run == 11 && m_t[q] == u'1')
            return validPhone(q + 1, q + 4) && endsNumber(q + 11) ? q + 11 : -1;
        if (run == 10 && !plus)
            return validPhone(q, q + 3) && endsNumber(q + 10) ? q + 10 : -1;
        if (run == 1 && m_t[q] == u'1') {
            const qsizetype next = skipSeparator(q + 1);
            if (next == q + 1 && at(next) != u'(')
                return -1;
            q = next;
            if (digitRun(q) == 10)
                return validPhone(q, q + 3) && endsNumber(q + 10) ? q + 10 : -1;
        } else if (plus) {
            return -1;
        }
        qsizetype area = 0;
        if (at(q) == u'(') {
            if (digitRun(q + 1) != 3 || at(q + 4) != u')')
                return -1;
            area = q + 1;
            q = skipSeparator(q + 5);
        } else {
            if (digitRun(q) != 3)
                return -1;
            area = q;
            const qsizetype next = skipSeparator(q + 3);
            if (next == q + 3)
                return -1;
            q = next;
        }
        if (digitRun(q) != 3)
            return -1;
        const qsizetype exchange = q;
        const qsizetype next = skipSeparator(q + 3);
        if (next == q + 3 || digitRun(next) != 4)
            return -1;
        const qsizetype end = next + 4;
        return validPhone(area, exchange) && endsNumber(end) ? end : -1;
    }

    // '+', a country code other than NANP's 1, and the rest of the number: "+44 20 7946 0958",
    // "+52 (55) 1234-5678", "(+34) 612 34 56 78", "+44 (0) 20 7946 0958", "+49 30/1234567". p is
    // at the '+', a digit follows it; start moves to a '(' before it that the number closes. The
    // scan is cheap; libphonenumber only sees what passes it.
    MODERATION_PII_NOINLINE qsizetype matchInternationalPhone(qsizetype p, qsizetype& start)
    {
        if (m_t[p + 1] == u'1')
            return -1; // NANP: matchPhone's rules decide (area code, exchange, toll-free)
        std::string e164(1, '+');
        bool inParentheses = at(p - 1) == u'('; // "(+34) …" closes after the country code
        bool opened = inParentheses;
        qsizetype q = p + 1;
        qsizetype end = q;
        while (true) {
            for (; isDigit(at(q)); ++q) {
                if (e164.size() == 1 + kMaxPhoneDigits)
                    return -1;
                e164 += char(m_t[q]);
            }
            end = q;
            // Between groups: up to three of ' ', '-', '.', '/', and one pair of parentheses.
            qsizetype s = q;
            for (; s < q + 3; ++s) {
                const char16_t c = at(s);
                if (c == u'(' && !opened)
                    opened = inParentheses = true;
                else if (c == u')' && inParentheses)
                    inParentheses = false;
                else if (c != u' ' && c != u'-' && c != u'.' && c != u'/')
                    break;
            }
            if (s == q || !isDigit(at(s)))
                break;
            q = s;
        }
        if (int(e164.size()) - 1 < kMinPhoneDigits || !endsNumber(end))
            return -1;
        const bool closesBeforePlus = at(p - 1) == u'(' && !inParentheses;
        const PhoneNumbers& numbers = PhoneNumbers::instance();
        if (!numbers.startsWithCountryCode(std::string_view(e164).substr(1)))
            return -1;
        if (m_phoneValidations < kMaxPhoneValidations) {
            ++m_phoneValidations;
            if (!numbers.isPersonal(e164))
                return -1;
        }
        if (closesBeforePlus && p - 1 >= std::max(m_floor, m_lastEnd))
            start = p - 1;
        return end;
    }

    bool validPhone(qsizetype area, qsizetype exchange) const
    {
        if (m_t[area] < u'2' || m_t[exchange] < u'2')
            return false;
        const std::u16string_view code(m_t + area, 3);
        for (const auto tollFree : kTollFree) {
            if (code == tollFree)
                return false;
        }
        return true;
    }

    // local@domain.tld around the '@' at q; returns the end and sets start, or -1.
    qsizetype matchEmail(qsizetype q, qsizetype from, qsizetype& start) const
    {
        auto isLocal = [](char16_t c) {
            return isWordChar(c) || c == u'.' || c == u'%' || c == u'+' || c == u'-';
        };
        qsizetype s = q;
        while (s > from && isLocal(m_t[s - 1]))
            --s;
        while (s < q && m_t[s] == u'.')
            ++s;
        if (s == q)
            return -1;
        qsizetype e = q + 1;
        qsizetype end = -1;
        int labels = 0;
        while (true) {
            const qsizetype labelStart = e;
            bool letters = true;
            while (e < m_n && (isWordChar(m_t[e]) || m_t[e] == u'-')) {
                letters &= !isDigit(m_t[e]) && m_t[e] != u'-' && m_t[e] != u'_';
                ++e;
            }
            if (e == labelStart)
                break;
            ++labels;
            if (labels >= 2 && ((letters && e - labelStart >= 2) || isPunycode(labelStart, e)))
                end = e;
            if (at(e) != u'.' || !isWordChar(at(e + 1)))
                break;
            ++e;
        }
        start = s;
        return end;
    }

    // An internationalised label as DNS carries it: "xn--", then letters, digits and dashes
    // ("xn--p1ai" is .рф). Labels before the last take any letters, digits and dashes already.
    bool isPunycode(qsizetype from, qsizetype to) const
    {
        if (to - from < 5 || std::u16string_view(m_t + from, 4) != u"xn--" || m_t[to - 1] == u'-')
            return false;
        return std::all_of(m_t + from + 4, m_t + to, [](char16_t c) { return isDigit(c) || isAsciiLetter(c) || c == u'-'; });
    }

    // The label nearest before position p, if one stands within the window with no digit
    // between it and p.
    Label labelBefore(qsizetype p, std::span<const LabelText> labels = kLabels) const
    {
        const qsizetype limit = std::max<qsizetype>(0, p - kLabelWindow);
        for (qsizetype w = p - 1; w >= limit; --w) {
            const char16_t c = m_t[w];
            if (isDigit(c))
                return Label::None;
            if (!isAsciiLetter(c) || isWordChar(at(w - 1)))
                continue;
            const std::u16string_view rest(m_t + w, size_t(p - w));
            for (const auto& label : labels) {
                if (rest.size() >= label.text.size() && rest.substr(0, label.text.size()) == label.text
                    && !isAsciiLetter(at(w + qsizetype(label.text.size()))))
                    return label.label;
            }
        }
        return Label::None;
    }

    qsizetype digitRun(qsizetype q) const
    {
        qsizetype e = q;
        while (e < m_n && isDigit(m_t[e]))
            ++e;
        return e - q;
    }

    // ' ', '-', '.', " - ", "- ", " -" between digit groups; returns where the next group
    // would start (q when there is no separator).
    qsizetype skipSeparator(qsizetype q, char16_t* kind = nullptr) const
    {
        qsizetype e = q;
        char16_t seen = 0;
        if (at(e) == u' ') {
            seen = u' ';
            ++e;
        }
        if (at(e) == u'-' || at(e) == u'.') {
            seen = m_t[e];
            ++e;
            if (at(e) == u' ')
                ++e;
        }
        if (kind)
            *kind = seen;
        return e;
    }

    // Maximal run of digit groups joined by single separators, from d.
    Groups readGroups(qsizetype d) const
    {
        Groups groups;
        qsizetype q = d;
        char16_t separator = 0;
        int total = 0;
        while (groups.count < kMaxGroups && isDigit(at(q)) && total <= kMaxCardDigits) {
            const qsizetype end = q + digitRun(q);
            groups.group[groups.count++] = Group { q, end, separator };
            total += int(end - q);
            const qsizetype next = skipSeparator(end, &separator);
            if (next == end || !isDigit(at(next)))
                break;
            q = next;
        }
        return groups;
    }

    // A number ends here: no letter or digit follows, nor a dash or dot and more digits.
    bool endsNumber(qsizetype e) const
    {
        const char16_t c = at(e);
        if (isWordChar(c))
            return false;
        return !((c == u'-' || c == u'.') && isDigit(at(e + 1)));
    }

    const NormalizedText& m_folded;
    const char16_t* m_t;
    qsizetype m_n;
    QList<PiiSpan>& m_out;
    qsizetype m_floor = 0; // the current segment's start: matches never reach before it
    qsizetype m_lastEnd = 0; // end of the last match: the next one starts after it
    int m_phoneValidations = 0; // libphonenumber checks this text has cost
};

} // namespace

PiiDetector::PiiDetector()
{
    PhoneNumbers::instance(); // libphonenumber's metadata, loaded here rather than in a detection
}

QList<PiiSpan> PiiDetector::detect(QStringView original) const
{
    // One buffer per thread: detection on a hot path allocates nothing for PII-free text.
    thread_local NormalizedText buffer;
    TextNormalizer::normalize(original, buffer);
    return detect(buffer);
}

QList<PiiSpan> PiiDetector::detect(const NormalizedText& normalized) const
{
    QList<PiiSpan> spans;
    detect(normalized, spans);
    return spans;
}

void PiiDetector::detect(const NormalizedText& normalized, QList<PiiSpan>& out) const
{
    out.clear();
    Scanner(normalized, out).run();
}

bool PiiDetector::contains(QStringView original, const QList<PiiKind>& kinds) const
{
    const auto spans = detect(original);
    return std::any_of(spans.cbegin(), spans.cend(), [&](const PiiSpan& span) { return kinds.contains(span.kind); });
}

bool PiiDetector::contains(const NormalizedText& normalized, const QList<PiiKind>& kinds) const
{
    const auto spans = detect(normalized);
    return std::any_of(spans.cbegin(), spans.cend(), [&](const PiiSpan& span) { return kinds.contains(span.kind); });
}

} // namespace moderation
