#pragma once

#include "json/SourcePosition.h"

#include <QList>
#include <QString>
#include <QStringView>

#include <optional>
#include <vector>

namespace moderation {

struct JsonMember;

// One value of a JSON document as JsonReader read it, with where it was written. Unlike
// QJsonValue it keeps positions, the order of object members and duplicate keys, which is what
// a checker that points at the exact line and column needs.
struct JsonNode
{
    enum class Type { Null, Bool, Number, String, Array, Object };

    Type type = Type::Null;
    SourcePosition position; // of the value's first character

    bool boolean = false;
    double number = 0;
    // Set when the number was written without fraction or exponent and fits in 64 bits.
    std::optional<qint64> integer;
    QString string;
    // String only: the file column of each UTF-16 unit of `string` (an escape maps to its
    // backslash), then the column of the closing quote. A string never spans lines.
    QList<int> columns;
    std::vector<JsonNode> items; // Array
    std::vector<JsonMember> members; // Object, in the order written, duplicates included

    bool isNull() const { return type == Type::Null; }
    bool isBool() const { return type == Type::Bool; }
    bool isNumber() const { return type == Type::Number; }
    bool isString() const { return type == Type::String; }
    bool isArray() const { return type == Type::Array; }
    bool isObject() const { return type == Type::Object; }

    // The first member with that key, or nullptr.
    const JsonMember* member(QStringView key) const;

    // Where the UTF-16 unit `index` of a string value was written (clamped to the string).
    SourcePosition positionOfUnit(qsizetype index) const;

    // "a string", "an array", … for messages such as `"version" must be an integer, not a string`.
    QString typeName() const;
};

struct JsonMember
{
    QString key;
    SourcePosition keyPosition; // of the key's opening quote
    JsonNode value;
};

} // namespace moderation
