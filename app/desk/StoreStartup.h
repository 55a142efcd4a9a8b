#pragma once

#include "model/Error.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <memory>

class QMessageBox;
class QWidget;

namespace moderation {

class CredentialStore;
class Session;

// Opening the store when the app starts, and saying plainly what to do when it does not open.
// A person at a contact-center desk reads these messages, not a developer.
class StoreStartup
{
    Q_DECLARE_TR_FUNCTIONS(moderation::StoreStartup)

public:
    // Parses the --db value (empty: the user's own SQLite file) and opens the store in a Session
    // (its own thread). For a PostgreSQL server that wants a password (none in PGPASSWORD) it
    // tries the one remembered in `keychain`, then asks, and remembers it when the person ticks
    // "Remember me". No keychain: always asks.
    static Result<std::unique_ptr<Session>> open(const QString& urlText, QWidget* dialogParent,
                                                 CredentialStore* keychain = nullptr);

    // What went wrong and what to try, in the user's language.
    static QString explanation(const Error& error);
    // A dialog with the explanation and the technical detail; the caller shows it.
    static std::unique_ptr<QMessageBox> errorDialog(const QString& where, const Error& error, QWidget* parent);
};

} // namespace moderation
