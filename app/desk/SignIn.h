#pragma once

#include "model/Error.h"
#include "model/User.h"

#include <QCoreApplication>
#include <QDialog>

#include <optional>

class QLabel;
class QLineEdit;

namespace moderation {

class Database;
class Session;

// Who works at this desk. A demo store (single seat) signs in as its demo agent without a
// password; a shared PostgreSQL site already knows the person: they signed in to the server as
// their own role. A real single-seat store asks for a login and password, checked against the
// PBKDF2 hash the store keeps (routing/PasswordHash); a store without anyone who can sign in asks
// for its administrator first. These functions run on the store thread (Session::call).
class SignIn
{
    Q_DECLARE_TR_FUNCTIONS(moderation::SignIn)

public:
    // The demo store's people, in File ▸ Switch user's order.
    static QStringList demoLogins();

    struct Start
    {
        bool demoStore = false;
        // Signed in already: the demo agent, or a site's role.
        std::optional<User> user;
        // A single seat with nobody who can sign in: make the administrator first.
        bool needsAdministrator = false;
    };
    // What the desk does when the store has opened.
    static Result<Start> start(Database& database);

    // The user when the password is theirs. Every refusal says the same ("not accepted"), so a
    // guess does not learn which logins exist; an inactive user is refused too.
    static Result<User> check(Database& database, const QString& login, const QString& password);
    // A demo person by login, only in a store marked as demo on a single seat.
    static Result<User> demoUser(Database& database, const QString& login);
    // The first person of a new single-seat store: an administrator and supervisor, with a password
    // of at least 12 characters (audited as made by themselves).
    static Result<User> createAdministrator(Database& database, const QString& login, const QString& displayName,
                                            const QString& password);
    static constexpr int kMinimumPasswordLength = 12;
};

// Asks for a single seat's login and password and checks them on the store thread; accepted when
// they match (user() is then who signed in).
class SignInDialog : public QDialog
{
    Q_OBJECT

public:
    SignInDialog(Session& session, const QString& storeName, QWidget* parent = nullptr);
    const User& user() const { return m_user; }
    QLineEdit* loginField() const { return m_login; }
    QLineEdit* passwordField() const { return m_password; }
    QString message() const;

private:
    void tryPassword();

    Session& m_session;
    QLineEdit* m_login = nullptr;
    QLineEdit* m_password = nullptr;
    QLabel* m_message = nullptr;
    QPushButton* m_signIn = nullptr;
    User m_user;
};

// The administrator of a new single-seat store: login, name, password twice.
class NewAdministratorDialog : public QDialog
{
    Q_OBJECT

public:
    NewAdministratorDialog(Session& session, QWidget* parent = nullptr);
    const User& user() const { return m_user; }
    QLineEdit* loginField() const { return m_login; }
    QLineEdit* nameField() const { return m_name; }
    QLineEdit* passwordField() const { return m_password; }
    QLineEdit* repeatField() const { return m_repeat; }
    QString message() const;

private:
    void create();

    Session& m_session;
    QLineEdit* m_login = nullptr;
    QLineEdit* m_name = nullptr;
    QLineEdit* m_password = nullptr;
    QLineEdit* m_repeat = nullptr;
    QLabel* m_message = nullptr;
    QPushButton* m_create = nullptr;
    User m_user;
};

} // namespace moderation
