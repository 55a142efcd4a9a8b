#include "storage/QuarantineStore.h"

#include "storage/AuditStore.h"
#include "storage/Database.h"
#include "storage/SqlTime.h"
#include "storage/StoredRow.h"

#include <QCryptographicHash>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace moderation {

namespace {

// What makes a quarantined item a repeat: the same bytes from the same origin.
QString digestOf(const QuarantinedItem& item)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(item.origin.toUtf8());
    hash.addData(QByteArrayView("\0", 1));
    hash.addData(item.raw);
    return QString::fromLatin1(hash.result().toHex());
}

} // namespace

Result<qint64> QuarantineStore::add(const QuarantinedItem& item, const QString& actor)
{
    const QString digest = digestOf(item);
    qint64 id = 0;
    const Error error = m_database.transaction([&]() -> Error {
        {
            auto existing = m_database.exec(u"SELECT id FROM quarantine WHERE raw_sha256 = ?"_s, { digest });
            if (!existing)
                return existing.error();
            if (existing->next()) {
                id = existing->value(0).toLongLong();
                return {};
            }
        }
        const QDateTime receivedAt = item.receivedAt.isValid() ? item.receivedAt : m_database.clock().now();
        auto inserted = m_database.exec(
            u"INSERT INTO quarantine (platform, account_id, origin, reason, raw_base64, raw_sha256, received_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id"_s,
            { toString(item.platform), item.accountId ? QVariant(*item.accountId) : QVariant(), item.origin, item.reason,
              QString::fromLatin1(item.raw.toBase64()), digest, sqlTimestamp(receivedAt) });
        if (!inserted)
            return inserted.error();
        if (!inserted->next())
            return Error(Error::Code::Internal, u"quarantining an item returned no id"_s);
        id = inserted->value(0).toLongLong();
        AuditEvent event;
        event.actor = actor;
        event.action = u"quarantine.added"_s;
        event.entityType = u"quarantine"_s;
        event.entityId = QString::number(id);
        event.details.insert(u"platform"_s, toString(item.platform));
        event.details.insert(u"origin"_s, item.origin);
        event.details.insert(u"reason"_s, item.reason);
        event.details.insert(u"bytes"_s, item.raw.size());
        event.details.insert(u"sha256"_s, digest);
        return AuditStore(m_database).append(event);
    });
    if (error.isError())
        return error;
    return id;
}

Result<QList<QuarantinedItem>> QuarantineStore::list(int limit) const
{
    auto q = m_database.exec(u"SELECT id, platform, account_id, origin, reason, raw_base64, received_at FROM quarantine "
                             "ORDER BY received_at DESC, id DESC LIMIT ?"_s,
                             { limit });
    if (!q)
        return q.error();
    QList<QuarantinedItem> items;
    while (q->next()) {
        StoredRow row(*q, u"quarantine");
        QuarantinedItem item;
        item.id = q->value(0).toLongLong();
        item.platform = row.decoded<Platform>(1, u"platform", platformFromString);
        if (!q->value(2).isNull())
            item.accountId = q->value(2).toLongLong();
        item.origin = q->value(3).toString();
        item.reason = q->value(4).toString();
        auto raw = QByteArray::fromBase64Encoding(q->value(5).toString().toLatin1(),
                                                  QByteArray::AbortOnBase64DecodingErrors);
        if (!raw)
            row.fail(u"raw_base64", u"not base64"_s);
        item.raw = *raw;
        item.receivedAt = timestampFrom(q->value(6));
        if (!row.ok())
            return row.error();
        items.append(item);
    }
    return items;
}

Result<qint64> QuarantineStore::count() const
{
    auto q = m_database.exec(u"SELECT COUNT(*) FROM quarantine"_s);
    if (!q)
        return q.error();
    if (!q->next())
        return Error(Error::Code::Internal, u"counting quarantined items returned no row"_s);
    return q->value(0).toLongLong();
}

} // namespace moderation
