#pragma once

#include "model/Error.h"
#include "model/User.h"
#include "storage/UserStore.h"

#include <optional>

namespace moderation {

class Database;

// Adding and changing the people of a store, on either kind of store. A single seat keeps a
// PBKDF2 hash of the sign-in password; a shared PostgreSQL site keeps none: each person signs in
// as their own LOGIN role (named as the login, with that password), a member of the group of
// each of their roles (storage/SiteLogins). The user row, the role and its groups are made in one
// transaction: either all of it or none.
class People
{
public:
    explicit People(Database& database)
        : m_database(database)
    {
    }

    // On a site, a role that already exists is taken as the person's when no password is given
    // (made by the server's administrator, signing in by certificate for instance); with a
    // password it is refused, since its password is not ours to change.
    Result<qint64> add(const User& user, const std::optional<QString>& password, const QString& actor);
    // Applies the change; on a site new roles move the role between the groups too.
    Result<User> change(const QString& login, const UserStore::Change& change, const QString& actor);

private:
    Database& m_database;
};

} // namespace moderation
