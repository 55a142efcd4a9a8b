#include "ComposerHighlighter.h"

#include "DisplayText.h"
#include "SpellChecker.h"

#include <QTextBoundaryFinder>
#include <QTextCharFormat>

namespace moderation {

namespace {

// PiiDetector counts code points; a block's positions are UTF-16 units.
int utf16Offset(const QString& text, int codePoint)
{
    int units = 0;
    for (int seen = 0; units < text.size() && seen < codePoint; ++seen)
        units += (text.at(units).isHighSurrogate() && units + 1 < text.size()) ? 2 : 1;
    return units;
}

} // namespace

ComposerHighlighter::ComposerHighlighter(QTextDocument* document, const SpellChecker& spelling)
    : QSyntaxHighlighter(document)
    , m_spelling(spelling)
{
}

QColor ComposerHighlighter::piiColor()
{
    return QColor(0xc6, 0x00, 0x1e);
}

QColor ComposerHighlighter::spellingColor()
{
    return QColor(0x1a, 0x5f, 0xd0);
}

bool ComposerHighlighter::isSpellable(const QString& blockText, int start, int end)
{
    if (end <= start)
        return false;
    const QChar before = start > 0 ? blockText.at(start - 1) : QChar();
    if (before == u'@' || before == u'#' || before == u'/' || before == u'.' || before == u'{')
        return false;
    const QChar after = end < blockText.size() ? blockText.at(end) : QChar();
    if (after == u'.' && end + 1 < blockText.size() && blockText.at(end + 1).isLetter())
        return false; // a domain: "uscis.gov"
    if (after == u':' && end + 1 < blockText.size() && blockText.at(end + 1) == u'/')
        return false; // a scheme: "https://"
    for (int i = start; i < end; ++i) {
        if (blockText.at(i).isDigit())
            return false;
    }
    return blockText.at(start).isLetter();
}

void ComposerHighlighter::highlightBlock(const QString& text)
{
    QList<QPair<int, int>> piiRanges;
    for (const PiiSpan& span : m_pii.detect(text)) {
        const int start = utf16Offset(text, span.start);
        const int end = utf16Offset(text, span.end);
        QTextCharFormat format;
        format.setUnderlineStyle(QTextCharFormat::WaveUnderline);
        format.setUnderlineColor(piiColor());
        format.setToolTip(DisplayText::piiFound({ span }));
        setFormat(start, end - start, format);
        piiRanges.append({ start, end });
    }
    if (!m_spelling.isAvailable())
        return;
    QTextBoundaryFinder words(QTextBoundaryFinder::Word, text);
    int start = 0;
    while (words.toNextBoundary() >= 0) {
        const int end = words.position();
        if (words.boundaryReasons().testFlag(QTextBoundaryFinder::EndOfItem)) {
            bool inPii = false;
            for (const auto& range : std::as_const(piiRanges))
                inPii = inPii || (start < range.second && end > range.first);
            const QString word = text.mid(start, end - start);
            if (!inPii && isSpellable(text, start, end) && !m_spelling.isCorrect(word)) {
                QTextCharFormat format;
                format.setUnderlineStyle(QTextCharFormat::WaveUnderline);
                format.setUnderlineColor(spellingColor());
                format.setToolTip(tr("Not in the %1 dictionary: %2").arg(m_spelling.dictionary(), word));
                setFormat(start, end - start, format);
            }
        }
        start = end;
    }
}

} // namespace moderation
