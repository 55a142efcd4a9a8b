#include "model/CaseTransitions.h"

namespace moderation {

namespace {

using S = Case::State;

const QList<CaseTransitions::Transition> kTransitions {
    { S::New, S::Assigned, u"case.assigned" },
    { S::Escalated, S::Assigned, u"case.assigned" },
    { S::Assigned, S::New, u"case.released" },
    { S::Assigned, S::Drafting, u"case.drafting" },
    { S::Returned, S::Drafting, u"case.drafting" },
    { S::Drafting, S::InReview, u"case.submitted" },
    { S::InReview, S::Approved, u"case.approved" },
    { S::InReview, S::Returned, u"case.returned" },
    { S::Approved, S::Answered, u"case.answered" },
    { S::Approved, S::Drafting, u"case.send_failed" },
    { S::New, S::Escalated, u"case.escalated" },
    { S::Assigned, S::Escalated, u"case.escalated" },
    { S::Drafting, S::Escalated, u"case.escalated" },
    { S::Returned, S::Escalated, u"case.escalated" },
    { S::Escalated, S::Escalated, u"case.escalated" },
    { S::New, S::Closed, u"case.closed" },
    { S::Assigned, S::Closed, u"case.closed" },
    { S::Drafting, S::Closed, u"case.closed" },
    { S::Returned, S::Closed, u"case.closed" },
    { S::Escalated, S::Closed, u"case.closed" },
};

} // namespace

const QList<CaseTransitions::Transition>& CaseTransitions::all()
{
    return kTransitions;
}

const CaseTransitions::Transition* CaseTransitions::find(Case::State from, Case::State to)
{
    for (const Transition& t : kTransitions) {
        if (t.from == from && t.to == to)
            return &t;
    }
    return nullptr;
}

bool CaseTransitions::isOpen(Case::State state)
{
    return state != S::Answered && state != S::Closed;
}

} // namespace moderation
