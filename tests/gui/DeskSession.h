#pragma once

#include "Session.h"
#include "TempDatabase.h"

#include <QString>

#include <memory>

namespace moderation::test {

// A Session on the temporary store, signed in as `login` (a user the store holds, such as the
// demo's demo.agent): what the desk has after its sign-in. Null, after a test failure saying
// why, when the store does not open or has no such user.
std::unique_ptr<Session> openDemoSession(TempDatabase& temp, const QString& login);

} // namespace moderation::test
