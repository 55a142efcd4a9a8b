#include "PostgresRole.h"

#include <QRandomGenerator>

using namespace Qt::StringLiterals;

namespace moderation::test {

PostgresRole::PostgresRole(Database& admin, const QString& prefix)
    : m_admin(admin)
    , m_name(u"%1_%2"_s.arg(prefix).arg(QRandomGenerator::global()->generate64(), 0, 16))
    , m_password(u"pw-%1"_s.arg(QRandomGenerator::global()->generate64(), 0, 16))
{
    // Names and passwords are made here from [a-z0-9_-]: nothing to escape.
    if (Error error = m_admin.execRaw(u"CREATE ROLE %1 LOGIN PASSWORD '%2'"_s.arg(m_name, m_password));
        error.isError())
        m_error = error.toString();
}

PostgresRole::~PostgresRole()
{
    if (!m_error.isEmpty())
        return;
    m_admin.execRaw(u"DROP OWNED BY "_s + m_name);
    m_admin.execRaw(u"DROP ROLE IF EXISTS "_s + m_name);
}

Error PostgresRole::grantTableRights()
{
    for (const QString& grant : { u"GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO %1"_s,
                                  u"GRANT USAGE ON ALL SEQUENCES IN SCHEMA public TO %1"_s,
                                  u"GRANT TEMPORARY ON DATABASE \"%2\" TO %1"_s,
                                  // Past the shared site's row-level security (attacked in TestSite): this
                                  // client tests the triggers beneath it.
                                  u"ALTER ROLE %1 BYPASSRLS"_s }) {
        if (Error error = m_admin.execRaw(grant.arg(m_name, m_admin.url().database)); error.isError())
            return error;
    }
    return {};
}

Result<std::unique_ptr<Database>> PostgresRole::connect() const
{
    DatabaseUrl url = m_admin.url();
    url.user = m_name;
    Database::OpenOptions options;
    options.password = m_password;
    options.migrate = false;
    return Database::open(url, options);
}

} // namespace moderation::test
