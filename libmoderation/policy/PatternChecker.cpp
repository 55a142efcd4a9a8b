#include "policy/PatternChecker.h"

#include "policy/PatternFlags.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace moderation {

std::optional<PatternChecker::Problem> PatternChecker::check(const QString& pattern)
{
    const QByteArray utf8 = pattern.toUtf8();
    if (utf8.contains('\0'))
        return Problem { u"a pattern cannot contain a NUL character"_s, pattern.indexOf(QChar(0)) };

    hs_database_t* database = nullptr;
    hs_compile_error_t* compileError = nullptr;
    if (hs_compile(utf8.constData(), kPatternFlags, HS_MODE_BLOCK, nullptr, &database, &compileError) == HS_SUCCESS) {
        hs_free_database(database);
        return std::nullopt;
    }
    QString message = QString::fromUtf8(compileError ? compileError->message : "vectorscan refused the pattern");
    hs_free_compile_error(compileError);

    Problem problem;
    // "… at index 3." / "…, index 2.": the byte offset of the offending character.
    static const QRegularExpression indexPattern(u"(?:,| at) index (\\d+)\\.?$"_s);
    const QRegularExpressionMatch match = indexPattern.match(message);
    if (match.hasMatch()) {
        problem.index = utf16IndexOfUtf8Offset(pattern, match.captured(1).toLongLong());
        message.truncate(match.capturedStart());
    }
    if (message.endsWith(u'.'))
        message.chop(1);
    if (message.startsWith(u"Pattern matches empty buffer"_s)) {
        message = u"the pattern matches empty text; it must match at least one character"_s;
    } else if (message == u"Pattern is too large"_s) {
        message = u"the pattern is too large for the engine (a long bounded repeat such as .{1000}?)"_s;
    } else if (message.startsWith(u"\\b unsupported"_s)) {
        message = u"\\b is not supported (terms in \"terms\" and lexicons are already matched as whole words)"_s;
    } else {
        // "Missing close parenthesis for group started" reads right once the column points there.
        if (problem.index && (message.endsWith(u" started"_s) || message.endsWith(u" starting"_s)))
            message += u" here"_s;
        if (!message.isEmpty() && message.at(0).isUpper() && !(message.size() > 1 && message.at(1).isUpper()))
            message[0] = message.at(0).toLower();
    }
    problem.message = message;
    return problem;
}

qsizetype PatternChecker::utf16IndexOfUtf8Offset(const QString& text, qsizetype utf8Offset)
{
    qsizetype bytes = 0;
    qsizetype i = 0;
    while (i < text.size() && bytes < utf8Offset) {
        const char16_t unit = text.at(i).unicode();
        if (QChar::isHighSurrogate(unit) && i + 1 < text.size() && QChar::isLowSurrogate(text.at(i + 1).unicode())) {
            bytes += 4;
            i += 2;
        } else {
            bytes += unit < 0x80 ? 1 : unit < 0x800 ? 2 : 3;
            i += 1;
        }
    }
    return i;
}

} // namespace moderation
