#include "storage/SiteLogins.h"

#include "storage/Database.h"
#include "storage/UserStore.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace moderation {

Error SiteLogins::requirePostgres() const
{
    if (m_database.isSqlite())
        return Error(Error::Code::Internal, u"database roles exist on a shared PostgreSQL site only"_s);
    return {};
}

Error SiteLogins::checkRoleName(const QString& login)
{
    if (Error error = UserStore::checkLogin(login); error.isError())
        return error;
    if (login.startsWith(u"pg_"_s) || login.startsWith(u"md_"_s))
        return Error(Error::Code::InvalidInput,
                     u"\"%1\" cannot name a person on a shared site: pg_ and md_ names belong to the server and "
                     "the site's groups"_s.arg(login));
    return {};
}

Error SiteLogins::requireAdmin() const
{
    if (Error error = requirePostgres(); error.isError())
        return error;
    auto q = m_database.exec(u"SELECT session_user, public.md_site_is_owner() "
                             "OR pg_catalog.pg_has_role(session_user, 'md_admin', 'MEMBER')"_s);
    if (!q)
        return q.error().prefixed(u"checking who may manage people"_s);
    if (!q->next())
        return Error(Error::Code::Internal, u"checking who may manage people: no row"_s);
    if (!q->value(1).toBool())
        return Error(Error::Code::Refused,
                     u"only an admin (md_admin) or the site's owner adds people or changes their roles; %1 is "
                     "neither"_s.arg(q->value(0).toString()));
    return {};
}

Result<bool> SiteLogins::exists(const QString& login) const
{
    if (Error error = requirePostgres(); error.isError())
        return error;
    auto q = m_database.exec(u"SELECT COUNT(*) FROM pg_catalog.pg_roles WHERE rolname = ?"_s, { login });
    if (!q)
        return q.error().prefixed(u"looking for the database role %1"_s.arg(login));
    if (!q->next())
        return Error(Error::Code::Internal, u"looking for the database role %1: no row"_s.arg(login));
    return q->value(0).toInt() > 0;
}

Error SiteLogins::create(const QString& login, const QString& password)
{
    if (Error error = requirePostgres(); error.isError())
        return error;
    if (Error error = checkRoleName(login); error.isError())
        return error;
    // Bound values only: the server function quotes the name as an identifier and the password
    // as a literal.
    auto made = m_database.exec(u"SELECT public.md_site_create_login(?, ?)"_s,
                                { login, password.isEmpty() ? QVariant() : QVariant(password) });
    if (!made)
        return made.error().prefixed(u"creating the database role %1"_s.arg(login));
    return {};
}

Error SiteLogins::setGroups(const QString& login, const QList<Role>& roles)
{
    if (Error error = requirePostgres(); error.isError())
        return error;
    // A text[] literal of the roles' wire names ("{agent,reviewer}"): fixed words, nothing to escape.
    QStringList names;
    for (Role role : roles)
        names.append(toString(role));
    auto set = m_database.exec(u"SELECT public.md_site_set_groups(?, CAST(? AS TEXT[]))"_s,
                               { login, QString(u"{"_s + names.join(u',') + u"}"_s) });
    if (!set)
        return set.error().prefixed(u"giving the database role %1 its groups"_s.arg(login));
    return {};
}

Result<QStringList> SiteLogins::groupsOf(const QString& login) const
{
    if (Error error = requirePostgres(); error.isError())
        return error;
    auto q = m_database.exec(u"SELECT g.rolname FROM pg_catalog.pg_auth_members m "
                             "JOIN pg_catalog.pg_roles g ON g.oid = m.roleid "
                             "JOIN pg_catalog.pg_roles r ON r.oid = m.member "
                             "WHERE r.rolname = ? AND g.rolname IN ('md_agent', 'md_reviewer', 'md_supervisor', "
                             "'md_admin') ORDER BY g.rolname"_s,
                             { login });
    if (!q)
        return q.error().prefixed(u"reading the groups of %1"_s.arg(login));
    QStringList groups;
    while (q->next())
        groups.append(q->value(0).toString());
    return groups;
}

} // namespace moderation
