#include "json/JsonNode.h"

using namespace Qt::StringLiterals;

namespace moderation {

const JsonMember* JsonNode::member(QStringView key) const
{
    for (const JsonMember& m : members) {
        if (m.key == key)
            return &m;
    }
    return nullptr;
}

SourcePosition JsonNode::positionOfUnit(qsizetype index) const
{
    if (columns.isEmpty())
        return position;
    const qsizetype clamped = qBound(qsizetype(0), index, columns.size() - 1);
    return { position.line, columns.at(clamped) };
}

QString JsonNode::typeName() const
{
    switch (type) {
    case Type::Null: return u"null"_s;
    case Type::Bool: return u"a boolean"_s;
    case Type::Number: return integer ? u"an integer"_s : u"a number"_s;
    case Type::String: return u"a string"_s;
    case Type::Array: return u"an array"_s;
    case Type::Object: return u"an object"_s;
    }
    return {};
}

} // namespace moderation
