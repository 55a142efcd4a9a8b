#pragma once

#include "model/Answer.h"
#include "model/Comment.h"
#include "model/Decision.h"
#include "model/Error.h"

#include <QList>

namespace moderation {

// The agency's approved answers, as files bring them and as an agent meets them: reading an
// import (JSON or CSV), the variables a body may hold, the suggestions for a case, and filling a
// chosen answer in for its comment.
namespace AnswerLibrary {

// The variables a body may hold: {{name}} (the author's name, else their @handle, else
// "there"), {{handle}} (@handle, or the name), {{link}} (the answer's link).
QStringList variables();

// An import: JSON ({"answers": [...]} or a bare array of objects with key, title, body, lang,
// category and optional link) or CSV (RFC 4180, a header row naming those columns). Every
// problem is an Error naming the file and where (line and column for JSON, line for CSV): a
// missing column or member, an empty key or body, a duplicate key, an unknown {{variable}}.
Result<QList<Answer>> read(const QByteArray& bytes, const QString& fileName);

// One answer as an editor made it: the same rules as an import (key form, title and body, known
// variables only), the error naming the answer.
Error check(const Answer& answer);

// Answers for a comment and its decision, best first: the policy's suggested answer (the rule's
// `answer` key, in the comment's language when there is one), then answers of the decision's
// category, then by the words they share with the comment; the comment's language before others.
QList<Answer> suggest(const QList<Answer>& library, const Comment& comment, const Decision& decision, int limit = 5);

// The answer's body with its variables filled in for this comment.
QString fill(const Answer& answer, const Comment& comment);

} // namespace AnswerLibrary

} // namespace moderation
