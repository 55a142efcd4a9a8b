#pragma once

#include "model/Case.h"
#include "model/Comment.h"
#include "model/Error.h"
#include "model/OfficeHoursEvent.h"

#include <QString>

#include <optional>

namespace moderation {

class Database;

// A person's triage of an Office Hours event's feed (routing/OfficeHoursEvents), as `login` (a
// supervisor, or the holder of the comment's case). Refused when the comment is not in the
// event's feed or its case is finished. Each step is written and audited by the stores and the
// reclassifier it goes through, and the triage itself as "event.triaged" (the event, the
// verdict, the reason, the case, the linked comment), all in one transaction.
class OfficeHoursTriage
{
public:
    explicit OfficeHoursTriage(Database& database)
        : m_database(database)
    {
    }

    // Answerable: a case in the event's SME queue. Without a case, the person's decision
    // (respond, the SME queue) is recorded and the case opened; an open case in another queue is
    // escalated there; one already there is left as it is.
    Result<Case> markAnswerable(qint64 eventId, qint64 commentId, const QString& login);
    // Off-topic: ignored with the reason (empty: "off-topic for the event"): its case reclassified
    // as ignore (review/CaseReclassifier closes it), or without a case the person's ignore
    // decision recorded.
    Error markOffTopic(qint64 eventId, qint64 commentId, const QString& reason, const QString& login);
    // Already answered by an earlier question of the event (`answeredBy`, which has an approved
    // answer): ignored as off-topic is, with a reason that names that comment.
    Error markAnswered(qint64 eventId, qint64 commentId, qint64 answeredBy, const QString& login);

private:
    // A person's ignore: the case reclassified, or without a case a decision of theirs recorded.
    Error ignore(const OfficeHoursEvent& event, const Comment& comment, const QString& verdict,
                 const QString& reason, std::optional<qint64> answeredBy, const QString& login);
    Error auditTriage(const OfficeHoursEvent& event, qint64 commentId, const QString& verdict, const QString& reason,
                      std::optional<qint64> caseId, std::optional<qint64> answeredBy, const QString& login);

    Database& m_database;
};

} // namespace moderation
