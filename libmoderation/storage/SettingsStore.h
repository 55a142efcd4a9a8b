#pragma once

#include "model/Error.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <optional>

namespace moderation {

class Database;

// The site's settings (`moderationctl settings set|get`), one row a key: `timezone` (the zone
// reports use, an IANA id), `agency.name` (on reports' title pages) and `agency.logo` (a PNG or
// JPEG of at most 512 KiB, stored as a data URI so that both engines hold the same text). Values
// are checked here, before they are stored; each change is audited ("setting.changed") in the
// same transaction, the logo by its type, size and SHA-256, never its bytes.
class SettingsStore
{
public:
    static constexpr qint64 kMaxLogoBytes = 512 * 1024;
    static constexpr int kMaxAgencyNameLength = 200;

    explicit SettingsStore(Database& database)
        : m_database(database)
    {
    }

    // The stored value; nullopt when unset. An unknown key is bad input listing the known ones.
    Result<std::optional<QString>> value(const QString& key) const;
    // Validates, stores (insert or replace) and audits, in the caller's transaction or its own.
    Error set(const QString& key, const QString& value, const QString& actor);
    // The logo's decoded bytes (PNG or JPEG); empty when unset.
    Result<QByteArray> agencyLogo() const;

    // A demo store's mark, set by the demo loader with the demo's people: the desk then signs in
    // without a password and offers File ▸ Switch user among them (a single seat only). Not a
    // key `settings set` knows, so a real store cannot be turned into one from the CLI. Audited.
    Error markDemo(const QString& actor);
    Result<bool> isDemo() const;

    // The known keys: timezone, agency.name, agency.logo.
    static QStringList keys();
    // The stored value of `agency.logo` for an image file: PNG or JPEG by its first bytes, at
    // most kMaxLogoBytes. A file that is missing, unreadable or not a regular file is bad input
    // naming the path.
    static Result<QString> logoValueFromFile(const QString& path);
    // "image/png" or "image/jpeg" for a stored logo value; empty for anything else.
    static QString logoMimeType(const QString& value);

private:
    Database& m_database;
};

} // namespace moderation
