#pragma once

#include "model/Enums.h"

#include <QDateTime>
#include <QList>
#include <QStringList>

#include <optional>

namespace moderation {

// A person who works in the desk: an agent, a reviewer, a supervisor or an admin (several at
// once), with the queues (skills) they work, how many cases they hold at most and whether they
// are there.
struct User
{
    enum class Presence { Available, Away, Offline };

    qint64 id = 0; // the store's id; 0 until stored
    QString login; // unique; on a shared site, the database role
    QString displayName;
    QList<Role> roles;
    QStringList queues; // empty: every queue
    int capacity = 3;
    Presence presence = Presence::Available;
    bool active = true;
    QDateTime createdAt;

    bool hasRole(Role role) const { return roles.contains(role); }
};

// Wire names: "available", "away", "offline".
QString toString(User::Presence presence);
std::optional<User::Presence> presenceFromString(QStringView text);

} // namespace moderation
