#include "sync/WhatIf.h"

#include "storage/CommentReplay.h"

namespace moderation {

Result<SimulationSummary> WhatIf::overStore(Database& database, const PolicyEngine& candidate,
                                            const PolicyEngine* active, const QDateTime& from,
                                            const QDateTime& until,
                                            const std::function<void(const SimulationChange&)>& onChange,
                                            int workers)
{
    const CommentReplay replay(database);
    return PolicySimulator::run(replay, candidate, active, from, until, onChange, workers);
}

} // namespace moderation
