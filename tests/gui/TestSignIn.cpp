#include "MainWindow.h"
#include "SessionFixture.h"
#include "SignIn.h"
#include "Translations.h"
#include "routing/PasswordHash.h"
#include "routing/People.h"
#include "storage/CaseStore.h"
#include "storage/CommentStore.h"
#include "storage/SettingsStore.h"
#include "storage/UserStore.h"
#include "sync/DemoLoader.h"

#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTest>
#include <gtest/gtest.h>

using namespace Qt::StringLiterals;

namespace moderation::test {

namespace {

class SignInTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(Translations::install(*qApp, u"en"_s));
        m_temp = std::make_unique<TempDatabase>(Engine::Sqlite);
        ASSERT_TRUE(m_temp->setupError().isEmpty()) << m_temp->setupError().toStdString();
    }
    void TearDown() override
    {
        Database::forbidThread(nullptr);
        m_window.reset();
        m_session.reset();
        m_temp.reset();
    }
    Session& session()
    {
        if (!m_session)
            m_session = openSession(*m_temp);
        return *m_session;
    }
    std::unique_ptr<TempDatabase> m_temp;
    std::unique_ptr<Session> m_session;
    std::unique_ptr<MainWindow> m_window;
};

TEST_F(SignInTest, ADemoStoreSignsInAsTheDemoAgentWithoutAPassword)
{
    ASSERT_TRUE(DemoLoader::load(m_temp->db()).ok());
    const auto start = session().callAndWait([](Database& db) { return SignIn::start(db); });
    ASSERT_TRUE(start.ok()) << start.error().toString().toStdString();
    EXPECT_TRUE(start->demoStore);
    ASSERT_TRUE(start->user.has_value());
    EXPECT_EQ(start->user->login, u"demo.agent"_s);
    EXPECT_FALSE(start->needsAdministrator);
}

TEST_F(SignInTest, ARealStoreAsksForThePasswordAndRefusesAWrongOneAsItRefusesAnUnknownLogin)
{
    User reviewer;
    reviewer.login = u"rosa.reviewer"_s;
    reviewer.roles = { Role::Reviewer };
    ASSERT_TRUE(People(m_temp->db()).add(reviewer, u"correct horse battery"_s, u"test"_s).ok());
    // The store keeps only a PBKDF2 hash, with at least the minimum of iterations.
    const auto stored = UserStore(m_temp->db()).passwordOf(reviewer.login);
    ASSERT_TRUE(stored.ok());
    EXPECT_GE(stored->iterations, PasswordHash::kMinimumIterations);
    EXPECT_FALSE(stored->hash.contains(u"horse"_s));

    const auto start = session().callAndWait([](Database& db) { return SignIn::start(db); });
    ASSERT_TRUE(start.ok());
    EXPECT_FALSE(start->demoStore);
    EXPECT_FALSE(start->user.has_value());
    EXPECT_FALSE(start->needsAdministrator);

    SignInDialog dialog(session(), u"test store"_s);
    dialog.show();
    dialog.loginField()->setText(reviewer.login);
    dialog.passwordField()->setText(u"wrong horse"_s);
    QTest::keyClick(dialog.passwordField(), Qt::Key_Return);
    ASSERT_TRUE(waitIdle(session()));
    EXPECT_TRUE(dialog.isVisible());
    EXPECT_EQ(dialog.message(), u"That login and password were not accepted."_s);
    EXPECT_TRUE(dialog.passwordField()->text().isEmpty());

    // The same words for a login that does not exist: a guess learns nothing.
    dialog.loginField()->setText(u"nobody"_s);
    dialog.passwordField()->setText(u"correct horse battery"_s);
    QTest::keyClick(dialog.passwordField(), Qt::Key_Return);
    ASSERT_TRUE(waitIdle(session()));
    EXPECT_EQ(dialog.message(), u"That login and password were not accepted."_s);

    dialog.loginField()->setText(reviewer.login);
    dialog.passwordField()->setText(u"correct horse battery"_s);
    QTest::keyClick(dialog.passwordField(), Qt::Key_Return);
    ASSERT_TRUE(waitIdle(session()));
    EXPECT_EQ(dialog.result(), QDialog::Accepted);
    EXPECT_EQ(dialog.user().login, reviewer.login);
}

TEST_F(SignInTest, AStoreWithNobodyAsksForItsAdministratorWhoseShortPasswordIsRefused)
{
    const auto start = session().callAndWait([](Database& db) { return SignIn::start(db); });
    ASSERT_TRUE(start.ok());
    EXPECT_TRUE(start->needsAdministrator);

    NewAdministratorDialog dialog(session());
    dialog.show();
    dialog.loginField()->setText(u"ana.admin"_s);
    dialog.nameField()->setText(u"Ana Admin"_s);
    dialog.passwordField()->setText(u"short"_s);
    dialog.repeatField()->setText(u"shorter"_s);
    QTest::keyClick(dialog.repeatField(), Qt::Key_Return);
    EXPECT_EQ(dialog.message(), u"The two passwords differ."_s);
    dialog.repeatField()->setText(u"short"_s);
    QTest::keyClick(dialog.repeatField(), Qt::Key_Return);
    ASSERT_TRUE(waitIdle(session()));
    EXPECT_EQ(dialog.message(), u"The password needs at least 12 characters."_s);

    dialog.passwordField()->setText(u"a long enough passphrase"_s);
    dialog.repeatField()->setText(u"a long enough passphrase"_s);
    QTest::keyClick(dialog.repeatField(), Qt::Key_Return);
    ASSERT_TRUE(waitIdle(session()));
    ASSERT_EQ(dialog.result(), QDialog::Accepted) << dialog.message().toStdString();
    EXPECT_TRUE(dialog.user().hasRole(Role::Admin));
    EXPECT_TRUE(dialog.user().hasRole(Role::Supervisor));
    // And the password now signs them in.
    const auto checked
        = session().callAndWait([](Database& db) { return SignIn::check(db, u"ana.admin"_s, u"a long enough passphrase"_s); });
    ASSERT_TRUE(checked.ok()) << checked.error().toString().toStdString();
    EXPECT_EQ(checked->displayName, u"Ana Admin"_s);
}

TEST_F(SignInTest, SwitchUserIsOnlyForDemoStoresEvenWhenTheDemoLoginsExist)
{
    // A real store whose people happen to be called demo.*: no switching without a password.
    User lookalike;
    lookalike.login = u"demo.supervisor"_s;
    lookalike.roles = { Role::Supervisor };
    ASSERT_TRUE(UserStore(m_temp->db()).add(lookalike, {}, {}, 0, u"test"_s).ok());
    const auto refused = session().callAndWait([](Database& db) { return SignIn::demoUser(db, u"demo.supervisor"_s); });
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().code(), Error::Code::Refused);
}

TEST_F(SignInTest, TheDemoWindowSwitchesUserAndShowsThatPersonsWorkspacesWithoutTouchingTheStoreOnTheGuiThread)
{
    ASSERT_TRUE(DemoLoader::load(m_temp->db()).ok());
    const auto start = session().callAndWait([](Database& db) { return SignIn::start(db); });
    ASSERT_TRUE(start.ok());
    session().setDemoStore(start->demoStore);
    session().setUser(*start->user);
    Database::forbidThread(QThread::currentThread());

    m_window = std::make_unique<MainWindow>(session());
    m_window->show();
    ASSERT_TRUE(waitIdle(session()));
    EXPECT_TRUE(m_window->userText().startsWith(u"Dana Agent"_s)) << m_window->userText().toStdString();
    // File ▸ Switch User lists the three demo people.
    QMenu* file = m_window->menuBar()->actions().first()->menu();
    QMenu* switchMenu = nullptr;
    for (QAction* action : file->actions()) {
        if (action->menu() && action->text().contains(u"Switch"_s))
            switchMenu = action->menu();
    }
    ASSERT_NE(switchMenu, nullptr);
    EXPECT_EQ(switchMenu->actions().size(), 3);

    m_window->switchUser(u"demo.supervisor"_s);
    ASSERT_TRUE(waitIdle(session()));
    EXPECT_EQ(session().login(), u"demo.supervisor"_s);
    EXPECT_TRUE(m_window->userText().startsWith(u"Sam Supervisor"_s)) << m_window->userText().toStdString();
    EXPECT_TRUE(switchMenu->actions().at(2)->isChecked());
    EXPECT_NE(m_window->workspace(u"comments"_s), nullptr);

    // F5 and the change feed: the store is read on its own thread only.
    QTest::keyClick(m_window.get(), Qt::Key_F5);
    session().pollChanges();
    ASSERT_TRUE(waitIdle(session()));
    EXPECT_EQ(Database::forbiddenThreadCalls(), 0);
}

TEST_F(SignInTest, ANewUrgentEscalationBySomeoneElseIsNotifiedOnceWithoutReloading)
{
    ASSERT_TRUE(DemoLoader::load(m_temp->db()).ok());
    session().setUser(UserStore(m_temp->db()).byLogin(u"demo.supervisor"_s).value());
    m_window = std::make_unique<MainWindow>(session());
    QSignalSpy notified(m_window.get(), &MainWindow::urgentNotified);
    ASSERT_TRUE(waitIdle(session()));
    EXPECT_EQ(notified.count(), 0) << "what was escalated before the window opened is on the dashboard, not news";

    // Another seat (this connection) escalates an urgent case.
    QList<Comment> comments = CommentStore(m_temp->db()).list({}, std::nullopt, 400).value();
    qint64 free = 0;
    for (const Comment& comment : std::as_const(comments)) {
        if (!CaseStore(m_temp->db()).forComment(comment.id).value().has_value()) {
            free = comment.id;
            break;
        }
    }
    ASSERT_NE(free, 0);
    const auto opened = CaseStore(m_temp->db()).open(free, std::nullopt, u"general"_s, Priority::Urgent, std::nullopt,
                                                     u"other.seat"_s);
    ASSERT_TRUE(opened.ok()) << opened.error().toString().toStdString();
    ASSERT_TRUE(CaseStore(m_temp->db()).escalate(opened->id, u"general"_s, u"a threat"_s, u"other.seat"_s).ok());

    session().pollChanges();
    ASSERT_TRUE(QTest::qWaitFor([&] { return notified.count() > 0 && session().isIdle(); }, 10000));
    EXPECT_EQ(notified.takeFirst().at(0).toString(), u"1 new urgent escalation waiting."_s);
    // Polled again with nothing new: no second notification.
    session().pollChanges();
    ASSERT_TRUE(waitIdle(session()));
    EXPECT_EQ(notified.count(), 0);
}

TEST_F(SignInTest, AStoreCallOnTheForbiddenThreadIsCounted)
{
    Database::forbidThread(QThread::currentThread());
    EXPECT_TRUE(CommentStore(m_temp->db()).count().ok()); // it still runs
    EXPECT_EQ(Database::forbiddenThreadCalls(), 1);
    Database::forbidThread(nullptr);
    EXPECT_TRUE(CommentStore(m_temp->db()).count().ok());
    EXPECT_EQ(Database::forbiddenThreadCalls(), 0);
}

} // namespace

} // namespace moderation::test
