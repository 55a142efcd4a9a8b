#include "storage/DecisionStore.h"

#include "storage/AuditStore.h"
#include "storage/Database.h"
#include "storage/SqlTime.h"
#include "storage/StoredRow.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace moderation {

namespace {

QString piiJson(const QList<PiiSpan>& spans)
{
    QJsonArray array;
    for (const PiiSpan& s : spans)
        array.append(QJsonObject { { u"kind"_s, toString(s.kind) }, { u"start"_s, s.start }, { u"end"_s, s.end } });
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

QString spansJson(const QList<TextSpan>& spans)
{
    QJsonArray array;
    for (const TextSpan& s : spans)
        array.append(QJsonObject { { u"start"_s, s.start }, { u"end"_s, s.end } });
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

// A JSON array column; not an array is a corrupt row.
QJsonArray arrayFrom(StoredRow& row, const QString& json, const char16_t* column)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json.toUtf8(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isArray()) {
        row.fail(column, u"is not a JSON array"_s);
        return {};
    }
    return document.array();
}

QList<PiiSpan> piiFrom(StoredRow& row, const QString& json)
{
    QList<PiiSpan> spans;
    for (const QJsonValue& v : arrayFrom(row, json, u"pii")) {
        const QJsonObject o = v.toObject();
        spans.append({ row.decodedText<PiiKind>(o.value(u"kind"_s).toString(), u"pii kind", piiKindFromString),
                       o.value(u"start"_s).toInt(), o.value(u"end"_s).toInt() });
    }
    return spans;
}

QList<TextSpan> spansFrom(StoredRow& row, const QString& json)
{
    QList<TextSpan> spans;
    for (const QJsonValue& v : arrayFrom(row, json, u"matches")) {
        const QJsonObject o = v.toObject();
        spans.append({ o.value(u"start"_s).toInt(), o.value(u"end"_s).toInt() });
    }
    return spans;
}

const QString kSelect = u"SELECT id, comment_id, policy_version_id, rule_id, clause, action, category, queue, "
                        "priority, sla_seconds, hide_mode, answer_id, explanation, pii, matches, decided_at, "
                        "decided_by, reviews FROM decisions "_s;

Result<StoredDecision> decisionFrom(const QSqlQuery& q)
{
    StoredRow row(q, u"decisions");
    StoredDecision s;
    s.id = q.value(0).toLongLong();
    s.commentId = q.value(1).toLongLong();
    if (!q.value(2).isNull())
        s.policyVersionId = q.value(2).toLongLong();
    Decision& d = s.decision;
    d.ruleId = q.value(3).toString();
    d.clause = q.value(4).toString();
    d.action = row.decoded<Action>(5, u"action", actionFromString);
    d.category = q.value(6).toString();
    d.queue = q.value(7).toString();
    d.priority = row.decoded<Priority>(8, u"priority", priorityFromString);
    if (!q.value(9).isNull())
        d.slaSeconds = q.value(9).toLongLong();
    // NULL for every action but hide.
    if (!q.value(10).isNull())
        d.hideMode = row.decoded<HideMode>(10, u"hide_mode", hideModeFromString);
    d.answerId = q.value(11).toString();
    d.explanation = q.value(12).toString();
    d.pii = piiFrom(row, q.value(13).toString());
    d.matches = spansFrom(row, q.value(14).toString());
    s.decidedAt = timestampFrom(q.value(15));
    if (!q.value(16).isNull())
        s.decidedBy = q.value(16).toLongLong();
    d.reviews = q.value(17).toInt();
    if (!row.ok())
        return row.error();
    return s;
}

} // namespace

Result<qint64> DecisionStore::record(qint64 commentId, const Decision& d, std::optional<qint64> policyVersionId,
                                     const QString& actor, std::optional<qint64> decidedBy)
{
    qint64 id = 0;
    const Error error = m_database.transaction([&]() -> Error {
        const QDateTime now = m_database.clock().now();
        auto inserted = m_database.exec(
            u"INSERT INTO decisions (comment_id, policy_version_id, rule_id, clause, action, category, queue, "
            "priority, sla_seconds, hide_mode, answer_id, explanation, pii, matches, decided_at, decided_by, reviews) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"_s,
            { commentId, policyVersionId ? QVariant(*policyVersionId) : QVariant(), d.ruleId, d.clause,
              toString(d.action), d.category, d.queue, toString(d.priority),
              d.slaSeconds ? QVariant(*d.slaSeconds) : QVariant(),
              d.action == Action::Hide ? QVariant(toString(d.hideMode)) : QVariant(), d.answerId, d.explanation,
              piiJson(d.pii), spansJson(d.matches), sqlTimestamp(now), decidedBy ? QVariant(*decidedBy) : QVariant(), d.reviews });
        if (!inserted)
            return inserted.error().prefixed(u"recording a decision"_s);
        if (!inserted->next())
            return Error(Error::Code::Internal, u"recording a decision: no id returned"_s);
        id = inserted->value(0).toLongLong();
        AuditEvent event;
        event.actor = actor;
        event.action = u"decision.recorded"_s;
        event.entityType = u"comment"_s;
        event.entityId = QString::number(commentId);
        event.details.insert(u"decision"_s, QString::number(id));
        event.details.insert(u"rule"_s, d.ruleId);
        event.details.insert(u"clause"_s, d.clause);
        event.details.insert(u"action"_s, toString(d.action));
        if (d.action == Action::Hide)
            event.details.insert(u"hide"_s, toString(d.hideMode));
        if (d.reviews != 1)
            event.details.insert(u"reviews"_s, d.reviews);
        if (decidedBy)
            event.details.insert(u"decided_by"_s, QString::number(*decidedBy));
        event.details.insert(u"policy_version"_s,
                             policyVersionId ? QJsonValue(QString::number(*policyVersionId)) : QJsonValue());
        return AuditStore(m_database).append(event);
    });
    if (error.isError())
        return error;
    return id;
}

Result<std::optional<StoredDecision>> DecisionStore::latestFor(qint64 commentId) const
{
    auto q = m_database.exec(kSelect + u"WHERE comment_id = ? ORDER BY id DESC LIMIT 1"_s, { commentId });
    if (!q)
        return q.error();
    if (!q->next())
        return std::optional<StoredDecision>();
    Result<StoredDecision> found = decisionFrom(*q);
    if (!found)
        return found.error();
    return std::optional<StoredDecision>(std::move(found).value());
}

Result<QList<StoredDecision>> DecisionStore::forComment(qint64 commentId) const
{
    auto q = m_database.exec(kSelect + u"WHERE comment_id = ? ORDER BY id"_s, { commentId });
    if (!q)
        return q.error();
    QList<StoredDecision> list;
    while (q->next()) {
        Result<StoredDecision> found = decisionFrom(*q);
        if (!found)
            return found.error();
        list.append(std::move(found).value());
    }
    return list;
}

Result<QHash<qint64, StoredDecision>> DecisionStore::latestForComments(const QList<qint64>& commentIds) const
{
    QHash<qint64, StoredDecision> latest;
    // Bound in chunks: SQLite allows a limited number of parameters per statement.
    constexpr qsizetype kChunk = 500;
    for (qsizetype from = 0; from < commentIds.size(); from += kChunk) {
        const QList<qint64> chunk = commentIds.mid(from, kChunk);
        QStringList marks;
        QVariantList values;
        for (const qint64 id : chunk) {
            marks.append(u"?"_s);
            values.append(id);
        }
        auto q = m_database.exec(kSelect
                                     + u"WHERE id IN (SELECT MAX(id) FROM decisions WHERE comment_id IN (%1) "
                                       "GROUP BY comment_id)"_s.arg(marks.join(u", "_s)),
                                 values);
        if (!q)
            return q.error().prefixed(u"reading the latest decisions"_s);
        while (q->next()) {
            Result<StoredDecision> decision = decisionFrom(*q);
            if (!decision)
                return decision.error();
            latest.insert(decision->commentId, std::move(decision).value());
        }
    }
    return latest;
}

} // namespace moderation
