#pragma once

#include "policy/PolicySimulator.h"

namespace moderation {

class Database;

// "What would this policy change?" over the store: the stored comments (storage/CommentReplay)
// replayed through the pure simulator (policy/PolicySimulator) against the active policy.
// Used by `policy simulate` and the policy editor.
namespace WhatIf {

Result<SimulationSummary> overStore(Database& database, const PolicyEngine& candidate, const PolicyEngine* active,
                                    const QDateTime& from, const QDateTime& until,
                                    const std::function<void(const SimulationChange&)>& onChange = {},
                                    int workers = 0);

} // namespace WhatIf

} // namespace moderation
