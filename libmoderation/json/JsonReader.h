#pragma once

#include "model/Error.h"
#include "json/JsonNode.h"

#include <QByteArrayView>
#include <QList>

#include <optional>

namespace moderation {

// A small, strict JSON reader (RFC 8259) that keeps the line and column of every key and value,
// so that a policy checker can say exactly where a problem is; QJsonDocument gives only a byte
// offset for syntax errors and no position at all for values.
//
// Strict means: no comments, no trailing commas, no single quotes, no NaN, no leading zeros,
// no raw control characters in strings, no unpaired surrogates, and only valid UTF-8 (no
// overlong forms, no encoded surrogates, nothing above U+10FFFF). A leading UTF-8 byte order
// mark is skipped, as RFC 8259 allows. Duplicate keys are reported but do not stop the reading:
// the tree keeps every member, and the first one is the one that counts.
class JsonReader
{
public:
    struct Result
    {
        std::optional<JsonNode> root; // unset when the text is not JSON
        // The syntax error that stopped the reading, and every duplicate key, in file order.
        QList<Error> errors;
    };

    static constexpr int maxDepth = 128;

    static Result read(QByteArrayView bytes, const QString& fileName);

    // The offset of the first byte that is not valid UTF-8 (by the same rules), or -1.
    static qsizetype invalidUtf8Offset(QByteArrayView bytes);
};

} // namespace moderation
