#include "storage/UserStore.h"

#include "storage/AuditStore.h"
#include "storage/Database.h"
#include "storage/SqlTime.h"
#include "storage/StoredRow.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace moderation {

namespace {

const QString kSelect = u"SELECT id, login, display_name, presence, capacity, active, created_at FROM users "_s;

QJsonArray rolesJson(const QList<Role>& roles)
{
    QJsonArray array;
    for (Role role : roles)
        array.append(toString(role));
    return array;
}

Error checkUser(const User& user)
{
    if (Error error = UserStore::checkLogin(user.login); error.isError())
        return error;
    if (user.roles.isEmpty())
        return Error(Error::Code::InvalidInput, u"user %1 needs at least one role (agent, reviewer, supervisor, admin)"_s.arg(
                                                    user.login));
    if (user.capacity < 0 || user.capacity > 1000)
        return Error(Error::Code::InvalidInput,
                     u"user %1: a capacity is a number of cases from 0 to 1000, not %2"_s.arg(user.login).arg(user.capacity));
    for (const QString& queue : user.queues) {
        if (queue.trimmed().isEmpty() || queue.size() > 64)
            return Error(Error::Code::InvalidInput, u"user %1: a queue name is 1 to 64 characters"_s.arg(user.login));
    }
    return {};
}

} // namespace

Error UserStore::checkLogin(const QString& login)
{
    static const QRegularExpression form(u"^[a-z][a-z0-9._-]{0,62}$"_s);
    if (!form.match(login).hasMatch())
        return Error(Error::Code::InvalidInput,
                     u"\"%1\" is not a login: lower-case letters, digits, '.', '_' or '-', starting with a letter, "
                     "at most 63"_s.arg(login.left(80)));
    return {};
}

Result<qint64> UserStore::add(const User& user, const QString& passwordHash, const QString& passwordSalt,
                              int passwordIterations, const QString& actor)
{
    if (Error error = checkUser(user); error.isError())
        return error;
    qint64 id = 0;
    const Error error = m_database.transaction([&]() -> Error {
        auto existing = m_database.exec(u"SELECT id FROM users WHERE login = ?"_s, { user.login });
        if (!existing)
            return existing.error();
        if (existing->next())
            return Error(Error::Code::Conflict, u"a user with the login %1 already exists"_s.arg(user.login));
        const QString now = sqlTimestamp(m_database.clock().now());
        auto inserted = m_database.exec(
            u"INSERT INTO users (login, display_name, presence, capacity, active, created_at, password_hash, "
            "password_salt, password_iterations) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"_s,
            { user.login, user.displayName, toString(user.presence), user.capacity, true, now, passwordHash,
              passwordSalt, passwordIterations });
        if (!inserted)
            return inserted.error().prefixed(u"adding user %1"_s.arg(user.login));
        if (!inserted->next())
            return Error(Error::Code::Internal, u"adding user %1 returned no id"_s.arg(user.login));
        id = inserted->value(0).toLongLong();
        for (Role role : user.roles) {
            auto granted = m_database.exec(u"INSERT INTO user_roles (user_id, role) VALUES (?, ?)"_s, { id, toString(role) });
            if (!granted)
                return granted.error();
        }
        for (const QString& queue : user.queues) {
            auto works = m_database.exec(u"INSERT INTO user_queues (user_id, queue) VALUES (?, ?)"_s, { id, queue });
            if (!works)
                return works.error();
        }
        AuditEvent event;
        event.actor = actor;
        event.action = u"user.added"_s;
        event.entityType = u"user"_s;
        event.entityId = user.login;
        event.details.insert(u"roles"_s, rolesJson(user.roles));
        event.details.insert(u"queues"_s, QJsonArray::fromStringList(user.queues));
        event.details.insert(u"capacity"_s, user.capacity);
        event.details.insert(u"password"_s, !passwordHash.isEmpty());
        return AuditStore(m_database).append(event);
    });
    if (error.isError())
        return error;
    return id;
}

Result<User> UserStore::change(const QString& login, const Change& change, const QString& actor)
{
    auto before = byLogin(login);
    if (!before)
        return before.error();
    User after = *before;
    if (change.presence)
        after.presence = *change.presence;
    if (change.roles)
        after.roles = *change.roles;
    if (change.queues)
        after.queues = *change.queues;
    if (change.capacity)
        after.capacity = *change.capacity;
    if (change.displayName)
        after.displayName = *change.displayName;
    if (Error error = checkUser(after); error.isError())
        return error;

    const Error error = m_database.transaction([&]() -> Error {
        // Only the columns the change names: on a shared site a person may set their own
        // presence and nothing else of their row (storage/MigrationSite).
        QStringList columns;
        QVariantList values;
        if (change.displayName) {
            columns << u"display_name = ?"_s;
            values << after.displayName;
        }
        if (change.presence) {
            columns << u"presence = ?"_s;
            values << toString(after.presence);
        }
        if (change.capacity) {
            columns << u"capacity = ?"_s;
            values << after.capacity;
        }
        if (!columns.isEmpty()) {
            values << after.id;
            auto updated = m_database.exec(u"UPDATE users SET "_s + columns.join(u", "_s) + u" WHERE id = ?"_s, values);
            if (!updated)
                return updated.error();
        }
        if (change.roles) {
            if (auto cleared = m_database.exec(u"DELETE FROM user_roles WHERE user_id = ?"_s, { after.id }); !cleared)
                return cleared.error();
            for (Role role : after.roles) {
                auto granted = m_database.exec(u"INSERT INTO user_roles (user_id, role) VALUES (?, ?)"_s,
                                               { after.id, toString(role) });
                if (!granted)
                    return granted.error();
            }
        }
        if (change.queues) {
            if (auto cleared = m_database.exec(u"DELETE FROM user_queues WHERE user_id = ?"_s, { after.id }); !cleared)
                return cleared.error();
            for (const QString& queue : after.queues) {
                auto works = m_database.exec(u"INSERT INTO user_queues (user_id, queue) VALUES (?, ?)"_s,
                                             { after.id, queue });
                if (!works)
                    return works.error();
            }
        }
        AuditEvent event;
        event.actor = actor;
        event.action = u"user.changed"_s;
        event.entityType = u"user"_s;
        event.entityId = login;
        if (change.presence)
            event.details.insert(u"presence"_s, toString(after.presence));
        if (change.roles)
            event.details.insert(u"roles"_s, rolesJson(after.roles));
        if (change.queues)
            event.details.insert(u"queues"_s, QJsonArray::fromStringList(after.queues));
        if (change.capacity)
            event.details.insert(u"capacity"_s, after.capacity);
        if (change.displayName)
            event.details.insert(u"display_name"_s, after.displayName);
        return AuditStore(m_database).append(event);
    });
    if (error.isError())
        return error;
    return after;
}

Result<User> UserStore::userFrom(qint64 id, const QString& where, const QVariant& value) const
{
    Q_UNUSED(id)
    User user;
    {
        auto q = m_database.execCached(kSelect + where, { value });
        if (!q)
            return q.error();
        if (!q->next())
            return Error(Error::Code::NotFound, u"no user %1"_s.arg(value.toString()));
        StoredRow row(q->query(), u"users");
        user.id = q->value(0).toLongLong();
        user.login = q->value(1).toString();
        user.displayName = q->value(2).toString();
        user.presence = row.decoded<User::Presence>(3, u"presence", presenceFromString);
        user.capacity = q->value(4).toInt();
        user.active = q->value(5).toBool();
        user.createdAt = timestampFrom(q->value(6));
        if (!row.ok())
            return row.error();
    }
    auto roles = m_database.execCached(u"SELECT role FROM user_roles WHERE user_id = ? ORDER BY role"_s, { user.id });
    if (!roles)
        return roles.error();
    while (roles->next()) {
        const QString name = roles->value(0).toString();
        const std::optional<Role> role = roleFromString(name);
        if (!role)
            return StoredRow::unknownValue(u"user_roles"_s, user.id, u"role"_s, name);
        user.roles.append(*role);
    }
    auto queues = m_database.execCached(u"SELECT queue FROM user_queues WHERE user_id = ? ORDER BY queue"_s, { user.id });
    if (!queues)
        return queues.error();
    while (queues->next())
        user.queues.append(queues->value(0).toString());
    return user;
}

Result<User> UserStore::byLogin(const QString& login) const
{
    return userFrom(0, u"WHERE login = ?"_s, login);
}

Result<User> UserStore::byId(qint64 id) const
{
    return userFrom(id, u"WHERE id = ?"_s, id);
}

Result<QList<User>> UserStore::list() const
{
    QList<qint64> ids;
    {
        auto q = m_database.exec(u"SELECT id FROM users ORDER BY login"_s);
        if (!q)
            return q.error();
        while (q->next())
            ids.append(q->value(0).toLongLong());
    }
    QList<User> users;
    for (qint64 id : ids) {
        auto user = byId(id);
        if (!user)
            return user.error();
        users.append(*user);
    }
    return users;
}

Result<UserStore::Password> UserStore::passwordOf(const QString& login) const
{
    auto q = m_database.exec(u"SELECT password_hash, password_salt, password_iterations FROM users WHERE login = ?"_s,
                             { login });
    if (!q)
        return q.error();
    if (!q->next())
        return Error(Error::Code::NotFound, u"no user %1"_s.arg(login));
    return Password { q->value(0).toString(), q->value(1).toString(), q->value(2).toInt() };
}

} // namespace moderation
