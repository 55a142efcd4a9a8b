#include "storage/CaseStore.h"

#include "storage/AuditStore.h"
#include "storage/Database.h"
#include "storage/SqlTime.h"
#include "storage/StoredRow.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace moderation {

namespace {

const QString kSelect = u"SELECT id, comment_id, decision_id, queue, priority, state, assignee_id, sla_due_at, "
                        "created_at, updated_at, closed_at, pending_decision_id FROM cases "_s;

Result<Case> caseFrom(const QSqlQuery& q)
{
    StoredRow row(q, u"cases");
    Case c;
    c.id = q.value(0).toLongLong();
    c.commentId = q.value(1).toLongLong();
    if (!q.value(2).isNull())
        c.decisionId = q.value(2).toLongLong();
    c.queue = q.value(3).toString();
    c.priority = row.decoded<Priority>(4, u"priority", priorityFromString);
    c.state = row.decoded<Case::State>(5, u"state", caseStateFromString);
    if (!q.value(6).isNull())
        c.assigneeId = q.value(6).toLongLong();
    c.slaDueAt = timestampFrom(q.value(7));
    c.createdAt = timestampFrom(q.value(8));
    c.updatedAt = timestampFrom(q.value(9));
    c.closedAt = timestampFrom(q.value(10));
    if (!q.value(11).isNull())
        c.pendingDecisionId = q.value(11).toLongLong();
    if (!row.ok())
        return row.error();
    return c;
}

} // namespace

Result<Case> CaseStore::open(qint64 commentId, std::optional<qint64> decisionId, const QString& queue,
                             Priority priority, std::optional<qint64> slaSeconds, const QString& actor)
{
    std::optional<Case> opened;
    const Error error = m_database.transaction([&]() -> Error {
        auto existing = forComment(commentId);
        if (!existing)
            return existing.error();
        if (existing->has_value()) {
            opened = **existing;
            return {};
        }
        const QDateTime now = m_database.clock().now();
        const QVariant due = slaSeconds ? QVariant(sqlTimestamp(now.addSecs(*slaSeconds))) : QVariant();
        const QString queueName = queue.isEmpty() ? u"general"_s : queue;
        auto inserted = m_database.exec(u"INSERT INTO cases (comment_id, decision_id, queue, priority, state, "
                                        "sla_due_at, created_at, updated_at) VALUES (?, ?, ?, ?, 'new', ?, ?, ?) "
                                        "RETURNING id"_s,
                                        { commentId, decisionId ? QVariant(*decisionId) : QVariant(), queueName,
                                          toString(priority), due, sqlTimestamp(now), sqlTimestamp(now) });
        if (!inserted)
            return inserted.error();
        if (!inserted->next())
            return Error(Error::Code::Internal, u"opening a case returned no id"_s);
        const qint64 id = inserted->value(0).toLongLong();
        AuditEvent event;
        event.actor = actor;
        event.action = u"case.opened"_s;
        event.entityType = u"case"_s;
        event.entityId = QString::number(id);
        event.details.insert(u"comment_id"_s, commentId);
        event.details.insert(u"queue"_s, queueName);
        event.details.insert(u"priority"_s, toString(priority));
        if (Error audit = AuditStore(m_database).append(event); audit.isError())
            return audit;
        auto created = byId(id);
        if (!created)
            return created.error();
        opened = *created;
        return {};
    });
    if (error.isError())
        return error;
    return *opened;
}

Result<CaseStore::Redecision> CaseStore::redecide(const Case& existing, qint64 decisionId, bool routes,
                                                  const QString& queue, Priority priority,
                                                  std::optional<qint64> slaSeconds, const QString& actor)
{
    const QDateTime now = m_database.clock().now();
    const QString queueName = queue.isEmpty() ? u"general"_s : queue;
    QDateTime due = existing.slaDueAt;
    if (slaSeconds) {
        const QDateTime asked = now.addSecs(*slaSeconds);
        if (!due.isValid() || asked < due)
            due = asked;
    }
    if (routes && queueName == existing.queue && priority == existing.priority && due == existing.slaDueAt)
        return Redecision::Unchanged;
    const bool held = existing.state != Case::State::New || existing.assigneeId.has_value();

    AuditEvent event;
    event.actor = actor;
    event.entityType = u"case"_s;
    event.entityId = QString::number(existing.id);
    event.details.insert(u"decision"_s, QString::number(decisionId));
    event.details.insert(u"queue"_s, existing.queue);
    event.details.insert(u"priority"_s, toString(existing.priority));
    event.details.insert(u"sla_due_at"_s, existing.slaDueAt.isValid() ? sqlTimestamp(existing.slaDueAt) : QString());
    Redecision outcome = Redecision::Flagged;
    const Error error = m_database.transaction([&]() -> Error {
        Result<QSqlQuery> updated = Error(Error::Code::Internal, u"no update"_s);
        if (routes && !held) {
            outcome = Redecision::Rerouted;
            event.action = u"case.rerouted"_s;
            event.details.insert(u"new_queue"_s, queueName);
            event.details.insert(u"new_priority"_s, toString(priority));
            event.details.insert(u"new_sla_due_at"_s, due.isValid() ? sqlTimestamp(due) : QString());
            updated = m_database.exec(u"UPDATE cases SET decision_id = ?, queue = ?, priority = ?, sla_due_at = ?, "
                                      "pending_decision_id = NULL, updated_at = ? WHERE id = ?"_s,
                                      { decisionId, queueName, toString(priority),
                                        due.isValid() ? QVariant(sqlTimestamp(due)) : QVariant(), sqlTimestamp(now),
                                        existing.id });
        } else {
            event.action = u"case.redecision_pending"_s;
            event.details.insert(u"asks_for_work"_s, routes);
            updated = m_database.exec(u"UPDATE cases SET pending_decision_id = ?, updated_at = ? WHERE id = ?"_s,
                                      { decisionId, sqlTimestamp(now), existing.id });
        }
        if (!updated)
            return updated.error().prefixed(u"updating case %1"_s.arg(existing.id));
        return AuditStore(m_database).append(event);
    });
    if (error.isError())
        return error;
    return outcome;
}

Result<Case> CaseStore::byId(qint64 id) const
{
    auto q = m_database.exec(kSelect + u"WHERE id = ?"_s, { id });
    if (!q)
        return q.error();
    if (!q->next())
        return Error(Error::Code::NotFound, u"no case with id %1"_s.arg(id));
    return caseFrom(*q);
}

Result<std::optional<Case>> CaseStore::forComment(qint64 commentId) const
{
    auto q = m_database.exec(kSelect + u"WHERE comment_id = ?"_s, { commentId });
    if (!q)
        return q.error();
    if (!q->next())
        return std::optional<Case>();
    Result<Case> found = caseFrom(*q);
    if (!found)
        return found.error();
    return std::optional<Case>(std::move(found).value());
}

Result<QList<Case>> CaseStore::openInQueue(const QString& queue, int limit) const
{
    auto q = m_database.exec(kSelect
                                 + u"WHERE queue = ? AND state NOT IN ('closed', 'answered') ORDER BY "
                                   "CASE priority WHEN 'urgent' THEN 0 WHEN 'high' THEN 1 WHEN 'normal' THEN 2 ELSE 3 "
                                   "END, created_at, id LIMIT ?"_s,
                             { queue, limit });
    if (!q)
        return q.error();
    QList<Case> cases;
    while (q->next()) {
        Result<Case> found = caseFrom(*q);
        if (!found)
            return found.error();
        cases.append(std::move(found).value());
    }
    return cases;
}

Result<qint64> CaseStore::countInState(Case::State state) const
{
    auto q = m_database.exec(u"SELECT COUNT(*) FROM cases WHERE state = ?"_s, { toString(state) });
    if (!q)
        return q.error();
    return q->next() ? q->value(0).toLongLong() : 0;
}

} // namespace moderation
