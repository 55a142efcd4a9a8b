#include "routing/People.h"

#include "routing/PasswordHash.h"
#include "storage/Database.h"
#include "storage/SiteLogins.h"

using namespace Qt::StringLiterals;

namespace moderation {

Result<qint64> People::add(const User& user, const std::optional<QString>& password, const QString& actor)
{
    if (m_database.isSqlite()) {
        const PasswordHash hash = password ? PasswordHash::make(*password) : PasswordHash();
        return UserStore(m_database).add(user, hash.hash, hash.salt, hash.iterations, actor);
    }
    // Checked before anything is written, so a bad login never reaches the server as a name.
    if (Error error = SiteLogins::checkRoleName(user.login); error.isError())
        return error;
    if (Error error = SiteLogins(m_database).requireAdmin(); error.isError())
        return error;
    qint64 id = 0;
    const Error error = m_database.transaction([&]() -> Error {
        auto added = UserStore(m_database).add(user, QString(), QString(), 0, actor);
        if (!added)
            return added.error();
        id = *added;
        SiteLogins logins(m_database);
        auto exists = logins.exists(user.login);
        if (!exists)
            return exists.error();
        if (*exists && password)
            return Error(Error::Code::Conflict,
                         u"the database role %1 already exists: its password is the server's to change (ALTER ROLE), "
                         "add the user without --new-password-stdin to take that role"_s.arg(user.login));
        if (!*exists) {
            if (Error made = logins.create(user.login, password.value_or(QString())); made.isError())
                return made;
        }
        return logins.setGroups(user.login, user.roles);
    });
    if (error.isError())
        return error;
    return id;
}

Result<User> People::change(const QString& login, const UserStore::Change& change, const QString& actor)
{
    if (m_database.isSqlite() || !change.roles)
        return UserStore(m_database).change(login, change, actor);
    if (Error error = SiteLogins(m_database).requireAdmin(); error.isError())
        return error;
    std::optional<User> changed;
    const Error error = m_database.transaction([&]() -> Error {
        auto after = UserStore(m_database).change(login, change, actor);
        if (!after)
            return after.error();
        if (Error set = SiteLogins(m_database).setGroups(login, after->roles); set.isError())
            return set;
        changed = *after;
        return {};
    });
    if (error.isError())
        return error;
    return *changed;
}

} // namespace moderation
