#include "json/JsonReader.h"

#include <QHash>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace moderation {

namespace {

enum class Utf8Status { Ok, Invalid, Truncated };

struct DecodedChar
{
    char32_t codePoint = 0;
    int length = 1;
    Utf8Status status = Utf8Status::Ok;
};

// One code point from well-formed UTF-8 (Unicode 15, table 3-7), or why not.
DecodedChar decodeUtf8(const uchar* p, qsizetype available)
{
    const uchar lead = p[0];
    if (lead < 0x80)
        return { lead, 1, Utf8Status::Ok };
    int length = 0;
    char32_t codePoint = 0;
    uchar low = 0x80;
    uchar high = 0xBF;
    if (lead >= 0xC2 && lead <= 0xDF) {
        length = 2;
        codePoint = lead & 0x1F;
    } else if (lead >= 0xE0 && lead <= 0xEF) {
        length = 3;
        codePoint = lead & 0x0F;
        if (lead == 0xE0)
            low = 0xA0; // overlong
        if (lead == 0xED)
            high = 0x9F; // surrogates
    } else if (lead >= 0xF0 && lead <= 0xF4) {
        length = 4;
        codePoint = lead & 0x07;
        if (lead == 0xF0)
            low = 0x90; // overlong
        if (lead == 0xF4)
            high = 0x8F; // above U+10FFFF
    } else {
        return { 0, 1, Utf8Status::Invalid };
    }
    for (int i = 1; i < length; ++i) {
        if (i >= available)
            return { 0, 1, Utf8Status::Truncated };
        const uchar byte = p[i];
        if (byte < (i == 1 ? low : 0x80) || byte > (i == 1 ? high : 0xBF))
            return { 0, 1, Utf8Status::Invalid };
        codePoint = (codePoint << 6) | (byte & 0x3F);
    }
    return { codePoint, length, Utf8Status::Ok };
}

QString describeCodePoint(char32_t codePoint)
{
    if (codePoint > 0x20 && codePoint < 0x7F)
        return u"'%1'"_s.arg(QChar(char16_t(codePoint)));
    return u"U+%1"_s.arg(QString::number(uint(codePoint), 16).toUpper().rightJustified(4, u'0'));
}

QString hex4(char16_t unit)
{
    return QString::number(uint(unit), 16).toUpper().rightJustified(4, u'0');
}

bool isDigit(uchar c)
{
    return c >= '0' && c <= '9';
}

int hexValue(uchar c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

class Parser
{
public:
    Parser(QByteArrayView bytes, const QString& fileName)
        : m_data(reinterpret_cast<const uchar*>(bytes.data()))
        , m_size(bytes.size())
        , m_fileName(fileName)
    {
    }

    JsonReader::Result run()
    {
        JsonReader::Result result;
        if (m_size >= 3 && m_data[0] == 0xEF && m_data[1] == 0xBB && m_data[2] == 0xBF)
            m_pos = 3; // a byte order mark is not a column
        skipWhitespace();
        JsonNode root;
        bool ok = false;
        if (atEnd()) {
            fail(here(), u"empty document: expected a JSON value"_s);
        } else if (parseValue(root, 0)) {
            skipWhitespace();
            if (!atEnd())
                fail(here(), u"unexpected text after the end of the document"_s);
            else
                ok = true;
        }
        result.errors = m_duplicates;
        if (ok)
            result.root = std::move(root);
        else
            result.errors.append(*m_fatal);
        std::stable_sort(result.errors.begin(), result.errors.end(), [](const Error& a, const Error& b) {
            return std::pair(a.line(), a.column()) < std::pair(b.line(), b.column());
        });
        return result;
    }

private:
    bool atEnd() const { return m_pos >= m_size; }
    uchar peek() const { return m_data[m_pos]; }
    SourcePosition here() const { return { m_line, m_column }; }

    // Consumes one byte, keeping line and column (columns count code points, so continuation
    // bytes do not move it; CR LF is one line break, a lone CR is one too).
    void advance()
    {
        const uchar c = m_data[m_pos++];
        if (c == '\n') {
            ++m_line;
            m_column = 1;
        } else if (c == '\r') {
            if (atEnd() || peek() != '\n') {
                ++m_line;
                m_column = 1;
            }
        } else if ((c & 0xC0) != 0x80) {
            ++m_column;
        }
    }

    void advance(int bytes)
    {
        for (int i = 0; i < bytes; ++i)
            advance();
    }

    bool fail(SourcePosition at, const QString& message)
    {
        if (!m_fatal)
            m_fatal = Error(Error::Code::InvalidInput, message).at(m_fileName, at.line, at.column);
        return false;
    }

    bool failUtf8(const DecodedChar& decoded)
    {
        if (decoded.status == Utf8Status::Truncated)
            return fail(here(), u"invalid UTF-8: a multi-byte sequence is cut off by the end of the input"_s);
        return fail(here(), u"invalid UTF-8 (byte 0x%1)"_s.arg(QString::number(peek(), 16).toUpper()));
    }

    void skipWhitespace()
    {
        while (!atEnd()) {
            const uchar c = peek();
            if (c != ' ' && c != '\t' && c != '\n' && c != '\r')
                return;
            advance();
        }
    }

    // What to say about the character where a value, key or delimiter was expected.
    bool unexpected(const QString& expected)
    {
        if (atEnd())
            return fail(here(), u"unexpected end of input: expected %1"_s.arg(expected));
        const uchar c = peek();
        if (c == '/')
            return fail(here(), u"comments are not allowed in JSON"_s);
        if (c == '\'')
            return fail(here(), u"strings must be in double quotes, not single quotes"_s);
        if (c < 0x80)
            return fail(here(), u"unexpected character %1: expected %2"_s.arg(describeCodePoint(c), expected));
        const DecodedChar decoded = decodeUtf8(m_data + m_pos, m_size - m_pos);
        if (decoded.status != Utf8Status::Ok)
            return failUtf8(decoded);
        return fail(here(), u"unexpected character %1: expected %2"_s.arg(describeCodePoint(decoded.codePoint), expected));
    }

    bool parseValue(JsonNode& out, int depth)
    {
        skipWhitespace();
        if (atEnd())
            return unexpected(u"a value"_s);
        out.position = here();
        const uchar c = peek();
        if (c == '{' || c == '[') {
            if (depth >= JsonReader::maxDepth)
                return fail(here(), u"nesting deeper than %1 levels"_s.arg(JsonReader::maxDepth));
            return c == '{' ? parseObject(out, depth) : parseArray(out, depth);
        }
        if (c == '"') {
            out.type = JsonNode::Type::String;
            return readString(out.string, &out.columns);
        }
        if (c == '-' || isDigit(c))
            return parseNumber(out);
        if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'))
            return parseWord(out);
        return unexpected(u"a value"_s);
    }

    bool parseObject(JsonNode& out, int depth)
    {
        out.type = JsonNode::Type::Object;
        advance(); // {
        QHash<QString, SourcePosition> seen;
        skipWhitespace();
        if (!atEnd() && peek() == '}') {
            advance();
            return true;
        }
        for (;;) {
            skipWhitespace();
            if (atEnd() || peek() != '"') {
                if (!atEnd() && peek() == '}')
                    return fail(here(), u"trailing comma before '}'"_s);
                return unexpected(u"a key in double quotes"_s);
            }
            JsonMember member;
            member.keyPosition = here();
            if (!readString(member.key, nullptr))
                return false;
            skipWhitespace();
            if (atEnd() || peek() != ':')
                return unexpected(u"':' after the key"_s);
            advance();
            if (!parseValue(member.value, depth + 1))
                return false;
            const auto first = seen.constFind(member.key);
            if (first != seen.cend()) {
                m_duplicates.append(Error(Error::Code::InvalidInput,
                                          u"duplicate key \"%1\" (first at line %2, column %3)"_s.arg(
                                              member.key)
                                              .arg(first->line)
                                              .arg(first->column))
                                        .at(m_fileName, member.keyPosition.line, member.keyPosition.column));
            } else {
                seen.insert(member.key, member.keyPosition);
            }
            out.members.push_back(std::move(member));
            skipWhitespace();
            if (!atEnd() && peek() == ',') {
                advance();
                continue;
            }
            if (!atEnd() && peek() == '}') {
                advance();
                return true;
            }
            return unexpected(u"',' or '}'"_s);
        }
    }

    bool parseArray(JsonNode& out, int depth)
    {
        out.type = JsonNode::Type::Array;
        advance(); // [
        skipWhitespace();
        if (!atEnd() && peek() == ']') {
            advance();
            return true;
        }
        for (;;) {
            skipWhitespace();
            if (!atEnd() && peek() == ']')
                return fail(here(), u"trailing comma before ']'"_s);
            JsonNode item;
            if (!parseValue(item, depth + 1))
                return false;
            out.items.push_back(std::move(item));
            skipWhitespace();
            if (!atEnd() && peek() == ',') {
                advance();
                continue;
            }
            if (!atEnd() && peek() == ']') {
                advance();
                return true;
            }
            return unexpected(u"',' or ']'"_s);
        }
    }

    bool readHex4(char16_t& unit)
    {
        unit = 0;
        for (int i = 0; i < 4; ++i) {
            if (atEnd())
                return unexpected(u"four hex digits after \\u"_s);
            const int value = hexValue(peek());
            if (value < 0)
                return fail(here(), u"expected four hex digits after \\u"_s);
            unit = char16_t(unit * 16 + value);
            advance();
        }
        return true;
    }

    // At the opening quote; leaves the position after the closing quote.
    bool readString(QString& text, QList<int>* columns)
    {
        const SourcePosition start = here();
        advance();
        for (;;) {
            if (atEnd())
                return fail(here(), u"unexpected end of input inside the string that starts at line %1, column %2"_s
                                        .arg(start.line)
                                        .arg(start.column));
            const uchar c = peek();
            const int column = m_column;
            if (c == '"') {
                if (columns)
                    columns->append(column);
                advance();
                return true;
            }
            if (c == '\\') {
                if (!readEscape(text, columns))
                    return false;
                continue;
            }
            if (c == '\n' || c == '\r')
                return fail(here(), u"line break inside a string (close it with '\"' on the same line, or write \\n)"_s);
            if (c < 0x20)
                return fail(here(), u"control character %1 must be escaped in a string"_s.arg(describeCodePoint(c)));
            if (c < 0x80) {
                text.append(QChar(char16_t(c)));
                if (columns)
                    columns->append(column);
                advance();
                continue;
            }
            const DecodedChar decoded = decodeUtf8(m_data + m_pos, m_size - m_pos);
            if (decoded.status != Utf8Status::Ok)
                return failUtf8(decoded);
            const char32_t cp = decoded.codePoint;
            text.append(QChar::fromUcs4(cp));
            if (columns) {
                columns->append(column);
                if (QChar::requiresSurrogates(cp))
                    columns->append(column);
            }
            advance(decoded.length);
        }
    }

    bool readEscape(QString& text, QList<int>* columns)
    {
        const SourcePosition escape = here();
        advance(); // backslash
        if (atEnd())
            return unexpected(u"an escape character after '\\'"_s);
        const uchar c = peek();
        char16_t unit = 0;
        switch (c) {
        case '"': unit = u'"'; break;
        case '\\': unit = u'\\'; break;
        case '/': unit = u'/'; break;
        case 'b': unit = u'\b'; break;
        case 'f': unit = u'\f'; break;
        case 'n': unit = u'\n'; break;
        case 'r': unit = u'\r'; break;
        case 't': unit = u'\t'; break;
        case 'u': {
            advance();
            if (!readHex4(unit))
                return false;
            if (QChar::isLowSurrogate(unit))
                return fail(escape, u"unpaired surrogate \\u%1 (a low surrogate must follow a high one)"_s.arg(
                                        hex4(unit)));
            if (QChar::isHighSurrogate(unit)) {
                const SourcePosition second = here();
                if (m_size - m_pos < 2 || m_data[m_pos] != '\\' || m_data[m_pos + 1] != 'u')
                    return fail(escape, u"unpaired surrogate \\u%1 (a high surrogate needs \\u and a low one right after)"_s
                                            .arg(hex4(unit)));
                advance(2);
                char16_t low = 0;
                if (!readHex4(low))
                    return false;
                if (!QChar::isLowSurrogate(low))
                    return fail(escape, u"unpaired surrogate \\u%1 (a high surrogate needs a low one right after)"_s.arg(
                                            hex4(unit)));
                text.append(QChar(unit));
                text.append(QChar(low));
                if (columns) {
                    columns->append(escape.column);
                    columns->append(second.column);
                }
                return true;
            }
            text.append(QChar(unit));
            if (columns)
                columns->append(escape.column);
            return true;
        }
        default: {
            if (c < 0x80)
                return fail(escape, u"invalid escape '\\%1' in a string"_s.arg(QChar(char16_t(c))));
            const DecodedChar decoded = decodeUtf8(m_data + m_pos, m_size - m_pos);
            if (decoded.status != Utf8Status::Ok)
                return failUtf8(decoded);
            return fail(escape, u"invalid escape '\\%1' in a string"_s.arg(QStringView(QChar::fromUcs4(decoded.codePoint)).toString()));
        }
        }
        advance();
        text.append(QChar(unit));
        if (columns)
            columns->append(escape.column);
        return true;
    }

    bool parseNumber(JsonNode& out)
    {
        const qsizetype start = m_pos;
        bool integral = true;
        if (peek() == '-')
            advance();
        if (atEnd() || !isDigit(peek()))
            return atEnd() ? unexpected(u"a digit"_s) : fail(here(), u"invalid number: expected a digit"_s);
        if (peek() == '0') {
            advance();
            if (!atEnd() && isDigit(peek()))
                return fail(out.position, u"invalid number: leading zeros are not allowed"_s);
        } else {
            while (!atEnd() && isDigit(peek()))
                advance();
        }
        if (!atEnd() && peek() == '.') {
            integral = false;
            advance();
            if (atEnd() || !isDigit(peek()))
                return fail(here(), u"invalid number: expected a digit after '.'"_s);
            while (!atEnd() && isDigit(peek()))
                advance();
        }
        if (!atEnd() && (peek() == 'e' || peek() == 'E')) {
            integral = false;
            advance();
            if (!atEnd() && (peek() == '+' || peek() == '-'))
                advance();
            if (atEnd() || !isDigit(peek()))
                return fail(here(), u"invalid number: expected a digit in the exponent"_s);
            while (!atEnd() && isDigit(peek()))
                advance();
        }
        const QByteArray text(reinterpret_cast<const char*>(m_data + start), m_pos - start);
        out.type = JsonNode::Type::Number;
        bool ok = false;
        out.number = text.toDouble(&ok);
        if (integral) {
            const qint64 value = text.toLongLong(&ok);
            if (ok)
                out.integer = value;
        }
        return true;
    }

    bool parseWord(JsonNode& out)
    {
        const qsizetype start = m_pos;
        const SourcePosition position = here();
        while (!atEnd() && ((peek() >= 'a' && peek() <= 'z') || (peek() >= 'A' && peek() <= 'Z') || isDigit(peek())
                            || peek() == '_'))
            advance();
        const QByteArrayView word(m_data + start, m_pos - start);
        if (word == "true" || word == "false") {
            out.type = JsonNode::Type::Bool;
            out.boolean = word == "true";
            return true;
        }
        if (word == "null") {
            out.type = JsonNode::Type::Null;
            return true;
        }
        return fail(position, u"unexpected word '%1': expected a value (strings need double quotes)"_s.arg(
                                  QString::fromLatin1(word)));
    }

    const uchar* m_data;
    qsizetype m_size;
    qsizetype m_pos = 0;
    int m_line = 1;
    int m_column = 1;
    QString m_fileName;
    QList<Error> m_duplicates;
    std::optional<Error> m_fatal;
};

} // namespace

JsonReader::Result JsonReader::read(QByteArrayView bytes, const QString& fileName)
{
    return Parser(bytes, fileName).run();
}

qsizetype JsonReader::invalidUtf8Offset(QByteArrayView bytes)
{
    const auto* data = reinterpret_cast<const uchar*>(bytes.data());
    qsizetype pos = 0;
    while (pos < bytes.size()) {
        const DecodedChar decoded = decodeUtf8(data + pos, bytes.size() - pos);
        if (decoded.status != Utf8Status::Ok)
            return pos;
        pos += decoded.length;
    }
    return -1;
}

} // namespace moderation
