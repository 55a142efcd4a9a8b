#include "storage/CaseStore.h"

#include "storage/AuditStore.h"
#include "storage/Database.h"
#include "storage/SqlTime.h"
#include "storage/StoredRow.h"

#include "model/CaseTransitions.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace moderation {

namespace {

const QString kSelect = u"SELECT id, comment_id, decision_id, queue, priority, state, assignee_id, sla_due_at, "
                        "created_at, updated_at, closed_at, pending_decision_id, state_reason, sla_seconds, "
                        "sla_started_at, sla_at_risk_at, sla_breached_at FROM cases "_s;

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
    c.stateReason = q.value(12).toString();
    if (!q.value(13).isNull())
        c.slaSeconds = q.value(13).toLongLong();
    c.slaStartedAt = timestampFrom(q.value(14));
    c.slaAtRiskAt = timestampFrom(q.value(15));
    c.slaBreachedAt = timestampFrom(q.value(16));
    if (!row.ok())
        return row.error();
    return c;
}

// A case handed to an agent, as the claim and a supervisor's assignment record it alike: assigned
// when it took work from its queue, reassigned (naming any previous holder) when it changes hands.
AuditEvent assignmentEvent(const Case& before, qint64 agentId, bool fromQueue, Case::State to, const QString& actor)
{
    AuditEvent event;
    event.actor = actor;
    event.action = fromQueue ? u"case.assigned"_s : u"case.reassigned"_s;
    event.entityType = u"case"_s;
    event.entityId = QString::number(before.id);
    event.details.insert(u"assignee"_s, QString::number(agentId));
    if (before.assigneeId)
        event.details.insert(u"previous_assignee"_s, QString::number(*before.assigneeId));
    event.details.insert(u"from"_s, toString(before.state));
    event.details.insert(u"to"_s, toString(to));
    return event;
}

// Every row of a query of kSelect's columns.
Result<QList<Case>> casesFrom(QSqlQuery& q)
{
    QList<Case> cases;
    while (q.next()) {
        Result<Case> found = caseFrom(q);
        if (!found)
            return found.error();
        cases.append(std::move(found).value());
    }
    return cases;
}

QVariant timeOrNull(const QDateTime& at)
{
    return at.isValid() ? QVariant(sqlTimestamp(at)) : QVariant();
}

} // namespace

Result<Case> CaseStore::open(qint64 commentId, std::optional<qint64> decisionId, const QString& queue,
                             Priority priority, const std::optional<SlaDeadline>& sla, const QString& actor)
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
        const QString queueName = queue.isEmpty() ? u"general"_s : queue;
        auto inserted = m_database.exec(u"INSERT INTO cases (comment_id, decision_id, queue, priority, state, "
                                        "sla_due_at, sla_seconds, sla_started_at, sla_at_risk_at, created_at, "
                                        "updated_at) VALUES (?, ?, ?, ?, 'new', ?, ?, ?, ?, ?, ?) RETURNING id"_s,
                                        { commentId, decisionId ? QVariant(*decisionId) : QVariant(), queueName,
                                          toString(priority), sla ? timeOrNull(sla->dueAt) : QVariant(),
                                          sla ? QVariant(sla->seconds) : QVariant(),
                                          sla ? timeOrNull(sla->startedAt) : QVariant(),
                                          sla ? timeOrNull(sla->atRiskAt) : QVariant(), sqlTimestamp(now),
                                          sqlTimestamp(now) });
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
        if (sla)
            event.details.insert(u"sla_due_at"_s, sqlTimestamp(sla->dueAt));
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
                                                  const std::optional<SlaDeadline>& sla, const QString& actor)
{
    const QDateTime now = m_database.clock().now();
    const QString queueName = queue.isEmpty() ? u"general"_s : queue;
    // The earlier of the two deadlines, with the clock that gives it.
    SlaDeadline kept { existing.slaSeconds.value_or(0), existing.slaStartedAt, existing.slaAtRiskAt, existing.slaDueAt };
    if (sla && (!kept.dueAt.isValid() || sla->dueAt < kept.dueAt))
        kept = *sla;
    const QDateTime due = kept.dueAt;
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
                                      "sla_seconds = ?, sla_started_at = ?, sla_at_risk_at = ?, "
                                      "pending_decision_id = NULL, updated_at = ? WHERE id = ?"_s,
                                      { decisionId, queueName, toString(priority), timeOrNull(due),
                                        due.isValid() ? QVariant(kept.seconds) : QVariant(),
                                        timeOrNull(kept.startedAt), timeOrNull(kept.atRiskAt), sqlTimestamp(now),
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

namespace {

// Most urgent first: priority, then the earliest deadline (none last), then the oldest.
const QString kUrgency = u"CASE priority WHEN 'urgent' THEN 0 WHEN 'high' THEN 1 WHEN 'normal' THEN 2 ELSE 3 END, "
                         "sla_due_at IS NULL, sla_due_at, created_at, id"_s;
// The states that ask for the holder's work: what capacity counts.
const QString kHeldStates = u"('assigned', 'drafting', 'returned')"_s;

QString placeholders(qsizetype count)
{
    QStringList marks;
    for (qsizetype i = 0; i < count; ++i)
        marks << u"?"_s;
    return marks.join(u", "_s);
}

} // namespace

Error CaseStore::recordHideConfirmation(qint64 caseId, std::optional<qint64> decisionId, qint64 userId,
                                        const QString& actor)
{
    return m_database.transaction([&]() -> Error {
        auto inserted = m_database.exec(u"INSERT INTO hide_confirmations (case_id, decision_id, confirmed_by, confirmed_at) "
                                        "VALUES (?, ?, ?, ?)"_s,
                                        { caseId, decisionId ? QVariant(*decisionId) : QVariant(), userId,
                                          sqlTimestamp(m_database.clock().now()) });
        if (!inserted)
            return inserted.error().prefixed(u"recording the confirmation"_s);
        AuditEvent event;
        event.actor = actor;
        event.action = u"case.hide_confirmed"_s;
        event.entityType = u"case"_s;
        event.entityId = QString::number(caseId);
        if (decisionId)
            event.details.insert(u"decision"_s, QString::number(*decisionId));
        return AuditStore(m_database).append(event);
    });
}

Result<int> CaseStore::reviewsRequired(qint64 caseId) const
{
    auto q = m_database.exec(u"SELECT reviews_required FROM cases WHERE id = ?"_s, { caseId });
    if (!q)
        return q.error();
    if (!q->next())
        return Error(Error::Code::NotFound, u"no case with id %1"_s.arg(caseId));
    const int count = q->value(0).toInt();
    if (count < 1 || count > 2)
        return StoredRow::unknownValue(u"cases"_s, caseId, u"reviews_required"_s, q->value(0).toString());
    return count;
}

Error CaseStore::requireReviews(qint64 caseId, int count, const QString& actor)
{
    if (count < 1 || count > 2)
        return Error(Error::Code::InvalidInput, u"a case requires 1 or 2 approvals, not %1"_s.arg(count));
    return m_database.transaction([&]() -> Error {
        auto current = reviewsRequired(caseId);
        if (!current)
            return current.error();
        if (*current == count)
            return {};
        if (count < *current)
            return Error(Error::Code::Refused, u"case %1 requires %2 approvals: that is never lowered"_s.arg(caseId).arg(
                                                   *current));
        auto updated = m_database.exec(u"UPDATE cases SET reviews_required = ?, updated_at = ? WHERE id = ?"_s,
                                       { count, sqlTimestamp(m_database.clock().now()), caseId });
        if (!updated)
            return updated.error().prefixed(u"requiring approvals of case %1"_s.arg(caseId));
        AuditEvent event;
        event.actor = actor;
        event.action = u"case.reviews_required"_s;
        event.entityType = u"case"_s;
        event.entityId = QString::number(caseId);
        event.details.insert(u"from"_s, *current);
        event.details.insert(u"to"_s, count);
        return AuditStore(m_database).append(event);
    });
}

Result<int> CaseStore::heldBy(qint64 agentId) const
{
    auto q = m_database.execCached(u"SELECT COUNT(*) FROM cases WHERE assignee_id = ? AND state IN "_s + kHeldStates,
                                   { agentId });
    if (!q)
        return q.error();
    if (!q->next())
        return Error(Error::Code::Internal, u"counting held cases returned no row"_s);
    return q->value(0).toInt();
}

Result<std::optional<Case>> CaseStore::claimNext(qint64 agentId, const QStringList& queues, int capacity,
                                                 const QString& actor)
{
    // On PostgreSQL a claim holds the audit chain's lock from its append to its commit, and every
    // claim waits for that lock: so the claim is as few round trips as it can be, each through
    // the statement cache, with nothing read after the append.
    std::optional<Case> claimed;
    const Error error = m_database.transaction([&]() -> Error {
        int held = 0;
        if (!m_database.isSqlite()) {
            // What the agent holds, counted under a lock of their row, so two claims of theirs
            // cannot both pass the capacity check.
            auto locked = m_database.execCached(u"SELECT (SELECT COUNT(*) FROM cases WHERE assignee_id = u.id AND state IN "_s
                                                    + kHeldStates + u") FROM users u WHERE u.id = ? FOR UPDATE OF u"_s,
                                                { agentId });
            if (!locked)
                return locked.error();
            if (!locked->next())
                return Error(Error::Code::NotFound, u"no user with id %1"_s.arg(agentId));
            held = locked->value(0).toInt();
        } else {
            auto counted = heldBy(agentId);
            if (!counted)
                return counted.error();
            held = *counted;
        }
        if (held >= capacity)
            return {};
        // The walk of cases_waiting, in the order it keeps: SQLite without statistics (the store
        // runs no ANALYZE) would pick the assignee index and sort every waiting case instead.
        QString sql = kSelect + (m_database.isSqlite() ? u"INDEXED BY cases_waiting "_s : QString())
            + u"WHERE assignee_id IS NULL AND state IN ('new', 'escalated') "_s;
        QVariantList values;
        if (!queues.isEmpty()) {
            sql += u"AND queue IN ("_s + placeholders(queues.size()) + u") "_s;
            for (const QString& queue : queues)
                values << queue;
        }
        sql += u"ORDER BY "_s + kUrgency + u" LIMIT 1"_s;
        if (!m_database.isSqlite())
            sql += u" FOR UPDATE SKIP LOCKED"_s;
        Case picked;
        {
            auto next = m_database.execCached(sql, values);
            if (!next)
                return next.error();
            if (!next->next())
                return {};
            auto read = caseFrom(next->query());
            if (!read)
                return read.error();
            picked = *read;
        }
        const QDateTime now = m_database.clock().now();
        {
            // Locked (PostgreSQL) or serialised (SQLite): the row is as read.
            auto updated = m_database.execCached(u"UPDATE cases SET assignee_id = ?, state = 'assigned', updated_at = ?, assigned_at = ? "
                                                 "WHERE id = ? AND assignee_id IS NULL AND state = ?"_s,
                                                 { agentId, sqlTimestamp(now), sqlTimestamp(now), picked.id,
                                                   toString(picked.state) });
            if (!updated)
                return updated.error();
            if (updated->query().numRowsAffected() != 1)
                return Error(Error::Code::Conflict, u"case %1 changed while it was being claimed"_s.arg(picked.id));
        }
        const AuditEvent event = assignmentEvent(picked, agentId, true, Case::State::Assigned, actor);
        if (Error audit = AuditStore(m_database).append(event); audit.isError())
            return audit;
        picked.assigneeId = agentId;
        picked.state = Case::State::Assigned;
        picked.updatedAt = timestampFrom(sqlTimestamp(now));
        claimed = picked;
        return {};
    });
    if (error.isError())
        return error;
    return claimed;
}

Result<Case> CaseStore::assign(qint64 caseId, qint64 agentId, int capacity, const QString& actor)
{
    std::optional<Case> result;
    const Error error = m_database.transaction([&]() -> Error {
        auto current = byId(caseId);
        if (!current)
            return current.error();
        if (current->assigneeId == agentId)
            return Error(Error::Code::Refused, u"case %1 is already held by that agent"_s.arg(caseId));
        const bool takesWork = current->state == Case::State::New || current->state == Case::State::Escalated;
        const bool changesHands = current->assigneeId.has_value()
            && (current->state == Case::State::Assigned || current->state == Case::State::Drafting
                || current->state == Case::State::Returned);
        if (!takesWork && !changesHands)
            return Error(Error::Code::Refused, u"case %1 is %2: only a new, escalated or held case is assigned"_s.arg(
                                                   caseId)
                                                   .arg(toString(current->state)));
        auto held = heldBy(agentId);
        if (!held)
            return held.error();
        if (*held >= capacity)
            return Error(Error::Code::Refused,
                         u"the agent already holds %1 cases, their capacity: release one or raise it"_s.arg(*held));
        const Case::State to = takesWork ? Case::State::Assigned : current->state;
        const QString now = sqlTimestamp(m_database.clock().now());
        // The state and holder it had when read: a concurrent claim makes this update a no-op.
        {
            auto updated = m_database.execCached(u"UPDATE cases SET assignee_id = ?, state = ?, updated_at = ?, assigned_at = ? "
                                                 "WHERE id = ? AND state = ? AND assignee_id IS NOT DISTINCT FROM ?"_s,
                                                 { agentId, toString(to), now, now, caseId, toString(current->state),
                                                   current->assigneeId ? QVariant(*current->assigneeId) : QVariant() });
            if (!updated)
                return updated.error();
            if (updated->query().numRowsAffected() != 1)
                return Error(Error::Code::Conflict, u"case %1 changed while it was being assigned"_s.arg(caseId));
        }
        // Read back before the audit append: on PostgreSQL that holds the chain's lock to commit.
        auto read = byId(caseId);
        if (!read)
            return read.error();
        const AuditEvent event = assignmentEvent(*current, agentId, takesWork, to, actor);
        if (Error audit = AuditStore(m_database).append(event); audit.isError())
            return audit;
        result = *read;
        return {};
    });
    if (error.isError())
        return error;
    return *result;
}

Result<Case> CaseStore::release(qint64 caseId, const QString& actor)
{
    auto current = byId(caseId);
    if (!current)
        return current.error();
    if (current->state != Case::State::Assigned)
        return Error(Error::Code::Refused, u"case %1 is %2: only a case not yet drafted (assigned) goes back to its "
                                          "queue"_s.arg(caseId)
                                               .arg(toString(current->state)));
    return move(caseId, Case::State::New, QString(), actor);
}

Result<Case> CaseStore::escalate(qint64 caseId, const QString& queue, const QString& reason, const QString& actor)
{
    if (queue.trimmed().isEmpty() || queue.size() > 64)
        return Error(Error::Code::InvalidInput, u"an escalation names the queue it goes to (1 to 64 characters)"_s);
    if (reason.trimmed().isEmpty())
        return Error(Error::Code::InvalidInput, u"an escalation needs a reason"_s);
    std::optional<Case> result;
    const Error error = m_database.transaction([&]() -> Error {
        auto moved = move(caseId, Case::State::Escalated, reason, actor);
        if (!moved)
            return moved.error();
        auto requeued = m_database.exec(u"UPDATE cases SET queue = ? WHERE id = ?"_s, { queue, caseId });
        if (!requeued)
            return requeued.error();
        result = *moved;
        result->queue = queue;
        return {};
    });
    if (error.isError())
        return error;
    return *result;
}

Result<QList<Case>> CaseStore::overdue(const QDateTime& now, int limit) const
{
    // Two sweeps at once (two seats' claims) mark each case once: the second skips what the first
    // holds.
    auto q = m_database.execCached(kSelect
                                       + u"WHERE sla_due_at IS NOT NULL AND sla_due_at <= ? AND sla_breached_at IS NULL "
                                         "AND state NOT IN ('answered', 'closed') ORDER BY sla_due_at, id LIMIT ?"_s
                                       + (m_database.isSqlite() ? QString() : u" FOR UPDATE SKIP LOCKED"_s),
                                   { sqlTimestamp(now), limit });
    if (!q)
        return q.error();
    return casesFrom(q->query());
}

Result<Case> CaseStore::markBreached(qint64 caseId, const QString& breachQueue, const QString& actor)
{
    std::optional<Case> result;
    const Error error = m_database.transaction([&]() -> Error {
        auto current = byId(caseId);
        if (!current)
            return current.error();
        if (current->slaBreachedAt.isValid() || !CaseTransitions::isOpen(current->state)) {
            result = *current;
            return {};
        }
        const bool moves = !breachQueue.isEmpty() && breachQueue != current->queue;
        if (moves && current->state == Case::State::Assigned) {
            // Nobody has started on it: the breach queue's agents may take it.
            auto released = move(caseId, Case::State::New, u"SLA breached"_s, actor);
            if (!released)
                return released.error();
        }
        const QDateTime now = m_database.clock().now();
        auto updated = m_database.exec(u"UPDATE cases SET sla_breached_at = ?, queue = ?, updated_at = ? "
                                       "WHERE id = ? AND sla_breached_at IS NULL"_s,
                                       { sqlTimestamp(now), moves ? breachQueue : current->queue, sqlTimestamp(now),
                                         caseId });
        if (!updated)
            return updated.error();
        if (updated->numRowsAffected() != 1)
            return Error(Error::Code::Conflict, u"case %1 changed while its SLA breach was being marked"_s.arg(caseId));
        AuditEvent event;
        event.actor = actor;
        event.action = u"case.sla_breached"_s;
        event.entityType = u"case"_s;
        event.entityId = QString::number(caseId);
        event.details.insert(u"sla_due_at"_s, sqlTimestamp(current->slaDueAt));
        event.details.insert(u"queue"_s, current->queue);
        if (moves)
            event.details.insert(u"breach_queue"_s, breachQueue);
        if (Error audit = AuditStore(m_database).append(event); audit.isError())
            return audit;
        auto read = byId(caseId);
        if (!read)
            return read.error();
        result = *read;
        return {};
    });
    if (error.isError())
        return error;
    return *result;
}

Result<QList<Case>> CaseStore::withRunningSla(const QString& queue) const
{
    auto q = m_database.exec(kSelect
                                 + u"WHERE queue = ? AND sla_seconds IS NOT NULL AND sla_started_at IS NOT NULL "
                                   "AND sla_breached_at IS NULL AND state NOT IN ('answered', 'closed') ORDER BY id"_s,
                             { queue });
    if (!q)
        return q.error();
    return casesFrom(*q);
}

Error CaseStore::setDeadline(qint64 caseId, const SlaDeadline& sla, const QString& actor)
{
    return m_database.transaction([&]() -> Error {
        auto current = byId(caseId);
        if (!current)
            return current.error();
        if (current->slaDueAt == sla.dueAt && current->slaAtRiskAt == sla.atRiskAt)
            return {};
        auto updated = m_database.exec(u"UPDATE cases SET sla_due_at = ?, sla_at_risk_at = ?, sla_seconds = ?, "
                                       "sla_started_at = ?, updated_at = ? WHERE id = ?"_s,
                                       { timeOrNull(sla.dueAt), timeOrNull(sla.atRiskAt), sla.seconds,
                                         timeOrNull(sla.startedAt), sqlTimestamp(m_database.clock().now()), caseId });
        if (!updated)
            return updated.error();
        AuditEvent event;
        event.actor = actor;
        event.action = u"case.sla_recomputed"_s;
        event.entityType = u"case"_s;
        event.entityId = QString::number(caseId);
        event.details.insert(u"sla_due_at"_s, current->slaDueAt.isValid() ? sqlTimestamp(current->slaDueAt) : QString());
        event.details.insert(u"new_sla_due_at"_s, sla.dueAt.isValid() ? sqlTimestamp(sla.dueAt) : QString());
        return AuditStore(m_database).append(event);
    });
}

Result<Case> CaseStore::move(qint64 caseId, Case::State to, const QString& reason, const QString& actor)
{
    std::optional<Case> result;
    const Error error = m_database.transaction([&]() -> Error {
        auto current = byId(caseId);
        if (!current)
            return current.error();
        const CaseTransitions::Transition* transition = CaseTransitions::find(current->state, to);
        if (!transition)
            return Error(Error::Code::Refused, u"case %1 cannot go from %2 to %3"_s.arg(caseId).arg(
                                                   toString(current->state), toString(to)));
        // Escalated and released cases wait unheld in their queue.
        const bool unheld = to == Case::State::New || to == Case::State::Escalated;
        const QDateTime now = m_database.clock().now();
        const bool closes = !CaseTransitions::isOpen(to);
        auto updated = m_database.exec(
            u"UPDATE cases SET state = ?, state_reason = ?, assignee_id = CASE WHEN ? THEN NULL ELSE assignee_id END, "
            "closed_at = CASE WHEN ? THEN ? ELSE closed_at END, updated_at = ? WHERE id = ? AND state = ?"_s,
            { toString(to), reason, unheld, closes, sqlTimestamp(now), sqlTimestamp(now), caseId,
              toString(current->state) });
        if (!updated)
            return updated.error();
        if (updated->numRowsAffected() != 1)
            return Error(Error::Code::Conflict, u"case %1 changed while it was being moved"_s.arg(caseId));
        AuditEvent event;
        event.actor = actor;
        event.action = QString::fromUtf16(transition->name);
        event.entityType = u"case"_s;
        event.entityId = QString::number(caseId);
        event.details.insert(u"from"_s, toString(current->state));
        event.details.insert(u"to"_s, toString(to));
        if (!reason.isEmpty())
            event.details.insert(u"reason"_s, reason);
        if (Error audit = AuditStore(m_database).append(event); audit.isError())
            return audit;
        auto read = byId(caseId);
        if (!read)
            return read.error();
        result = *read;
        return {};
    });
    if (error.isError())
        return error;
    return *result;
}

Result<std::optional<qint64>> CaseStore::conversationHolder(qint64 caseId) const
{
    auto q = m_database.exec(
        u"SELECT other.assignee_id FROM cases self JOIN comments mine ON mine.id = self.comment_id "
        "JOIN comments theirs ON theirs.platform = mine.platform AND theirs.conversation_id = mine.conversation_id "
        "JOIN cases other ON other.comment_id = theirs.id "
        "WHERE self.id = ? AND mine.conversation_id <> '' AND other.id <> self.id AND other.assignee_id IS NOT NULL "
        "AND other.state NOT IN ('answered', 'closed') ORDER BY other.updated_at DESC, other.id DESC LIMIT 1"_s,
        { caseId });
    if (!q)
        return q.error();
    if (!q->next())
        return std::optional<qint64>();
    return std::optional<qint64>(q->value(0).toLongLong());
}

Result<QList<Case>> CaseStore::list(const CaseFilter& filter, int limit) const
{
    QStringList where;
    QVariantList values;
    if (filter.state) {
        where << u"state = ?"_s;
        values << toString(*filter.state);
    }
    if (!filter.queue.isEmpty()) {
        where << u"queue = ?"_s;
        values << filter.queue;
    }
    if (filter.assigneeId) {
        where << u"assignee_id = ?"_s;
        values << *filter.assigneeId;
    }
    if (filter.dueWithinSeconds) {
        where << u"sla_due_at IS NOT NULL AND sla_due_at <= ?"_s;
        values << sqlTimestamp(m_database.clock().now().addSecs(*filter.dueWithinSeconds));
    }
    if (filter.openOnly || filter.dueWithinSeconds)
        where << u"state NOT IN ('answered', 'closed')"_s;
    values << limit;
    auto q = m_database.exec(kSelect + (where.isEmpty() ? QString() : u"WHERE "_s + where.join(u" AND "_s) + u' ')
                                 + u"ORDER BY "_s + kUrgency + u" LIMIT ?"_s,
                             values);
    if (!q)
        return q.error();
    return casesFrom(*q);
}

Result<Case> CaseStore::byId(qint64 id) const
{
    auto q = m_database.execCached(kSelect + u"WHERE id = ?"_s, { id });
    if (!q)
        return q.error();
    if (!q->next())
        return Error(Error::Code::NotFound, u"no case with id %1"_s.arg(id));
    return caseFrom(q->query());
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
    return casesFrom(*q);
}

Result<qint64> CaseStore::countInState(Case::State state) const
{
    auto q = m_database.exec(u"SELECT COUNT(*) FROM cases WHERE state = ?"_s, { toString(state) });
    if (!q)
        return q.error();
    return q->next() ? q->value(0).toLongLong() : 0;
}

Result<QHash<QString, qint64>> CaseStore::openCountByQueue() const
{
    auto q = m_database.exec(u"SELECT queue, COUNT(*) FROM cases WHERE state NOT IN ('answered', 'closed') "
                             "GROUP BY queue"_s);
    if (!q)
        return q.error();
    QHash<QString, qint64> counts;
    while (q->next())
        counts.insert(q->value(0).toString(), q->value(1).toLongLong());
    return counts;
}

} // namespace moderation
