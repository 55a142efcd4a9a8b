#pragma once

#include "model/Enums.h"
#include "policy/PolicyDocument.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace moderation {

// One thing that made a rule's condition hold, with the values a person wants to read
// ("contains "green card"", "has 3 links"). Both the compiled engine and the plain evaluator
// produce these, and one function turns them into the decision's sentence, so the two
// evaluators must agree on the why, not only on the outcome.
struct Reason
{
    const Condition* condition = nullptr; // the predicate that held (for a `not`, its child)
    bool negated = false; // the condition held because this one did not
    QString term; // Terms, Lexicon: the matched term as written in the policy
    QString lexicon; // Lexicon: the list it came from
    int count = 0; // Links, Mentions, Hashtags, Length, Repeat
    QList<PiiKind> piiKinds; // Pii: kinds found, in text order, each once
    QString language; // Lang: the tag that matched
    bool languageGuessed = false; // Lang: from the text rather than the platform
    Platform platform = Platform::Twitter; // Platform
    Source source = Source::Mention; // Source
    QString author; // Authors: "@handle" or the id
    QDateTime localTime; // Time: created_at in the policy's time zone
};

namespace Explanation {

// "Hidden by rule pii: contains a USCIS receipt number." A rule of nullptr: no rule applied.
QString sentence(const PolicyRule* rule, const QList<Reason>& reasons);

// The condition in words, as written in the policy (for a `not`, and for summaries).
QString describe(const Condition& condition, bool negated = false);

// "15 minutes", "1 hour 30 minutes", "2 days".
QString duration(qint64 seconds);

} // namespace Explanation

} // namespace moderation
