#pragma once

#include <QString>

#include <optional>

namespace moderation {

// Compiles one policy regex alone with vectorscan and the engine's flags (PatternFlags.h) and
// says what is wrong with it, and where inside the pattern when vectorscan knows.
class PatternChecker
{
public:
    struct Problem
    {
        QString message; // vectorscan's, made readable
        std::optional<qsizetype> index; // UTF-16 index into the pattern, when known
    };

    static std::optional<Problem> check(const QString& pattern);

    // vectorscan counts bytes of the UTF-8 pattern; policy files count characters.
    static qsizetype utf16IndexOfUtf8Offset(const QString& text, qsizetype utf8Offset);
};

} // namespace moderation
