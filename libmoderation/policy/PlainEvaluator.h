#pragma once

#include "model/Comment.h"
#include "model/Decision.h"
#include "model/Error.h"
#include "policy/PolicyDocument.h"

#include <memory>

namespace moderation {

class AuthorActivity;
class PreparedText;

// The reference evaluator: runs each rule's conditions one by one, in order, with
// QRegularExpression over the normalised text, the way one would write it without a
// multi-pattern matcher. The property test holds PolicyEngine to it and the benchmark measures
// against it. Thread-safe once built.
class PlainEvaluator
{
public:
    ~PlainEvaluator();
    static Result<std::unique_ptr<const PlainEvaluator>> build(const PolicyDocument& document);

    Decision evaluate(const Comment& comment, const AuthorActivity* activity = nullptr) const;
    Decision evaluate(const Comment& comment, const PreparedText& text, const AuthorActivity* activity = nullptr) const;

private:
    struct Impl;
    explicit PlainEvaluator(std::unique_ptr<Impl> impl);
    std::unique_ptr<Impl> d;
};

} // namespace moderation
