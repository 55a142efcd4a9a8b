#include "text/TextFeatures.h"

#include <QChar>

#include <algorithm>
#include <array>
#include <type_traits>
#include <string>
#include <vector>
#include <string_view>

using namespace Qt::StringLiterals;

namespace moderation {

namespace {

// The scanners below read either UTF-16 (any text) or bytes (folded text that is plain ASCII,
// where a byte is a code point): the same code for both, so that they cannot disagree.
template<typename Char>
using Text = std::basic_string_view<Char>;

template<typename Char>
char32_t codePointAt(Text<Char> text, size_t i, size_t* width = nullptr)
{
    if constexpr (sizeof(Char) == 1) {
        if (width)
            *width = 1;
        return static_cast<unsigned char>(text[i]);
    } else {
        const char16_t c = text[i];
        if (QChar::isHighSurrogate(c) && i + 1 < text.size() && QChar::isLowSurrogate(text[i + 1])) {
            if (width)
                *width = 2;
            return QChar::surrogateToUcs4(c, text[i + 1]);
        }
        if (width)
            *width = 1;
        return c;
    }
}

// The code point that ends just before position i; 0 at the start.
template<typename Char>
char32_t codePointBefore(Text<Char> text, size_t i)
{
    if (i == 0)
        return 0;
    if constexpr (sizeof(Char) == 1) {
        return static_cast<unsigned char>(text[i - 1]);
    } else {
        const char16_t c = text[i - 1];
        if (QChar::isLowSurrogate(c) && i >= 2 && QChar::isHighSurrogate(text[i - 2]))
            return QChar::surrogateToUcs4(text[i - 2], c);
        return c;
    }
}

template<typename Char>
bool atWordStart(Text<Char> text, size_t i)
{
    return i == 0 || !TextFeatures::isWordChar(codePointBefore(text, i));
}

template<typename Char>
bool isMentionChar(Char c)
{
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_';
}

// The end of the word that starts at i (i itself when none does).
template<typename Char>
size_t wordEnd(Text<Char> text, size_t i)
{
    size_t width = 1;
    while (i < text.size() && TextFeatures::isWordChar(codePointAt(text, i, &width)))
        i += width;
    return i;
}

template<typename Char>
bool hasAt(Text<Char> text, size_t i, std::string_view ascii)
{
    if (i + ascii.size() > text.size())
        return false;
    for (size_t k = 0; k < ascii.size(); ++k) {
        if (text[i + k] != Char(ascii[k]))
            return false;
    }
    return true;
}

// Word lists, normalised, ASCII, none longer than eight letters: a word is packed into a
// 64-bit key (one byte a letter) and found in a small open-addressed table, which is much
// cheaper than hashing strings for each word of each comment. Looked up by the UTF-16 or the
// byte spelling alike.
class WordMap
{
public:
    void insert(std::string_view ascii, int value)
    {
        const quint64 key = pack(Text<char>(ascii));
        Q_ASSERT(key != 0);
        size_t slot = hash(key);
        while (m_slots[slot].key != 0 && m_slots[slot].key != key)
            slot = (slot + 1) % kSlots;
        m_slots[slot] = { key, value };
    }
    template<typename Char>
    int value(Text<Char> word) const
    {
        const quint64 key = pack(word);
        if (key == 0)
            return 0;
        for (size_t slot = hash(key);; slot = (slot + 1) % kSlots) {
            if (m_slots[slot].key == key)
                return m_slots[slot].value;
            if (m_slots[slot].key == 0)
                return 0;
        }
    }

private:
    static constexpr size_t kSlots = 256; // at most half full
    // 0 for a word that cannot be in a list: empty, longer than eight, or not ASCII.
    template<typename Char>
    static quint64 pack(Text<Char> word)
    {
        if (word.empty() || word.size() > 8)
            return 0;
        quint64 key = 0;
        for (size_t i = 0; i < word.size(); ++i) {
            const auto unit = static_cast<std::make_unsigned_t<Char>>(word[i]);
            if (unit == 0 || unit >= 128)
                return 0;
            key |= quint64(unit) << (8 * i);
        }
        return key;
    }
    static size_t hash(quint64 key) { return size_t((key * 0x9E3779B97F4A7C15ULL) >> 56); }

    struct Slot
    {
        quint64 key = 0;
        int value = 0;
    };
    std::array<Slot, kSlots> m_slots {};
};

constexpr std::string_view kEnglishWords[] = {
    "the", "and", "is", "are", "you", "your", "to", "of", "my", "it", "for", "what", "how", "when", "where", "why",
    "can", "do", "does", "this", "that", "have", "with", "not", "was", "please", "thanks", "thank", "i", "me", "we",
    "in", "on", "be", "will", "about", "card", "help", "need", "get", "just", "still", "from", "they", "did", "has"
};
constexpr std::string_view kSpanishWords[] = {
    "el", "la", "los", "las", "de", "del", "que", "y", "en", "es", "por", "para", "con", "una", "un", "mi", "como",
    "cuando", "donde", "porque", "gracias", "hola", "puedo", "tengo", "esta", "estoy", "pero", "muy", "su", "se",
    "lo", "le", "al", "mas", "yo", "ayuda", "necesito", "tarjeta", "usted", "ustedes", "nos", "hay", "sin", "todo"
};

// Common words: 1 English, 2 Spanish.
const WordMap& languageWords()
{
    static const WordMap words = [] {
        WordMap map;
        for (std::string_view w : kEnglishWords)
            map.insert(w, 1);
        for (std::string_view w : kSpanishWords)
            map.insert(w, 2);
        return map;
    }();
    return words;
}

const WordMap& openerWords()
{
    static const WordMap words = [] {
        WordMap map;
        for (const QString& w : TextFeatures::questionOpeners()) {
            // "por que" is handled as "por" followed by "que".
            if (!w.contains(u' '))
                map.insert(w.toLatin1().toStdString(), 1);
        }
        return map;
    }();
    return words;
}

template<typename Char>
int countLinks(Text<Char> text)
{
    // A link starts at "http://", "https://" or "www.". Those are found from their ':' and '.'
    // (single characters are searched fast; "http" is not), then taken left to right, each
    // running to the next space, as the regular expression in PlainEvaluator reads them.
    constexpr size_t npos = Text<Char>::npos;
    const size_t n = text.size();
    size_t colon = text.find(Char(':'));
    size_t dot = text.find(Char('.'));
    const auto startAtColon = [&](size_t p) -> size_t {
        if (!hasAt(text, p, "://"))
            return npos;
        if (p >= 5 && hasAt(text, p - 5, "https"))
            return p - 5;
        if (p >= 4 && hasAt(text, p - 4, "http"))
            return p - 4;
        return npos;
    };
    const auto startAtDot = [&](size_t p) -> size_t { return p >= 3 && hasAt(text, p - 3, "www") ? p - 3 : npos; };
    int count = 0;
    size_t consumed = 0; // text before this belongs to a link already counted
    while (colon != npos || dot != npos) {
        const bool fromColon = dot == npos || (colon != npos && colon < dot);
        const size_t p = fromColon ? colon : dot;
        const size_t start = fromColon ? startAtColon(p) : startAtDot(p);
        if (fromColon)
            colon = text.find(Char(':'), p + 1);
        else
            dot = text.find(Char('.'), p + 1);
        if (start == npos || start < consumed || !atWordStart(text, start))
            continue;
        ++count;
        const size_t space = text.find(Char(' '), start);
        consumed = space == npos ? n : space;
        if (colon != npos && colon < consumed)
            colon = text.find(Char(':'), consumed);
        if (dot != npos && dot < consumed)
            dot = text.find(Char('.'), consumed);
    }
    return count;
}

template<typename Char>
int countMentions(Text<Char> text)
{
    int count = 0;
    const size_t n = text.size();
    size_t i = 0;
    while ((i = text.find(Char('@'), i)) != Text<Char>::npos) {
        if (i + 1 < n && isMentionChar(text[i + 1]) && atWordStart(text, i)) {
            ++count;
            i += 2;
            while (i < n && isMentionChar(text[i]))
                ++i;
            continue;
        }
        ++i;
    }
    return count;
}

template<typename Char>
int countHashtags(Text<Char> text)
{
    int count = 0;
    const size_t n = text.size();
    size_t i = 0;
    while ((i = text.find(Char('#'), i)) != Text<Char>::npos) {
        if (i + 1 < n && atWordStart(text, i)) {
            const size_t j = wordEnd(text, i + 1);
            if (j > i + 1) {
                ++count;
                i = j;
                continue;
            }
        }
        ++i;
    }
    return count;
}

template<typename Char>
bool isQuestion(Text<Char> text)
{
    const size_t n = text.size();
    constexpr size_t npos = Text<Char>::npos;
    if (text.find(Char('?')) != npos)
        return true;
    if constexpr (sizeof(Char) == 2) {
        if (text.find(u'\u00BF') != npos)
            return true;
    }
    const WordMap& openers = openerWords();
    size_t start = 0;
    while (start <= n) {
        size_t i = start;
        if (i < n && text[i] == Char(' '))
            ++i;
        // Leading @mentions, each followed by one space (replies on X start with them).
        while (i + 1 < n && text[i] == Char('@') && isMentionChar(text[i + 1])) {
            size_t j = i + 1;
            while (j < n && isMentionChar(text[j]))
                ++j;
            if (j < n && text[j] == Char(' '))
                i = j + 1;
            else
                break;
        }
        const size_t j = wordEnd(text, i);
        if (j > i) {
            const Text<Char> word = text.substr(i, j - i);
            if (openers.value(word))
                return true;
            if (hasAt(text, i, "por") && j == i + 3 && hasAt(text, j, " que")) {
                const size_t after = j + 4;
                if (after >= n || !TextFeatures::isWordChar(codePointAt(text, after)))
                    return true;
            }
        }
        // The next sentence.
        size_t next = start;
        while (next < n && text[next] != Char('.') && text[next] != Char('!') && text[next] != Char(';')
               && text[next] != Char(':'))
            ++next;
        if (next >= n)
            break;
        start = next + 1;
    }
    return false;
}

template<typename Char>
QString guessLanguage(Text<Char> text)
{
    const WordMap& words = languageWords();
    int english = 0;
    int spanish = 0;
    const size_t n = text.size();
    size_t i = 0;
    while (i < n) {
        size_t width = 1;
        const char32_t cp = codePointAt(text, i, &width);
        if (cp == U'\u00BF' || cp == U'\u00A1')
            spanish += 2; // ¿ ¡ only open sentences in Spanish
        if (!TextFeatures::isWordChar(cp)) {
            i += width;
            continue;
        }
        const size_t j = wordEnd(text, i);
        switch (words.value(text.substr(i, j - i))) {
        case 1: ++english; break;
        case 2: ++spanish; break;
        default: break;
        }
        i = j;
    }
    if (english > spanish)
        return u"en"_s;
    if (spanish > english)
        return u"es"_s;
    return {};
}

Text<char16_t> utf16(QStringView text)
{
    return { text.utf16(), size_t(text.size()) };
}

} // namespace

bool TextFeatures::isWordChar(char32_t cp)
{
    if (cp < 128) {
        return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || (cp >= '0' && cp <= '9') || cp == '_';
    }
    return QChar::isLetterOrNumber(cp) || QChar::isMark(cp);
}

int TextFeatures::countLinks(QStringView normalized)
{
    return moderation::countLinks(utf16(normalized));
}

int TextFeatures::countLinks(std::string_view asciiFolded)
{
    return moderation::countLinks(asciiFolded);
}

int TextFeatures::countMentions(QStringView normalized)
{
    return moderation::countMentions(utf16(normalized));
}

int TextFeatures::countMentions(std::string_view asciiFolded)
{
    return moderation::countMentions(asciiFolded);
}

int TextFeatures::countHashtags(QStringView normalized)
{
    return moderation::countHashtags(utf16(normalized));
}

int TextFeatures::countHashtags(std::string_view asciiFolded)
{
    return moderation::countHashtags(asciiFolded);
}

const QStringList& TextFeatures::questionOpeners()
{
    static const QStringList openers {
        // English
        u"what"_s, u"how"_s, u"when"_s, u"where"_s, u"why"_s, u"who"_s, u"whom"_s, u"whose"_s, u"which"_s,
        u"can"_s, u"could"_s, u"do"_s, u"does"_s, u"did"_s, u"is"_s, u"are"_s, u"am"_s, u"was"_s, u"were"_s,
        u"will"_s, u"would"_s, u"should"_s, u"has"_s, u"have"_s, u"had"_s,
        // Spanish, accents folded away as the normaliser does
        u"que"_s, u"como"_s, u"cuando"_s, u"donde"_s, u"adonde"_s, u"por que"_s, u"quien"_s, u"quienes"_s,
        u"cual"_s, u"cuales"_s, u"cuanto"_s, u"cuanta"_s, u"cuantos"_s, u"cuantas"_s, u"puedo"_s, u"puede"_s,
        u"pueden"_s, u"podria"_s, u"podrian"_s, u"hay"_s,
    };
    return openers;
}

bool TextFeatures::isQuestion(QStringView normalized)
{
    return moderation::isQuestion(utf16(normalized));
}

bool TextFeatures::isQuestion(std::string_view asciiFolded)
{
    return moderation::isQuestion(asciiFolded);
}

QString TextFeatures::guessLanguage(QStringView normalized)
{
    return moderation::guessLanguage(utf16(normalized));
}

QString TextFeatures::guessLanguage(std::string_view asciiFolded)
{
    return moderation::guessLanguage(asciiFolded);
}

bool TextFeatures::isUndeterminedLanguage(const QString& tag)
{
    if (tag.isEmpty())
        return true;
    if (tag.size() != 3)
        return false;
    for (const char16_t* code : { u"und", u"zxx", u"qme", u"qam", u"qct", u"qht", u"qst", u"art" }) {
        if (QStringView(tag).compare(QStringView(code), Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

bool TextFeatures::languageMatches(const QStringList& wanted, const QString& tag)
{
    if (tag.isEmpty())
        return false;
    const QStringView primary = QStringView(tag).left(tag.indexOf(u'-') < 0 ? tag.size() : tag.indexOf(u'-'));
    for (const QString& w : wanted) {
        if (w.compare(tag, Qt::CaseInsensitive) == 0)
            return true;
        if (!w.contains(u'-') && QStringView(w).compare(primary, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

QString TextFeatures::languageName(const QString& tag)
{
    const QString primary = tag.section(u'-', 0, 0).toLower();
    if (primary == u"en"_s)
        return u"English"_s;
    if (primary == u"es"_s)
        return u"Spanish"_s;
    return tag;
}

} // namespace moderation
