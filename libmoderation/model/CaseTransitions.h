#pragma once

#include "model/Case.h"

#include <QList>
#include <QString>

namespace moderation {

// The case state machine (DESIGN.md, issue 18), one table: which state a case may move to from
// which, and what the move is called in the audit log. Every other move is refused with an
// error that names both states.
//
//   new ──assign──► assigned ──start──► drafting ──submit──► in_review ──approve──► approved ──send──► answered
//    ▲               │  ▲                 ▲                      │                    │
//    └──release──────┘  │                 └──revise── returned ◄─┘ return             └─send failed─► drafting
//   escalated ──assign──┘   (escalate: from new, assigned, drafting, returned; close: from any open state)
namespace CaseTransitions {

struct Transition
{
    Case::State from;
    Case::State to;
    const char16_t* name; // "case.assigned", … : the audit action
};

const QList<Transition>& all();

// The move from one state to another, or null when the machine has none.
const Transition* find(Case::State from, Case::State to);

bool isOpen(Case::State state); // not answered, not closed

} // namespace CaseTransitions

} // namespace moderation
