#include "storage/PolicyStore.h"

#include "storage/AuditStore.h"
#include "storage/Database.h"
#include "storage/SqlTime.h"

#include <QCryptographicHash>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace moderation {

namespace {

const QString kSelect = u"SELECT id, name, version, document, sha256, created_at, created_by, active, activated_at "
                        "FROM policy_versions "_s;

PolicyVersion versionFrom(const QSqlQuery& q)
{
    PolicyVersion v;
    v.id = q.value(0).toLongLong();
    v.name = q.value(1).toString();
    v.version = q.value(2).toInt();
    v.document = q.value(3).toString();
    v.sha256 = q.value(4).toString();
    v.createdAt = timestampFrom(q.value(5));
    v.createdBy = q.value(6).toString();
    v.active = q.value(7).toBool();
    v.activatedAt = timestampFrom(q.value(8));
    return v;
}

} // namespace

QString PolicyStore::sha256Of(const QByteArray& document)
{
    return QString::fromLatin1(QCryptographicHash::hash(document, QCryptographicHash::Sha256).toHex());
}

Result<std::optional<PolicyVersion>> PolicyStore::bySha256(const QString& sha256) const
{
    auto q = m_database.exec(kSelect + u"WHERE sha256 = ? ORDER BY id LIMIT 1"_s, { sha256 });
    if (!q)
        return q.error();
    if (!q->next())
        return std::optional<PolicyVersion>();
    return std::optional<PolicyVersion>(versionFrom(*q));
}

Result<PolicyVersion> PolicyStore::store(const QString& name, int version, const QByteArray& document,
                                         const QString& actor)
{
    const QString sha = sha256Of(document);
    PolicyVersion stored;
    const Error error = m_database.transaction([&]() -> Error {
        auto existing = bySha256(sha);
        if (!existing)
            return existing.error();
        if (*existing) {
            stored = **existing;
            return {};
        }
        const QDateTime now = m_database.clock().now();
        auto inserted = m_database.exec(u"INSERT INTO policy_versions (name, version, document, sha256, created_at, "
                                        "created_by, active) VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id"_s,
                                        { name, version, QString::fromUtf8(document), sha, sqlTimestamp(now), actor, false });
        if (!inserted)
            return inserted.error().prefixed(u"storing the policy"_s);
        if (!inserted->next())
            return Error(Error::Code::Internal, u"storing the policy: no id returned"_s);
        stored.id = inserted->value(0).toLongLong();
        stored.name = name;
        stored.version = version;
        stored.document = QString::fromUtf8(document);
        stored.sha256 = sha;
        stored.createdAt = QDateTime::fromMSecsSinceEpoch(now.toMSecsSinceEpoch(), Qt::UTC);
        stored.createdBy = actor;
        AuditEvent event;
        event.actor = actor;
        event.action = u"policy.stored"_s;
        event.entityType = u"policy_version"_s;
        event.entityId = QString::number(stored.id);
        event.details.insert(u"name"_s, name);
        event.details.insert(u"version"_s, version);
        event.details.insert(u"sha256"_s, sha);
        return AuditStore(m_database).append(event);
    });
    if (error.isError())
        return error;
    return stored;
}

Error PolicyStore::activate(qint64 id, const QString& actor)
{
    return m_database.transaction([&]() -> Error {
        auto target = byId(id);
        if (!target)
            return target.error();
        if (target->active)
            return {};
        auto previous = active();
        if (!previous)
            return previous.error();
        const QDateTime now = m_database.clock().now();
        // One active version: the partial unique index refuses a second, so clear first.
        auto cleared = m_database.exec(u"UPDATE policy_versions SET active = ? WHERE active = ?"_s, { false, true });
        if (!cleared)
            return cleared.error().prefixed(u"activating the policy"_s);
        auto set = m_database.exec(u"UPDATE policy_versions SET active = ?, activated_at = ? WHERE id = ?"_s,
                                   { true, sqlTimestamp(now), id });
        if (!set)
            return set.error().prefixed(u"activating the policy"_s);
        AuditEvent event;
        event.actor = actor;
        event.action = u"policy.activated"_s;
        event.entityType = u"policy_version"_s;
        event.entityId = QString::number(id);
        event.details.insert(u"name"_s, target->name);
        event.details.insert(u"version"_s, target->version);
        event.details.insert(u"sha256"_s, target->sha256);
        event.details.insert(u"replaces"_s,
                             *previous ? QJsonValue(QString::number((*previous)->id)) : QJsonValue(QJsonValue::Null));
        return AuditStore(m_database).append(event);
    });
}

Result<PolicyVersion> PolicyStore::storeAndActivate(const QString& name, int version, const QByteArray& document,
                                                    const QString& actor, bool* changed)
{
    PolicyVersion result;
    bool wasActive = false;
    const Error error = m_database.transaction([&]() -> Error {
        auto stored = store(name, version, document, actor);
        if (!stored)
            return stored.error();
        wasActive = stored->active;
        if (Error e = activate(stored->id, actor); e.isError())
            return e;
        auto reread = byId(stored->id);
        if (!reread)
            return reread.error();
        result = *reread;
        return {};
    });
    if (error.isError())
        return error;
    if (changed)
        *changed = !wasActive;
    return result;
}

Result<std::optional<PolicyVersion>> PolicyStore::active() const
{
    auto q = m_database.exec(kSelect + u"WHERE active = ?"_s, { true });
    if (!q)
        return q.error();
    if (!q->next())
        return std::optional<PolicyVersion>();
    return std::optional<PolicyVersion>(versionFrom(*q));
}

Result<PolicyVersion> PolicyStore::byId(qint64 id) const
{
    auto q = m_database.exec(kSelect + u"WHERE id = ?"_s, { id });
    if (!q)
        return q.error();
    if (!q->next())
        return Error(Error::Code::NotFound, u"no stored policy version %1"_s.arg(id));
    return versionFrom(*q);
}

Result<QList<PolicyVersion>> PolicyStore::list() const
{
    auto q = m_database.exec(kSelect + u"ORDER BY id DESC"_s);
    if (!q)
        return q.error();
    QList<PolicyVersion> versions;
    while (q->next())
        versions.append(versionFrom(*q));
    return versions;
}

} // namespace moderation
