#include "reports/TrendingTerms.h"


#include <algorithm>

using namespace Qt::StringLiterals;

namespace moderation {

namespace {

using Terms = std::unordered_map<std::u16string, int, TrendingTerms::ViewHash, TrendingTerms::ViewEqual>;

const Terms& stopWords()
{
    static const Terms words = [] {
        Terms set;
        for (const char16_t* word : {
                 // English
                 u"the", u"and", u"for", u"you", u"your", u"are", u"was", u"were", u"with", u"this", u"that",
                 u"have", u"has", u"had", u"not", u"but", u"can", u"how", u"what", u"when", u"where", u"who",
                 u"why", u"will", u"would", u"should", u"could", u"from", u"they", u"them", u"their", u"there",
                 u"been", u"about", u"any", u"all", u"our", u"out", u"get", u"got", u"just", u"still", u"does",
                 u"did", u"its", u"it's", u"i'm", u"than", u"then", u"into", u"one", u"some", u"more", u"very",
                 u"also", u"please", u"thanks", u"thank", u"hello", u"yes", u"now", u"today",
                 // Spanish
                 u"que", u"los", u"las", u"del", u"por", u"para", u"con", u"una", u"uno", u"como", u"pero",
                 u"mas", u"más", u"sus", u"son", u"esta", u"está", u"este", u"ese", u"eso", u"hay", u"muy",
                 u"sin", u"sobre", u"cuando", u"donde", u"dónde", u"qué", u"cómo", u"gracias", u"hola", u"mis",
                 u"tiene", u"tengo", u"fue", u"ser", u"nos", u"les" })
            set.emplace(word, 0);
        return set;
    }();
    return words;
}

bool startsWithNoCase(QStringView text, qsizetype at, QLatin1StringView prefix)
{
    return text.size() - at >= prefix.size() && text.mid(at, prefix.size()).compare(prefix, Qt::CaseInsensitive) == 0;
}

// Calls `visit` with each term of `text` (lower-cased into `buffer`, so valid only during the
// call), in order, repeats included.
template<typename Visit>
void forEachTerm(QStringView text, std::u16string& buffer, Visit&& visit)
{
    const qsizetype n = text.size();
    qsizetype i = 0;
    while (i < n) {
        // Skip a link or an @handle whole.
        const char16_t first = text.at(i).unicode();
        if (first == u'@'
            || ((first == u'h' || first == u'H')
                && (startsWithNoCase(text, i, QLatin1StringView("http://"))
                    || startsWithNoCase(text, i, QLatin1StringView("https://"))))) {
            while (i < n && !text.at(i).isSpace())
                ++i;
            continue;
        }
        const bool hashtag = text.at(i) == u'#';
        const qsizetype begin = hashtag ? i + 1 : i;
        qsizetype end = begin;
        bool digitsOnly = true;
        buffer.clear();
        if (hashtag)
            buffer.push_back(u'#');
        while (end < n) {
            const QChar c = text.at(end);
            const char16_t u = c.unicode();
            if (u < 0x80) { // most text: no table lookups
                const bool letter = (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z');
                const bool digit = u >= u'0' && u <= u'9';
                const bool apostrophe = u == u'\'' && end > begin && end + 1 < n && text.at(end + 1).isLetter();
                if (!(letter || digit || u == u'_' || apostrophe))
                    break;
                digitsOnly = digitsOnly && digit;
                buffer.push_back(u >= u'A' && u <= u'Z' ? char16_t(u + 32) : u);
                ++end;
                continue;
            }
            if (!(c.isLetterOrNumber() || c.isMark()))
                break;
            digitsOnly = digitsOnly && c.isDigit();
            buffer.push_back(c.toLower().unicode());
            ++end;
        }
        if (end == begin) {
            ++i;
            continue;
        }
        i = end;
        // Words shorter than three letters and numbers (personal data more often than topics: case
        // numbers, phones) are left out; hashtags are kept whatever they hold.
        if (!hashtag && (end - begin < 3 || digitsOnly))
            continue;
        visit(std::u16string_view(buffer));
    }
}

} // namespace

QStringList TrendingTerms::termsOf(const QString& text)
{
    QStringList terms;
    std::u16string buffer;
    forEachTerm(text, buffer, [&](std::u16string_view term) {
        if (stopWords().contains(term))
            return;
        const QString word = QString::fromUtf16(term.data(), qsizetype(term.size()));
        if (!terms.contains(word))
            terms.append(word);
    });
    return terms;
}

TrendingTerms::TrendingTerms()
{
    // Common words are entries that never count: one lookup a word finds either.
    for (const auto& [word, unused] : stopWords())
        m_terms.emplace(word, Counts { 0, 0, -1, true, {} });
}

TrendingTerms::Counts& TrendingTerms::counts(std::u16string_view term)
{
    auto it = m_terms.find(term);
    if (it == m_terms.end())
        it = m_terms.emplace(std::u16string(term), Counts {}).first;
    return it->second;
}

void TrendingTerms::addBaseline(const QString& text)
{
    // Baseline comments are numbered downwards, the period's upwards: the two never meet.
    const qint64 comment = -2 - m_comment++;
    forEachTerm(text, m_buffer, [&](std::u16string_view term) {
        Counts& c = counts(term);
        if (c.stop || c.lastComment == comment)
            return;
        c.lastComment = comment;
        ++c.baseline;
    });
}

void TrendingTerms::add(const QString& text, bool quotable)
{
    const qint64 comment = m_comment++;
    forEachTerm(text, m_buffer, [&](std::u16string_view term) {
        Counts& c = counts(term);
        if (c.stop || c.lastComment == comment)
            return;
        c.lastComment = comment;
        ++c.count;
        if (quotable && c.examples.size() < 2)
            c.examples.append(text);
    });
}

QList<TrendingTerms::Term> TrendingTerms::top(double periodDays, double baselineDays, int limit, qint64 minimumCount,
                                              double minimumRatio) const
{
    QList<Term> terms;
    for (const auto& [key, c] : m_terms) {
        if (c.stop || c.count < minimumCount)
            continue;
        const double perDay = double(c.count) / std::max(periodDays, 1e-9);
        const double baseline = double(c.baseline) / std::max(baselineDays, 1e-9);
        const double ratio = (perDay + 1.0) / (baseline + 1.0);
        if (ratio < minimumRatio)
            continue;
        terms.append(Term { QString::fromUtf16(key.data(), qsizetype(key.size())), c.count, baseline, ratio, c.examples });
    }
    std::sort(terms.begin(), terms.end(), [](const Term& a, const Term& b) {
        if (a.ratio != b.ratio)
            return a.ratio > b.ratio;
        if (a.count != b.count)
            return a.count > b.count;
        return a.term < b.term;
    });
    if (terms.size() > limit)
        terms.resize(limit);
    return terms;
}

} // namespace moderation
