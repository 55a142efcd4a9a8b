#pragma once

#include "model/Account.h"
#include "model/User.h"

#include <QList>
#include <QWidget>

class QAction;
class QLabel;
class QTabWidget;
class QTableWidget;
class QToolButton;

namespace moderation {

class Session;
class UserDialog;

// The admin's workspace: the people of the store (add one, change one's roles, queues, capacity,
// name or presence) and the platform accounts with their state. The main window offers it to
// admins only; the library checks the roles of every change anyway. No credential is ever
// shown: the accounts' tokens stay in the system's keychain.
class AdminWorkspace : public QWidget
{
    Q_OBJECT

public:
    AdminWorkspace(Session& session, QWidget* parent = nullptr);

    QList<QAction*> actions() const;

    QTableWidget* usersTable() const { return m_users; }
    QTableWidget* accountsTable() const { return m_accounts; }
    QTabWidget* tabs() const { return m_tabs; }
    QLabel* statusLabel() const { return m_status; }
    QAction* addUserAction() const { return m_addAction; }
    QAction* changeUserAction() const { return m_changeAction; }
    // The dialog open now (adding or changing), or null.
    UserDialog* openDialog() const { return m_dialog; }

    // Reads the people and the accounts again (on the store thread).
    void reload();
    // Opens the dialogs (window-modal, without blocking).
    void addUser();
    void changeSelectedUser();

Q_SIGNALS:
    void reloaded();
    void userSaved();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void showUsers();
    void showAccounts();
    void submit(UserDialog* dialog);
    int selectedRow() const;

    Session& m_session;
    QList<User> m_userList;
    QList<Account> m_accountList;
    QTabWidget* m_tabs = nullptr;
    QTableWidget* m_users = nullptr;
    QTableWidget* m_accounts = nullptr;
    QToolButton* m_addButton = nullptr;
    QToolButton* m_changeButton = nullptr;
    QToolButton* m_reloadButton = nullptr;
    QLabel* m_accountsNote = nullptr;
    QLabel* m_status = nullptr;
    UserDialog* m_dialog = nullptr;
    QAction* m_addAction = nullptr;
    QAction* m_changeAction = nullptr;
    QAction* m_reloadAction = nullptr;
};

} // namespace moderation
