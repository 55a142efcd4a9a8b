#include "storage/SettingsStore.h"

#include "storage/AuditStore.h"
#include "storage/Database.h"
#include "storage/SqlTime.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QJsonObject>
#include <QJsonValue>
#include <QSqlQuery>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace moderation {

namespace {

const QString kTimezone = u"timezone"_s;
const QString kAgencyName = u"agency.name"_s;
const QString kAgencyLogo = u"agency.logo"_s;

const QString kPngPrefix = u"data:image/png;base64,"_s;
const QString kJpegPrefix = u"data:image/jpeg;base64,"_s;

Error checkKey(const QString& key)
{
    if (SettingsStore::keys().contains(key))
        return {};
    return Error(Error::Code::InvalidInput,
                 u"unknown setting \"%1\": the settings are %2"_s.arg(key, SettingsStore::keys().join(u", "_s)));
}

// The image type by its first bytes; empty when neither PNG nor JPEG.
QString mimeOf(const QByteArray& bytes)
{
    if (bytes.startsWith(QByteArrayLiteral("\x89PNG\r\n\x1a\n")))
        return u"image/png"_s;
    if (bytes.startsWith(QByteArrayLiteral("\xff\xd8\xff")))
        return u"image/jpeg"_s;
    return {};
}

QString hexSha256(const QByteArray& bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

// A stored logo's bytes, checked as `set` checks them (a value written by hand into the table
// gets the same scrutiny when read).
Result<QByteArray> decodeLogo(const QString& value)
{
    const QString mime = SettingsStore::logoMimeType(value);
    if (mime.isEmpty())
        return Error(Error::Code::InvalidInput,
                     u"agency.logo must be a data URI of a PNG or JPEG (data:image/png;base64,… or "
                     "data:image/jpeg;base64,…); set it from a file with `settings set agency.logo FILE`"_s);
    const QString encoded = value.mid(value.indexOf(u',') + 1);
    const auto decoded =
        QByteArray::fromBase64Encoding(encoded.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || decoded.decoded.isEmpty())
        return Error(Error::Code::InvalidInput, u"agency.logo: the data URI's base64 does not decode"_s);
    if (mimeOf(decoded.decoded) != mime)
        return Error(Error::Code::InvalidInput,
                     u"agency.logo: the bytes are not a %1 (a PNG or JPEG is told by its first bytes)"_s.arg(mime));
    if (decoded.decoded.size() > SettingsStore::kMaxLogoBytes)
        return Error(Error::Code::InvalidInput,
                     u"agency.logo: %1 bytes, more than the limit of 512 KiB"_s.arg(decoded.decoded.size()));
    return decoded.decoded;
}

Error checkValue(const QString& key, const QString& value)
{
    if (key == kTimezone) {
        if (!QTimeZone::isTimeZoneIdAvailable(value.toUtf8()))
            return Error(Error::Code::InvalidInput,
                         u"timezone \"%1\" is not a time zone this machine knows (use an IANA name such as "
                         "America/New_York)"_s.arg(value));
        return {};
    }
    if (key == kAgencyName) {
        const qsizetype length = value.toUcs4().size();
        if (length < 1 || length > SettingsStore::kMaxAgencyNameLength || value.trimmed().isEmpty())
            return Error(Error::Code::InvalidInput, u"agency.name has 1 to %1 characters (this one has %2)"_s.arg(
                                                        SettingsStore::kMaxAgencyNameLength)
                                                        .arg(length));
        for (const QChar c : value) {
            if (c.category() == QChar::Other_Control)
                return Error(Error::Code::InvalidInput,
                             u"agency.name holds a control character (U+%1): one line of plain text"_s.arg(
                                 uint(c.unicode()), 4, 16, QChar(u'0')));
        }
        return {};
    }
    auto logo = decodeLogo(value);
    return logo ? Error() : logo.error();
}

} // namespace

QStringList SettingsStore::keys()
{
    return { kTimezone, kAgencyName, kAgencyLogo };
}

QString SettingsStore::logoMimeType(const QString& value)
{
    if (value.startsWith(kPngPrefix))
        return u"image/png"_s;
    if (value.startsWith(kJpegPrefix))
        return u"image/jpeg"_s;
    return {};
}

Result<std::optional<QString>> SettingsStore::value(const QString& key) const
{
    if (const Error unknown = checkKey(key); unknown.isError())
        return unknown;
    auto q = m_database.exec(u"SELECT value FROM settings WHERE key = ?"_s, { key });
    if (!q)
        return q.error().prefixed(u"reading setting %1"_s.arg(key));
    if (!q->next())
        return std::optional<QString>();
    return std::optional<QString>(q->value(0).toString());
}

Error SettingsStore::set(const QString& key, const QString& value, const QString& actor)
{
    if (const Error unknown = checkKey(key); unknown.isError())
        return unknown;
    if (const Error bad = checkValue(key, value); bad.isError())
        return bad;
    return m_database.transaction([&]() -> Error {
        auto before = this->value(key);
        if (!before)
            return before.error();
        const QString now = sqlTimestamp(m_database.clock().now());
        auto saved = m_database.exec(u"INSERT INTO settings (key, value, updated_at, updated_by) VALUES (?, ?, ?, ?) "
                                     "ON CONFLICT (key) DO UPDATE SET value = excluded.value, "
                                     "updated_at = excluded.updated_at, updated_by = excluded.updated_by"_s,
                                     { key, value, now, actor });
        if (!saved)
            return saved.error().prefixed(u"saving setting %1"_s.arg(key));
        AuditEvent event;
        event.actor = actor;
        event.action = u"setting.changed"_s;
        event.entityType = u"setting"_s;
        event.entityId = key;
        event.details.insert(u"key"_s, key);
        if (key == kAgencyLogo) {
            const QByteArray bytes = decodeLogo(value).value(); // checked above
            event.details.insert(u"mime_type"_s, logoMimeType(value));
            event.details.insert(u"bytes"_s, double(bytes.size()));
            event.details.insert(u"sha256"_s, hexSha256(bytes));
        } else {
            event.details.insert(u"value"_s, value);
            event.details.insert(u"previous"_s, before->has_value() ? QJsonValue(**before) : QJsonValue());
        }
        return AuditStore(m_database).append(event);
    });
}

namespace {
const QString kDemoMark = u"store.demo"_s;
}

Error SettingsStore::markDemo(const QString& actor)
{
    return m_database.transaction([&]() -> Error {
        auto demo = isDemo();
        if (!demo)
            return demo.error();
        if (*demo)
            return {};
        auto saved = m_database.exec(u"INSERT INTO settings (key, value, updated_at, updated_by) VALUES (?, ?, ?, ?)"_s,
                                     { kDemoMark, u"true"_s, sqlTimestamp(m_database.clock().now()), actor });
        if (!saved)
            return saved.error().prefixed(u"marking the store as a demo store"_s);
        AuditEvent event;
        event.actor = actor;
        event.action = u"setting.changed"_s;
        event.entityType = u"setting"_s;
        event.entityId = kDemoMark;
        event.details.insert(u"key"_s, kDemoMark);
        event.details.insert(u"value"_s, u"true"_s);
        return AuditStore(m_database).append(event);
    });
}

Result<bool> SettingsStore::isDemo() const
{
    auto q = m_database.exec(u"SELECT value FROM settings WHERE key = ?"_s, { kDemoMark });
    if (!q)
        return q.error().prefixed(u"reading whether the store is a demo store"_s);
    return q->next() && q->value(0).toString() == u"true"_s;
}

Result<QByteArray> SettingsStore::agencyLogo() const
{
    auto stored = value(kAgencyLogo);
    if (!stored)
        return stored.error();
    if (!stored->has_value())
        return QByteArray();
    return decodeLogo(**stored);
}

Result<QString> SettingsStore::logoValueFromFile(const QString& path)
{
    // Checked before anything is read: a device (/dev/zero) or a pipe never ends.
    const QFileInfo info(path);
    if (!info.exists())
        return Error(Error::Code::NotFound, u"cannot read the logo file %1: no such file"_s.arg(path));
    if (!info.isFile())
        return Error(Error::Code::InvalidInput,
                     u"cannot read the logo file %1: not a regular file (a device, a pipe or a folder)"_s.arg(path));
    if (info.size() > kMaxLogoBytes)
        return Error(Error::Code::InvalidInput,
                     u"the logo file %1 has %2 bytes, more than the limit of 512 KiB"_s.arg(path).arg(info.size()));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error(Error::Code::InvalidInput, u"cannot read the logo file %1: %2"_s.arg(path, file.errorString()));
    const QByteArray bytes = file.read(kMaxLogoBytes + 1);
    if (file.error() != QFileDevice::NoError)
        return Error(Error::Code::InvalidInput, u"cannot read the logo file %1: %2"_s.arg(path, file.errorString()));
    if (bytes.size() > kMaxLogoBytes)
        return Error(Error::Code::InvalidInput,
                     u"the logo file %1 has more than the limit of 512 KiB"_s.arg(path));
    const QString mime = mimeOf(bytes);
    if (mime.isEmpty())
        return Error(Error::Code::InvalidInput,
                     u"the logo file %1 is neither a PNG nor a JPEG image (told by its first bytes)"_s.arg(path));
    return u"data:%1;base64,%2"_s.arg(mime, QString::fromLatin1(bytes.toBase64()));
}

} // namespace moderation
