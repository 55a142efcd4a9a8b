#pragma once

#include "model/Comment.h"

#include <QList>
#include <ostream>

namespace moderation::test {

// Comments like the demo's: an "#AskTheAgency" office hour on X and an agency's Facebook page,
// in English and Spanish, with questions, thanks, complaints and spam, newest first when sorted
// by createdAt descending. `count` cycles through the samples with distinct ids and times.
QList<Comment> demoLikeComments(
    int count, const QDateTime& newest = QDateTime(QDate(2026, 11, 2), QTime(15, 0), Qt::UTC));

// A comment whose text is markup that would run if it were ever shown as rich text.
inline const QString kHostileText = QStringLiteral("<b>hi</b><img src=x onerror=alert(1)>");

} // namespace moderation::test

// Readable QStrings in GoogleTest's failure messages (found by argument-dependent lookup).
inline void PrintTo(const QString& text, std::ostream* out)
{
    *out << '"' << text.toStdString() << '"';
}
