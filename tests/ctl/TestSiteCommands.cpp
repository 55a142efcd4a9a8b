// The shared site through the CLI (issue 18 item 8): `users add` on PostgreSQL makes a LOGIN role
// that signs in with the password from stdin, `users set --roles` moves it between the groups,
// and `--as` must be the connection's own role. The cluster of tools/with-postgres.sh asks every
// role but postgres for a password, so signing in here really checks it.
#include "CtlRunner.h"
#include "TempDatabase.h"

#include "storage/SiteLogins.h"
#include "sync/DemoLoader.h"

#include <QRandomGenerator>

using namespace Qt::StringLiterals;
using namespace moderation;
using namespace moderation::test;

class SiteCommandsTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        m_temp = std::make_unique<TempDatabase>(Engine::Postgres);
        ASSERT_TRUE(m_temp->setupError().isEmpty()) << m_temp->setupError().toStdString();
        m_suffix = QString::number(QRandomGenerator::global()->generate64() & 0xffffffffffffULL, 16);
    }
    void TearDown() override
    {
        for (const QString& login : std::as_const(m_logins)) {
            m_temp->db().execRaw(u"DROP OWNED BY \"%1\""_s.arg(login));
            m_temp->db().execRaw(u"DROP ROLE IF EXISTS \"%1\""_s.arg(login));
        }
        m_temp.reset();
    }
    QString login(const QString& name)
    {
        m_logins.append(name + u'-' + m_suffix);
        return m_logins.constLast();
    }
    // The CLI as the owner (the cluster trusts it: any connection password will do).
    CtlRun ctl(const QStringList& args, const QString& input = {})
    {
        return runCtlWith(QStringList { u"--db"_s, m_temp->url().toString() } + args, input);
    }
    DatabaseUrl urlAs(const QString& role) const
    {
        DatabaseUrl url = m_temp->url();
        url.user = role;
        return url;
    }
    bool signsIn(const QString& role, const QString& password) const
    {
        return Database::open(urlAs(role), { password, false, false }).ok();
    }

    std::unique_ptr<TempDatabase> m_temp;
    QString m_suffix;
    QStringList m_logins;
};

TEST_F(SiteCommandsTest, UsersAddMakesALoginRoleThatSignsInWithTheNewPassword)
{
    const QString ana = login(u"ana"_s);
    const CtlRun added = ctl({ u"users"_s, u"add"_s, u"--login"_s, ana, u"--roles"_s, u"agent,reviewer"_s,
                               u"--new-password-stdin"_s },
                             u"ana's long password\n"_s);
    ASSERT_EQ(added.exitCode, 0) << added.err.toStdString();
    EXPECT_EQ(SiteLogins(m_temp->db()).groupsOf(ana).value(), (QStringList { u"md_agent"_s, u"md_reviewer"_s }));
    EXPECT_TRUE(signsIn(ana, u"ana's long password"_s));
    EXPECT_FALSE(signsIn(ana, u"not ana's password"_s));

    const CtlRun set = ctl({ u"users"_s, u"set"_s, ana, u"--roles"_s, u"supervisor"_s });
    ASSERT_EQ(set.exitCode, 0) << set.err.toStdString();
    EXPECT_EQ(SiteLogins(m_temp->db()).groupsOf(ana).value(), QStringList { u"md_supervisor"_s });
}

TEST_F(SiteCommandsTest, WithPasswordStdinTheFirstLineIsTheConnectionsAndTheSecondTheNewOne)
{
    const QString bo = login(u"bo"_s);
    const CtlRun added = ctl({ u"--password-stdin"_s, u"users"_s, u"add"_s, u"--login"_s, bo, u"--roles"_s,
                               u"agent"_s, u"--new-password-stdin"_s },
                             u"the connection's password\nbo's own long password\n"_s);
    ASSERT_EQ(added.exitCode, 0) << added.err.toStdString();
    EXPECT_TRUE(signsIn(bo, u"bo's own long password"_s));
    EXPECT_FALSE(signsIn(bo, u"the connection's password"_s));
}

TEST_F(SiteCommandsTest, ALoginThatCannotNameARoleIsExitTwoAndWritesNothing)
{
    for (const QString& bad : { u"Robert\"; DROP ROLE postgres; --"_s, u"md_admin"_s, u"x y"_s }) {
        SCOPED_TRACE(bad.toStdString());
        const CtlRun added = ctl({ u"users"_s, u"add"_s, u"--login"_s, bad, u"--roles"_s, u"admin"_s,
                                   u"--new-password-stdin"_s },
                                 u"a long enough password\n"_s);
        EXPECT_EQ(added.exitCode, ctl::ExitBadInput);
        EXPECT_TRUE(added.err.startsWith(u"moderationctl: "_s)) << added.err.toStdString();
        EXPECT_EQ(added.err.count(u'\n'), 1) << added.err.toStdString();
    }
    auto users = m_temp->db().exec(u"SELECT COUNT(*) FROM users"_s);
    ASSERT_TRUE(users.ok() && users->next());
    EXPECT_EQ(users->value(0).toInt(), 0);
    auto roles = m_temp->db().exec(u"SELECT COUNT(*) FROM pg_roles WHERE rolname LIKE 'Robert%'"_s);
    ASSERT_TRUE(roles.ok() && roles->next());
    EXPECT_EQ(roles->value(0).toInt(), 0);
}

TEST_F(SiteCommandsTest, AsMustBeTheConnectionsOwnRole)
{
    ASSERT_TRUE(DemoLoader::load(m_temp->db()).ok());
    const QString ana = login(u"ana"_s);
    const QString bo = login(u"bo"_s);
    for (const QString& who : { ana, bo }) {
        const CtlRun added = ctl({ u"users"_s, u"add"_s, u"--login"_s, who, u"--roles"_s, u"agent"_s,
                                   u"--new-password-stdin"_s },
                                 who + u" long password\n"_s);
        ASSERT_EQ(added.exitCode, 0) << added.err.toStdString();
    }
    const QStringList asAna { u"--db"_s, urlAs(ana).toString(), u"--password-stdin"_s };
    const CtlRun pretending = runCtlWith(asAna + QStringList { u"cases"_s, u"next"_s, u"--as"_s, bo },
                                         ana + u" long password\n"_s);
    EXPECT_EQ(pretending.exitCode, ctl::ExitBadInput);
    expectOneErrorLine(pretending, u"database role"_s);

    const CtlRun herself = runCtlWith(asAna + QStringList { u"cases"_s, u"next"_s, u"--as"_s, ana },
                                      ana + u" long password\n"_s);
    EXPECT_EQ(herself.exitCode, 0) << herself.err.toStdString();
    EXPECT_FALSE(herself.out.trimmed().isEmpty());

    // And an agent cannot add people: exit 2, the rule named.
    const CtlRun adding = runCtlWith(asAna + QStringList { u"users"_s, u"add"_s, u"--login"_s, login(u"eve"_s),
                                                           u"--roles"_s, u"admin"_s },
                                     ana + u" long password\n"_s);
    EXPECT_EQ(adding.exitCode, ctl::ExitBadInput);
    expectOneErrorLine(adding, u"only an admin"_s);
}
