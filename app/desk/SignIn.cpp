#include "SignIn.h"

#include "Session.h"
#include "routing/PasswordHash.h"
#include "routing/People.h"
#include "storage/Database.h"
#include "storage/SettingsStore.h"
#include "storage/UserStore.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace moderation {

namespace {

Error notAccepted()
{
    return Error(Error::Code::AuthenticationFailed, SignIn::tr("That login and password were not accepted."));
}

QLineEdit* passwordEdit(QWidget* parent, const QString& name)
{
    auto* edit = new QLineEdit(parent);
    edit->setEchoMode(QLineEdit::Password);
    edit->setAccessibleName(name);
    return edit;
}

QLabel* messageLabel(QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    label->setAccessibleName(SignIn::tr("Sign-in message"));
    label->hide();
    return label;
}

} // namespace

QStringList SignIn::demoLogins()
{
    return { u"demo.agent"_s, u"demo.reviewer"_s, u"demo.supervisor"_s };
}

Result<SignIn::Start> SignIn::start(Database& database)
{
    Start start;
    UserStore users(database);
    if (!database.isSqlite()) {
        // A shared site: the server signed the person in as their role, which names their user.
        auto user = users.byLogin(database.url().user);
        if (!user) {
            if (user.error().code() == Error::Code::NotFound)
                return Error(Error::Code::Refused,
                             tr("The database role %1 is not a person of this site. Ask an administrator to add "
                                "you (moderationctl users add).")
                                 .arg(database.url().user));
            return user.error();
        }
        if (!user->active)
            return Error(Error::Code::Refused, tr("The user %1 is no longer active on this site.")
                                                            .arg(user->login));
        start.user = *user;
        return start;
    }
    auto demo = SettingsStore(database).isDemo();
    if (!demo)
        return demo.error();
    start.demoStore = *demo;
    if (start.demoStore) {
        auto agent = demoUser(database, demoLogins().constFirst());
        if (!agent)
            return agent.error();
        start.user = *agent;
        return start;
    }
    auto everyone = users.list();
    if (!everyone)
        return everyone.error();
    start.needsAdministrator = true;
    for (const User& user : std::as_const(*everyone)) {
        auto password = users.passwordOf(user.login);
        if (password && !password->hash.isEmpty() && user.active) {
            start.needsAdministrator = false;
            break;
        }
    }
    return start;
}

Result<User> SignIn::check(Database& database, const QString& login, const QString& password)
{
    UserStore users(database);
    auto stored = users.passwordOf(login.trimmed());
    if (!stored) {
        if (stored.error().code() == Error::Code::NotFound)
            return notAccepted();
        return stored.error();
    }
    PasswordHash hash;
    hash.hash = stored->hash;
    hash.salt = stored->salt;
    hash.iterations = stored->iterations;
    if (!hash.isSet() || !hash.matches(password))
        return notAccepted();
    auto user = users.byLogin(login.trimmed());
    if (!user)
        return user.error();
    if (!user->active)
        return notAccepted();
    return *user;
}

Result<User> SignIn::demoUser(Database& database, const QString& login)
{
    if (!database.isSqlite())
        return Error(Error::Code::Refused, tr("Switching user without a password is for demo stores only."));
    auto demo = SettingsStore(database).isDemo();
    if (!demo)
        return demo.error();
    if (!*demo || !demoLogins().contains(login))
        return Error(Error::Code::Refused, tr("Switching user without a password is for demo stores only."));
    return UserStore(database).byLogin(login);
}

Result<User> SignIn::createAdministrator(Database& database, const QString& login, const QString& displayName,
                                         const QString& password)
{
    if (const Error bad = UserStore::checkLogin(login); bad.isError())
        return bad;
    if (password.size() < kMinimumPasswordLength)
        return Error(Error::Code::InvalidInput,
                     tr("The password needs at least %1 characters.").arg(kMinimumPasswordLength));
    User user;
    user.login = login;
    user.displayName = displayName.trimmed().isEmpty() ? login : displayName.trimmed();
    user.roles = { Role::Admin, Role::Supervisor };
    auto id = People(database).add(user, password, login);
    if (!id)
        return id.error();
    return UserStore(database).byId(*id);
}

SignInDialog::SignInDialog(Session& session, const QString& storeName, QWidget* parent)
    : QDialog(parent)
    , m_session(session)
{
    setWindowTitle(tr("Sign in — Moderation Desk"));
    setAccessibleName(tr("Sign in"));
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(tr("Sign in to the store %1.").arg(storeName), this);
    intro->setTextFormat(Qt::PlainText);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto* form = new QFormLayout;
    m_login = new QLineEdit(this);
    m_login->setAccessibleName(tr("Login"));
    m_password = passwordEdit(this, tr("Password"));
    form->addRow(tr("&Login:"), m_login);
    form->addRow(tr("&Password:"), m_password);
    layout->addLayout(form);
    m_message = messageLabel(this);
    layout->addWidget(m_message);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_signIn = buttons->addButton(tr("&Sign In"), QDialogButtonBox::AcceptRole);
    m_signIn->setDefault(true);
    m_signIn->setAccessibleName(tr("Sign in"));
    buttons->button(QDialogButtonBox::Cancel)->setAccessibleName(tr("Cancel"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &SignInDialog::tryPassword);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

QString SignInDialog::message() const
{
    return m_message->text();
}

void SignInDialog::tryPassword()
{
    // The hash takes a moment by design (PBKDF2): it runs on the store thread, the dialog waits.
    m_signIn->setEnabled(false);
    m_message->setText(tr("Checking…"));
    m_message->show();
    const QString login = m_login->text();
    const QString password = m_password->text();
    m_session.call(
        this, [login, password](Database& database) { return SignIn::check(database, login, password); },
        [this](Result<User> user) {
            m_signIn->setEnabled(true);
            if (!user) {
                m_message->setText(user.error().message());
                m_password->clear();
                m_password->setFocus(Qt::OtherFocusReason);
                return;
            }
            m_user = *user;
            accept();
        });
}

NewAdministratorDialog::NewAdministratorDialog(Session& session, QWidget* parent)
    : QDialog(parent)
    , m_session(session)
{
    setWindowTitle(tr("New store — Moderation Desk"));
    setAccessibleName(tr("The new store's administrator"));
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(tr("This store has nobody who can sign in yet. Choose the administrator's login and "
                                "password: the administrator adds the agents, reviewers and supervisors."),
                             this);
    intro->setTextFormat(Qt::PlainText);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto* form = new QFormLayout;
    m_login = new QLineEdit(this);
    m_login->setAccessibleName(tr("Administrator's login"));
    m_name = new QLineEdit(this);
    m_name->setAccessibleName(tr("Administrator's name"));
    m_password = passwordEdit(this, tr("Password"));
    m_repeat = passwordEdit(this, tr("Password again"));
    form->addRow(tr("&Login:"), m_login);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Password:"), m_password);
    form->addRow(tr("Password &again:"), m_repeat);
    layout->addLayout(form);
    m_message = messageLabel(this);
    layout->addWidget(m_message);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_create = buttons->addButton(tr("&Create"), QDialogButtonBox::AcceptRole);
    m_create->setDefault(true);
    m_create->setAccessibleName(tr("Create the administrator"));
    buttons->button(QDialogButtonBox::Cancel)->setAccessibleName(tr("Cancel"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &NewAdministratorDialog::create);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

QString NewAdministratorDialog::message() const
{
    return m_message->text();
}

void NewAdministratorDialog::create()
{
    if (m_password->text() != m_repeat->text()) {
        m_message->setText(tr("The two passwords differ."));
        m_message->show();
        m_repeat->setFocus(Qt::OtherFocusReason);
        return;
    }
    m_create->setEnabled(false);
    const QString login = m_login->text().trimmed();
    const QString name = m_name->text();
    const QString password = m_password->text();
    m_session.call(
        this,
        [login, name, password](Database& database) {
            return SignIn::createAdministrator(database, login, name, password);
        },
        [this](Result<User> user) {
            m_create->setEnabled(true);
            if (!user) {
                m_message->setText(user.error().message());
                m_message->show();
                return;
            }
            m_user = *user;
            accept();
        });
}

} // namespace moderation
