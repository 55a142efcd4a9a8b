#pragma once

#include "model/Error.h"

#include <QObject>

#include <memory>

namespace moderation {

class CredentialStore;
class MainWindow;
class Session;

// The running desk: the store that is open, who is signed in, and its window. Opening a store
// goes through every step a person meets at start: the store opens (a shared site's password
// asked, or taken from the keychain), an empty single seat becomes the demo store, the person
// signs in (a new store first asks for its administrator), and the window shows their
// workspaces. File ▸ New Store and Open Store come back here; the window in use stays until the
// other store has opened.
class DeskApp : public QObject
{
    Q_OBJECT

public:
    explicit DeskApp(CredentialStore* keychain, QObject* parent = nullptr);
    ~DeskApp() override;

    // The exit code when it did not open (2 usage, 3 environment), else 0; a person who
    // cancelled sign-in gets 0 and no window (the app then quits).
    struct Outcome
    {
        bool opened = false;
        int exitCode = 0;
    };
    Outcome open(const QString& urlText, bool isNew);

    MainWindow* window() const { return m_window.get(); }
    Session* session() const { return m_session.get(); }
    // Whether the sync starts with each window (off in tests).
    void setSyncEnabled(bool enabled) { m_syncEnabled = enabled; }

private:
    CredentialStore* m_keychain = nullptr;
    bool m_syncEnabled = true;
    std::unique_ptr<Session> m_session;
    std::unique_ptr<MainWindow> m_window;
};

} // namespace moderation
