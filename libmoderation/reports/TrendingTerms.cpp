#include "reports/TrendingTerms.h"

#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace moderation {

namespace {

const QSet<QString>& stopWords()
{
    static const QSet<QString> words {
        // English
        u"the"_s, u"and"_s, u"for"_s, u"you"_s, u"your"_s, u"are"_s, u"was"_s, u"were"_s, u"with"_s, u"this"_s,
        u"that"_s, u"have"_s, u"has"_s, u"had"_s, u"not"_s, u"but"_s, u"can"_s, u"how"_s, u"what"_s, u"when"_s,
        u"where"_s, u"who"_s, u"why"_s, u"will"_s, u"would"_s, u"should"_s, u"could"_s, u"from"_s, u"they"_s,
        u"them"_s, u"their"_s, u"there"_s, u"been"_s, u"about"_s, u"any"_s, u"all"_s, u"our"_s, u"out"_s,
        u"get"_s, u"got"_s, u"just"_s, u"still"_s, u"does"_s, u"did"_s, u"its"_s, u"it's"_s, u"i'm"_s,
        u"than"_s, u"then"_s, u"into"_s, u"one"_s, u"some"_s, u"more"_s, u"very"_s, u"also"_s, u"please"_s,
        u"thanks"_s, u"thank"_s, u"hello"_s, u"yes"_s, u"now"_s, u"today"_s, u"my"_s, u"me"_s, u"is"_s,
        // Spanish
        u"que"_s, u"los"_s, u"las"_s, u"del"_s, u"por"_s, u"para"_s, u"con"_s, u"una"_s, u"uno"_s, u"como"_s,
        u"pero"_s, u"mas"_s, u"más"_s, u"sus"_s, u"son"_s, u"esta"_s, u"está"_s, u"este"_s, u"ese"_s, u"eso"_s,
        u"hay"_s, u"muy"_s, u"sin"_s, u"sobre"_s, u"cuando"_s, u"donde"_s, u"dónde"_s, u"qué"_s, u"cómo"_s,
        u"gracias"_s, u"hola"_s, u"mis"_s, u"tiene"_s, u"tengo"_s, u"fue"_s, u"ser"_s, u"nos"_s, u"les"_s,
    };
    return words;
}

} // namespace

QStringList TrendingTerms::termsOf(const QString& text)
{
    QStringList terms;
    QSet<QString> seen;
    const qsizetype n = text.size();
    qsizetype i = 0;
    while (i < n) {
        // Skip a link or an @handle whole.
        if (text.at(i) == u'@' || text.mid(i, 7).compare(u"http://"_s, Qt::CaseInsensitive) == 0
            || text.mid(i, 8).compare(u"https://"_s, Qt::CaseInsensitive) == 0) {
            while (i < n && !text.at(i).isSpace())
                ++i;
            continue;
        }
        const bool hashtag = text.at(i) == u'#';
        const qsizetype begin = hashtag ? i + 1 : i;
        qsizetype end = begin;
        while (end < n && (text.at(end).isLetterOrNumber() || text.at(end).isMark() || text.at(end) == u'_'
                           || (text.at(end) == u'\'' && end + 1 < n && text.at(end + 1).isLetter() && end > begin)))
            ++end;
        if (end == begin) {
            ++i;
            continue;
        }
        const QString word = text.mid(begin, end - begin).toLower();
        i = end;
        if (!hashtag && (word.size() < 3 || stopWords().contains(word)))
            continue;
        bool digitsOnly = true;
        for (const QChar c : word)
            digitsOnly = digitsOnly && c.isDigit();
        if (digitsOnly && !hashtag)
            continue; // numbers are personal data more often than topics (case numbers, phones)
        const QString term = hashtag ? u"#"_s + word : word;
        if (!seen.contains(term)) {
            seen.insert(term);
            terms.append(term);
        }
    }
    return terms;
}

void TrendingTerms::addBaseline(const QString& text)
{
    for (const QString& term : termsOf(text))
        ++m_baseline[term];
}

void TrendingTerms::add(const QString& text)
{
    for (const QString& term : termsOf(text)) {
        Seen& seen = m_period[term];
        ++seen.count;
        if (seen.examples.size() < 2)
            seen.examples.append(text);
    }
}

QList<TrendingTerms::Term> TrendingTerms::top(double periodDays, double baselineDays, int limit, qint64 minimumCount,
                                              double minimumRatio) const
{
    QList<Term> terms;
    for (auto it = m_period.cbegin(); it != m_period.cend(); ++it) {
        if (it->count < minimumCount)
            continue;
        const double perDay = double(it->count) / std::max(periodDays, 1e-9);
        const double baseline = double(m_baseline.value(it.key())) / std::max(baselineDays, 1e-9);
        const double ratio = (perDay + 1.0) / (baseline + 1.0);
        if (ratio < minimumRatio)
            continue;
        terms.append(Term { it.key(), it->count, baseline, ratio, it->examples });
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
