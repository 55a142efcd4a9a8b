#include "StoreStartup.h"

#include "Session.h"
#include "credentials/CredentialNames.h"
#include "credentials/CredentialStore.h"

#include <QCheckBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace moderation {

namespace {

constexpr int kPasswordAttempts = 3;

} // namespace

namespace {

// A shared site's password prompt, with "Remember me": the password then goes to the OS keychain
// (QtKeychain), never to a file.
class PasswordDialog : public QDialog
{
public:
    PasswordDialog(const QString& prompt, QWidget* parent)
        : QDialog(parent)
    {
        setWindowTitle(StoreStartup::tr("Sign in to the shared store"));
        setAccessibleName(StoreStartup::tr("Sign in to the shared store"));
        auto* layout = new QVBoxLayout(this);
        auto* label = new QLabel(prompt, this);
        label->setTextFormat(Qt::PlainText);
        label->setWordWrap(true);
        layout->addWidget(label);
        password = new QLineEdit(this);
        password->setEchoMode(QLineEdit::Password);
        password->setAccessibleName(StoreStartup::tr("Password"));
        label->setBuddy(password);
        layout->addWidget(password);
        remember = new QCheckBox(StoreStartup::tr("&Remember me on this computer (kept in the system's keychain)"), this);
        remember->setAccessibleName(StoreStartup::tr("Remember me"));
        layout->addWidget(remember);
        auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
        buttons->button(QDialogButtonBox::Ok)->setText(StoreStartup::tr("&Sign In"));
        buttons->button(QDialogButtonBox::Ok)->setAccessibleName(StoreStartup::tr("Sign in"));
        buttons->button(QDialogButtonBox::Cancel)->setAccessibleName(StoreStartup::tr("Cancel"));
        layout->addWidget(buttons);
        connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
        connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    }

    QLineEdit* password = nullptr;
    QCheckBox* remember = nullptr;
};

} // namespace

Result<std::unique_ptr<Session>> StoreStartup::open(const QString& urlText, QWidget* dialogParent,
                                                    CredentialStore* keychain)
{
    DatabaseUrl url = DatabaseUrl::defaultLocal();
    if (!urlText.isEmpty()) {
        auto parsed = DatabaseUrl::parse(urlText);
        if (!parsed)
            return parsed.error();
        url = *parsed;
    }

    Database::OpenOptions options;
    const QString secretName = url.engine == DatabaseEngine::Postgres
        ? CredentialNames::databasePassword(CredentialNames::storeIdentity(url.identity()), url.user)
        : QString();
    bool fromKeychain = false;
    if (keychain && !secretName.isEmpty()) {
        // A keychain that cannot be reached (no desktop session) just means asking.
        auto remembered = keychain->read(secretName);
        if (remembered && !remembered->isEmpty()) {
            options.password = QString::fromUtf8(*remembered);
            fromKeychain = true;
        }
    }
    auto opened = Session::open(url, options);
    if (!opened && fromKeychain && opened.error().code() == Error::Code::AuthenticationFailed) {
        // Changed on the server since it was remembered: forgotten, and asked for.
        keychain->remove(secretName);
    }
    // A shared site: each person logs in as their own database role, with their own password.
    for (int attempt = 0; attempt < kPasswordAttempts && !opened
         && opened.error().code() == Error::Code::AuthenticationFailed && url.engine == DatabaseEngine::Postgres;
         ++attempt) {
        const QString prompt = attempt == 0
            ? tr("Password for %1 on %2:").arg(url.user, url.host)
            : tr("That password was not accepted. Password for %1 on %2:").arg(url.user, url.host);
        PasswordDialog dialog(prompt, dialogParent);
        if (dialog.exec() != QDialog::Accepted)
            break;
        options.password = dialog.password->text();
        opened = Session::open(url, options);
        if (opened && keychain) {
            if (dialog.remember->isChecked())
                keychain->write(secretName, options.password.toUtf8());
            else
                keychain->remove(secretName);
        }
    }
    if (!opened)
        return opened.error();
    return std::move(opened).value();
}

QString StoreStartup::explanation(const Error& error)
{
    switch (error.code()) {
    case Error::Code::Usage:
    case Error::Code::InvalidInput:
        return tr("The store address is not valid. It must look like sqlite:PATH or "
                  "postgresql://USER@HOST:PORT/DATABASE.");
    case Error::Code::DatabaseUnreachable:
        return tr("The database server could not be reached. Check the network connection and the server "
                  "address, or ask your administrator whether the server is running.");
    case Error::Code::AuthenticationFailed:
        return tr("The server did not accept the user name or password.");
    case Error::Code::ReadOnly:
        return tr("The store cannot be written: the file or its folder is read-only or missing. Check the "
                  "folder's permissions, or start Moderation Desk with another store (--db).");
    case Error::Code::Corrupt:
        return tr("The file is not a Moderation Desk store, or it is damaged. Restore it from a backup, or "
                  "start Moderation Desk with another store (--db).");
    case Error::Code::NotFound:
        return tr("The store does not exist.");
    default:
        return tr("The store could not be opened.");
    }
}

std::unique_ptr<QMessageBox> StoreStartup::errorDialog(const QString& where, const Error& error, QWidget* parent)
{
    auto box = std::make_unique<QMessageBox>(parent);
    box->setIcon(QMessageBox::Critical);
    box->setWindowTitle(tr("Moderation Desk cannot open its store"));
    box->setTextFormat(Qt::PlainText);
    box->setText(tr("Moderation Desk could not open the comment store at %1.").arg(where));
    box->setInformativeText(explanation(error));
    box->setDetailedText(error.toString());
    box->setStandardButtons(QMessageBox::Close);
    box->setAccessibleName(box->windowTitle());
    box->setAccessibleDescription(box->informativeText());
    return box;
}

} // namespace moderation
