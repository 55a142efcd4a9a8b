#pragma once

#include "model/Error.h"
#include "model/User.h"

#include <QList>

#include <optional>

namespace moderation {

class Database;

// The people who work the desk: roles, queues (skills), capacity, presence and, on a single
// seat, the password hash the desk's sign-in checks. Every change is audited in its transaction.
class UserStore
{
public:
    explicit UserStore(Database& database)
        : m_database(database)
    {
    }

    // A login: lower-case letters, digits, '.', '_' or '-', starting with a letter, at most 63
    // (on a shared site it names a database role too). InvalidInput otherwise, saying so.
    static Error checkLogin(const QString& login);

    // Adds a user (roles at least one, capacity ≥ 0; no queues: every queue). The password fields
    // are empty on a shared site. Conflict when the login is taken.
    Result<qint64> add(const User& user, const QString& passwordHash, const QString& passwordSalt,
                       int passwordIterations, const QString& actor);

    struct Change
    {
        std::optional<User::Presence> presence;
        std::optional<QList<Role>> roles;
        std::optional<QStringList> queues; // empty list: every queue
        std::optional<int> capacity;
        std::optional<QString> displayName;
    };
    // Applies what the change names, audited as user.changed with the fields before and after.
    Result<User> change(const QString& login, const Change& change, const QString& actor);

    Result<User> byLogin(const QString& login) const; // NotFound when there is none
    Result<User> byId(qint64 id) const;
    Result<QList<User>> list() const; // by login

    struct Password
    {
        QString hash;
        QString salt;
        int iterations = 0;
    };
    Result<Password> passwordOf(const QString& login) const;

private:
    Result<User> userFrom(qint64 id, const QString& where, const QVariant& value) const;

    Database& m_database;
};

} // namespace moderation
