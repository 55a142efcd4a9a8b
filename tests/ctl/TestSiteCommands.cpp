// The shared site through the CLI (issue 18 item 8): `users add` on PostgreSQL makes a LOGIN role
// that signs in with the password from stdin, `users set --roles` moves it between the groups,
// and `--as` must be the connection's own role. The cluster of tools/with-postgres.sh asks every
// role but postgres for a password, so signing in here really checks it.
#include "CtlRunner.h"
#include "TempDatabase.h"

#include "storage/SiteLogins.h"
#include "sync/DemoLoader.h"

#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>

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

// The "done when" on a shared site, each person through the CLI as their own database
// role: a demo case taken, refused for PII, answered, approved by two other people (the case asks
// for two) and waiting in the outbox; self-approval, an agent's raw review and a reviewer's raw
// draft change refused.
TEST_F(SiteCommandsTest, EachPersonWorksACaseAsTheirOwnRole)
{
    ASSERT_TRUE(DemoLoader::load(m_temp->db()).ok());
    const QString ana = login(u"ana"_s);
    const QString rui = login(u"rui"_s);
    const QString rosa = login(u"rosa"_s);
    const QString bo = login(u"bo"_s);
    for (const auto& [who, roles] : { std::pair { ana, u"agent,reviewer"_s }, { rui, u"reviewer"_s }, { rosa, u"reviewer"_s },
                                      { bo, u"agent"_s } }) {
        const CtlRun added = ctl({ u"users"_s, u"add"_s, u"--login"_s, who, u"--roles"_s, roles, u"--new-password-stdin"_s },
                                 who + u" long password\n"_s);
        ASSERT_EQ(added.exitCode, 0) << added.err.toStdString();
    }
    const auto as = [&](const QString& who, const QStringList& args, const QString& more = {}) {
        return runCtlWith(QStringList { u"--db"_s, urlAs(who).toString(), u"--password-stdin"_s } + args
                              + QStringList { u"--as"_s, who },
                          who + u" long password\n"_s + more);
    };
    QTemporaryDir dir;
    const auto file = [&](const QString& name, const QByteArray& bytes) {
        QFile f(dir.filePath(name));
        EXPECT_TRUE(f.open(QIODevice::WriteOnly));
        f.write(bytes);
        return f.fileName();
    };

    const CtlRun next = as(ana, { u"cases"_s, u"next"_s });
    ASSERT_EQ(next.exitCode, 0) << next.err.toStdString();
    const QString caseId = next.out.trimmed();
    ASSERT_FALSE(caseId.isEmpty());
    ASSERT_TRUE(m_temp->db().exec(u"UPDATE cases SET reviews_required = 2 WHERE id = ?"_s, { caseId.toLongLong() }).ok());

    const CtlRun pii = as(ana, { u"draft"_s, u"submit"_s, caseId, u"--text-file"_s,
                                 file(u"pii.txt"_s, "Write back with your A-number A123456789, thanks.\n") });
    EXPECT_EQ(pii.exitCode, ctl::ExitBadInput);
    expectOneErrorLine(pii, u"an A-number"_s);
    const CtlRun submitted = as(ana, { u"draft"_s, u"submit"_s, caseId, u"--text-file"_s,
                                       file(u"ok.txt"_s, "Thank you for asking: see uscis.gov/processing-times.\n") });
    ASSERT_EQ(submitted.exitCode, 0) << submitted.err.toStdString();
    const QString draftId = submitted.out.trimmed();

    const CtlRun self = as(ana, { u"review"_s, u"approve"_s, draftId });
    EXPECT_EQ(self.exitCode, ctl::ExitBadInput);
    expectOneErrorLine(self, u"cannot approve it"_s);

    // Raw SQL over their own connections: the agent's review, the reviewer's draft change.
    auto boDb = Database::open(urlAs(bo), { bo + u" long password"_s, false, false });
    auto ruiDb = Database::open(urlAs(rui), { rui + u" long password"_s, false, false });
    ASSERT_TRUE(boDb.ok() && ruiDb.ok());
    auto review = (*boDb)->exec(u"INSERT INTO reviews (draft_id, reviewer_id, verdict, text, text_sha256, reviewed_at) "
                                "SELECT d.id, u.id, 'approved', d.text, d.text_sha256, now() FROM drafts d, users u "
                                "WHERE d.id = ? AND u.login = ?"_s,
                                { draftId.toLongLong(), bo });
    ASSERT_FALSE(review.ok());
    EXPECT_EQ(review.error().code(), Error::Code::Refused) << review.error().toString().toStdString();
    auto rewrite = (*ruiDb)->exec(u"UPDATE drafts SET text = 'Call us at 555-0100' WHERE id = ?"_s, { draftId.toLongLong() });
    ASSERT_FALSE(rewrite.ok());
    EXPECT_EQ(rewrite.error().code(), Error::Code::Refused) << rewrite.error().toString().toStdString();

    const CtlRun first = as(rui, { u"review"_s, u"approve"_s, draftId });
    ASSERT_EQ(first.exitCode, 0) << first.err.toStdString();
    EXPECT_TRUE(first.err.contains(u"1 of 2 approvals"_s)) << first.err.toStdString();
    const CtlRun second = as(rosa, { u"review"_s, u"approve"_s, draftId });
    ASSERT_EQ(second.exitCode, 0) << second.err.toStdString();
    EXPECT_TRUE(second.err.contains(u"2 of 2 approvals"_s)) << second.err.toStdString();

    auto queued = m_temp->db().exec(u"SELECT COUNT(*) FROM outbox WHERE draft_id = ? AND state = 'pending'"_s,
                                    { draftId.toLongLong() });
    ASSERT_TRUE(queued.ok() && queued->next());
    EXPECT_EQ(queued->value(0).toInt(), 1);
    auto actors = m_temp->db().exec(u"SELECT COUNT(DISTINCT actor) FROM audit_log WHERE actor IN (?, ?, ?)"_s, { ana, rui, rosa });
    ASSERT_TRUE(actors.ok() && actors->next());
    EXPECT_EQ(actors->value(0).toInt(), 3); // each step recorded as the person who took it
}
