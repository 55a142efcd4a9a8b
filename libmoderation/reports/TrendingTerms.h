#pragma once

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

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

    // The words a comment counts for (each once, in order of first use).
    static QStringList termsOf(const QString& text);

    void addBaseline(const QString& text);
    void add(const QString& text);

    // Terms used by at least `minimumCount` comments of the period whose ratio is at least
    // `minimumRatio`, highest ratio first (then count, then the term), at most `limit`.
    // `periodDays` and `baselineDays` turn counts into rates.
    QList<Term> top(double periodDays, double baselineDays, int limit = 10, qint64 minimumCount = 3,
                    double minimumRatio = 2.0) const;

private:
    struct Seen
    {
        qint64 count = 0;
        QStringList examples;
    };
    QHash<QString, Seen> m_period;
    QHash<QString, qint64> m_baseline;
};

} // namespace moderation
