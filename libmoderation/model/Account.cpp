#include "model/Account.h"

#include "model/EnumTable.h"

namespace moderation {

namespace {

constexpr EnumTable<Account::State, 4> kStates { {
    { Account::State::Ok, u"ok" },
    { Account::State::NeedsReauth, u"needs_reauth" },
    { Account::State::RateLimited, u"rate_limited" },
    { Account::State::Disabled, u"disabled" },
} };

} // namespace

QString toString(Account::State state)
{
    return enumName(kStates, state);
}

std::optional<Account::State> accountStateFromString(QStringView text)
{
    return enumValue(kStates, text);
}

} // namespace moderation
