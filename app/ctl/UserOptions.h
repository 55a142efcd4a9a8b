#pragma once

#include "Command.h"

#include "model/User.h"

namespace moderation::ctl {

// Reading the users commands' options: each a clear usage error when wrong.
namespace UserOptions {

Result<QList<Role>> roles(const QString& text); // "agent,reviewer"
QStringList queues(const QString& text); // "general,security"; empty: every queue
Result<int> capacity(const QString& text);
Result<User::Presence> presence(const QString& text);
// The new password: the next line of stdin, at least 12 characters.
Result<QString> newPassword(CommandIo& io);

} // namespace UserOptions

} // namespace moderation::ctl
