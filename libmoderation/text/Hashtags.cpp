#include "text/Hashtags.h"

#include <QList>

using namespace Qt::StringLiterals;

namespace moderation::Hashtags {

namespace {

constexpr qsizetype kMaxLength = 100;

// What a hashtag is made of, as the platforms read one: letters, digits, marks, underscores.
bool isTagCharacter(char32_t c)
{
    return c == U'_' || QChar::isLetterOrNumber(c) || QChar::isMark(c);
}

char32_t codePointBefore(const QString& text, qsizetype at)
{
    if (at <= 0)
        return 0;
    const QChar last = text.at(at - 1);
    if (last.isLowSurrogate() && at >= 2 && text.at(at - 2).isHighSurrogate())
        return QChar::surrogateToUcs4(text.at(at - 2), last);
    return last.unicode();
}

char32_t codePointAt(const QString& text, qsizetype at)
{
    if (at >= text.size())
        return 0;
    const QChar first = text.at(at);
    if (first.isHighSurrogate() && at + 1 < text.size() && text.at(at + 1).isLowSurrogate())
        return QChar::surrogateToUcs4(first, text.at(at + 1));
    return first.unicode();
}

} // namespace

std::optional<QString> fromInput(const QString& text)
{
    QString tag = text.trimmed();
    if (tag.startsWith(u'#'))
        tag.remove(0, 1);
    if (tag.isEmpty() || tag.size() > kMaxLength)
        return std::nullopt;
    for (const char32_t c : tag.toUcs4()) {
        if (!isTagCharacter(c))
            return std::nullopt;
    }
    return tag;
}

bool contains(QStringView text, QStringView tag)
{
    if (tag.isEmpty())
        return false;
    // Case folded on both sides: the folded text is searched, so offsets stay in one string.
    const QString folded = text.toString().toCaseFolded();
    const QString needle = u'#' + tag.toString().toCaseFolded();
    for (qsizetype at = folded.indexOf(needle); at >= 0; at = folded.indexOf(needle, at + 1)) {
        const char32_t before = codePointBefore(folded, at);
        const char32_t after = codePointAt(folded, at + needle.size());
        if (!isTagCharacter(before) && before != U'#' && !isTagCharacter(after))
            return true;
    }
    return false;
}

} // namespace moderation::Hashtags
