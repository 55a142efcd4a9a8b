#include "StoreStartup.h"

#include <QInputDialog>
#include <QLineEdit>
#include <QMessageBox>

using namespace Qt::StringLiterals;

namespace moderation {

namespace {

constexpr int kPasswordAttempts = 3;

} // namespace

Result<std::unique_ptr<Database>> StoreStartup::open(const QString& urlText, QWidget* dialogParent)
{
    DatabaseUrl url = DatabaseUrl::defaultLocal();
    if (!urlText.isEmpty()) {
        auto parsed = DatabaseUrl::parse(urlText);
        if (!parsed)
            return parsed.error();
        url = *parsed;
    }

    Database::OpenOptions options;
    auto opened = Database::open(url, options);
    // A shared site: each person logs in as their own database role, with their own password.
    for (int attempt = 0; attempt < kPasswordAttempts && !opened
         && opened.error().code() == Error::Code::AuthenticationFailed && url.engine == DatabaseEngine::Postgres;
         ++attempt) {
        bool ok = false;
        const QString prompt = attempt == 0
            ? tr("Password for %1 on %2:").arg(url.user, url.host)
            : tr("That password was not accepted. Password for %1 on %2:").arg(url.user, url.host);
        options.password = QInputDialog::getText(
            dialogParent, tr("Sign in to the shared store"), prompt, QLineEdit::Password, {}, &ok);
        if (!ok)
            break;
        opened = Database::open(url, options);
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
