#pragma once

#include <QDateTime>
#include <QString>

#include <optional>

namespace moderation {

// A reviewer's verdict on one draft's exact text (its hash), never by the draft's author.
struct Review
{
    enum class Verdict { Approved, Returned };

    qint64 id = 0;
    qint64 draftId = 0;
    qint64 reviewerId = 0; // a user with the reviewer role
    Verdict verdict = Verdict::Returned;
    QString text; // the text reviewed
    QString textSha256;
    QString reason; // why it was returned (or a note on an approval)
    QDateTime reviewedAt;
};

// Wire names: "approved", "returned".
QString toString(Review::Verdict verdict);
std::optional<Review::Verdict> verdictFromString(QStringView text);

} // namespace moderation
