#pragma once

#include <atomic>

namespace moderation::ctl {

// SIGINT and SIGTERM as a stop request for the commands that run until told to stop (`sync`,
// `webhook serve`): while one of these lives, the signals set the flag instead of killing the
// process, so the command finishes the transaction it is in; the default handlers come back when
// it goes, on every path out of the command.
class StopSignals
{
public:
    StopSignals();
    ~StopSignals();
    StopSignals(const StopSignals&) = delete;
    StopSignals& operator=(const StopSignals&) = delete;

    // Set by a signal; what SyncRunner and SleepingWaiter watch.
    const std::atomic_bool* flag() const;
    bool requested() const { return flag()->load(); }
};

} // namespace moderation::ctl
