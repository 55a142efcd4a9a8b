#include "storage/AuditStore.h"

#include "storage/Database.h"
#include "storage/SqlTime.h"

#include <QJsonDocument>
#include <QJsonParseError>

#include <limits>

using namespace Qt::StringLiterals;

namespace moderation {

namespace {

const QString kSelectColumns = u"SELECT seq, at, actor, action, entity_type, entity_id, details, prev_hash, hash "
                               "FROM audit_log "_s;

AuditEvent eventFrom(const QSqlQuery& query)
{
    AuditEvent event;
    event.seq = query.value(0).toLongLong();
    event.at = timestampFrom(query.value(1));
    event.actor = query.value(2).toString();
    event.action = query.value(3).toString();
    event.entityType = query.value(4).toString();
    event.entityId = query.value(5).toString();
    // Details that are not a JSON object read as empty: the verifier compares the stored text
    // with the canonical one, so such a row shows up as altered rather than being trusted.
    event.details = QJsonDocument::fromJson(query.value(6).toString().toUtf8()).object();
    event.prevHash = query.value(7).toString();
    event.hash = query.value(8).toString();
    return event;
}

} // namespace

Error AuditStore::append(AuditEvent event)
{
    Database& database = m_database;
    if (!database.inTransaction())
        return database.transaction([&]() { return append(event); });

    if (!event.at.isValid())
        event.at = database.clock().now();
    if (!database.isSqlite()) {
        // SQLite writers are already serialised by BEGIN IMMEDIATE; PostgreSQL's are serialised
        // here, for the rest of the transaction, so the chain never forks.
        if (Error error = database.execRaw(u"SELECT pg_advisory_xact_lock(7261002)"_s); error.isError())
            return error;
    }
    auto last = head();
    if (!last)
        return last.error().prefixed(u"reading the audit log's head"_s);
    AuditChain::link(event, *last);
    auto inserted = database.execCached(u"INSERT INTO audit_log (seq, at, actor, action, entity_type, entity_id, details, "
                                  "prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
                                  { event.seq, sqlTimestamp(event.at), event.actor, event.action, event.entityType,
                                    event.entityId, AuditChain::detailsText(event.details), event.prevHash,
                                    event.hash });
    return inserted ? Error() : inserted.error().prefixed(u"writing the audit log"_s);
}

Result<AuditVerification> AuditStore::verify() const
{
    // In pages by key: a PostgreSQL result is fetched whole (Database::streamsResults), and a
    // log of millions of rows need not sit in memory at once.
    constexpr int kPage = 5000;
    AuditVerifier verifier;
    // Rows with a seq below 1 are read too: the verifier reports them as out of sequence.
    qint64 after = std::numeric_limits<qint64>::min();
    for (;;) {
        auto rows = m_database.exec(kSelectColumns + u"WHERE seq > ? ORDER BY seq LIMIT ?"_s, { after, kPage });
        if (!rows)
            return rows.error();
        int read = 0;
        while (rows->next()) {
            ++read;
            const AuditEvent event = eventFrom(*rows);
            if (!verifier.add(event, rows->value(6).toString()))
                return verifier.result();
            after = event.seq;
        }
        if (read < kPage)
            return verifier.result();
    }
}

Result<AuditHead> AuditStore::head() const
{
    auto last = m_database.execCached(u"SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1"_s);
    if (!last)
        return last.error();
    if (!last->next())
        return AuditHead { 0, QString::fromUtf16(AuditChain::kGenesisHash) };
    return AuditHead { last->value(0).toLongLong(), last->value(1).toString() };
}

Result<std::optional<QString>> AuditStore::hashAt(qint64 seq) const
{
    auto row = m_database.exec(u"SELECT hash FROM audit_log WHERE seq = ?"_s, { seq });
    if (!row)
        return row.error().prefixed(u"reading the audit log"_s);
    if (!row->next())
        return std::optional<QString>();
    return std::optional<QString>(row->value(0).toString());
}

Result<QList<AuditEvent>> AuditStore::tail(int limit) const
{
    auto rows = m_database.exec(kSelectColumns + u"ORDER BY seq DESC LIMIT ?"_s, { limit });
    if (!rows)
        return rows.error().prefixed(u"reading the audit log"_s);
    QList<AuditEvent> events;
    while (rows->next())
        events.append(eventFrom(*rows));
    return events;
}

Result<qint64> AuditStore::count() const
{
    auto rows = m_database.exec(u"SELECT COUNT(*) FROM audit_log"_s);
    if (!rows)
        return rows.error().prefixed(u"counting the audit log"_s);
    if (!rows->next())
        return Error(Error::Code::Internal, u"counting the audit log returned no row"_s);
    return rows->value(0).toLongLong();
}

} // namespace moderation
