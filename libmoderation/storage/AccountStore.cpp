#include "storage/AccountStore.h"

#include "storage/AuditStore.h"
#include "storage/Database.h"
#include "storage/SqlTime.h"
#include "storage/StoredRow.h"

#include <QJsonArray>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace moderation {

namespace {

const QString kSelect = u"SELECT id, platform, name, external_id, base_url, state, rate_limited_until FROM accounts "_s;

Result<Account> accountFrom(const QSqlQuery& q)
{
    StoredRow row(q, u"accounts");
    Account account;
    account.id = q.value(0).toLongLong();
    account.platform = row.decoded<Platform>(1, u"platform", platformFromString);
    account.name = q.value(2).toString();
    account.externalId = q.value(3).toString();
    account.baseUrl = q.value(4).toString();
    account.state = row.decoded<Account::State>(5, u"state", accountStateFromString);
    account.rateLimitedUntil = timestampFrom(q.value(6));
    if (!row.ok())
        return row.error();
    return account;
}

} // namespace

Result<qint64> AccountStore::add(const Account& account, const QString& actor)
{
    if (account.name.trimmed().isEmpty())
        return Error(Error::Code::InvalidInput, u"an account needs a name"_s);
    if (account.externalId.trimmed().isEmpty())
        return Error(Error::Code::InvalidInput, u"account %1 needs a user or page id"_s.arg(account.name));
    qint64 id = 0;
    const QString now = sqlTimestamp(m_database.clock().now());
    const Error error = m_database.transaction([&]() -> Error {
        auto existing = m_database.exec(u"SELECT id FROM accounts WHERE name = ?"_s, { account.name });
        if (!existing)
            return existing.error();
        if (existing->next())
            return Error(Error::Code::Conflict, u"an account named %1 already exists"_s.arg(account.name));
        auto inserted = m_database.exec(
            u"INSERT INTO accounts (platform, name, external_id, base_url, state, created_at, updated_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id"_s,
            { toString(account.platform), account.name, account.externalId, account.baseUrl, toString(account.state), now, now });
        if (!inserted)
            return inserted.error();
        if (!inserted->next())
            return Error(Error::Code::Internal, u"storing account %1 returned no id"_s.arg(account.name));
        id = inserted->value(0).toLongLong();
        for (const QString& watch : account.watches) {
            auto watched = m_database.exec(
                u"INSERT INTO account_watches (account_id, watch, updated_at) VALUES (?, ?, ?)"_s, { id, watch, now });
            if (!watched)
                return watched.error();
        }
        AuditEvent event;
        event.actor = actor;
        event.action = u"account.added"_s;
        event.entityType = u"account"_s;
        event.entityId = account.name;
        event.details.insert(u"platform"_s, toString(account.platform));
        event.details.insert(u"external_id"_s, account.externalId);
        event.details.insert(u"watches"_s, QJsonArray::fromStringList(account.watches));
        return AuditStore(m_database).append(event);
    });
    if (error.isError())
        return error;
    return id;
}

Result<QStringList> AccountStore::watchesOf(qint64 accountId) const
{
    auto q = m_database.exec(u"SELECT watch FROM account_watches WHERE account_id = ? ORDER BY watch"_s, { accountId });
    if (!q)
        return q.error();
    QStringList watches;
    while (q->next())
        watches.append(q->value(0).toString());
    return watches;
}

Result<Account> AccountStore::byName(const QString& name) const
{
    Account account;
    {
        auto q = m_database.exec(kSelect + u"WHERE name = ?"_s, { name });
        if (!q)
            return q.error();
        if (!q->next())
            return Error(Error::Code::NotFound, u"no account named %1"_s.arg(name));
        Result<Account> found = accountFrom(*q);
        if (!found)
            return found.error();
        account = std::move(found).value();
    }
    auto watches = watchesOf(account.id);
    if (!watches)
        return watches.error();
    account.watches = *watches;
    return account;
}

Result<QList<Account>> AccountStore::list() const
{
    QList<Account> accounts;
    {
        auto q = m_database.exec(kSelect + u"ORDER BY name"_s);
        if (!q)
            return q.error();
        while (q->next()) {
            Result<Account> found = accountFrom(*q);
            if (!found)
                return found.error();
            accounts.append(std::move(found).value());
        }
    }
    for (Account& account : accounts) {
        auto watches = watchesOf(account.id);
        if (!watches)
            return watches.error();
        account.watches = *watches;
    }
    return accounts;
}

Result<qint64> AccountStore::count() const
{
    auto q = m_database.exec(u"SELECT COUNT(*) FROM accounts"_s);
    if (!q)
        return q.error();
    return q->next() ? q->value(0).toLongLong() : 0;
}

} // namespace moderation
