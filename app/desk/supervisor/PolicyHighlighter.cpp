#include "supervisor/PolicyHighlighter.h"

#include <QColor>
#include <QSet>
#include <QTextDocument>

using namespace Qt::StringLiterals;

namespace moderation {

namespace {

bool isWordChar(QChar c)
{
    return c.isLetterOrNumber() || c == u'_' || c == u'-' || c == u'.' || c == u'+';
}

// Where the JSON string that opens at `start` (a quote) ends, exclusive; the line's end when it
// does not close on this line.
int stringEnd(const QString& text, int start)
{
    for (int i = start + 1; i < text.size(); ++i) {
        if (text.at(i) == u'\\')
            ++i;
        else if (text.at(i) == u'"')
            return i + 1;
    }
    return int(text.size());
}

} // namespace

PolicyHighlighter::PolicyHighlighter(QTextDocument* document)
    : QSyntaxHighlighter(document)
{
    // Colours dark enough to read on a light base and distinct for colour-blind readers by
    // weight as well (keys bold, action words bold and italic).
    m_key.setForeground(QColor(0x1f, 0x4e, 0x8c));
    m_key.setFontWeight(QFont::Bold);
    m_string.setForeground(QColor(0x2e, 0x6b, 0x1f));
    m_number.setForeground(QColor(0x8a, 0x3b, 0x00));
    m_literal.setForeground(QColor(0x6d, 0x28, 0x8f));
    m_action.setForeground(QColor(0xa8, 0x00, 0x3b));
    m_action.setFontWeight(QFont::Bold);
    m_action.setFontItalic(true);
}

void PolicyHighlighter::setErrors(const QList<Mark>& errors)
{
    m_errors = errors;
    rehighlight();
}

int PolicyHighlighter::spanEnd(const QString& line, int column)
{
    const int start = qBound(0, column - 1, int(line.size()));
    if (start >= line.size())
        return start + 1; // past the end: the underline marks the line's end
    if (line.at(start) == u'"')
        return stringEnd(line, start);
    int end = start;
    while (end < line.size() && isWordChar(line.at(end)))
        ++end;
    return end > start ? end : start + 1;
}

void PolicyHighlighter::highlightBlock(const QString& text)
{
    static const QSet<QString> actions { u"respond"_s, u"ignore"_s, u"escalate"_s, u"hide"_s };
    int i = 0;
    while (i < text.size()) {
        const QChar c = text.at(i);
        if (c == u'"') {
            const int end = stringEnd(text, i);
            // A key is a string followed by a colon; an action word is a value string that is
            // exactly one of the format's actions.
            int next = end;
            while (next < text.size() && text.at(next).isSpace())
                ++next;
            const bool isKey = next < text.size() && text.at(next) == u':';
            const QString inner = text.mid(i + 1, qMax(0, end - i - 2));
            if (isKey)
                setFormat(i, end - i, m_key);
            else if (actions.contains(inner))
                setFormat(i, end - i, m_action);
            else
                setFormat(i, end - i, m_string);
            i = end;
        } else if (c.isDigit() || (c == u'-' && i + 1 < text.size() && text.at(i + 1).isDigit())) {
            int end = i + 1;
            while (end < text.size() && (text.at(end).isDigit() || text.at(end) == u'.' || text.at(end) == u'e'
                                         || text.at(end) == u'E' || text.at(end) == u'+' || text.at(end) == u'-'))
                ++end;
            setFormat(i, end - i, m_number);
            i = end;
        } else if (c.isLetter()) {
            int end = i + 1;
            while (end < text.size() && text.at(end).isLetter())
                ++end;
            const QStringView word = QStringView(text).mid(i, end - i);
            if (word == u"true"_s || word == u"false"_s || word == u"null"_s)
                setFormat(i, end - i, m_literal);
            i = end;
        } else {
            ++i;
        }
    }

    const int line = currentBlock().blockNumber() + 1;
    for (const Mark& mark : m_errors) {
        if (mark.line != line)
            continue;
        const int start = qBound(0, mark.column - 1, int(text.size()));
        const int end = qMin(spanEnd(text, mark.column), int(text.size()));
        // An error at the very end of a line (an object left open) underlines its last character.
        const int from = end > start ? start : qMax(0, int(text.size()) - 1);
        const int length = end > start ? end - start : (text.isEmpty() ? 0 : 1);
        for (int k = from; k < from + length; ++k) {
            QTextCharFormat underlined = format(k);
            underlined.setUnderlineStyle(QTextCharFormat::WaveUnderline);
            underlined.setUnderlineColor(QColor(0xc0, 0x00, 0x00));
            setFormat(k, 1, underlined);
        }
    }
}

} // namespace moderation
