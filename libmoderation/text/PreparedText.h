#pragma once

#include "model/Decision.h"
#include "text/TextNormalizer.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <string_view>
#include <vector>

namespace moderation {

class PiiDetector;

// A comment's text made ready for the policy engine once: folded (TextNormalizer), encoded as
// UTF-8 for the scan, with its PII found on first use.
//
// Most comments are plain ASCII. Those are folded straight into the UTF-8 that is scanned, eight
// characters at a time, and the full NormalizedText (with its map back to the original) is built
// only when something asks for it: the spans of a decision, or the PII detector, which is asked
// only when the text has what PII needs (five digits, or an '@' after a word). The ASCII folding
// is read from TextNormalizer itself, so the two cannot disagree.
//
// `policy simulate` prepares a comment once and runs it through two engines; the engine keeps
// one per thread and reset()s it for each comment, so that its buffers are reused. Not
// thread-safe (one per comment and thread).
class PreparedText
{
public:
    PreparedText() = default;
    explicit PreparedText(const QString& original);

    // Prepares another text, reusing this one's buffers.
    void reset(const QString& original);
    // The same without copying the text (not even a reference count, which is measurable at a
    // few million comments a second): the caller keeps it alive and unchanged until the next
    // reset. The engine does this for the comment it is evaluating.
    void resetBorrowed(QStringView original);

    QStringView original() const { return m_original; }
    // The folded text and its map to the original (built on first use for ASCII text).
    const NormalizedText& normalized() const;
    // The folded text alone: what the predicates read (cheap for ASCII text).
    const QString& folded() const;
    const QByteArray& utf8() const { return m_utf8; } // the folded text, UTF-8
    int originalLength() const; // code points

    // Folded UTF-8 byte offset -> folded UTF-16 index.
    qsizetype unitOfByte(qsizetype byteOffset) const;
    // A folded UTF-8 byte range -> a span in code points of the original text.
    TextSpan originalSpanOfBytes(qsizetype from, qsizetype to) const;
    // A folded UTF-16 range -> a span in code points of the original text.
    TextSpan originalSpanOfUnits(qsizetype from, qsizetype to) const;

    // Every PII span of the text (PiiDetector on the folded text), found once.
    const QList<PiiSpan>& pii() const;

    // What the predicates ask of the folded text (TextFeatures), each found once, so that two
    // engines evaluating the same comment (policy simulate) share the work.
    int links() const;
    int mentions() const;
    int hashtags() const;
    bool isQuestion() const;
    const QString& guessedLanguage() const; // "en", "es" or empty

    // The widest vector path the ASCII folding may take, in bits (256: AVX2 where the processor
    // has it, else SSE2; 128: SSE2). For tests and benchmarks, which hold every path to the
    // normaliser; returns the previous limit. Not for use while other threads prepare texts.
    static int limitVectorWidth(int bits);

    // The detector the engine and the plain evaluator share (it holds no per-call state).
    static const PiiDetector& piiDetector();

private:
    // ASCII path: the folded text as bytes, which the feature scanners read as they are.
    std::string_view asciiView() const { return { m_utf8.constData(), size_t(m_utf8.size()) }; }

    QStringView m_original;
    QString m_owned; // what reset() copied
    QByteArray m_utf8;
    bool m_ascii = false; // folded by the ASCII path; m_normalized waits until asked for
    int m_digits = 0; // ASCII path: digits in the folded text
    bool m_at = false; // ASCII path: an '@' that may end an e-mail address's local part
    mutable NormalizedText m_normalized;
    mutable bool m_normalizedBuilt = false;
    mutable QString m_folded; // ASCII path: the folded text as UTF-16
    mutable bool m_foldedBuilt = false;
    mutable std::vector<int> m_byteToUnit; // built on first use when the text is not ASCII
    mutable QList<PiiSpan> m_pii;
    mutable bool m_piiFound = false;
    mutable int m_links = -1;
    mutable int m_mentions = -1;
    mutable int m_hashtags = -1;
    mutable int m_question = -1;
    mutable bool m_languageGuessed = false;
    mutable QString m_guessedLanguage;
};

} // namespace moderation
