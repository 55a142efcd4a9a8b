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

namespace moderation {

// X: the user-context limits of PLATFORMS.md section 2 (100 posts a day per user is the
// conservative reading of the tiers' conflicting tables) and section 1 (300 reads a 15-minute
// window). Graph: a Page token's business-use-case limit scales with the page's engaged users;
// these are a small page's share, to be raised with `account set`.
int Account::defaultPostsPerDay(Platform platform)
{
    return platform == Platform::Twitter ? 100 : 1000;
}

int Account::defaultReadsPerHour(Platform platform)
{
    return platform == Platform::Twitter ? 1200 : 4800;
}

} // namespace moderation
