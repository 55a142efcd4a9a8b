#pragma once

#include "Session.h"
#include "TempDatabase.h"

#include <QTest>

#include <memory>

namespace moderation::test {

// A desk session (its own store thread) over a test's database, as the app opens one.
inline std::unique_ptr<Session> openSession(const TempDatabase& temp)
{
    Database::OpenOptions options;
    options.password = temp.password();
    auto session = Session::open(temp.url(), options);
    if (!session)
        return nullptr;
    return std::move(*session);
}

// Waits (processing events, never sleeping blindly) until every store call has answered.
inline bool waitIdle(Session& session, int timeoutMs = 20000)
{
    return QTest::qWaitFor([&] { return session.isIdle(); }, timeoutMs);
}

} // namespace moderation::test
