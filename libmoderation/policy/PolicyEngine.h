#pragma once

#include "model/Comment.h"
#include "model/Decision.h"
#include "model/Error.h"
#include "policy/PolicyDocument.h"

#include <memory>

namespace moderation {

class AuthorActivity;
class MultiPatternMatcher;
class PreparedText;

// A policy compiled for evaluation (DESIGN.md "Policy"): rules in order, the first whose
// condition holds decides. Every term, lexicon term and regex of every rule sits in one
// vectorscan database, so a comment is normalised once and scanned once; only the rules that
// can still hold after the scan (those with no term in their condition, and those whose terms
// were found) are evaluated. Compiled once per policy version, then shared by every thread.
class PolicyEngine
{
public:
    ~PolicyEngine();
    PolicyEngine(const PolicyEngine&) = delete;
    PolicyEngine& operator=(const PolicyEngine&) = delete;

    // Where the strings a Decision copies live (StringPool). Process: copies cost no reference
    // count, kept until the process ends; for the active policy, which decides every comment.
    // Engine: the engine's own, freed with it (and with the last decision that holds one); for
    // drafts, previews and checks, compiled again and again.
    enum class Strings { Process, Engine };

    // Errors carry the policy file, line and column of the predicate at fault (a regex
    // vectorscan cannot compile, a term that normalises to nothing, an unknown lexicon or
    // author list).
    static Result<std::shared_ptr<const PolicyEngine>> compile(const PolicyDocument& document,
                                                                Strings strings = Strings::Process);

    // The decision for one comment. Thread-safe. `activity` answers the `repeat` predicate;
    // without one, a comment counts only itself. An Error, never a decision made on a scan that
    // did not happen: a text longer than one scan takes (InvalidInput), no scratch space or a
    // failed scan (Internal).
    Result<Decision> evaluate(const Comment& comment, const AuthorActivity* activity = nullptr) const;
    // The same for a text already prepared (normalised, scanned once per engine).
    Result<Decision> evaluate(const Comment& comment, const PreparedText& text,
                              const AuthorActivity* activity = nullptr) const;

    // Only the rule that decides (nullptr when none holds), without building the Decision around
    // it: no explanation, spans or PII list. `policy simulate` compares outcomes this way and
    // builds decisions only for what changes. Thread-safe; fails as evaluate() does.
    Result<const PolicyRule*> decidingRule(const Comment& comment, const PreparedText& text,
                                           const AuthorActivity* activity = nullptr) const;

    const PolicyDocument& document() const;
    const MultiPatternMatcher& matcher() const;
    int ruleCount() const;
    bool usesRepeat() const;
    qint64 longestRepeatWindow() const; // seconds; 0 without `repeat`

    // Whether a time in the policy's time zone falls in a `time` predicate's window
    // (from > to wraps past midnight and belongs to the day it starts on).
    static bool inTimeWindow(const Condition& condition, const QDateTime& local);

private:
    struct Impl;
    explicit PolicyEngine(std::unique_ptr<Impl> impl);
    std::unique_ptr<Impl> d;
};

} // namespace moderation
