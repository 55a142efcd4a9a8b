#pragma once

#include "model/Error.h"
#include "model/RecapQuestion.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QTimeZone>

#include <optional>

namespace moderation {

class Database;

// The Office Hours recap (`moderationctl report recap`): every question asked under a hashtag in
// a window with its approved answer, and those not yet answered, for the agency's blog. Hidden
// comments and those needing no reply are only counted (they can hold personal data); no author
// is named. Times are shown in `zone`.
struct OfficeHoursRecap
{
    enum class Format { Html, Markdown };

    QString hashtag; // without '#', as asked for
    QDateTime from; // UTC, included
    QDateTime to; // UTC, excluded
    QTimeZone zone;
    QString agencyName; // `settings set agency.name`; may be empty
    QByteArray agencyLogo; // PNG or JPEG bytes; may be empty
    QDateTime generatedAt; // UTC
    QList<RecapQuestion> answered; // oldest first
    QList<RecapQuestion> unanswered; // oldest first
    int hidden = 0;
    int ignored = 0;
    int undecided = 0;

    int asked() const { return int(answered.size() + unanswered.size()); }

    // Reads the window from the store, with the agency's name and logo from the site's settings.
    static Result<OfficeHoursRecap> build(Database& database, const QString& hashtag, const QDateTime& from,
                                          const QDateTime& to, const QTimeZone& zone);

    // One self-contained HTML document (inline styles, the logo as a data URI, nothing fetched),
    // every piece of text escaped.
    QString toHtml() const;
    // Markdown whose untrusted text (comments, answers, the agency's name) has every ASCII
    // punctuation character backslash-escaped, so it is shown as typed and can add no link,
    // image, HTML or formatting.
    QString toMarkdown() const;

    // Writes the recap as `format` to `path` (UTF-8), creating missing folders. A path that
    // cannot be written is an environment error (ReadOnly) naming it.
    Error write(Format format, const QString& path) const;

    static std::optional<Format> formatFrom(const QString& text); // "html", "md"
};

// A recap's window boundary as the CLI takes it: ISO 8601 date and time, "2026-12-07T14:00",
// with seconds optional, and an offset ("-05:00") or "Z"; without one it is a time in `zone`
// (a time that daylight saving time skips is refused). `what` names the option ("--from").
Result<QDateTime> parseRecapTime(const QString& text, const QString& what, const QTimeZone& zone);

// Markdown's escaping of untrusted text (public for tests): a backslash before every ASCII
// punctuation character (CommonMark makes each a literal), lines' leading blanks dropped.
QString markdownEscaped(const QString& text);

} // namespace moderation
