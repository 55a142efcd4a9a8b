#include "model/User.h"

#include "model/EnumTable.h"

namespace moderation {

namespace {

constexpr EnumTable<User::Presence, 3> kPresences { {
    { User::Presence::Available, u"available" },
    { User::Presence::Away, u"away" },
    { User::Presence::Offline, u"offline" },
} };

} // namespace

QString toString(User::Presence presence)
{
    return enumName(kPresences, presence);
}

std::optional<User::Presence> presenceFromString(QStringView text)
{
    return enumValue(kPresences, text);
}

} // namespace moderation
