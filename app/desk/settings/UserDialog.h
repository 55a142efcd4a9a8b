#pragma once

#include "model/User.h"
#include "storage/UserStore.h"

#include <QDialog>
#include <QMap>

#include <optional>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace moderation {

// A person's details, to add them (login and password too) or to change them (roles, queues,
// capacity, display name, presence). Checks what it can before the store does: a login the store
// would refuse, no role, passwords that differ; OK stays disabled and a line says why.
class UserDialog : public QDialog
{
    Q_OBJECT

public:
    // Adding: `singleSeat` asks for a password and its confirmation (a SQLite store keeps its
    // PBKDF2 hash); on a PostgreSQL site the password makes the person's database role, and an
    // empty one takes a role the server's administrator already made.
    static UserDialog* forAdding(bool singleSeat, QWidget* parent);
    static UserDialog* forChanging(const User& user, QWidget* parent);

    bool isAdding() const { return m_adding; }
    // The person as entered (adding).
    User user() const;
    // The password typed (adding); nullopt when none was.
    std::optional<QString> password() const;
    // What differs from the person the dialog was opened with (changing).
    UserStore::Change change() const;

    QLineEdit* loginField() const { return m_login; }
    QLineEdit* nameField() const { return m_name; }
    QCheckBox* roleBox(Role role) const { return m_roles.value(role); }
    QLineEdit* queuesField() const { return m_queues; }
    QSpinBox* capacityField() const { return m_capacity; }
    QComboBox* presenceField() const { return m_presence; }
    QLineEdit* passwordField() const { return m_password; }
    QLineEdit* confirmField() const { return m_confirm; }
    QDialogButtonBox* buttons() const { return m_buttons; }
    QLabel* problemLabel() const { return m_problem; }

private:
    UserDialog(bool adding, bool singleSeat, QWidget* parent);
    void validate();
    QList<Role> roles() const;
    QStringList queues() const;

    bool m_adding = true;
    bool m_singleSeat = true;
    User m_before;
    QLineEdit* m_login = nullptr;
    QLineEdit* m_name = nullptr;
    QMap<Role, QCheckBox*> m_roles;
    QLineEdit* m_queues = nullptr;
    QSpinBox* m_capacity = nullptr;
    QComboBox* m_presence = nullptr;
    QLineEdit* m_password = nullptr;
    QLineEdit* m_confirm = nullptr;
    QLabel* m_problem = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
};

} // namespace moderation
