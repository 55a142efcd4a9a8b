#pragma once

#include <QDateTime>
#include <QString>

namespace moderation {

// An approved answer from the agency's library, which an agent starts a reply from. Its body may
// hold {{name}}, {{handle}} and {{link}}, filled when the draft is made.
struct Answer
{
    qint64 id = 0;
    QString key; // unique: "processing-times", "contact-us-privately-es"
    QString title;
    QString body;
    QString lang = QStringLiteral("en");
    QString category; // a policy category it answers
    QString link; // what {{link}} becomes
    bool active = true;
    int version = 1; // grows each time the answer changes; earlier versions are kept
    QDateTime updatedAt;
    QString updatedBy;

    friend bool operator==(const Answer&, const Answer&) = default;
};

} // namespace moderation
