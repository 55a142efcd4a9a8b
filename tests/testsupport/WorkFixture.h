#pragma once

#include "CommentBuilders.h"
#include "TempDatabase.h"

#include "model/Case.h"
#include "model/User.h"

namespace moderation::test {

// A store with people and cases for the routing and review tests: add users with roles, store a
// comment and open its case, on both engines and on the mock clock.
class WorkTest : public ClockedEngineTest
{
protected:
    // A user with these roles (no password); queues empty: every queue.
    qint64 addUser(const QString& login, const QList<Role>& roles, const QStringList& queues = {}, int capacity = 3,
                   User::Presence presence = User::Presence::Available);
    // A comment (X mention by default, in its own conversation) and its case.
    Case openCase(const QString& platformId, const QString& queue = QStringLiteral("general"),
                  Priority priority = Priority::Normal, std::optional<qint64> slaSeconds = std::nullopt,
                  const QString& conversation = {}, Platform platform = Platform::Twitter,
                  const QString& accountName = {});
    Case reload(qint64 caseId);
};

} // namespace moderation::test
