#pragma once

#include "model/Account.h"
#include "model/Error.h"

#include <QList>
#include <QStringList>

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
    Result<QList<Account>> list() const; // by name
    Result<qint64> count() const;

private:
    Result<QStringList> watchesOf(qint64 accountId) const;

    Database& m_database;
};

} // namespace moderation
