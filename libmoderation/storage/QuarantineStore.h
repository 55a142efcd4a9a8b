#pragma once

#include "model/Enums.h"
#include "model/Error.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace moderation {

class Database;

// A payload item that could not be read, kept with its raw bytes and the reason.
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

// Items quarantined by ingest (`moderationctl quarantine list`). The same raw bytes from the same
// origin are kept once however often the page is read again.
class QuarantineStore
{
public:
    explicit QuarantineStore(Database& database)
        : m_database(database)
    { }

    // Audited as "quarantine.added". Returns the row's id (the existing one for a repeat).
    Result<qint64> add(const QuarantinedItem& item, const QString& actor = QStringLiteral("system"));
    Result<QList<QuarantinedItem>> list(int limit = 1000) const; // newest first
    Result<qint64> count() const;

private:
    Database& m_database;
};

} // namespace moderation
