#pragma once

#include <QString>
#include <QStringList>
#include <QStringView>

namespace moderation {

// The cheap facts the policy predicates ask about a comment, read from its normalised text
// (TextNormalizer: lower case, one ' ' between words). Hand-written scanners, because the
// engine evaluates a comment in about a microsecond; PlainEvaluator spells the same
// definitions as regular expressions, and the property test holds the two to each other.
namespace TextFeatures {

// A character that continues a word: a letter, a number, a combining mark or '_'
// (the regular-expression class [\p{L}\p{N}\p{M}_]).
bool isWordChar(char32_t codePoint);

// "http://", "https://" or "www." at a word start, up to the next space.
int countLinks(QStringView normalized);
// '@' at a word start followed by [a-z0-9_]+ (so an e-mail address is no mention).
int countMentions(QStringView normalized);
// '#' at a word start followed by word characters.
int countHashtags(QStringView normalized);

// A '?' or '¿' anywhere, or a sentence (the text's start, or after . ! ; :) that opens,
// after any leading @mentions, with a question word in English or Spanish.
bool isQuestion(QStringView normalized);
// The question openers, normalised (no accents): "what", "how", …, "por que".
const QStringList& questionOpeners();

// "en", "es", or empty when the text gives no clear sign (counts of common words).
QString guessLanguage(QStringView normalized);
// Platform tags that say "no language" (X: und, zxx, qme, …): the text is guessed instead.
bool isUndeterminedLanguage(const QString& tag);
// Whether a comment's language tag satisfies one of the wanted tags: equal ignoring case,
// or a wanted primary tag ("es") against a regional one ("es-MX").
bool languageMatches(const QStringList& wanted, const QString& tag);
// "English", "Spanish", or the tag itself.
QString languageName(const QString& tag);

} // namespace TextFeatures

} // namespace moderation
