#pragma once

#include "storage/Database.h"

#include <memory>

namespace moderation::test {

// A LOGIN role with a password on the test cluster, for tests that act as someone other than the
// superuser (a hostile client, a shared site's agent). Created through `admin` (a superuser
// connection to the test database); dropped with its privileges when this goes, which must be
// after every connection made as it is closed.
class PostgresRole
{
public:
    PostgresRole(Database& admin, const QString& prefix);
    ~PostgresRole();
    PostgresRole(const PostgresRole&) = delete;
    PostgresRole& operator=(const PostgresRole&) = delete;

    const QString& name() const { return m_name; }
    const QString& setupError() const { return m_error; }

    // Reading and writing every table of public, using its sequences and making TEMP tables: what
    // a client that can do its work, and no more, holds.
    Error grantTableRights();
    // A connection to the admin's database as this role (no migration: the role may not).
    Result<std::unique_ptr<Database>> connect() const;

private:
    Database& m_admin;
    QString m_name;
    QString m_password;
    QString m_error;
};

} // namespace moderation::test
