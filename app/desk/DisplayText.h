#pragma once

#include "model/Comment.h"
#include "model/Decision.h"

#include <QIcon>
#include <QLocale>
#include <QString>

namespace moderation {

// How model values read to people: translated names, the author line, local times, and the
// small platform badges. Untrusted parts (names, handles) come back as plain text; callers show
// them with Qt::PlainText or in plain-text widgets only.
namespace DisplayText {

QString platform(Platform value);
QString source(Source value);
// What the policy decided, as a word: "Respond", "Ignore", "Escalate", "Hide (automatic)".
QString action(const Decision& decision);
QString priority(Priority value);
// "agent", "reviewer", "supervisor", "administrator", in the user's language.
QString role(Role value);
// "a USCIS receipt number": the kind of personal data, to follow "Personal data found:".
QString piiKind(PiiKind value);
// "Personal data found: a USCIS receipt number, a phone number", each kind once; empty without PII.
QString piiFound(const QList<PiiSpan>& spans);
// "Name (@handle)" on X, "Name" on Facebook; the handle alone when there is no name.
QString author(const Author& author);
QString handle(const Author& author); // "@handle", or empty
// A language tag from the platform ("es", "en-GB", "und") as a name in the user's language where
// we have one ("Spanish"), else Qt's English name, else the tag itself.
QString language(const QString& tag);
// A UTC time in the user's time zone and locale.
QString localTime(const QDateTime& utc, QLocale::FormatType format);
// A small badge with the platform's initial. Decoration only: the name is always shown beside it.
QIcon platformIcon(Platform value);

} // namespace DisplayText

} // namespace moderation
