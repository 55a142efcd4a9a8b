#include "storage/ReportStore.h"

#include "storage/Database.h"
#include "storage/SqlTime.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace moderation {

namespace {

constexpr int kPageSize = 20000;

std::optional<qint64> optionalInt(const QVariant& value)
{
    if (value.isNull())
        return std::nullopt;
    return value.toLongLong();
}

// A keyset-paged walk of comments created in [start, end) that the public wrote: `columns`
// must end with "c.created_at, c.id" so each page can start after the last row seen.
Error forEachPage(const Database& database, const QString& columns, const QString& joins, const QDateTime& start,
                  const QDateTime& end, const std::function<void(const QSqlQuery&)>& visit)
{
    const QString upper = sqlTimestamp(end);
    QVariant lastAt;
    qint64 lastId = 0;
    bool first = true;
    const int lastColumn = int(columns.count(u','));
    for (;;) {
        // A row value for the page's start (see CommentReplay: an OR walks the index from its start).
        // The plain lower bound repeats the row value's for PostgreSQL's planner, which cannot
        // estimate a row-value comparison and would otherwise scan the joined tables whole.
        const QString where = first ? u"c.created_at >= ?"_s : u"(c.created_at, c.id) > (?, ?) AND c.created_at >= ?"_s;
        QVariantList values = first ? QVariantList { sqlTimestamp(start) } : QVariantList { lastAt, lastId, lastAt };
        values << upper << kPageSize;
        Result<QSqlQuery> q = database.exec(u"SELECT "_s + columns + u" FROM comments c "_s + joins + u" WHERE "_s
                                                + where + u" AND c.created_at < ? AND NOT c.ours "
                                                          "ORDER BY c.created_at, c.id LIMIT ?"_s,
                                            values);
        if (!q)
            return q.error().prefixed(u"reading the period's comments"_s);
        first = false;
        int rows = 0;
        while (q->next()) {
            ++rows;
            visit(*q);
            const QVariant at = q->value(lastColumn - 1);
            lastAt = at.userType() == QMetaType::QDateTime ? QVariant(sqlTimestamp(at.toDateTime())) : at;
            lastId = q->value(lastColumn).toLongLong();
        }
        if (rows < kPageSize)
            return {};
    }
}

QStringList values(const QVariant& detailsJson, const QStringList& keys)
{
    const QJsonObject details = QJsonDocument::fromJson(detailsJson.toString().toUtf8()).object();
    QStringList out;
    for (const QString& key : keys)
        out << details.value(key).toString();
    return out;
}

} // namespace

Error ReportStore::forEachComment(const QDateTime& start, const QDateTime& end,
                                  const std::function<void(const ReportComment&)>& visit) const
{
    static const QString columns
        = u"c.platform, c.source, c.author_id, c.author_handle, c.text, c.conversation_id, c.platform_id, c.removed, "
          "d.action, d.category, d.rule_id, d.clause, d.hide_mode, "
          "k.id, k.state, k.queue, u.login, k.sla_seconds, k.sla_due_at, k.sla_at_risk_at, k.sla_breached_at, "
          "k.closed_at, (SELECT COUNT(*) FROM hide_confirmations h WHERE h.case_id = k.id), c.created_at, c.id"_s;
    static const QString joins
        = u"LEFT JOIN decisions d ON d.id = (SELECT MAX(d2.id) FROM decisions d2 WHERE d2.comment_id = c.id) "
          "LEFT JOIN cases k ON k.comment_id = c.id LEFT JOIN users u ON u.id = k.assignee_id"_s;
    ReportComment row;
    return forEachPage(m_database, columns, joins, start, end, [&](const QSqlQuery& q) {
        row.platform = q.value(0).toString();
        row.source = q.value(1).toString();
        row.authorId = q.value(2).toString();
        row.authorHandle = q.value(3).toString();
        row.text = q.value(4).toString();
        row.conversationId = q.value(5).toString();
        row.platformId = q.value(6).toString();
        row.removed = q.value(7).toInt() != 0;
        row.action = q.value(8).toString();
        row.category = q.value(9).toString();
        row.ruleId = q.value(10).toString();
        row.clause = q.value(11).toString();
        row.hideMode = q.value(12).toString();
        row.caseId = q.value(13).toLongLong();
        row.caseState = q.value(14).toString();
        row.queue = q.value(15).toString();
        row.assignee = q.value(16).toString();
        row.slaSeconds = optionalInt(q.value(17));
        row.slaDueAt = timestampFrom(q.value(18));
        row.slaAtRiskAt = timestampFrom(q.value(19));
        row.slaBreachedAt = timestampFrom(q.value(20));
        row.closedAt = timestampFrom(q.value(21));
        row.hideConfirmed = q.value(22).toLongLong() > 0;
        row.createdAt = timestampFrom(q.value(23));
        row.id = q.value(24).toLongLong();
        visit(row);
    });
}

Error ReportStore::forEachText(const QDateTime& start, const QDateTime& end,
                               const std::function<void(const QString&)>& visit) const
{
    return forEachPage(m_database, u"c.text, c.created_at, c.id"_s, QString(), start, end,
                       [&](const QSqlQuery& q) { visit(q.value(0).toString()); });
}

Result<QHash<qint64, ReportReply>> ReportStore::repliesSentSince(const QDateTime& since) const
{
    // A sent entry is final, so its updated_at is when the platform accepted it.
    auto q = m_database.exec(
        u"SELECT o.comment_id, o.updated_at, a.login, "
        "(SELECT r.login FROM reviews v JOIN users r ON r.id = v.reviewer_id WHERE v.draft_id = o.draft_id "
        "AND v.verdict = 'approved' ORDER BY v.id DESC LIMIT 1), d.answer_key "
        "FROM outbox o JOIN drafts d ON d.id = o.draft_id JOIN users a ON a.id = d.author_id "
        "WHERE o.state = 'sent' AND o.kind = 'reply' AND o.updated_at >= ? ORDER BY o.updated_at, o.id"_s,
        { sqlTimestamp(since) });
    if (!q)
        return q.error().prefixed(u"reading sent replies"_s);
    QHash<qint64, ReportReply> replies;
    while (q->next()) {
        const qint64 commentId = q->value(0).toLongLong();
        if (replies.contains(commentId))
            continue;
        replies.insert(commentId, ReportReply { timestampFrom(q->value(1)), q->value(2).toString(),
                                                q->value(3).toString(), q->value(4).toString() });
    }
    return replies;
}

Result<QList<ReportDraft>> ReportStore::draftsSubmitted(const QDateTime& start, const QDateTime& end) const
{
    auto q = m_database.exec(u"SELECT d.id, d.case_id, u.login, d.created_at, k.assigned_at, k.created_at, d.answer_key "
                             "FROM drafts d JOIN users u ON u.id = d.author_id JOIN cases k ON k.id = d.case_id "
                             "WHERE d.state <> 'editing' AND d.created_at >= ? AND d.created_at < ? ORDER BY d.id"_s,
                             { sqlTimestamp(start), sqlTimestamp(end) });
    if (!q)
        return q.error().prefixed(u"reading submitted drafts"_s);
    QList<ReportDraft> drafts;
    while (q->next())
        drafts.append(ReportDraft { q->value(0).toLongLong(), q->value(1).toLongLong(), q->value(2).toString(),
                                    timestampFrom(q->value(3)), timestampFrom(q->value(4)), timestampFrom(q->value(5)),
                                    q->value(6).toString() });
    return drafts;
}

Result<QList<ReportReview>> ReportStore::reviews(const QDateTime& start, const QDateTime& end) const
{
    auto q = m_database.exec(u"SELECT u.login, v.verdict, v.reviewed_at, d.created_at FROM reviews v "
                             "JOIN users u ON u.id = v.reviewer_id JOIN drafts d ON d.id = v.draft_id "
                             "WHERE v.reviewed_at >= ? AND v.reviewed_at < ? ORDER BY v.id"_s,
                             { sqlTimestamp(start), sqlTimestamp(end) });
    if (!q)
        return q.error().prefixed(u"reading reviews"_s);
    QList<ReportReview> reviews;
    while (q->next())
        reviews.append(ReportReview { q->value(0).toString(), q->value(1).toString(), timestampFrom(q->value(2)),
                                      timestampFrom(q->value(3)) });
    return reviews;
}

Result<QList<ReportRefusal>> ReportStore::refusals(const QDateTime& start, const QDateTime& end) const
{
    auto q = m_database.exec(u"SELECT o.updated_at, COALESCE(a.name, ''), o.kind, o.comment_id, o.error FROM outbox o "
                             "LEFT JOIN accounts a ON a.id = o.account_id "
                             "WHERE o.state = 'failed' AND o.updated_at >= ? AND o.updated_at < ? ORDER BY o.updated_at, o.id"_s,
                             { sqlTimestamp(start), sqlTimestamp(end) });
    if (!q)
        return q.error().prefixed(u"reading refused sends"_s);
    QList<ReportRefusal> refusals;
    while (q->next())
        refusals.append(ReportRefusal { timestampFrom(q->value(0)), q->value(1).toString(), q->value(2).toString(),
                                        q->value(3).toLongLong(), q->value(4).toString() });
    return refusals;
}

Result<QList<ReportAccountEvent>> ReportStore::reauthentications(const QDateTime& start, const QDateTime& end) const
{
    QList<ReportAccountEvent> events;
    auto changes = m_database.exec(u"SELECT l.at, l.entity_id, COALESCE(a.platform, ''), l.details FROM audit_log l "
                                   "LEFT JOIN accounts a ON a.name = l.entity_id "
                                   "WHERE l.action = 'account.state' AND l.at >= ? AND l.at < ? ORDER BY l.seq"_s,
                                   { sqlTimestamp(start), sqlTimestamp(end) });
    if (!changes)
        return changes.error().prefixed(u"reading account changes"_s);
    QSet<QString> seen;
    while (changes->next()) {
        const QStringList detail = values(changes->value(3), { u"to"_s, u"reason"_s });
        if (detail.at(0) != u"needs_reauth"_s)
            continue;
        seen.insert(changes->value(1).toString());
        events.append(ReportAccountEvent { timestampFrom(changes->value(0)), changes->value(1).toString(),
                                           changes->value(2).toString(), detail.at(0), detail.at(1) });
    }
    auto now = m_database.exec(u"SELECT name, platform, state_reason FROM accounts WHERE state = 'needs_reauth' ORDER BY name"_s);
    if (!now)
        return now.error().prefixed(u"reading accounts"_s);
    while (now->next()) {
        if (seen.contains(now->value(0).toString()))
            continue;
        events.append(ReportAccountEvent { QDateTime(), now->value(0).toString(), now->value(1).toString(),
                                           u"needs_reauth"_s, now->value(2).toString() });
    }
    return events;
}

Result<QList<ReportEscalation>> ReportStore::escalations(const QDateTime& start, const QDateTime& end) const
{
    auto q = m_database.exec(u"SELECT l.at, l.entity_id, l.actor, COALESCE(k.queue, '') FROM audit_log l "
                             "LEFT JOIN cases k ON CAST(k.id AS TEXT) = l.entity_id "
                             "WHERE l.action = 'case.escalated' AND l.at >= ? AND l.at < ? ORDER BY l.seq"_s,
                             { sqlTimestamp(start), sqlTimestamp(end) });
    if (!q)
        return q.error().prefixed(u"reading escalations"_s);
    QList<ReportEscalation> escalations;
    while (q->next())
        escalations.append(ReportEscalation { timestampFrom(q->value(0)), q->value(1).toLongLong(),
                                              q->value(2).toString(), q->value(3).toString() });
    return escalations;
}

} // namespace moderation
