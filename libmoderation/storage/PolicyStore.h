#pragma once

#include "model/Error.h"
#include "model/PolicyVersion.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace moderation {

class Database;

// Policy versions (DESIGN.md "Policy changes are versioned and audited"). At most one is active;
// storing and activating are audited in the same transaction as the change.
class PolicyStore
{
public:
    explicit PolicyStore(Database& database)
        : m_database(database)
    {
    }

    // Stores a document as a new version ("policy.stored"); the same bytes stored before give
    // that version back unchanged.
    Result<PolicyVersion> store(const QString& name, int version, const QByteArray& document, const QString& actor);
    // Makes a stored version the only active one ("policy.activated", naming the one it replaces).
    // Activating the active version changes nothing.
    Error activate(qint64 id, const QString& actor);
    // Both in one transaction; `changed` (when given) says whether the active version changed.
    Result<PolicyVersion> storeAndActivate(const QString& name, int version, const QByteArray& document,
                                           const QString& actor, bool* changed = nullptr);

    Result<std::optional<PolicyVersion>> active() const;
    Result<PolicyVersion> byId(qint64 id) const;
    Result<QList<PolicyVersion>> list() const; // newest first

    static QString sha256Of(const QByteArray& document);

private:
    Result<std::optional<PolicyVersion>> bySha256(const QString& sha256) const;

    Database& m_database;
};

} // namespace moderation
