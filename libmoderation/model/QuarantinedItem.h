#pragma once

#include "model/Enums.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

#include <optional>

namespace moderation {

// A payload item that could not be read, kept with its raw bytes and the reason
// (`moderationctl quarantine list`).
struct QuarantinedItem
{
    qint64 id = 0;
    Platform platform = Platform::Twitter;
    std::optional<qint64> accountId;
    QString origin; // the URL (redacted) or file
    QString reason; // what was wrong and where
    QByteArray raw;
    QDateTime receivedAt;
};

} // namespace moderation
