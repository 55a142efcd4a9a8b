#include "storage/ChangeFeed.h"

#include "storage/Database.h"

#include <QCoreApplication>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace moderation {

namespace {
const QString kChannel = u"md_changes"_s;
}

ChangeFeed::ChangeFeed(Database& database)
    : m_database(database)
{
}

ChangeFeed::~ChangeFeed()
{
    if (m_subscribed) {
        QSqlDriver* driver = m_database.connection().driver();
        if (driver)
            driver->unsubscribeFromNotification(kChannel);
    }
}

Result<std::unique_ptr<ChangeFeed>> ChangeFeed::follow(Database& database)
{
    std::unique_ptr<ChangeFeed> feed(new ChangeFeed(database));
    if (database.isSqlite()) {
        auto version = feed->sqliteDataVersion();
        if (!version)
            return version.error();
        feed->m_dataVersion = *version;
        return feed;
    }
    QSqlDriver* driver = database.connection().driver();
    if (!driver || !driver->hasFeature(QSqlDriver::EventNotifications))
        return Error(Error::Code::Internal, u"the PostgreSQL driver cannot deliver notifications"_s);
    ChangeFeed* self = feed.get();
    connect(driver, &QSqlDriver::notification, feed.get(),
            [self](const QString& name, QSqlDriver::NotificationSource source, const QVariant& payload) {
                // Our own changes are known to us; only others' are news.
                if (name == kChannel && source == QSqlDriver::OtherSource)
                    self->m_pending.insert(payload.toString());
            });
    if (!driver->subscribeToNotification(kChannel))
        return database.errorFrom(driver->lastError(), u"listening for changes on %1"_s.arg(kChannel));
    feed->m_subscribed = true;
    return feed;
}

Result<qint64> ChangeFeed::sqliteDataVersion() const
{
    auto q = m_database.exec(u"PRAGMA data_version"_s);
    if (!q)
        return q.error().prefixed(u"reading the store's change counter"_s);
    if (!q->next())
        return Error(Error::Code::Internal, u"reading the store's change counter: no row"_s);
    return q->value(0).toLongLong();
}

Error ChangeFeed::drainNotifications()
{
    // A round trip first: the server sends every notification it was signalled before it says
    // it is ready for the next query (PostgreSQL 14 and later), so any change committed before
    // this call is now in the client library's queue, read off the socket with the reply.
    if (auto probe = m_database.exec(u"SELECT 1"_s); !probe)
        return probe.error().prefixed(u"reading changes"_s);
    // Then the driver hands over what it queued. Its own hook runs only from the event loop
    // (a socket notifier, or a queued call after each query); call it now instead of waiting.
    QSqlDriver* driver = m_database.connection().driver();
    if (!QMetaObject::invokeMethod(driver, "_q_handleNotification", Qt::DirectConnection))
        QCoreApplication::sendPostedEvents(driver, QEvent::MetaCall);
    return {};
}

Result<QStringList> ChangeFeed::poll()
{
    QStringList tables;
    if (m_database.isSqlite()) {
        auto version = sqliteDataVersion();
        if (!version)
            return version.error();
        if (*version != m_dataVersion)
            tables.append(kAnyTable.toString());
        m_dataVersion = *version;
    } else {
        if (Error error = drainNotifications(); error.isError())
            return error;
        tables = QStringList(m_pending.cbegin(), m_pending.cend());
        m_pending.clear();
        std::sort(tables.begin(), tables.end());
    }
    if (!tables.isEmpty())
        Q_EMIT changed(tables);
    return tables;
}

} // namespace moderation
