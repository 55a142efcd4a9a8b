#include "FirstStart.h"
#include "MainWindow.h"
#include "StoreStartup.h"
#include "Translations.h"
#include "Version.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QMessageBox>
#include <QTextStream>

using namespace Qt::StringLiterals;

namespace {

// Exit codes as moderationctl's (DESIGN.md): 2 usage, 3 environment.
constexpr int kExitUsage = 2;
constexpr int kExitEnvironment = 3;

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

    const auto language = moderation::Translations::choose(parser.value(langOption), QLocale::system());
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

    const QString urlText = parser.value(dbOption);
    auto store = moderation::StoreStartup::open(urlText, nullptr);
    if (!store) {
        const QString where = urlText.isEmpty() ? moderation::DatabaseUrl::defaultLocal().toString() : urlText;
        // Said on stderr too, for whoever started the app from a terminal or a script.
        QTextStream(stderr) << "moderation-desk: " << store.error().toString() << Qt::endl;
        moderation::StoreStartup::errorDialog(where, store.error(), nullptr)->exec();
        return store.error().code() == moderation::Error::Code::Usage ? kExitUsage : kExitEnvironment;
    }
    moderation::Database& database = **store;

    QString announcement;
    {
        QApplication::setOverrideCursor(Qt::WaitCursor);
        const auto demo = moderation::FirstStart::loadDemoIfEmpty(database);
        QApplication::restoreOverrideCursor();
        if (!demo) {
            QMessageBox box(QMessageBox::Warning, QCoreApplication::translate("main", "Demo data not loaded"),
                QCoreApplication::translate("main", "The demo data could not be loaded: %1")
                    .arg(demo.error().toString()),
                QMessageBox::Ok);
            box.setTextFormat(Qt::PlainText);
            box.exec();
        } else if (*demo) {
            announcement = moderation::FirstStart::summary(**demo);
        }
    }

    moderation::MainWindow window(database);
    window.show();
    if (!announcement.isEmpty())
        window.announce(announcement);
    // A single-seat store syncs itself, in a worker thread; a shared site has its own
    // `moderationctl sync` (startSync does nothing there).
    window.startSync();
    return app.exec();
}
