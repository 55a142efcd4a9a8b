#include "SiteCrew.h"

#include "routing/People.h"

#include <QRandomGenerator>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;

namespace moderation::test {

SiteCrew::SiteCrew(Database& owner)
    : m_owner(owner)
    , m_suffix(QString::number(QRandomGenerator::global()->generate64() & 0xffffffffffffULL, 16))
{
}

SiteCrew::~SiteCrew()
{
    for (const QString& login : std::as_const(m_logins)) {
        // Logins are made of [a-z0-9.-] here; quoted as identifiers all the same.
        m_owner.execRaw(u"DROP OWNED BY \"%1\""_s.arg(login));
        m_owner.execRaw(u"DROP ROLE IF EXISTS \"%1\""_s.arg(login));
    }
}

QString SiteCrew::add(const QString& name, const QList<Role>& roles)
{
    const QString login = name + u'-' + m_suffix;
    const QString password = u"pw-%1-long-enough"_s.arg(QRandomGenerator::global()->generate64(), 0, 16);
    User user;
    user.login = login;
    user.roles = roles;
    m_logins.append(login);
    auto id = People(m_owner).add(user, password, u"owner"_s);
    EXPECT_TRUE(id.ok()) << login.toStdString() << ": " << id.error().toString().toStdString();
    if (!id.ok())
        return {};
    m_passwords.insert(login, password);
    m_ids.insert(login, *id);
    return login;
}

Result<std::unique_ptr<Database>> SiteCrew::connect(const QString& login) const
{
    DatabaseUrl url = m_owner.url();
    url.user = login;
    Database::OpenOptions options;
    options.password = m_passwords.value(login);
    return Database::open(url, options);
}

} // namespace moderation::test
