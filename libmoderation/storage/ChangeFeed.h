#pragma once

#include "model/Error.h"

#include <QObject>
#include <QSet>
#include <QStringList>

#include <memory>

namespace moderation {

class Database;

// How a seat sees what other seats committed, without reloading everything on a timer: the desk
// calls poll() (from a QTimer, or when it regains focus) and reloads what changed. PostgreSQL:
// LISTEN on the channel md_changes, which the site's triggers NOTIFY with the changed table's
// name (cases, drafts, reviews, outbox, comments; migration 5). SQLite: PRAGMA data_version,
// which moves when another connection commits (any table: the feed says kAnyTable).
// poll() never waits: a change committed before it was called is always reported by it, so
// tests need no timers. Changes made through the feed's own connection are not reported.
class ChangeFeed : public QObject
{
    Q_OBJECT

public:
    // What a SQLite feed reports: something changed, no telling which table.
    static constexpr QStringView kAnyTable = u"*";

    // Follows the store behind this connection (which must outlive the feed). A dedicated
    // connection is best on PostgreSQL: a long transaction on it holds notifications back.
    static Result<std::unique_ptr<ChangeFeed>> follow(Database& database);
    ~ChangeFeed() override;

    // The tables changed by others since the last poll, sorted (kAnyTable alone on SQLite);
    // empty when nothing changed. Emits changed() when not empty.
    Result<QStringList> poll();

Q_SIGNALS:
    void changed(const QStringList& tables);

private:
    explicit ChangeFeed(Database& database);
    Result<qint64> sqliteDataVersion() const;
    Error drainNotifications();

    Database& m_database;
    qint64 m_dataVersion = 0;
    QSet<QString> m_pending;
    bool m_subscribed = false;
};

} // namespace moderation
