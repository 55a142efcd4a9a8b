#pragma once

#include <QString>
#include <QStringList>
#include <QStringView>

#include <string_view>

namespace moderation {

// The cheap facts the policy predicates ask about a comment, read from its normalised text
// (TextNormalizer: lower case, one ' ' between words). Hand-written scanners, because the
// engine evaluates a comment in about a microsecond; PlainEvaluator spells the same
// definitions as regular expressions, and the property test holds the two to each other.
// Each comes twice, over the same code: for any normalised text (UTF-16), and for normalised
// text that is plain ASCII, as bytes (PreparedText's fast path, which never widens it).
namespace TextFeatures {

// A character that continues a word: a letter, a number, a combining mark or '_'
// (the regular-expression class [\p{L}\p{N}\p{M}_]).
bool isWordChar(char32_t codePoint);

// "http://", "https://" or "www." at a word start, up to the next space.
int countLinks(QStringView normalized);
int countLinks(std::string_view asciiFolded);
// '@' at a word start followed by [a-z0-9_]+ (so an e-mail address is no mention).
int countMentions(QStringView normalized);
int countMentions(std::string_view asciiFolded);
// '#' at a word start followed by word characters.
int countHashtags(QStringView normalized);
int countHashtags(std::string_view asciiFolded);

// A '?' or '¿' anywhere, or a sentence (the text's start, or after . ! ; :) that opens,
// after any leading @mentions, with a question word in English or Spanish.
bool isQuestion(QStringView normalized);
bool isQuestion(std::string_view asciiFolded);
// The question openers, normalised (no accents): "what", "how", …, "por que".
const QStringList& questionOpeners();

// "en", "es", or empty when the text gives no clear sign (counts of common words).
QString guessLanguage(QStringView normalized);
QString guessLanguage(std::string_view asciiFolded);
// Platform tags that say "no language" (X: und, zxx, qme, …): the text is guessed instead.
bool isUndeterminedLanguage(const QString& tag);
// Whether a comment's language tag satisfies one of the wanted tags: equal ignoring case,
// or a wanted primary tag ("es") against a regional one ("es-MX").
bool languageMatches(const QStringList& wanted, const QString& tag);
// "English", "Spanish", or the tag itself.
QString languageName(const QString& tag);

} // namespace TextFeatures

} // namespace moderation
