#include "policy/TextFeatures.h"

#include <QChar>

#include <algorithm>
#include <string_view>
#include <unordered_map>

using namespace Qt::StringLiterals;

namespace moderation {

namespace {

char32_t codePointAt(QStringView text, qsizetype i, qsizetype* width = nullptr)
{
    const QChar c = text[i];
    if (c.isHighSurrogate() && i + 1 < text.size() && text[i + 1].isLowSurrogate()) {
        if (width)
            *width = 2;
        return QChar::surrogateToUcs4(c, text[i + 1]);
    }
    if (width)
        *width = 1;
    return c.unicode();
}

// The code point that ends just before position i; 0 at the start.
char32_t codePointBefore(QStringView text, qsizetype i)
{
    if (i <= 0)
        return 0;
    const QChar c = text[i - 1];
    if (c.isLowSurrogate() && i >= 2 && text[i - 2].isHighSurrogate())
        return QChar::surrogateToUcs4(text[i - 2], c);
    return c.unicode();
}

bool atWordStart(QStringView text, qsizetype i)
{
    return i == 0 || !TextFeatures::isWordChar(codePointBefore(text, i));
}

bool isMentionChar(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= u'a' && u <= u'z') || (u >= u'0' && u <= u'9') || u == u'_';
}

std::u16string_view viewOf(QStringView text)
{
    return { reinterpret_cast<const char16_t*>(text.utf16()), size_t(text.size()) };
}

// Common words, normalised: 1 English, 2 Spanish.
const std::unordered_map<std::u16string_view, int>& languageWords()
{
    static const std::unordered_map<std::u16string_view, int> words = [] {
        std::unordered_map<std::u16string_view, int> map;
        for (const char16_t* w :
             { u"the", u"and", u"is", u"are", u"you", u"your", u"to", u"of", u"my", u"it", u"for", u"what", u"how",
               u"when", u"where", u"why", u"can", u"do", u"does", u"this", u"that", u"have", u"with", u"not",
               u"was", u"please", u"thanks", u"thank", u"i", u"me", u"we", u"in", u"on", u"be", u"will", u"about",
               u"card", u"help", u"need", u"get", u"just", u"still", u"from", u"they", u"did", u"has" })
            map.emplace(w, 1);
        for (const char16_t* w :
             { u"el", u"la", u"los", u"las", u"de", u"del", u"que", u"y", u"en", u"es", u"por", u"para", u"con",
               u"una", u"un", u"mi", u"como", u"cuando", u"donde", u"porque", u"gracias", u"hola", u"puedo",
               u"tengo", u"esta", u"estoy", u"pero", u"muy", u"su", u"se", u"lo", u"le", u"al", u"mas", u"yo",
               u"ayuda", u"necesito", u"tarjeta", u"usted", u"ustedes", u"nos", u"hay", u"sin", u"todo" })
            map.emplace(w, 2);
        return map;
    }();
    return words;
}

const std::unordered_map<std::u16string_view, int>& openerWords()
{
    static const std::unordered_map<std::u16string_view, int> words = [] {
        std::unordered_map<std::u16string_view, int> map;
        for (const QString& w : TextFeatures::questionOpeners()) {
            // "por que" is handled as "por" followed by "que".
            if (!w.contains(u' '))
                map.emplace(viewOf(w), 1);
        }
        return map;
    }();
    return words;
}

} // namespace

bool TextFeatures::isWordChar(char32_t cp)
{
    if (cp < 128) {
        return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || (cp >= '0' && cp <= '9') || cp == '_';
    }
    return QChar::isLetterOrNumber(cp) || QChar::isMark(cp);
}

int TextFeatures::countLinks(QStringView text)
{
    // A link starts at "http://", "https://" or "www.". Those are found from their ':' and '.'
    // (single characters are searched fast; "http" is not), then taken left to right, each
    // running to the next space, as the regular expression in PlainEvaluator reads them.
    const qsizetype n = text.size();
    qsizetype colon = text.indexOf(u':');
    qsizetype dot = text.indexOf(u'.');
    const auto startAtColon = [&](qsizetype p) -> qsizetype {
        if (!text.mid(p).startsWith(u"://"))
            return -1;
        if (p >= 5 && text.mid(p - 5, 5) == u"https")
            return p - 5;
        if (p >= 4 && text.mid(p - 4, 4) == u"http")
            return p - 4;
        return -1;
    };
    const auto startAtDot = [&](qsizetype p) -> qsizetype {
        return p >= 3 && text.mid(p - 3, 3) == u"www" ? p - 3 : -1;
    };
    int count = 0;
    qsizetype consumed = 0; // text before this belongs to a link already counted
    while (colon >= 0 || dot >= 0) {
        const bool fromColon = dot < 0 || (colon >= 0 && colon < dot);
        const qsizetype p = fromColon ? colon : dot;
        const qsizetype start = fromColon ? startAtColon(p) : startAtDot(p);
        if (fromColon)
            colon = text.indexOf(u':', p + 1);
        else
            dot = text.indexOf(u'.', p + 1);
        if (start < consumed || !atWordStart(text, start))
            continue;
        ++count;
        const qsizetype space = text.indexOf(u' ', start);
        consumed = space < 0 ? n : space;
        if (colon >= 0 && colon < consumed)
            colon = text.indexOf(u':', consumed);
        if (dot >= 0 && dot < consumed)
            dot = text.indexOf(u'.', consumed);
    }
    return count;
}

int TextFeatures::countMentions(QStringView text)
{
    int count = 0;
    const qsizetype n = text.size();
    qsizetype i = 0;
    while ((i = text.indexOf(u'@', i)) >= 0) {
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

int TextFeatures::countHashtags(QStringView text)
{
    int count = 0;
    const qsizetype n = text.size();
    qsizetype i = 0;
    while ((i = text.indexOf(u'#', i)) >= 0) {
        if (i + 1 < n && atWordStart(text, i)) {
            qsizetype j = i + 1;
            qsizetype width = 1;
            while (j < n && isWordChar(codePointAt(text, j, &width)))
                j += width;
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

bool TextFeatures::isQuestion(QStringView text)
{
    const qsizetype n = text.size();
    if (text.contains(u'?') || text.contains(u'\u00BF'))
        return true;
    const auto& openers = openerWords();
    qsizetype start = 0;
    while (start <= n) {
        qsizetype i = start;
        if (i < n && text[i] == u' ')
            ++i;
        // Leading @mentions, each followed by one space (replies on X start with them).
        while (i + 1 < n && text[i] == u'@' && isMentionChar(text[i + 1])) {
            qsizetype j = i + 1;
            while (j < n && isMentionChar(text[j]))
                ++j;
            if (j < n && text[j] == u' ')
                i = j + 1;
            else
                break;
        }
        qsizetype j = i;
        qsizetype width = 1;
        while (j < n && isWordChar(codePointAt(text, j, &width)))
            j += width;
        if (j > i) {
            const QStringView word = text.mid(i, j - i);
            if (openers.count(viewOf(word)))
                return true;
            if (word == u"por" && text.mid(j).startsWith(u" que")) {
                const qsizetype after = j + 4;
                if (after >= n || !isWordChar(codePointAt(text, after)))
                    return true;
            }
        }
        // The next sentence.
        qsizetype next = start;
        while (next < n && text[next] != u'.' && text[next] != u'!' && text[next] != u';' && text[next] != u':')
            ++next;
        if (next >= n)
            break;
        start = next + 1;
    }
    return false;
}

QString TextFeatures::guessLanguage(QStringView text)
{
    const auto& words = languageWords();
    int english = 0;
    int spanish = 0;
    const qsizetype n = text.size();
    qsizetype i = 0;
    while (i < n) {
        qsizetype width = 1;
        const char32_t cp = codePointAt(text, i, &width);
        if (cp == U'\u00BF' || cp == U'\u00A1')
            spanish += 2; // ¿ ¡ only open sentences in Spanish
        if (!isWordChar(cp)) {
            i += width;
            continue;
        }
        qsizetype j = i;
        while (j < n && isWordChar(codePointAt(text, j, &width)))
            j += width;
        const auto found = words.find(viewOf(text.mid(i, j - i)));
        if (found != words.end())
            (found->second == 1 ? english : spanish) += 1;
        i = j;
    }
    if (english > spanish)
        return u"en"_s;
    if (spanish > english)
        return u"es"_s;
    return {};
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
