#pragma once

#include "model/Error.h"
#include "model/User.h"
#include "storage/Database.h"

#include <QObject>
#include <QPointer>
#include <QThread>

#include <functional>
#include <memory>
#include <optional>
#include <type_traits>

namespace moderation {

class ChangeFeed;

// Who is signed in, to which store, and the one way the workspaces reach it. The store has a
// thread of its own (the "store thread", with its own connection): a workspace hands call() the
// work as a function of the Database, which runs there, and gets the result back on the GUI
// thread, in `context` (dropped when the context is gone). The window never waits for SQL, so a
// slow query or a locked store cannot freeze it; Database::forbidThread(GUI thread) makes any
// call that slips past this visible (tests assert none does).
//
// Every action is audited by the library, as the signed-in login (the actor); a workspace never
// writes an audit event of its own.
class Session : public QObject
{
    Q_OBJECT

public:
    // Starts the store thread and opens the store there (blocking until it opened): an Error
    // when it did not open.
    static Result<std::unique_ptr<Session>> open(const DatabaseUrl& url, const Database::OpenOptions& options);
    ~Session() override;

    const DatabaseUrl& url() const { return m_url; }
    bool isSqlite() const { return m_url.engine == DatabaseEngine::Sqlite; }

    // The signed-in person; who acts (the audit's actor) in every call.
    const User& user() const { return m_user; }
    QString login() const { return m_user.login; }
    bool hasRole(Role role) const { return m_user.hasRole(role); }
    void setUser(const User& user);

    // A demo store (DemoLoader marked it): no passwords, File ▸ Switch user among its people.
    bool isDemoStore() const { return m_demoStore; }
    void setDemoStore(bool demo) { m_demoStore = demo; }

    // Runs `work(Database&)` on the store thread, then `done(result)` on the GUI thread when
    // `context` still exists. Calls run one after another, in the order made.
    template<typename Work, typename Done>
    void call(QObject* context, Work work, Done done)
    {
        using R = std::invoke_result_t<Work, Database&>;
        QPointer<QObject> guard(context);
        ++m_pending;
        post([this, guard, work = std::move(work), done = std::move(done)](Database& database) mutable {
            auto result = std::make_shared<R>(work(database));
            QMetaObject::invokeMethod(
                this,
                [this, guard, result, done = std::move(done)]() mutable {
                    --m_pending;
                    if (guard)
                        done(std::move(*result));
                    if (m_pending == 0)
                        Q_EMIT idle();
                },
                Qt::QueuedConnection);
        });
    }
    // Runs `work` on the store thread and waits for it: for start-up and sign-in only, before
    // the window shows (and in tests).
    template<typename Work>
    auto callAndWait(Work work) -> std::invoke_result_t<Work, Database&>
    {
        using R = std::invoke_result_t<Work, Database&>;
        std::optional<R> result;
        postAndWait([&](Database& database) { result.emplace(work(database)); });
        return std::move(*result);
    }

    // No call is under way (tests wait for this instead of sleeping).
    bool isIdle() const { return m_pending == 0; }

    // Asks the store whether another seat (or the sync) changed something; changed() follows on
    // the GUI thread when it did. The window calls it on a timer and when it regains focus.
    void pollChanges();

Q_SIGNALS:
    void userChanged();
    // Tables changed by others ("*" on SQLite: something did).
    void changed(const QStringList& tables);
    void idle();

private:
    explicit Session(const DatabaseUrl& url);
    void post(std::function<void(Database&)> task);
    void postAndWait(const std::function<void(Database&)>& task);

    DatabaseUrl m_url;
    User m_user;
    bool m_demoStore = false;
    int m_pending = 0; // GUI thread only
    QThread m_thread;
    class StoreHost;
    StoreHost* m_host = nullptr; // lives in m_thread
};

} // namespace moderation
