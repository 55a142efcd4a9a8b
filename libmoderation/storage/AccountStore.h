#pragma once

#include "model/Account.h"
#include "model/Error.h"

#include <QList>
#include <QStringList>
#include <QVariant>

#include <optional>

namespace moderation {

class Database;

// Accounts and what each one watches.
class AccountStore
{
public:
    explicit AccountStore(Database& database)
        : m_database(database)
    { }

    // Stores a new account with its watches and one audit event. Conflict when the name is taken.
    Result<qint64> add(const Account& account, const QString& actor = QStringLiteral("system"));
    // NotFound when there is none by that name.
    Result<Account> byName(const QString& name) const;
    // By name, disabled (removed) ones too: sync skips those (Account::State::Disabled).
    Result<QList<Account>> list() const;
    Result<qint64> count() const;
    Result<Account> byId(qint64 id) const;

    // The quotas (unset leaves one as it is), audited as "account.changed".
    Error setQuotas(const QString& name, std::optional<int> postsPerDay, std::optional<int> readsPerHour,
                    const QString& actor);
    // Ok, NeedsReauth (with the platform's reason), RateLimited until a time; audited when the
    // state changes ("account.state"), silent when it is the same.
    Error setState(qint64 accountId, Account::State state, const QDateTime& until, const QString& reason,
                   const QString& actor = QStringLiteral("system"));
    // Removes the account from sync: deleted when nothing refers to it, otherwise disabled and
    // its watches dropped, its comments kept for the record. NotFound when there is none.
    Error remove(const QString& name, const QString& actor);

    // The stored cursor of one watch (empty before the first complete poll).
    Result<QString> cursor(qint64 accountId, const QString& watch) const;
    // Sets it after a poll's pages are stored; never inside the page's own transaction's failure.
    Error advanceCursor(qint64 accountId, const QString& watch, const QString& cursor);

    // Usage against the quotas in fixed windows: posts per UTC day, reads per UTC clock hour.
    using UsageKind = AccountQuota::Kind;
    using Quota = AccountQuota;
    Error recordUsage(qint64 accountId, UsageKind kind, const QDateTime& at, int count = 1);
    Result<Quota> quota(qint64 accountId, UsageKind kind, const QDateTime& now) const;

private:
    Result<QStringList> watchesOf(qint64 accountId) const;
    // The one account WHERE `condition` (one bound value) holds, with its watches.
    Result<Account> one(const QString& condition, const QVariant& value, const QString& notFound) const;

    Database& m_database;
};

} // namespace moderation
