#pragma once

#include "model/Enums.h"
#include "model/Error.h"

#include <QList>
#include <QStringList>

namespace moderation {

class Database;

// A shared PostgreSQL site's people as database roles (migration 5, storage/MigrationSite): each
// user signs in as a LOGIN role named as their login, a member of the group of each of their app
// roles (md_agent, md_reviewer, md_supervisor, md_admin). The roles are made by the site's
// SECURITY DEFINER functions, so an admin needs no CREATEROLE of their own. PostgreSQL only: on
// SQLite every call is refused as Internal (a single seat has no roles).
class SiteLogins
{
public:
    explicit SiteLogins(Database& database)
        : m_database(database)
    {
    }

    // A login that can name a person's role: UserStore::checkLogin's form, and not one of the
    // server's (pg_…) or the site's groups (md_…). InvalidInput otherwise.
    static Error checkRoleName(const QString& login);

    // Refused (naming the rule) unless the connection is the site's owner or an admin (md_admin):
    // who may add people and change their roles. The server checks it again.
    Error requireAdmin() const;

    // Whether a database role of this name exists on the server (cluster-wide).
    Result<bool> exists(const QString& login) const;
    // Creates the LOGIN role; an empty password makes a role that signs in by other means (a
    // certificate, the server's own rules). Refused when the role exists or the name cannot be one.
    Error create(const QString& login, const QString& password);
    // Makes the role a member of exactly the groups of these roles.
    Error setGroups(const QString& login, const QList<Role>& roles);
    // The site groups the role belongs to, sorted ("md_agent", …).
    Result<QStringList> groupsOf(const QString& login) const;

private:
    Error requirePostgres() const;

    Database& m_database;
};

} // namespace moderation
