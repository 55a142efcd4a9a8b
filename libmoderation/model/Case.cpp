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

constexpr EnumTable<SlaStatus, 4> kSlaStatuses { {
    { SlaStatus::None, u"none" },
    { SlaStatus::Ok, u"ok" },
    { SlaStatus::AtRisk, u"at_risk" },
    { SlaStatus::Breached, u"breached" },
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

QString toString(SlaStatus status)
{
    return enumName(kSlaStatuses, status);
}

SlaStatus slaStatus(const Case& c, const QDateTime& now)
{
    if (!c.slaDueAt.isValid())
        return SlaStatus::None;
    if (c.slaBreachedAt.isValid())
        return SlaStatus::Breached;
    const bool finished = c.state == Case::State::Answered || c.state == Case::State::Closed;
    const QDateTime at = finished && c.closedAt.isValid() ? c.closedAt : now;
    if (at >= c.slaDueAt)
        return SlaStatus::Breached;
    if (c.slaAtRiskAt.isValid() && at >= c.slaAtRiskAt && !finished)
        return SlaStatus::AtRisk;
    return SlaStatus::Ok;
}

} // namespace moderation
