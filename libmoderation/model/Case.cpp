#include "model/Case.h"

#include "model/EnumTable.h"

namespace moderation {

namespace {

constexpr EnumTable<Case::State, 9> kStates { {
    { Case::State::New, u"new" },
    { Case::State::Assigned, u"assigned" },
    { Case::State::Drafting, u"drafting" },
    { Case::State::InReview, u"in_review" },
    { Case::State::Returned, u"returned" },
    { Case::State::Approved, u"approved" },
    { Case::State::Answered, u"answered" },
    { Case::State::Escalated, u"escalated" },
    { Case::State::Closed, u"closed" },
} };

} // namespace

QString toString(Case::State state)
{
    return enumName(kStates, state);
}

std::optional<Case::State> caseStateFromString(QStringView text)
{
    return enumValue(kStates, text);
}

} // namespace moderation
