#include "JsonText.h"

using namespace Qt::StringLiterals;

namespace moderation::ctl {

QString JsonText::string(const QString& text)
{
    QString out;
    out.reserve(text.size() + 2);
    out += u'"';
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = text.at(i);
        const char16_t u = c.unicode();
        switch (u) {
        case u'"': out += u"\\\""_s; continue;
        case u'\\': out += u"\\\\"_s; continue;
        case u'\n': out += u"\\n"_s; continue;
        case u'\r': out += u"\\r"_s; continue;
        case u'\t': out += u"\\t"_s; continue;
        default: break;
        }
        const bool pairedHigh = c.isHighSurrogate() && i + 1 < n && text.at(i + 1).isLowSurrogate();
        if (u < 0x20 || (c.isSurrogate() && !pairedHigh)) {
            out += u"\\u%1"_s.arg(int(u), 4, 16, QChar(u'0'));
            continue;
        }
        out += c;
        if (pairedHigh)
            out += text.at(++i);
    }
    out += u'"';
    return out;
}

QString JsonText::stringOrNull(const QString& text)
{
    return text.isEmpty() ? u"null"_s : string(text);
}

} // namespace moderation::ctl
