#pragma once

#include <QList>
#include <QString>
#include <QStringView>

#include <array>
#include <optional>
#include <utility>

namespace moderation {

// A table of an enum's wire names, for the toString / …FromString pairs of model types. The names
// are part of the schema, the policy format or the CLI contract: never rename one.
template<typename E, std::size_t N>
using EnumTable = std::array<std::pair<E, const char16_t*>, N>;

template<typename E, std::size_t N>
QString enumName(const EnumTable<E, N>& table, E value)
{
    for (const auto& [e, name] : table) {
        if (e == value)
            return QString::fromUtf16(name);
    }
    return {};
}

template<typename E, std::size_t N>
std::optional<E> enumValue(const EnumTable<E, N>& table, QStringView text)
{
    for (const auto& [e, name] : table) {
        if (text == QStringView(name))
            return e;
    }
    return std::nullopt;
}

template<typename E, std::size_t N>
QList<E> enumValues(const EnumTable<E, N>& table)
{
    QList<E> values;
    for (const auto& entry : table)
        values.append(entry.first);
    return values;
}

} // namespace moderation
