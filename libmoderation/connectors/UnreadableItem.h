#pragma once

#include <QByteArray>
#include <QString>

namespace moderation {

// An item of a page that could not be read; the rest of the page is good (quarantine).
struct UnreadableItem
{
    QByteArray raw; // the item's own bytes, as received
    QString reason; // what was wrong and where (JSON path)
    QString origin; // the URL, redacted
};

} // namespace moderation
