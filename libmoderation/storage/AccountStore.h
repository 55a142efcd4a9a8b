#pragma once

#include "model/Enums.h"
#include "model/Error.h"

#include <QList>
#include <QStringList>

namespace moderation {

class Database;

// A watched X account or Facebook page. Its token lives in the OS keychain, never here.
struct Account
{
    qint64 id = 0; // the store's id; 0 until stored
    Platform platform = Platform::Twitter;
    QString name; // unique, chosen by the admin: "agency-x", "demo-facebook"
    QString externalId; // X user id or Facebook page id
    QString baseUrl; // empty for the platform's default
    QStringList watches; // "mentions", "replies", "page-comments", "search:QUERY"
    QString state = QStringLiteral("ok"); // ok, needs_reauth, rate_limited, disabled
};

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
    Result<QList<Account>> list() const; // by name
    Result<qint64> count() const;

private:
    Result<QStringList> watchesOf(qint64 accountId) const;

    Database& m_database;
};

} // namespace moderation
