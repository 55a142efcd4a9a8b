#pragma once

#include <QList>
#include <QSyntaxHighlighter>
#include <QTextCharFormat>

namespace moderation {

// Colours a policy's JSON as the supervisor types: keys, strings, numbers, true/false/null, and
// the policy format's action words (respond, ignore, escalate, hide) where they are a value. The
// check's errors are underlined in place, from the error's column to the end of the token there,
// so that the list of errors and the text point at the same spot.
class PolicyHighlighter : public QSyntaxHighlighter
{
    Q_OBJECT

public:
    struct Mark
    {
        int line = 0; // 1-based, as the check reports them
        int column = 0; // 1-based, in UTF-16 code units of the line
    };

    explicit PolicyHighlighter(QTextDocument* document);

    // Replaces the underlined places and highlights again.
    void setErrors(const QList<Mark>& errors);
    const QList<Mark>& errors() const { return m_errors; }

    // Where the underline for an error at `column` (1-based) of `line` ends (exclusive, 0-based):
    // the end of the string, number or word that starts there, at least one character on.
    static int spanEnd(const QString& line, int column);

protected:
    void highlightBlock(const QString& text) override;

private:
    QTextCharFormat m_key;
    QTextCharFormat m_string;
    QTextCharFormat m_number;
    QTextCharFormat m_literal;
    QTextCharFormat m_action;
    QList<Mark> m_errors;
};

} // namespace moderation
