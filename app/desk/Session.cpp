#include "Session.h"

#include "storage/ChangeFeed.h"

using namespace Qt::StringLiterals;

namespace moderation {

// The store's connection and change feed, made, used and closed on the store thread (QtSql's
// rule: a connection belongs to the thread that opened it).
class Session::StoreHost : public QObject
{
public:
    std::unique_ptr<Database> database;
    std::unique_ptr<ChangeFeed> feed;
};

Session::Session(const DatabaseUrl& url)
    : m_url(url)
{
    m_thread.setObjectName(u"store"_s);
    m_host = new StoreHost;
    m_host->moveToThread(&m_thread);
    m_thread.start();
}

Result<std::unique_ptr<Session>> Session::open(const DatabaseUrl& url, const Database::OpenOptions& options)
{
    std::unique_ptr<Session> session(new Session(url));
    Error failure;
    StoreHost* host = session->m_host;
    QMetaObject::invokeMethod(
        host,
        [&] {
            auto opened = Database::open(url, options);
            if (!opened) {
                failure = opened.error();
                return;
            }
            host->database = std::move(*opened);
            auto feed = ChangeFeed::follow(*host->database);
            if (feed)
                host->feed = std::move(*feed);
            // Without a feed the window still works; it just does not see other seats' changes
            // until it reloads (logged, not fatal).
            else
                qWarning("moderation-desk: changes by other seats will not show: %s",
                         qPrintable(feed.error().toString()));
        },
        Qt::BlockingQueuedConnection);
    if (failure.isError())
        return failure;
    return session;
}

Session::~Session()
{
    StoreHost* host = m_host;
    QMetaObject::invokeMethod(
        host,
        [host] {
            host->feed.reset();
            host->database.reset();
        },
        Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
    delete m_host;
}

void Session::setUser(const User& user)
{
    m_user = user;
    Q_EMIT userChanged();
}

void Session::post(std::function<void(Database&)> task)
{
    StoreHost* host = m_host;
    QMetaObject::invokeMethod(
        host, [host, task = std::move(task)] { task(*host->database); }, Qt::QueuedConnection);
}

void Session::postAndWait(const std::function<void(Database&)>& task)
{
    Q_ASSERT(QThread::currentThread() != &m_thread);
    StoreHost* host = m_host;
    QMetaObject::invokeMethod(host, [host, &task] { task(*host->database); }, Qt::BlockingQueuedConnection);
}

void Session::pollChanges()
{
    StoreHost* host = m_host;
    ++m_pending;
    QMetaObject::invokeMethod(
        host,
        [this, host] {
            QStringList tables;
            if (host->feed) {
                auto polled = host->feed->poll();
                if (polled)
                    tables = *polled;
            }
            QMetaObject::invokeMethod(
                this,
                [this, tables] {
                    --m_pending;
                    if (!tables.isEmpty())
                        Q_EMIT changed(tables);
                    if (m_pending == 0)
                        Q_EMIT idle();
                },
                Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
}

} // namespace moderation
