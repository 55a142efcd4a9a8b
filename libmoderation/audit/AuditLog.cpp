#include "audit/AuditLog.h"

#include "storage/Database.h"
#include "storage/SqlTime.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QSqlRecord>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace moderation {

namespace {

AuditEvent eventFrom(const QSqlQuery& query)
{
    AuditEvent event;
    event.seq = query.value(0).toLongLong();
    event.at = timestampFrom(query.value(1));
    event.actor = query.value(2).toString();
    event.action = query.value(3).toString();
    event.entityType = query.value(4).toString();
    event.entityId = query.value(5).toString();
    event.details = QJsonDocument::fromJson(query.value(6).toString().toUtf8()).object();
    event.prevHash = query.value(7).toString();
    event.hash = query.value(8).toString();
    return event;
}

const QString kSelectColumns = u"SELECT seq, at, actor, action, entity_type, entity_id, details, prev_hash, hash "
                               "FROM audit_log "_s;

} // namespace

QByteArray AuditLog::canonicalContent(const AuditEvent& event)
{
    QByteArray content;
    content += QByteArray::number(event.seq) + '\n';
    content += sqlTimestamp(event.at).toUtf8() + '\n';
    content += event.actor.toUtf8() + '\n';
    content += event.action.toUtf8() + '\n';
    content += event.entityType.toUtf8() + '\n';
    content += event.entityId.toUtf8() + '\n';
    // QJsonObject keeps its keys sorted, so the compact form is canonical.
    content += QJsonDocument(event.details).toJson(QJsonDocument::Compact);
    return content;
}

QString AuditLog::computeHash(const QString& prevHash, const AuditEvent& event)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(prevHash.toLatin1());
    hash.addData(canonicalContent(event));
    return QString::fromLatin1(hash.result().toHex());
}

Error AuditLog::append(Database& database, AuditEvent event)
{
    if (!database.inTransaction())
        return database.transaction([&]() { return append(database, event); });

    if (!event.at.isValid())
        event.at = database.clock().now();
    // Millisecond precision on both engines, so the stored time hashes the same when read back.
    event.at = QDateTime::fromMSecsSinceEpoch(event.at.toMSecsSinceEpoch(), Qt::UTC);

    if (!database.isSqlite()) {
        // SQLite writers are already serialised by BEGIN IMMEDIATE; PostgreSQL's are serialised
        // here, for the rest of the transaction, so the chain never forks.
        if (Error error = database.execRaw(u"SELECT pg_advisory_xact_lock(7261002)"_s); error.isError())
            return error;
    }
    auto last = database.exec(u"SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1"_s);
    if (!last)
        return last.error();
    QString prevHash = QString::fromUtf16(kGenesisHash);
    qint64 prevSeq = 0;
    if (last->next()) {
        prevSeq = last->value(0).toLongLong();
        prevHash = last->value(1).toString();
    }
    event.seq = prevSeq + 1;
    event.prevHash = prevHash;
    event.hash = computeHash(prevHash, event);
    const QString details = QString::fromUtf8(QJsonDocument(event.details).toJson(QJsonDocument::Compact));
    auto inserted = database.exec(u"INSERT INTO audit_log (seq, at, actor, action, entity_type, entity_id, details, "
                                  "prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
                                  { event.seq, sqlTimestamp(event.at), event.actor, event.action, event.entityType,
                                    event.entityId, details, event.prevHash, event.hash });
    return inserted ? Error() : inserted.error().prefixed(u"writing the audit log"_s);
}

Result<AuditVerification> AuditLog::verify(Database& database)
{
    auto rows = database.exec(kSelectColumns + u"ORDER BY seq"_s);
    if (!rows)
        return rows.error();
    AuditVerification result;
    QString expectedPrev = QString::fromUtf16(kGenesisHash);
    qint64 expectedSeq = 1;
    while (rows->next()) {
        const AuditEvent event = eventFrom(*rows);
        // Details are re-serialised for hashing; a stored text that does not round-trip
        // (hand-edited JSON) shows up as a hash mismatch, as it should.
        const QString storedDetails = rows->value(6).toString();
        const QString canonicalDetails
            = QString::fromUtf8(QJsonDocument(event.details).toJson(QJsonDocument::Compact));
        ++result.rowsChecked;
        QString problem;
        if (event.seq != expectedSeq)
            problem = u"sequence gap: expected %1, found %2"_s.arg(expectedSeq).arg(event.seq);
        else if (event.prevHash != expectedPrev)
            problem = u"does not link to the previous row (prev_hash differs)"_s;
        else if (storedDetails != canonicalDetails || computeHash(event.prevHash, event) != event.hash)
            problem = u"content does not match its hash (the row was altered)"_s;
        if (!problem.isEmpty()) {
            result.intact = false;
            result.firstBadSeq = event.seq != expectedSeq ? expectedSeq : event.seq;
            result.problem = problem;
            return result;
        }
        expectedPrev = event.hash;
        ++expectedSeq;
    }
    return result;
}

QList<AuditEvent> AuditLog::tail(Database& database, int limit)
{
    QList<AuditEvent> events;
    auto rows = database.exec(kSelectColumns + u"ORDER BY seq DESC LIMIT ?"_s, { limit });
    if (!rows)
        return events;
    while (rows->next())
        events.append(eventFrom(*rows));
    return events;
}

} // namespace moderation
