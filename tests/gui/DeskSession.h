#pragma once

#include "Session.h"
#include "TempDatabase.h"

#include <QString>

#include <memory>

namespace moderation::test {

// A desk Session on a temporary store with the demo loaded (sync/DemoLoader), signed in as
// `login` (demo.agent, demo.reviewer, demo.supervisor). Null, with a test failure saying why,
// when something did not work.
std::unique_ptr<Session> openDemoSession(TempDatabase& temp, const QString& login);

} // namespace moderation::test
