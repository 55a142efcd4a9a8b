#pragma once

#include "model/Error.h"

#include <QByteArray>
#include <QList>

#include <memory>
#include <vector>

namespace moderation {

// One pattern of the matcher: a literal (a normalised term, matched word-bounded) or a regular
// expression (vectorscan syntax, PatternFlags.h).
struct PatternSpec
{
    enum class Kind { Literal, Regex };
    Kind kind = Kind::Literal;
    QByteArray utf8; // the normalised term, or the expression
};

// Where the patterns matched in one scanned text: byte offsets into the scanned UTF-8.
struct ScanResult
{
    struct Hit
    {
        int pattern = 0;
        int from = 0;
        int to = 0;
    };
    // Literals: every word-bounded occurrence. Regexes: the reported matches, overlapping ones
    // merged into one span. In the order vectorscan reported them (by end offset).
    std::vector<Hit> hits;
    std::vector<int> matchedPatterns; // each pattern with a hit, once, in order of its first hit

    void clear()
    {
        hits.clear();
        matchedPatterns.clear();
    }
};

// All terms and regexes of a policy in one vectorscan database, so a comment is scanned once
// however many rules it has. Terms are compiled as literals (the text is normalised first, so
// case, accents and width are already folded) and their word boundaries are checked around each
// reported match, since vectorscan refuses \b in UCP mode. Compiled once; scan() is
// thread-safe and uses one scratch space per thread.
class MultiPatternMatcher
{
public:
    ~MultiPatternMatcher();
    MultiPatternMatcher(const MultiPatternMatcher&) = delete;
    MultiPatternMatcher& operator=(const MultiPatternMatcher&) = delete;

    // On failure the Error names the pattern; failedPattern (when given) gets its index, or -1
    // when vectorscan could not say which one.
    static Result<std::unique_ptr<const MultiPatternMatcher>> compile(const QList<PatternSpec>& patterns,
                                                                       int* failedPattern = nullptr);

    // Compiles one regular expression alone with the policy's flags: the message vectorscan
    // gives, or no error.
    static Error checkRegex(const QString& expression);

    // The flags a regex is compiled with (PatternFlags.h); literals use UTF-8 mode only.
    static unsigned int regexFlags();
    static unsigned int literalFlags();
    // The expression a literal compiles to (every ASCII punctuation escaped).
    static QByteArray literalExpression(const QByteArray& utf8);

    int patternCount() const { return int(m_patterns.size()); }
    const PatternSpec& pattern(int index) const { return m_specs.at(index); }
    QByteArray expression(int index) const; // as compiled
    unsigned int flags(int index) const;

    // Scans `utf8` (valid UTF-8) once; `out` is cleared first. An Error, never an empty result
    // instead, when the text is longer than one scan may be (maxScanBytes(): InvalidInput), when
    // this thread's scratch space cannot be allocated or vectorscan fails (Internal).
    Error scan(const QByteArray& utf8, ScanResult& out) const;

    // The longest text one scan takes: vectorscan takes a 32-bit length and hits are int
    // offsets; a longer text is refused, never cut.
    static qint64 maxScanBytes();
    // Test seams, process-wide: a lower limit (0: the real one again), and a failure of the next
    // scan (on whichever thread scans next) as vectorscan would report one.
    static void setMaxScanBytesForTesting(qint64 bytes);
    static void failNextScanForTesting();

private:
    struct Pattern
    {
        int length = 0; // literals: bytes of the term
        bool literal = true;
        bool boundaryBefore = false; // the term starts with a word character
        bool boundaryAfter = false; // the term ends with one
    };
    struct Database;

    MultiPatternMatcher() = default;

    QList<PatternSpec> m_specs;
    std::vector<Pattern> m_patterns;
    std::unique_ptr<Database> m_database;
    quint64 m_serial = 0; // tells thread-local scratch spaces apart
};

} // namespace moderation
