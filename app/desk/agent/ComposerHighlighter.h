#pragma once

#include "text/PiiDetector.h"

#include <QSyntaxHighlighter>

namespace moderation {

class SpellChecker;

// Underlines, as the agent types: personal data (the library's PiiDetector, the same that refuses
// the draft) with a red wavy line whose tooltip names the kind, and misspelled words (Hunspell)
// with a blue wavy line. Only formats: the text itself is never changed.
class ComposerHighlighter : public QSyntaxHighlighter
{
    Q_OBJECT

public:
    ComposerHighlighter(QTextDocument* document, const SpellChecker& spelling);

    static QColor piiColor();
    static QColor spellingColor();

    // Whether the word at a block position counts for spelling (not a handle, hashtag, link,
    // number or {{variable}}): the composer's context menu asks the same question.
    static bool isSpellable(const QString& blockText, int start, int end);

protected:
    void highlightBlock(const QString& text) override;

private:
    const SpellChecker& m_spelling;
    PiiDetector m_pii;
};

} // namespace moderation
