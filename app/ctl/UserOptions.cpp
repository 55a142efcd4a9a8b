#include "UserOptions.h"

using namespace Qt::StringLiterals;

namespace moderation::ctl {

Result<QList<Role>> UserOptions::roles(const QString& text)
{
    QList<Role> roles;
    for (const QString& part : text.split(u',', Qt::SkipEmptyParts)) {
        const std::optional<Role> role = roleFromString(part.trimmed());
        if (!role)
            return Error(Error::Code::Usage,
                         u"unknown role \"%1\" (agent, reviewer, supervisor, admin)"_s.arg(part.trimmed()));
        if (!roles.contains(*role))
            roles.append(*role);
    }
    if (roles.isEmpty())
        return Error(Error::Code::Usage, u"--roles names at least one role (agent, reviewer, supervisor, admin)"_s);
    return roles;
}

QStringList UserOptions::queues(const QString& text)
{
    QStringList queues;
    for (const QString& part : text.split(u',', Qt::SkipEmptyParts)) {
        if (!queues.contains(part.trimmed()))
            queues.append(part.trimmed());
    }
    return queues;
}

Result<int> UserOptions::capacity(const QString& text)
{
    bool ok = false;
    const int capacity = text.toInt(&ok);
    if (!ok || capacity < 0 || capacity > 1000)
        return Error(Error::Code::Usage, u"--capacity is a number of cases from 0 to 1000, not \"%1\""_s.arg(text));
    return capacity;
}

Result<User::Presence> UserOptions::presence(const QString& text)
{
    const std::optional<User::Presence> presence = presenceFromString(text);
    if (!presence)
        return Error(Error::Code::Usage, u"--presence is available, away or offline, not \"%1\""_s.arg(text));
    return *presence;
}

Result<QString> UserOptions::newPassword(CommandIo& io)
{
    QString line = io.in.readLine();
    if (line.endsWith(u'\r'))
        line.chop(1);
    if (line.size() < 12)
        return Error(Error::Code::Usage, u"--new-password-stdin: the password on stdin must be at least 12 characters"_s);
    return line;
}

} // namespace moderation::ctl
