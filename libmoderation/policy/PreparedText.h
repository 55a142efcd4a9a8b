#pragma once

#include "model/Decision.h"
#include "policy/TextNormalizer.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>
#include <vector>

namespace moderation {

class PiiDetector;

// A comment's text made ready for the policy engine once: normalised, encoded as UTF-8 for the
// scan, with its PII found on first use. `policy simulate` prepares a comment once and runs it
// through two engines. Not thread-safe (one per comment and thread).
class PreparedText
{
public:
    explicit PreparedText(const QString& original);

    const QString& original() const { return m_original; }
    const NormalizedText& normalized() const { return m_normalized; }
    const QByteArray& utf8() const { return m_utf8; } // the normalised text, UTF-8
    int originalLength() const; // code points

    // Normalised UTF-8 byte offset -> normalised UTF-16 index.
    qsizetype unitOfByte(qsizetype byteOffset) const;
    // A normalised UTF-8 byte range -> a span in code points of the original text.
    TextSpan originalSpanOfBytes(qsizetype from, qsizetype to) const;
    // A normalised UTF-16 range -> a span in code points of the original text.
    TextSpan originalSpanOfUnits(qsizetype from, qsizetype to) const;

    // Every PII span of the text (PiiDetector on the normalised text), found once.
    const QList<PiiSpan>& pii() const;

    // The detector the engine and the plain evaluator share (it holds no per-call state).
    static const PiiDetector& piiDetector();

private:
    QString m_original;
    NormalizedText m_normalized;
    QByteArray m_utf8;
    mutable std::vector<int> m_byteToUnit; // built on first use when the text is not ASCII
    mutable std::optional<QList<PiiSpan>> m_pii;
};

} // namespace moderation
