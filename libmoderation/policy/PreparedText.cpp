#include "policy/PreparedText.h"

#include "policy/PiiDetector.h"

namespace moderation {

PreparedText::PreparedText(const QString& original)
    : m_original(original)
    , m_normalized(TextNormalizer::normalize(original))
    , m_utf8(m_normalized.text.toUtf8())
{
}

int PreparedText::originalLength() const
{
    return m_normalized.toOriginal.isEmpty() ? TextNormalizer::codePointLength(m_original)
                                             : m_normalized.toOriginal.constLast();
}

qsizetype PreparedText::unitOfByte(qsizetype byteOffset) const
{
    if (m_utf8.size() == m_normalized.text.size())
        return byteOffset; // ASCII: bytes and UTF-16 units coincide
    if (m_byteToUnit.empty()) {
        // Walk the UTF-8 once: a lead byte of a 4-byte sequence is a surrogate pair (two units).
        m_byteToUnit.assign(size_t(m_utf8.size()) + 1, 0);
        int unit = 0;
        for (qsizetype b = 0; b < m_utf8.size(); ++b) {
            m_byteToUnit[size_t(b)] = unit;
            const auto byte = static_cast<unsigned char>(m_utf8[b]);
            if ((byte & 0xC0) == 0x80)
                continue; // continuation: same unit as its lead byte
            unit += byte >= 0xF0 ? 2 : 1;
        }
        m_byteToUnit[size_t(m_utf8.size())] = unit;
    }
    return m_byteToUnit[size_t(qBound<qsizetype>(0, byteOffset, m_utf8.size()))];
}

TextSpan PreparedText::originalSpanOfBytes(qsizetype from, qsizetype to) const
{
    return originalSpanOfUnits(unitOfByte(from), unitOfByte(to));
}

TextSpan PreparedText::originalSpanOfUnits(qsizetype from, qsizetype to) const
{
    return { m_normalized.originalStart(from), m_normalized.originalEnd(to) };
}

const QList<PiiSpan>& PreparedText::pii() const
{
    if (!m_pii)
        m_pii = piiDetector().detect(m_normalized);
    return *m_pii;
}

const PiiDetector& PreparedText::piiDetector()
{
    static const PiiDetector detector;
    return detector;
}

} // namespace moderation
