#include "AdminWorkspace.h"

#include "DisplayText.h"
#include "Session.h"
#include "routing/People.h"
#include "settings/UserDialog.h"
#include "storage/AccountStore.h"
#include "storage/UserStore.h"

#include <QAction>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QTabWidget>
#include <QTableWidget>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace moderation {

namespace {

QTableWidget* readOnlyTable(QWidget* parent)
{
    auto* table = new QTableWidget(parent);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setTabKeyNavigation(false);
    table->verticalHeader()->setVisible(false);
    table->horizontalHeader()->setStretchLastSection(true);
    table->setWordWrap(false);
    return table;
}

// Items hold plain strings: a display name or a platform's reason is shown as typed, never as markup.
QTableWidgetItem* item(const QString& text)
{
    return new QTableWidgetItem(text);
}

struct Loaded
{
    Result<QList<User>> users = QList<User>();
    Result<QList<Account>> accounts = QList<Account>();
};

} // namespace

AdminWorkspace::AdminWorkspace(Session& session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
{
    m_addAction = new QAction(this);
    m_addAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    connect(m_addAction, &QAction::triggered, this, &AdminWorkspace::addUser);
    m_changeAction = new QAction(this);
    m_changeAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_U));
    m_changeAction->setEnabled(false);
    connect(m_changeAction, &QAction::triggered, this, &AdminWorkspace::changeSelectedUser);
    m_reloadAction = new QAction(this);
    m_reloadAction->setShortcut(QKeySequence::Refresh);
    connect(m_reloadAction, &QAction::triggered, this, &AdminWorkspace::reload);

    m_tabs = new QTabWidget(this);
    auto* usersPage = new QWidget(m_tabs);
    m_users = readOnlyTable(usersPage);
    m_users->setColumnCount(7);
    connect(m_users, &QTableWidget::itemSelectionChanged, this,
            [this] { m_changeAction->setEnabled(selectedRow() >= 0 && !m_dialog); });
    connect(m_users, &QTableWidget::itemActivated, this, [this] { changeSelectedUser(); });
    m_addButton = new QToolButton(usersPage);
    m_addButton->setDefaultAction(m_addAction);
    m_changeButton = new QToolButton(usersPage);
    m_changeButton->setDefaultAction(m_changeAction);
    m_reloadButton = new QToolButton(usersPage);
    m_reloadButton->setDefaultAction(m_reloadAction);
    for (QToolButton* button : { m_addButton, m_changeButton, m_reloadButton })
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_addButton);
    buttons->addWidget(m_changeButton);
    buttons->addStretch(1);
    buttons->addWidget(m_reloadButton);
    auto* usersLayout = new QVBoxLayout(usersPage);
    usersLayout->addWidget(m_users, 1);
    usersLayout->addLayout(buttons);
    m_tabs->addTab(usersPage, QString());

    auto* accountsPage = new QWidget(m_tabs);
    m_accounts = readOnlyTable(accountsPage);
    m_accounts->setColumnCount(4);
    m_accountsNote = new QLabel(accountsPage);
    m_accountsNote->setWordWrap(true);
    m_accountsNote->setTextFormat(Qt::PlainText);
    auto* accountsLayout = new QVBoxLayout(accountsPage);
    accountsLayout->addWidget(m_accounts, 1);
    accountsLayout->addWidget(m_accountsNote);
    m_tabs->addTab(accountsPage, QString());

    m_status = new QLabel(this);
    m_status->setTextFormat(Qt::PlainText);
    m_status->setWordWrap(true);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_status);

    retranslateUi();
    connect(&m_session, &Session::changed, this, [this](const QStringList& tables) {
        if (tables.contains(u"*"_s) || tables.contains(u"users"_s) || tables.contains(u"accounts"_s))
            reload();
    });
    reload();
}

QList<QAction*> AdminWorkspace::actions() const
{
    return { m_addAction, m_changeAction, m_reloadAction };
}

// Every workspace handles LanguageChange like this: Settings ▸ Language installs another
// translator at run time, and Qt then sends this event to every widget.
void AdminWorkspace::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void AdminWorkspace::retranslateUi()
{
    const auto withShortcut = [](QAction* action, const QString& text) {
        action->setToolTip(u"%1 (%2)"_s.arg(text, action->shortcut().toString(QKeySequence::NativeText)));
    };
    m_addAction->setText(tr("&Add user…"));
    withShortcut(m_addAction, tr("Add a person who works the desk"));
    m_changeAction->setText(tr("&Change user…"));
    withShortcut(m_changeAction, tr("Change the selected person's roles, queues, capacity, name or presence"));
    m_reloadAction->setText(tr("&Reload"));
    withShortcut(m_reloadAction, tr("Read the people and the accounts again"));
    m_addButton->setAccessibleName(tr("Add user"));
    m_changeButton->setAccessibleName(tr("Change user"));
    m_reloadButton->setAccessibleName(tr("Reload"));

    m_tabs->setTabText(0, tr("&Users"));
    m_tabs->setTabText(1, tr("A&ccounts"));
    m_users->setHorizontalHeaderLabels(
        { tr("Login"), tr("Name"), tr("Roles"), tr("Queues"), tr("Capacity"), tr("Presence"), tr("Active") });
    m_users->setAccessibleName(tr("Users"));
    m_users->setAccessibleDescription(tr("The people who work the desk. Enter changes the selected one."));
    m_accounts->setHorizontalHeaderLabels({ tr("Platform"), tr("Name"), tr("State"), tr("Reason") });
    m_accounts->setAccessibleName(tr("Platform accounts"));
    m_accountsNote->setText(tr("Accounts are added and re-authenticated with moderationctl; their tokens stay "
                               "in the system's keychain and are never shown here."));
    m_status->setAccessibleName(tr("Status"));
    showUsers();
    showAccounts();
}

void AdminWorkspace::reload()
{
    m_session.call(
        this,
        [](Database& database) {
            Loaded loaded;
            loaded.users = UserStore(database).list();
            loaded.accounts = AccountStore(database).list();
            return loaded;
        },
        [this](const Loaded& loaded) {
            QStringList problems;
            if (loaded.users)
                m_userList = *loaded.users;
            else
                problems << tr("The people could not be read: %1").arg(loaded.users.error().toString());
            if (loaded.accounts)
                m_accountList = *loaded.accounts;
            else
                problems << tr("The accounts could not be read: %1").arg(loaded.accounts.error().toString());
            if (!problems.isEmpty())
                m_status->setText(problems.join(u'\n'));
            showUsers();
            showAccounts();
            Q_EMIT reloaded();
        });
}

void AdminWorkspace::showUsers()
{
    const int selectedIndex = selectedRow();
    const QString selected = selectedIndex >= 0 && m_users->item(selectedIndex, 0) ? m_users->item(selectedIndex, 0)->text()
                                                                                   : QString();
    const QMap<Role, QString> roleNames = { { Role::Agent, tr("agent") },
                                            { Role::Reviewer, tr("reviewer") },
                                            { Role::Supervisor, tr("supervisor") },
                                            { Role::Admin, tr("admin") } };
    const QMap<User::Presence, QString> presenceNames = { { User::Presence::Available, tr("Available") },
                                                          { User::Presence::Away, tr("Away") },
                                                          { User::Presence::Offline, tr("Offline") } };
    m_users->setRowCount(int(m_userList.size()));
    for (int row = 0; row < m_userList.size(); ++row) {
        const User& user = m_userList.at(row);
        QStringList roles;
        for (Role role : user.roles)
            roles << roleNames.value(role);
        m_users->setItem(row, 0, item(user.login));
        m_users->setItem(row, 1, item(user.displayName));
        m_users->setItem(row, 2, item(roles.join(u", "_s)));
        m_users->setItem(row, 3, item(user.queues.isEmpty() ? tr("every queue") : user.queues.join(u", "_s)));
        auto* capacity = item(QLocale().toString(user.capacity));
        capacity->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_users->setItem(row, 4, capacity);
        m_users->setItem(row, 5, item(presenceNames.value(user.presence)));
        m_users->setItem(row, 6, item(user.active ? tr("Yes") : tr("No")));
        if (user.login == selected)
            m_users->selectRow(row);
    }
    m_users->resizeColumnsToContents();
}

void AdminWorkspace::showAccounts()
{
    m_accounts->setRowCount(int(m_accountList.size()));
    for (int row = 0; row < m_accountList.size(); ++row) {
        const Account& account = m_accountList.at(row);
        QString state;
        switch (account.state) {
        case Account::State::Ok:
            state = tr("Working");
            break;
        case Account::State::NeedsReauth:
            state = tr("Needs re-authentication");
            break;
        case Account::State::RateLimited:
            state = tr("Rate-limited until %1")
                        .arg(DisplayText::localTime(account.rateLimitedUntil, QLocale::ShortFormat));
            break;
        case Account::State::Disabled:
            state = tr("Removed (its comments kept)");
            break;
        }
        m_accounts->setItem(row, 0, item(DisplayText::platform(account.platform)));
        m_accounts->setItem(row, 1, item(account.name));
        m_accounts->setItem(row, 2, item(state));
        m_accounts->setItem(row, 3, item(account.stateReason));
    }
    m_accounts->resizeColumnsToContents();
}

int AdminWorkspace::selectedRow() const
{
    const QModelIndexList rows = m_users->selectionModel()->selectedRows();
    return rows.isEmpty() ? -1 : rows.first().row();
}

void AdminWorkspace::addUser()
{
    if (m_dialog)
        return;
    m_dialog = UserDialog::forAdding(m_session.isSqlite(), this);
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_dialog, &QDialog::accepted, this, [this, dialog = m_dialog] { submit(dialog); });
    connect(m_dialog, &QObject::destroyed, this, [this] { m_dialog = nullptr; });
    m_dialog->open();
}

void AdminWorkspace::changeSelectedUser()
{
    const int row = selectedRow();
    if (m_dialog || row < 0 || row >= m_userList.size())
        return;
    m_dialog = UserDialog::forChanging(m_userList.at(row), this);
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_dialog, &QDialog::accepted, this, [this, dialog = m_dialog] { submit(dialog); });
    connect(m_dialog, &QObject::destroyed, this, [this] { m_dialog = nullptr; });
    m_dialog->open();
}

void AdminWorkspace::submit(UserDialog* dialog)
{
    const QString actor = m_session.login();
    const User user = dialog->user();
    const auto done = [this, login = user.login](const Error& error, const QString& success) {
        m_status->setText(error.isError() ? tr("%1 was not saved: %2").arg(login, error.toString()) : success);
        reload();
        Q_EMIT userSaved();
    };
    if (dialog->isAdding()) {
        const std::optional<QString> password = dialog->password();
        // People::add hashes a single seat's password (PBKDF2) on the store thread, not here.
        m_session.call(
            this, [user, password, actor](Database& database) { return People(database).add(user, password, actor); },
            [done, login = user.login, this](const Result<qint64>& added) {
                done(added.error(), tr("%1 was added.").arg(login));
            });
        return;
    }
    const UserStore::Change change = dialog->change();
    m_session.call(
        this,
        [login = user.login, change, actor](Database& database) { return People(database).change(login, change, actor); },
        [done, login = user.login, this](const Result<User>& changed) {
            done(changed.error(), tr("%1 was changed.").arg(login));
        });
}

} // namespace moderation
