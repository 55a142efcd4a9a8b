#include "DeskApp.h"

#include "FirstStart.h"
#include "MainWindow.h"
#include "Session.h"
#include "SignIn.h"
#include "StoreStartup.h"
#include "storage/Database.h"

#include <QApplication>
#include <QMessageBox>
#include <QTextStream>

using namespace Qt::StringLiterals;

namespace moderation {

namespace {

constexpr int kExitUsage = 2;
constexpr int kExitEnvironment = 3;

void warn(const QString& title, const QString& text, QWidget* parent)
{
    QMessageBox box(QMessageBox::Warning, title, text, QMessageBox::Ok, parent);
    box.setTextFormat(Qt::PlainText);
    box.exec();
}

} // namespace

DeskApp::DeskApp(CredentialStore* keychain, QObject* parent)
    : QObject(parent)
    , m_keychain(keychain)
{
}

// The window (and its sync thread) before the session whose store it shows.
DeskApp::~DeskApp()
{
    m_window.reset();
    m_session.reset();
}

DeskApp::Outcome DeskApp::open(const QString& urlText, bool isNew)
{
    QWidget* parent = m_window.get();
    auto store = StoreStartup::open(urlText, parent, m_keychain);
    if (!store) {
        const QString where = urlText.isEmpty() ? DatabaseUrl::defaultLocal().toString() : urlText;
        // Said on stderr too, for whoever started the app from a terminal or a script.
        QTextStream(stderr) << "moderation-desk: " << store.error().toString() << Qt::endl;
        StoreStartup::errorDialog(where, store.error(), parent)->exec();
        return { false, store.error().code() == Error::Code::Usage ? kExitUsage : kExitEnvironment };
    }
    std::unique_ptr<Session> session = std::move(*store);

    // A new store of one's own is a real one, never the demo: it starts with its administrator.
    QString announcement;
    if (!isNew) {
        QApplication::setOverrideCursor(Qt::WaitCursor);
        const auto demo = session->callAndWait([](Database& database) { return FirstStart::loadDemoIfEmpty(database); });
        QApplication::restoreOverrideCursor();
        if (!demo)
            warn(QCoreApplication::translate("main", "Demo data not loaded"),
                 QCoreApplication::translate("main", "The demo data could not be loaded: %1")
                     .arg(demo.error().toString()),
                 parent);
        else if (*demo)
            announcement = FirstStart::summary(**demo);
    }

    auto start = session->callAndWait([](Database& database) { return SignIn::start(database); });
    if (!start) {
        QTextStream(stderr) << "moderation-desk: " << start.error().toString() << Qt::endl;
        warn(SignIn::tr("Sign in"), start.error().message(), parent);
        return { false, kExitEnvironment };
    }
    session->setDemoStore(start->demoStore);
    User user;
    if (start->user) {
        user = *start->user;
    } else if (start->needsAdministrator) {
        NewAdministratorDialog dialog(*session, parent);
        if (dialog.exec() != QDialog::Accepted)
            return { false, 0 };
        user = dialog.user();
    } else {
        SignInDialog dialog(*session, session->isSqlite() ? session->url().path : session->url().toString(), parent);
        if (dialog.exec() != QDialog::Accepted)
            return { false, 0 };
        user = dialog.user();
    }
    session->setUser(user);

    auto window = std::make_unique<MainWindow>(*session);
    connect(window.get(), &MainWindow::openStoreRequested, this, [this](const QString& url, bool fresh) {
        // Queued: the old window must not be deleted inside its own menu's signal.
        QMetaObject::invokeMethod(this, [this, url, fresh] { open(url, fresh); }, Qt::QueuedConnection);
    });
    // The old window and its store go only now that the new one has opened.
    m_window.reset();
    m_session.reset();
    m_session = std::move(session);
    m_window = std::move(window);
    m_window->show();
    if (!announcement.isEmpty())
        m_window->announce(announcement);
    // A single-seat store syncs itself, in a worker thread; a shared site has its own
    // `moderationctl sync` (startSync does nothing there).
    if (m_syncEnabled)
        m_window->startSync();
    return { true, 0 };
}

} // namespace moderation
