#include "model/Draft.h"

#include "model/EnumTable.h"

namespace moderation {

namespace {

constexpr EnumTable<Draft::State, 6> kStates { {
    { Draft::State::Editing, u"editing" },
    { Draft::State::Submitted, u"submitted" },
    { Draft::State::Approved, u"approved" },
    { Draft::State::Returned, u"returned" },
    { Draft::State::Withdrawn, u"withdrawn" },
    { Draft::State::Sent, u"sent" },
} };

} // namespace

QString toString(Draft::State state)
{
    return enumName(kStates, state);
}

std::optional<Draft::State> draftStateFromString(QStringView text)
{
    return enumValue(kStates, text);
}

} // namespace moderation
