#include "model/Clock.h"

namespace moderation {

const Clock& Clock::system()
{
    static const SystemClock clock;
    return clock;
}

} // namespace moderation
