#pragma once

#include "model/Case.h"
#include "model/Enums.h"
#include "model/Error.h"

#include <QString>

namespace moderation {

class Database;

// A person's decision on a case's comment, kept beside the policy's (issue 18, item 3): the
// case's holder or a supervisor says the comment should be answered, ignored, escalated or
// hidden, with a reason. A new decision row records it (decided_by the person; the policy's row
// is never changed), and the case follows it in the same transaction, each step audited:
//   respond  — the case stays open for drafting;
//   ignore   — the case is closed with the reason;
//   escalate — the case goes, unheld, to the named queue;
//   hide     — recorded as a confirmed hide (what lets the hide into the outbox), the hide
//              queued, the case closed.
// An open case not yet with a reviewer is reclassified: a draft in review or an approved reply
// is taken back first (a reviewer returns it).
class CaseReclassifier
{
public:
    explicit CaseReclassifier(Database& database)
        : m_database(database)
    {
    }

    // The rule id a person's decision carries: no policy rule made it.
    static QString ruleId() { return QStringLiteral("reclassified"); }

    // `queue`: where an escalation goes; required for escalate, refused for any other action.
    Result<Case> reclassify(qint64 caseId, const QString& login, Action action, const QString& reason,
                            const QString& queue, const QString& actor);

private:
    // Moves the case as the new action asks, in the caller's transaction.
    Result<Case> follow(const Case& current, qint64 decisionId, qint64 userId, Action action, const QString& reason,
                        const QString& queue, const QString& actor);

    Database& m_database;
};

} // namespace moderation
