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

const QString kSelect = u"SELECT id, platform, name, external_id, base_url, state, rate_limited_until, state_reason, "
                         "posts_per_day, reads_per_hour FROM accounts "_s;

std::optional<int> optionalInt(const QVariant& value)
{
    return value.isNull() ? std::nullopt : std::optional<int>(value.toInt());
}

QVariant boundInt(std::optional<int> value)
{
    return value ? QVariant(*value) : QVariant();
}

// The fixed window `at` falls in: its UTC day for posts, its UTC clock hour for reads.
QDateTime windowStart(AccountStore::UsageKind kind, const QDateTime& at)
{
    const QDateTime utc = at.toUTC();
    if (kind == AccountStore::UsageKind::Post)
        return QDateTime(utc.date(), QTime(0, 0), Qt::UTC);
    return QDateTime(utc.date(), QTime(utc.time().hour(), 0), Qt::UTC);
}

QDateTime windowEnd(AccountStore::UsageKind kind, const QDateTime& start)
{
    return kind == AccountStore::UsageKind::Post ? start.addDays(1) : start.addSecs(3600);
}

QString usageKindName(AccountStore::UsageKind kind)
{
    return kind == AccountStore::UsageKind::Post ? u"post"_s : u"read"_s;
}

Error checkQuotas(std::optional<int> postsPerDay, std::optional<int> readsPerHour)
{
    if (postsPerDay && *postsPerDay <= 0)
        return Error(Error::Code::InvalidInput, u"posts per day must be a positive number, not %1"_s.arg(*postsPerDay));
    if (readsPerHour && *readsPerHour <= 0)
        return Error(Error::Code::InvalidInput, u"reads per hour must be a positive number, not %1"_s.arg(*readsPerHour));
    return {};
}

Error appendAudit(Database& database, const QString& actor, const QString& action, const QString& name,
                  const QJsonObject& details)
{
    AuditEvent event;
    event.actor = actor;
    event.action = action;
    event.entityType = u"account"_s;
    event.entityId = name;
    event.details = details;
    return AuditStore(database).append(event);
}

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
    account.stateReason = q.value(7).toString();
    account.postsPerDay = optionalInt(q.value(8));
    account.readsPerHour = optionalInt(q.value(9));
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
    if (Error quotas = checkQuotas(account.postsPerDay, account.readsPerHour); quotas.isError())
        return quotas;
    qint64 id = 0;
    const QString now = sqlTimestamp(m_database.clock().now());
    const Error error = m_database.transaction([&]() -> Error {
        auto existing = m_database.exec(u"SELECT id FROM accounts WHERE name = ?"_s, { account.name });
        if (!existing)
            return existing.error();
        if (existing->next())
            return Error(Error::Code::Conflict, u"an account named %1 already exists"_s.arg(account.name));
        auto inserted = m_database.exec(
            u"INSERT INTO accounts (platform, name, external_id, base_url, state, state_reason, posts_per_day, "
            "reads_per_hour, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"_s,
            { toString(account.platform), account.name, account.externalId, account.baseUrl, toString(account.state),
              account.stateReason, boundInt(account.postsPerDay), boundInt(account.readsPerHour), now, now });
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
    return one(u"name = ?"_s, name, u"no account named %1"_s.arg(name));
}

Result<Account> AccountStore::one(const QString& condition, const QVariant& value, const QString& notFound) const
{
    Account account;
    {
        auto q = m_database.exec(kSelect + u"WHERE "_s + condition, { value });
        if (!q)
            return q.error();
        if (!q->next())
            return Error(Error::Code::NotFound, notFound);
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

Result<Account> AccountStore::byId(qint64 id) const
{
    return one(u"id = ?"_s, id, u"no account with id %1"_s.arg(id));
}

Error AccountStore::setQuotas(const QString& name, std::optional<int> postsPerDay, std::optional<int> readsPerHour,
                              const QString& actor)
{
    if (Error invalid = checkQuotas(postsPerDay, readsPerHour); invalid.isError())
        return invalid.forRecord(name);
    return m_database.transaction([&]() -> Error {
        auto current = byName(name);
        if (!current)
            return current.error();
        const std::optional<int> posts = postsPerDay ? postsPerDay : current->postsPerDay;
        const std::optional<int> reads = readsPerHour ? readsPerHour : current->readsPerHour;
        if (posts == current->postsPerDay && reads == current->readsPerHour)
            return {};
        auto updated = m_database.exec(u"UPDATE accounts SET posts_per_day = ?, reads_per_hour = ?, updated_at = ? "
                                       "WHERE id = ?"_s,
                                       { boundInt(posts), boundInt(reads), sqlTimestamp(m_database.clock().now()),
                                         current->id });
        if (!updated)
            return updated.error();
        QJsonObject details;
        details.insert(u"posts_per_day"_s, posts ? QJsonValue(*posts) : QJsonValue());
        details.insert(u"reads_per_hour"_s, reads ? QJsonValue(*reads) : QJsonValue());
        return appendAudit(m_database, actor, u"account.changed"_s, name, details);
    });
}

Error AccountStore::setState(qint64 accountId, Account::State state, const QDateTime& until, const QString& reason,
                             const QString& actor)
{
    if (state == Account::State::Disabled)
        return Error(Error::Code::Refused, u"an account is disabled by removing it"_s);
    if (state == Account::State::RateLimited && !until.isValid())
        return Error(Error::Code::InvalidInput, u"a rate-limited account needs the time its limit resets"_s);
    // Only a rate limit has an end; the reason is the platform's words for a state other than ok.
    const QDateTime storedUntil = state == Account::State::RateLimited ? until.toUTC() : QDateTime();
    const QString storedReason = state == Account::State::Ok ? QString() : reason;
    return m_database.transaction([&]() -> Error {
        auto current = byId(accountId);
        if (!current)
            return current.error();
        if (current->state == Account::State::Disabled)
            return Error(Error::Code::Refused, u"account %1 was removed; it is not synced"_s.arg(current->name));
        const bool sameUntil = storedUntil.isValid() == current->rateLimitedUntil.isValid()
            && (!storedUntil.isValid() || sqlTimestamp(storedUntil) == sqlTimestamp(current->rateLimitedUntil));
        if (current->state == state && sameUntil && current->stateReason == storedReason)
            return {};
        auto updated = m_database.exec(u"UPDATE accounts SET state = ?, rate_limited_until = ?, state_reason = ?, "
                                       "updated_at = ? WHERE id = ?"_s,
                                       { toString(state), storedUntil.isValid() ? QVariant(sqlTimestamp(storedUntil)) : QVariant(),
                                         storedReason, sqlTimestamp(m_database.clock().now()), accountId });
        if (!updated)
            return updated.error();
        QJsonObject details;
        details.insert(u"from"_s, toString(current->state));
        details.insert(u"to"_s, toString(state));
        if (storedUntil.isValid())
            details.insert(u"until"_s, sqlTimestamp(storedUntil));
        if (!storedReason.isEmpty())
            details.insert(u"reason"_s, storedReason);
        return appendAudit(m_database, actor, u"account.state"_s, current->name, details);
    });
}

Error AccountStore::remove(const QString& name, const QString& actor)
{
    return m_database.transaction([&]() -> Error {
        auto current = byName(name);
        if (!current)
            return current.error();
        auto referred = m_database.exec(
            u"SELECT EXISTS (SELECT 1 FROM comments WHERE account_id = ?) OR EXISTS (SELECT 1 FROM outbox "
            "WHERE account_id = ?) OR EXISTS (SELECT 1 FROM quarantine WHERE account_id = ?)"_s,
            { current->id, current->id, current->id });
        if (!referred)
            return referred.error();
        if (!referred->next())
            return Error(Error::Code::Internal, u"no answer to whether account %1 is referred to"_s.arg(name));
        const bool keep = referred->value(0).toBool();
        QJsonObject details;
        if (keep) {
            if (current->state == Account::State::Disabled && current->watches.isEmpty())
                return {}; // removed before
            auto disabled = m_database.exec(u"UPDATE accounts SET state = 'disabled', rate_limited_until = NULL, "
                                            "state_reason = 'removed', updated_at = ? WHERE id = ?"_s,
                                            { sqlTimestamp(m_database.clock().now()), current->id });
            if (!disabled)
                return disabled.error();
            auto unwatched = m_database.exec(u"DELETE FROM account_watches WHERE account_id = ?"_s, { current->id });
            if (!unwatched)
                return unwatched.error();
            details.insert(u"kept"_s, u"disabled: its comments and outbox entries are kept for the record"_s);
        } else {
            auto deleted = m_database.exec(u"DELETE FROM accounts WHERE id = ?"_s, { current->id });
            if (!deleted)
                return deleted.error();
            details.insert(u"kept"_s, u"nothing: the account had no comments"_s);
        }
        details.insert(u"watches"_s, QJsonArray::fromStringList(current->watches));
        return appendAudit(m_database, actor, u"account.removed"_s, name, details);
    });
}

Result<QString> AccountStore::cursor(qint64 accountId, const QString& watch) const
{
    auto q = m_database.exec(u"SELECT cursor FROM account_watches WHERE account_id = ? AND watch = ?"_s,
                             { accountId, watch });
    if (!q)
        return q.error();
    if (!q->next())
        return Error(Error::Code::NotFound, u"account %1 has no watch %2"_s.arg(accountId).arg(watch));
    return q->value(0).toString();
}

Error AccountStore::advanceCursor(qint64 accountId, const QString& watch, const QString& cursor)
{
    auto q = m_database.exec(u"UPDATE account_watches SET cursor = ?, updated_at = ? WHERE account_id = ? AND watch = ?"_s,
                             { cursor, sqlTimestamp(m_database.clock().now()), accountId, watch });
    if (!q)
        return q.error();
    if (q->numRowsAffected() != 1)
        return Error(Error::Code::NotFound, u"account %1 has no watch %2"_s.arg(accountId).arg(watch));
    return {};
}

Error AccountStore::recordUsage(qint64 accountId, UsageKind kind, const QDateTime& at, int count)
{
    if (count < 0)
        return Error(Error::Code::InvalidInput, u"usage cannot be negative (%1)"_s.arg(count));
    if (!at.isValid())
        return Error(Error::Code::InvalidInput, u"usage needs the time it happened"_s);
    if (count == 0)
        return {};
    // One statement: two sync passes counting at once both count.
    auto q = m_database.execCached(
        u"INSERT INTO account_usage (account_id, kind, window_start, used) VALUES (?, ?, ?, ?) "
        "ON CONFLICT (account_id, kind, window_start) DO UPDATE SET used = account_usage.used + excluded.used"_s,
        { accountId, usageKindName(kind), sqlTimestamp(windowStart(kind, at)), count });
    return q ? Error() : q.error();
}

Result<AccountStore::Quota> AccountStore::quota(qint64 accountId, UsageKind kind, const QDateTime& now) const
{
    auto account = byId(accountId);
    if (!account)
        return account.error();
    Quota quota;
    const QDateTime start = windowStart(kind, now);
    quota.resetsAt = windowEnd(kind, start);
    quota.limit = kind == UsageKind::Post ? account->postsPerDay.value_or(Account::defaultPostsPerDay(account->platform))
                                          : account->readsPerHour.value_or(Account::defaultReadsPerHour(account->platform));
    auto q = m_database.execCached(u"SELECT used FROM account_usage WHERE account_id = ? AND kind = ? AND window_start = ?"_s,
                                   { accountId, usageKindName(kind), sqlTimestamp(start) });
    if (!q)
        return q.error();
    quota.used = q->next() ? q->value(0).toInt() : 0;
    return quota;
}

} // namespace moderation
