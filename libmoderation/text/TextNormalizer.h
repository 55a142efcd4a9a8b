#pragma once

#include <QList>
#include <QString>
#include <QStringView>

namespace moderation {

// Text as the policy engine and the PII detector see it: folded so that case, accents, width,
// look-alike letters, invisible characters and unusual dashes cannot hide a word or a number.
// Every UTF-16 unit of the folded text maps back to a code point of the original, so matches
// are reported in the original's code points.
struct NormalizedText
{
    QString text; // folded text
    // toOriginal[i] = code-point index in the original text of folded UTF-16 unit i;
    // toOriginal[text.size()] = the original's length in code points.
    QList<int> toOriginal;

    // Original code-point span [start, end) for the folded UTF-16 range [from, to). The end
    // takes in what folding dropped right after the range (combining marks on its last letter,
    // invisible characters), so that a highlight or a redaction never splits a character.
    int originalStart(qsizetype from) const { return toOriginal.value(from); }
    int originalEnd(qsizetype to) const;
};

class TextNormalizer
{
public:
    // Folding, in order: drop zero-width and bidi controls (U+200B–U+200F, U+202A–U+202E,
    // U+2060–U+2069, U+FEFF, soft hyphen: every format and control character); NFKD (full-width
    // and compatibility forms become ASCII); drop combining marks; Cyrillic and Greek
    // look-alikes (and Latin small capitals) become Latin letters; dashes and minus signs become
    // '-'; decimal digits of any script become ASCII digits; case-fold to lower case; every run
    // of white space becomes one ' '. Thread-safe; the only shared state is an immutable table
    // built on first use.
    static NormalizedText normalize(QStringView original);
    // The same into a caller's buffer, whose capacity is reused: the policy engine normalises
    // every comment and must not allocate for each.
    static void normalize(QStringView original, NormalizedText& out);

    // Code points in a string (surrogate pairs count once): the unit of every reported offset.
    static int codePointLength(QStringView text);
};

} // namespace moderation
