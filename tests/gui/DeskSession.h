#pragma once

#include "Session.h"
#include "TempDatabase.h"

#include <memory>

namespace moderation::test {

// A Session on a temporary store, signed in as `login` (a user of the store, e.g. a demo
// person), marked as a demo store. Fails the test (and returns null) when it cannot open.
std::unique_ptr<Session> openDemoSession(TempDatabase& temp, const QString& login);

} // namespace moderation::test
