#include "DeskApp.h"
#include "Translations.h"
#include "settings/SettingsWorkspace.h"
#include "connectors/HttpTransport.h"
#include "credentials/KeychainCredentialStore.h"
#include "storage/Database.h"
#include "Version.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QMessageBox>
#include <QTextStream>
#include <QThread>

using namespace Qt::StringLiterals;

namespace {

// Exit codes as moderationctl's (DESIGN.md): 2 usage.
constexpr int kExitUsage = 2;

} // namespace

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    // The same QStandardPaths folder as moderationctl: both see the same single-seat store.
    QCoreApplication::setOrganizationName(u"ModerationDesk"_s);
    QCoreApplication::setApplicationName(u"moderation-desk"_s);
    QCoreApplication::setApplicationVersion(QString::fromLatin1(MODERATION_VERSION));
    QGuiApplication::setApplicationDisplayName(u"Moderation Desk"_s);

    QCommandLineParser parser;
    parser.setApplicationDescription(u"Moderation Desk: answering the public on Facebook and X."_s);
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dbOption(u"db"_s,
        u"The store: sqlite:PATH or postgresql://USER@HOST:PORT/DB (default: your own SQLite file)."_s, u"URL"_s);
    const QCommandLineOption langOption(
        u"lang"_s, u"The language to show: en or es (default: the system's language)."_s, u"LANG"_s);
    parser.addOption(dbOption);
    parser.addOption(langOption);
    parser.process(app);

    // --lang, else the language chosen in Settings, else the system's.
    const QString asked = parser.isSet(langOption) ? parser.value(langOption)
                                                   : moderation::SettingsWorkspace::storedLanguage();
    const auto language = moderation::Translations::choose(asked, QLocale::system());
    if (!language) {
        QMessageBox box(QMessageBox::Critical, u"Moderation Desk"_s,
            u"Unknown language '%1'. Available: %2."_s.arg(
                parser.value(langOption), moderation::Translations::available().join(u", "_s)),
            QMessageBox::Close);
        box.setTextFormat(Qt::PlainText);
        QTextStream(stderr) << box.text() << Qt::endl;
        box.exec();
        return kExitUsage;
    }
    moderation::Translations::install(app, *language);
    // High contrast and text size as chosen in Settings.
    moderation::SettingsWorkspace::applyStoredAppearance(app);

    // Shared sites' remembered passwords; a keychain that cannot be reached just means asking.
    moderation::KeychainCredentialStore keychain;
    moderation::DeskApp desk(&keychain);
    const auto outcome = desk.open(parser.value(dbOption), false);
    if (!outcome.opened)
        return outcome.exitCode;
    // The GUI thread never touches a store: every call goes through the session's store thread.
    moderation::Database::forbidThread(QThread::currentThread());
    moderation::HttpTransport::forbidThread(QThread::currentThread());
    return app.exec();
}
