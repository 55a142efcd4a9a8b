#include "model/CaseTransitions.h"

#include <gtest/gtest.h>

#include <set>

using namespace Qt::StringLiterals;
using namespace moderation;

namespace {

const QList<Case::State> kStates { Case::State::New,      Case::State::Assigned, Case::State::Drafting,
                                   Case::State::InReview, Case::State::Returned, Case::State::Approved,
                                   Case::State::Answered, Case::State::Escalated, Case::State::Closed };

} // namespace

// The machine of the issue, pair by pair: what it allows, and that it allows nothing else.
TEST(CaseTransitions, AllowExactlyTheMachinesMoves)
{
    using S = Case::State;
    const std::set<std::pair<S, S>> allowed {
        { S::New, S::Assigned },       { S::Escalated, S::Assigned }, { S::Assigned, S::New },
        { S::Assigned, S::Drafting },  { S::Returned, S::Drafting },  { S::Drafting, S::InReview },
        { S::InReview, S::Approved },  { S::InReview, S::Returned },  { S::Approved, S::Answered },
        { S::Approved, S::Drafting },  { S::New, S::Escalated },      { S::Assigned, S::Escalated },
        { S::Drafting, S::Escalated }, { S::Returned, S::Escalated }, { S::Escalated, S::Escalated },
        { S::New, S::Closed },         { S::Assigned, S::Closed },    { S::Drafting, S::Closed },
        { S::Returned, S::Closed },    { S::Escalated, S::Closed },
    };
    for (S from : kStates) {
        for (S to : kStates) {
            const bool expected = allowed.count({ from, to }) > 0;
            EXPECT_EQ(CaseTransitions::find(from, to) != nullptr, expected)
                << toString(from).toStdString() << " -> " << toString(to).toStdString();
        }
    }
    EXPECT_EQ(CaseTransitions::all().size(), qsizetype(allowed.size()));
}

TEST(CaseTransitions, AnsweredAndClosedAreTheEnd)
{
    for (Case::State to : kStates) {
        EXPECT_EQ(CaseTransitions::find(Case::State::Answered, to), nullptr);
        EXPECT_EQ(CaseTransitions::find(Case::State::Closed, to), nullptr);
    }
    EXPECT_FALSE(CaseTransitions::isOpen(Case::State::Answered));
    EXPECT_FALSE(CaseTransitions::isOpen(Case::State::Closed));
    EXPECT_TRUE(CaseTransitions::isOpen(Case::State::Escalated));
}

TEST(CaseTransitions, EveryMoveIsNamedForTheAuditLog)
{
    for (const CaseTransitions::Transition& t : CaseTransitions::all())
        EXPECT_TRUE(QString::fromUtf16(t.name).startsWith(u"case."_s));
}
