#pragma once

#include "Command.h"

#include "policy/PolicyDocument.h"

#include <memory>
#include <optional>

namespace moderation {
class PolicyEngine;
}

namespace moderation::ctl {

// A policy file read, checked and compiled, as every command that takes one needs it.
struct LoadedPolicy
{
    PolicyDocument document;
    std::shared_ptr<const PolicyEngine> engine;
};

// On a problem, prints each as "FILE:LINE:COL: message" (as `policy check` does) and returns
// nothing: the caller exits with ExitBadInput.
std::optional<LoadedPolicy> loadPolicyFile(const QString& path, CommandIo& io);

} // namespace moderation::ctl
