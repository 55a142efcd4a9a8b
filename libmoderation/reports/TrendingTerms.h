#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <string>
#include <string_view>
#include <unordered_map>

namespace moderation {

// Terms the public uses far more in a period than in the days before it: an operational problem
// (a form that fails, a closed office) shows up here first. A term is a word of three or more
// letters or digits, or a hashtag, lower-cased; links, @handles and common English and Spanish
// words are left out. Each comment counts a term once.
class TrendingTerms
{
public:
    struct Term
    {
        QString term;
        qint64 count = 0; // comments in the period that use it
        double baselinePerDay = 0; // comments a day that used it in the baseline days
        double ratio = 0; // (count per day + 1) / (baseline per day + 1)
        QStringList examples; // up to two comments that use it, oldest first
    };

    TrendingTerms();

    // The words a comment counts for (each once, in order of first use).
    static QStringList termsOf(const QString& text);

    void addBaseline(const QString& text);
    // `quotable`: whether the comment may be shown as an example (not one hidden for personal data).
    void add(const QString& text, bool quotable = true);

    // Terms used by at least `minimumCount` comments of the period whose ratio is at least
    // `minimumRatio`, highest ratio first (then count, then the term), at most `limit`.
    // `periodDays` and `baselineDays` turn counts into rates.
    QList<Term> top(double periodDays, double baselineDays, int limit = 10, qint64 minimumCount = 3,
                    double minimumRatio = 2.0) const;

    // Hashing and comparing terms by view, so that looking a word up allocates nothing.
    struct ViewHash
    {
        using is_transparent = void;
        size_t operator()(std::u16string_view text) const { return std::hash<std::u16string_view> {}(text); }
    };
    struct ViewEqual
    {
        using is_transparent = void;
        bool operator()(std::u16string_view a, std::u16string_view b) const { return a == b; }
    };

private:
    struct Counts
    {
        qint64 count = 0;
        qint64 baseline = 0;
        qint64 lastComment = -1; // the comment that last counted it (each counts a term once)
        bool stop = false; // a common word, never counted
        QStringList examples;
    };
    Counts& counts(std::u16string_view term);

    std::unordered_map<std::u16string, Counts, ViewHash, ViewEqual> m_terms;
    std::u16string m_buffer;
    qint64 m_comment = 0;
};

} // namespace moderation
