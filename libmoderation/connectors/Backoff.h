#pragma once

#include <QtGlobal>

namespace moderation {

// How long to wait before the next attempt after `failures` failures in a row: 1 s, doubling, at
// most `capSeconds`. With jitter, a random share of ±50 % (full jitter would let a burst of
// clients hit the platform in step again). The random source is a parameter so tests pin it.
namespace Backoff {

// Milliseconds without jitter: 1000, 2000, 4000, … capped.
qint64 baseMs(int failures, int capSeconds = 60);
// baseMs scaled by a factor in [0.5, 1.5) drawn from `unit` in [0, 1), still within the cap.
qint64 jitteredMs(int failures, double unit, int capSeconds = 60);
// A value in [0, 1) from the system's generator.
double randomUnit();

} // namespace Backoff

} // namespace moderation
