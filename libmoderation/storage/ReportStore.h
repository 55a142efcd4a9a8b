#pragma once

#include "model/Error.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>

#include <functional>
#include <optional>

namespace moderation {

class Database;

// One comment of a report's period with what became of it: its latest decision and its case.
// Enum columns are kept as the stored text (the report shows them).
struct ReportComment
{
    qint64 id = 0;
    QString platform;
    QString source;
    QDateTime createdAt;
    QString authorId;
    QString authorHandle;
    QString text;
    QString conversationId; // the platform's thread; empty when it gave none
    QString platformId;
    bool removed = false;
    // The latest decision (empty action: none yet).
    QString action;
    QString category;
    QString ruleId;
    QString clause;
    QString hideMode; // "proposed", "automatic" or empty
    // The comment's case (caseId 0: none).
    qint64 caseId = 0;
    QString caseState;
    QString queue;
    QString assignee; // login
    std::optional<qint64> slaSeconds;
    QDateTime slaDueAt;
    QDateTime slaAtRiskAt;
    QDateTime slaBreachedAt;
    QDateTime closedAt;
    bool hideConfirmed = false;
};

// A reply the platform accepted: the first per comment.
struct ReportReply
{
    QDateTime sentAt;
    QString author; // the draft's author's login
    QString reviewer; // the approving reviewer's login
    QString answerKey;
};

struct ReportDraft
{
    qint64 draftId = 0;
    qint64 caseId = 0;
    QString author;
    QDateTime submittedAt; // the draft's creation: `draft submit` and the desk store it when submitted
    QDateTime assignedAt; // when the case was last assigned; invalid if never recorded
    QDateTime caseCreatedAt;
    QString answerKey;
};

struct ReportReview
{
    QString reviewer;
    QString verdict; // approved, returned
    QDateTime reviewedAt;
    QDateTime submittedAt;
};

struct ReportRefusal
{
    QDateTime at;
    QString account;
    QString kind;
    qint64 commentId = 0;
    QString error;
};

struct ReportAccountEvent
{
    QDateTime at; // invalid for an account that is in that state now without a recorded change
    QString account;
    QString platform;
    QString state;
    QString reason;
};

struct ReportEscalation
{
    QDateTime at;
    qint64 caseId = 0;
    QString actor;
    QString queue;
};

// The reads behind the reports (reports/DailyReport), each over a UTC half-open period. Large
// reads stream in keyset pages over the (created_at, id) index, as policy simulate's replay does.
class ReportStore
{
public:
    explicit ReportStore(Database& database)
        : m_database(database)
    {
    }

    // The comments the public wrote (not our own posts) in [start, end), oldest first.
    Error forEachComment(const QDateTime& start, const QDateTime& end,
                         const std::function<void(const ReportComment&)>& visit) const;
    // Only their texts, for the trending terms' baseline.
    Error forEachText(const QDateTime& start, const QDateTime& end,
                      const std::function<void(const QString&)>& visit) const;
    // The first sent reply of each comment whose reply went out at or after `since`, by comment id.
    Result<QHash<qint64, ReportReply>> repliesSentSince(const QDateTime& since) const;
    // Drafts submitted (created not editing) in the period.
    Result<QList<ReportDraft>> draftsSubmitted(const QDateTime& start, const QDateTime& end) const;
    Result<QList<ReportReview>> reviews(const QDateTime& start, const QDateTime& end) const;
    // Outbox entries the platform refused (failed) in the period.
    Result<QList<ReportRefusal>> refusals(const QDateTime& start, const QDateTime& end) const;
    // Accounts that needed re-authentication: changes to that state in the period, and accounts
    // in that state now.
    Result<QList<ReportAccountEvent>> reauthentications(const QDateTime& start, const QDateTime& end) const;
    // Cases people escalated in the period (the policy's escalations are decisions).
    Result<QList<ReportEscalation>> escalations(const QDateTime& start, const QDateTime& end) const;

private:
    Database& m_database;
};

} // namespace moderation
