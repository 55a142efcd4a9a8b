#include "StopSignals.h"

#include <csignal>

namespace moderation::ctl {

namespace {

std::atomic_bool g_stop { false };

extern "C" void requestStop(int)
{
    g_stop.store(true);
}

} // namespace

StopSignals::StopSignals()
{
    g_stop.store(false);
    std::signal(SIGINT, requestStop);
    std::signal(SIGTERM, requestStop);
}

StopSignals::~StopSignals()
{
    std::signal(SIGINT, SIG_DFL);
    std::signal(SIGTERM, SIG_DFL);
}

const std::atomic_bool* StopSignals::flag() const
{
    return &g_stop;
}

} // namespace moderation::ctl
