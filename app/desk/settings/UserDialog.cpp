#include "UserDialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace moderation {

namespace {

// Passwords shorter than this are refused here; the store keeps only their hash either way.
constexpr int kMinimumPasswordLength = 10;

} // namespace

UserDialog* UserDialog::forAdding(bool singleSeat, QWidget* parent)
{
    return new UserDialog(true, singleSeat, parent);
}

UserDialog* UserDialog::forChanging(const User& user, QWidget* parent)
{
    auto* dialog = new UserDialog(false, false, parent);
    dialog->m_before = user;
    dialog->m_login->setText(user.login);
    dialog->m_name->setText(user.displayName);
    for (auto it = dialog->m_roles.cbegin(); it != dialog->m_roles.cend(); ++it)
        it.value()->setChecked(user.hasRole(it.key()));
    dialog->m_queues->setText(user.queues.join(u", "_s));
    dialog->m_capacity->setValue(user.capacity);
    dialog->m_presence->setCurrentIndex(dialog->m_presence->findData(static_cast<int>(user.presence)));
    dialog->validate();
    return dialog;
}

UserDialog::UserDialog(bool adding, bool singleSeat, QWidget* parent)
    : QDialog(parent)
    , m_adding(adding)
    , m_singleSeat(singleSeat)
{
    setWindowTitle(adding ? tr("Add user") : tr("Change user"));
    auto* form = new QFormLayout;

    m_login = new QLineEdit(this);
    m_login->setReadOnly(!adding);
    m_login->setAccessibleName(tr("Login"));
    m_login->setToolTip(tr("Lower-case letters, digits, '.', '_' or '-', starting with a letter."));
    form->addRow(tr("&Login:"), m_login);

    m_name = new QLineEdit(this);
    m_name->setAccessibleName(tr("Display name"));
    form->addRow(tr("&Name:"), m_name);

    auto* roleRow = new QHBoxLayout;
    const QList<std::pair<Role, QString>> roles = { { Role::Agent, tr("&Agent") },
                                                    { Role::Reviewer, tr("&Reviewer") },
                                                    { Role::Supervisor, tr("&Supervisor") },
                                                    { Role::Admin, tr("A&dmin") } };
    for (const auto& [role, text] : roles) {
        auto* box = new QCheckBox(text, this);
        box->setAccessibleName(QString(text).remove(u'&'));
        m_roles.insert(role, box);
        roleRow->addWidget(box);
    }
    m_roles.value(Role::Agent)->setChecked(adding);
    // Connected once every widget validate() reads exists.
    for (QCheckBox* box : std::as_const(m_roles))
        connect(box, &QCheckBox::toggled, this, &UserDialog::validate);
    form->addRow(tr("Roles:"), roleRow);

    m_queues = new QLineEdit(this);
    m_queues->setAccessibleName(tr("Queues"));
    m_queues->setPlaceholderText(tr("Every queue"));
    m_queues->setToolTip(tr("The queues this person works, separated by commas; empty for every queue."));
    form->addRow(tr("&Queues:"), m_queues);

    m_capacity = new QSpinBox(this);
    m_capacity->setRange(0, 100);
    m_capacity->setValue(3);
    m_capacity->setAccessibleName(tr("Capacity"));
    m_capacity->setToolTip(tr("How many cases this person holds at most."));
    form->addRow(tr("&Capacity:"), m_capacity);

    m_presence = new QComboBox(this);
    m_presence->addItem(tr("Available"), static_cast<int>(User::Presence::Available));
    m_presence->addItem(tr("Away"), static_cast<int>(User::Presence::Away));
    m_presence->addItem(tr("Offline"), static_cast<int>(User::Presence::Offline));
    m_presence->setAccessibleName(tr("Presence"));
    form->addRow(tr("&Presence:"), m_presence);

    if (adding) {
        m_password = new QLineEdit(this);
        m_password->setEchoMode(QLineEdit::Password);
        m_password->setAccessibleName(tr("Password"));
        m_confirm = new QLineEdit(this);
        m_confirm->setEchoMode(QLineEdit::Password);
        m_confirm->setAccessibleName(tr("Confirm password"));
        if (singleSeat) {
            m_password->setToolTip(tr("At least %n character(s). The store keeps only a salted hash of it.", nullptr,
                                      kMinimumPasswordLength));
        } else {
            m_password->setToolTip(tr("The password of this person's database role. Leave it empty when the "
                                      "server's administrator already made the role."));
        }
        connect(m_password, &QLineEdit::textChanged, this, &UserDialog::validate);
        connect(m_confirm, &QLineEdit::textChanged, this, &UserDialog::validate);
        connect(m_login, &QLineEdit::textChanged, this, &UserDialog::validate);
        form->addRow(tr("Pass&word:"), m_password);
        form->addRow(tr("Con&firm password:"), m_confirm);
    }

    m_problem = new QLabel(this);
    m_problem->setTextFormat(Qt::PlainText);
    m_problem->setWordWrap(true);
    m_problem->setAccessibleName(tr("What is missing"));

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(adding ? tr("Add") : tr("Save"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);
    validate();
}

QList<Role> UserDialog::roles() const
{
    QList<Role> chosen;
    for (auto it = m_roles.cbegin(); it != m_roles.cend(); ++it)
        if (it.value()->isChecked())
            chosen.append(it.key());
    return chosen;
}

QStringList UserDialog::queues() const
{
    QStringList list;
    for (const QString& part : m_queues->text().split(u',', Qt::SkipEmptyParts))
        if (!part.trimmed().isEmpty())
            list.append(part.trimmed());
    return list;
}

void UserDialog::validate()
{
    QString problem;
    if (m_adding) {
        const Error login = UserStore::checkLogin(m_login->text());
        if (m_login->text().isEmpty())
            problem = tr("Enter a login.");
        else if (login.isError())
            problem = login.message();
    }
    if (problem.isEmpty() && roles().isEmpty())
        problem = tr("Choose at least one role.");
    if (problem.isEmpty() && m_adding) {
        const QString password = m_password->text();
        if (m_singleSeat && password.size() < kMinimumPasswordLength)
            problem = tr("The password needs at least %n character(s).", nullptr, kMinimumPasswordLength);
        else if (password != m_confirm->text())
            problem = tr("The two passwords differ.");
    }
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(problem.isEmpty());
}

User UserDialog::user() const
{
    User user = m_before;
    user.login = m_login->text();
    user.displayName = m_name->text().trimmed();
    user.roles = roles();
    user.queues = queues();
    user.capacity = m_capacity->value();
    user.presence = static_cast<User::Presence>(m_presence->currentData().toInt());
    return user;
}

std::optional<QString> UserDialog::password() const
{
    if (!m_password || m_password->text().isEmpty())
        return std::nullopt;
    return m_password->text();
}

UserStore::Change UserDialog::change() const
{
    const User after = user();
    UserStore::Change change;
    if (after.displayName != m_before.displayName)
        change.displayName = after.displayName;
    QList<Role> before = m_before.roles;
    std::sort(before.begin(), before.end());
    if (after.roles != before) // roles() lists them in the enum's order
        change.roles = after.roles;
    if (after.queues != m_before.queues)
        change.queues = after.queues;
    if (after.capacity != m_before.capacity)
        change.capacity = after.capacity;
    if (after.presence != m_before.presence)
        change.presence = after.presence;
    return change;
}

} // namespace moderation
