#pragma once

#include <QString>

namespace moderation {

// Strings that live as long as the process, for what a compiled policy copies into every
// Decision: rule ids, clauses, categories, queues, answer ids, fixed explanations and the
// sentences made per term for rules decided by one terms or lexicon predicate. A pooled
// string is a QString over raw data (QString::fromRawData), so copying one into a decision and
// destroying it costs no reference counting, and a decision stays valid after its engine is gone.
// The pool only grows, by the distinct strings of the policies compiled (kilobytes for a policy
// of inline terms, up to a few hundred for one whose rules name large lexicons); compiling the
// same policy again adds nothing.
// Thread-safe.
namespace StringPool {

// The pooled copy of text: equal to it, null when it is null.
QString intern(const QString& text);

} // namespace StringPool

} // namespace moderation
