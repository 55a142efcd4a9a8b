#pragma once

#include "model/Error.h"
#include "model/QuarantinedItem.h"

#include <QList>
#include <QString>

namespace moderation {

class Database;

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
