#pragma once

#include "storage/Database.h"

#include "model/Enums.h"

#include <QMap>

#include <memory>

namespace moderation::test {

// The people of a shared PostgreSQL site for a test, made as `users add` makes them (People::add:
// a users row, a LOGIN role with a password, the groups of its roles). Role names are cluster-wide
// and tests run in parallel, so each login gets a random suffix; the roles are dropped when the
// crew goes, which must be after every connection made as them is closed.
class SiteCrew
{
public:
    explicit SiteCrew(Database& owner);
    ~SiteCrew();
    SiteCrew(const SiteCrew&) = delete;
    SiteCrew& operator=(const SiteCrew&) = delete;

    // Adds a person ("ana" becomes "ana-<suffix>") and returns the full login; empty on failure,
    // with the test failed.
    QString add(const QString& name, const QList<Role>& roles);
    // A role made outside the app (a login role nobody added), dropped with the crew too.
    void adopt(const QString& login) { m_logins.append(login); }
    QString password(const QString& login) const { return m_passwords.value(login); }
    qint64 userId(const QString& login) const { return m_ids.value(login); }
    // A connection to the owner's database as this person, opened as the desk opens it.
    Result<std::unique_ptr<Database>> connect(const QString& login) const;
    const QString& suffix() const { return m_suffix; }

private:
    Database& m_owner;
    QString m_suffix;
    QStringList m_logins;
    QMap<QString, QString> m_passwords;
    QMap<QString, qint64> m_ids;
};

} // namespace moderation::test
