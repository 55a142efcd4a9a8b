#pragma once

#include "Session.h"
#include "TempDatabase.h"

#include <memory>

namespace moderation::test {

// A Session over `temp`'s store, signed in as `login` (one of the demo's people; an empty store
// gets the demo first). Null, with a test failure saying why, when it cannot be made.
std::unique_ptr<Session> openDemoSession(TempDatabase& temp, const QString& login);

} // namespace moderation::test
