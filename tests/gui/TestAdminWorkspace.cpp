#include "DeskSession.h"
#include "TempDatabase.h"
#include "Translations.h"
#include "routing/PasswordHash.h"
#include "routing/People.h"
#include "settings/AdminWorkspace.h"
#include "settings/UserDialog.h"
#include "storage/AccountStore.h"
#include "storage/UserStore.h"
#include "sync/DemoLoader.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QTest>
#include <QThread>
#include <gtest/gtest.h>

using namespace Qt::StringLiterals;

namespace moderation::test {

namespace {

QString artifactPath(const QString& name)
{
    QString folder = qEnvironmentVariable("MODERATION_TEST_ARTIFACTS");
    if (folder.isEmpty())
        folder = QDir::temp().filePath(u"moderation-test-artifacts"_s);
    QDir().mkpath(folder);
    return QDir(folder).filePath(name);
}

const QString kAdmin = u"site.admin"_s;

class AdminWorkspaceTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(Translations::install(*qApp, u"en"_s));
        m_temp = std::make_unique<TempDatabase>(Engine::Sqlite);
        ASSERT_TRUE(m_temp->setupError().isEmpty()) << m_temp->setupError().toStdString();
        const auto demo = DemoLoader::load(m_temp->db());
        ASSERT_TRUE(demo.ok()) << demo.error().toString().toStdString();
        User admin;
        admin.login = kAdmin;
        admin.displayName = u"Site Admin"_s;
        admin.roles = { Role::Admin };
        const auto added = People(m_temp->db()).add(admin, u"an admin's long password"_s, u"system"_s);
        ASSERT_TRUE(added.ok()) << added.error().toString().toStdString();
        m_session = openDemoSession(*m_temp, kAdmin);
        ASSERT_TRUE(m_session);
    }
    void TearDown() override
    {
        Database::forbidThread(nullptr);
        m_session.reset();
        m_temp.reset();
    }

    bool waitIdle() { return QTest::qWaitFor([this] { return m_session->isIdle(); }, 60000); }

    int rowOf(QTableWidget* table, const QString& login)
    {
        for (int row = 0; row < table->rowCount(); ++row)
            if (table->item(row, 0) && table->item(row, 0)->text() == login)
                return row;
        return -1;
    }

    std::unique_ptr<TempDatabase> m_temp;
    std::unique_ptr<Session> m_session;
};

} // namespace

TEST_F(AdminWorkspaceTest, ListsPeopleAndAccountsWithoutCredentials)
{
    const auto users = UserStore(m_temp->db()).list();
    ASSERT_TRUE(users.ok());
    const auto accounts = AccountStore(m_temp->db()).list();
    ASSERT_TRUE(accounts.ok());
    ASSERT_FALSE(accounts->isEmpty());

    Database::forbidThread(QThread::currentThread());
    AdminWorkspace workspace(*m_session);
    workspace.show();
    ASSERT_TRUE(waitIdle());
    EXPECT_EQ(workspace.usersTable()->rowCount(), users->size());
    EXPECT_EQ(workspace.usersTable()->columnCount(), 7);
    const int supervisor = rowOf(workspace.usersTable(), u"demo.supervisor"_s);
    ASSERT_GE(supervisor, 0);
    EXPECT_TRUE(workspace.usersTable()->item(supervisor, 2)->text().contains(u"supervisor"_s));
    EXPECT_EQ(workspace.accountsTable()->rowCount(), accounts->size());
    for (int row = 0; row < workspace.accountsTable()->rowCount(); ++row)
        EXPECT_EQ(workspace.accountsTable()->item(row, 1)->text(), accounts->at(row).name);
    EXPECT_EQ(Database::forbiddenThreadCalls(), 0);
}

TEST_F(AdminWorkspaceTest, AddsAUserWithAPbkdf2HashAndChangesThem)
{
    Database::forbidThread(QThread::currentThread());
    AdminWorkspace workspace(*m_session);
    workspace.resize(1000, 560);
    workspace.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&workspace));
    ASSERT_TRUE(waitIdle());

    workspace.addUserAction()->trigger();
    UserDialog* dialog = workspace.openDialog();
    ASSERT_NE(dialog, nullptr);
    ASSERT_TRUE(dialog->isVisible());
    QPushButton* ok = dialog->buttons()->button(QDialogButtonBox::Ok);
    EXPECT_FALSE(ok->isEnabled()) << "no login yet";
    QTest::keyClicks(dialog->loginField(), u"new.reviewer"_s);
    QTest::keyClicks(dialog->nameField(), u"Nadia Reyes"_s);
    dialog->roleBox(Role::Reviewer)->setChecked(true);
    dialog->queuesField()->setText(u"general, benefits"_s);
    dialog->capacityField()->setValue(5);
    const QString password = u"correct horse battery staple"_s;
    QTest::keyClicks(dialog->passwordField(), password);
    QTest::keyClicks(dialog->confirmField(), u"correct horse battery stapler"_s);
    EXPECT_FALSE(ok->isEnabled()) << "the passwords differ";
    EXPECT_TRUE(dialog->problemLabel()->text().contains(u"differ"_s));
    dialog->confirmField()->setText(password);
    ASSERT_TRUE(ok->isEnabled()) << dialog->problemLabel()->text().toStdString();
    QTest::mouseClick(ok, Qt::LeftButton);
    ASSERT_TRUE(waitIdle());
    EXPECT_EQ(workspace.openDialog(), nullptr);
    EXPECT_EQ(workspace.statusLabel()->text(), u"new.reviewer was added."_s);

    const int row = rowOf(workspace.usersTable(), u"new.reviewer"_s);
    ASSERT_GE(row, 0) << "the table shows the new person";
    EXPECT_EQ(workspace.usersTable()->item(row, 1)->text(), u"Nadia Reyes"_s);
    EXPECT_EQ(workspace.usersTable()->item(row, 3)->text(), u"benefits, general"_s) << "the store keeps queues sorted";
    EXPECT_EQ(workspace.usersTable()->item(row, 4)->text(), u"5"_s);

    const auto stored = m_session->callAndWait([](Database& database) {
        return UserStore(database).passwordOf(u"new.reviewer"_s);
    });
    ASSERT_TRUE(stored.ok()) << stored.error().toString().toStdString();
    EXPECT_GE(stored->iterations, PasswordHash::kMinimumIterations);
    EXPECT_GE(stored->iterations, 200000);
    PasswordHash hash { stored->hash, stored->salt, stored->iterations };
    EXPECT_TRUE(hash.matches(password));
    EXPECT_FALSE(hash.matches(u"correct horse battery stapler"_s));

    QApplication::processEvents();
    const QString shotPath = artifactPath(u"admin-users.png"_s);
    QFile::remove(shotPath);
    ASSERT_TRUE(workspace.grab().toImage().save(shotPath)) << shotPath.toStdString();

    // Change: capacity, presence and a role more.
    workspace.usersTable()->selectRow(row);
    ASSERT_TRUE(workspace.changeUserAction()->isEnabled());
    workspace.changeUserAction()->trigger();
    dialog = workspace.openDialog();
    ASSERT_NE(dialog, nullptr);
    EXPECT_TRUE(dialog->loginField()->isReadOnly());
    EXPECT_EQ(dialog->passwordField(), nullptr) << "a change never shows a password field";
    dialog->capacityField()->setValue(7);
    dialog->presenceField()->setCurrentIndex(dialog->presenceField()->findData(int(User::Presence::Away)));
    dialog->roleBox(Role::Agent)->setChecked(true);
    QTest::mouseClick(dialog->buttons()->button(QDialogButtonBox::Ok), Qt::LeftButton);
    ASSERT_TRUE(waitIdle());
    const auto changed = m_session->callAndWait([](Database& database) {
        return UserStore(database).byLogin(u"new.reviewer"_s);
    });
    ASSERT_TRUE(changed.ok());
    EXPECT_EQ(changed->capacity, 7);
    EXPECT_EQ(changed->presence, User::Presence::Away);
    EXPECT_TRUE(changed->hasRole(Role::Agent));
    EXPECT_TRUE(changed->hasRole(Role::Reviewer));
    EXPECT_EQ(changed->displayName, u"Nadia Reyes"_s);

    EXPECT_EQ(Database::forbiddenThreadCalls(), 0);
}

} // namespace moderation::test
