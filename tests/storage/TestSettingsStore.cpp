// The site's settings (storage/SettingsStore): checked before they are stored, one row a key,
// each change audited with the logo described, never copied; on both engines, and on a shared
// site only supervisors and admins write them.
#include "SiteCrew.h"
#include "StoreReads.h"
#include "TempDatabase.h"

#include "storage/SettingsStore.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonObject>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;
using namespace moderation;
using namespace moderation::test;

namespace {

// Enough of each format for its signature: the store tells the type by the first bytes.
const QByteArray kPng = QByteArrayLiteral("\x89PNG\r\n\x1a\n\0\0\0\rIHDR-and-the-rest-of-a-tiny-image");
const QByteArray kJpeg = QByteArrayLiteral("\xff\xd8\xff\xe0\0\x10JFIF\0-and-the-rest");

QString sha256(const QByteArray& bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

} // namespace

class SettingsStoreTest : public ClockedEngineTest
{
protected:
    QString file(const QString& name, const QByteArray& bytes)
    {
        QFile out(m_dir.filePath(name));
        EXPECT_TRUE(out.open(QIODevice::WriteOnly));
        out.write(bytes);
        return out.fileName();
    }
    std::optional<QString> stored(const QString& key)
    {
        auto value = SettingsStore(db()).value(key);
        EXPECT_TRUE(value.ok()) << value.error().toString().toStdString();
        return value.ok() ? *value : std::nullopt;
    }

    QTemporaryDir m_dir;
};

TEST_P(SettingsStoreTest, AnUnsetKeyHasNoValueAndASetOneIsReplacedAndAudited)
{
    SettingsStore settings(db());
    EXPECT_EQ(stored(u"timezone"_s), std::nullopt);
    ASSERT_FALSE(settings.set(u"timezone"_s, u"America/New_York"_s, u"sue"_s).isError());
    EXPECT_EQ(stored(u"timezone"_s), u"America/New_York"_s);
    ASSERT_FALSE(settings.set(u"timezone"_s, u"America/Chicago"_s, u"adam"_s).isError());
    EXPECT_EQ(stored(u"timezone"_s), u"America/Chicago"_s);

    const QList<AuditEvent> events = auditTail(db(), 2);
    ASSERT_EQ(events.size(), 2);
    EXPECT_EQ(events.at(0).action, u"setting.changed"_s);
    EXPECT_EQ(events.at(0).actor, u"adam"_s);
    EXPECT_EQ(events.at(0).entityId, u"timezone"_s);
    EXPECT_EQ(events.at(0).details.value(u"key"_s).toString(), u"timezone"_s);
    EXPECT_EQ(events.at(0).details.value(u"value"_s).toString(), u"America/Chicago"_s);
    EXPECT_EQ(events.at(0).details.value(u"previous"_s).toString(), u"America/New_York"_s);
    EXPECT_TRUE(events.at(1).details.value(u"previous"_s).isNull());
    EXPECT_EQ(events.at(1).actor, u"sue"_s);

    auto rows = db().exec(u"SELECT COUNT(*), MAX(updated_by) FROM settings"_s);
    ASSERT_TRUE(rows.ok() && rows->next());
    EXPECT_EQ(rows->value(0).toInt(), 1);
    EXPECT_EQ(rows->value(1).toString(), u"adam"_s);
}

TEST_P(SettingsStoreTest, AnUnknownKeyIsRefusedListingTheKnownOnes)
{
    for (const Error& error : { SettingsStore(db()).set(u"agency.colour"_s, u"blue"_s, u"sue"_s),
                                SettingsStore(db()).value(u"agency.colour"_s).error() }) {
        EXPECT_EQ(error.code(), Error::Code::InvalidInput);
        EXPECT_EQ(error.message(), u"unknown setting \"agency.colour\": the settings are timezone, agency.name, agency.logo"_s);
    }
    EXPECT_EQ(SettingsStore::keys(), (QStringList { u"timezone"_s, u"agency.name"_s, u"agency.logo"_s }));
}

TEST_P(SettingsStoreTest, BadValuesAreRefusedNamingTheKeyAndNothingIsWritten)
{
    const qint64 auditBefore = auditTail(db(), 1000).size();
    const QList<std::tuple<QString, QString, QString>> bad {
        { u"timezone"_s, u"Mars/Olympus_Mons"_s, u"timezone \"Mars/Olympus_Mons\" is not a time zone"_s },
        { u"timezone"_s, u""_s, u"timezone \"\" is not a time zone"_s },
        { u"agency.name"_s, u""_s, u"agency.name has 1 to 200 characters (this one has 0)"_s },
        { u"agency.name"_s, u"   "_s, u"agency.name has 1 to 200 characters"_s },
        { u"agency.name"_s, QString(201, u'a'), u"agency.name has 1 to 200 characters (this one has 201)"_s },
        { u"agency.name"_s, u"USCIS\nField Office"_s, u"agency.name holds a control character (U+000a)"_s },
        { u"agency.logo"_s, u"/tmp/logo.png"_s, u"agency.logo must be a data URI of a PNG or JPEG"_s },
        { u"agency.logo"_s, u"data:image/svg+xml;base64,PHN2Zz4="_s, u"agency.logo must be a data URI"_s },
        { u"agency.logo"_s, u"data:image/png;base64,not base64!"_s, u"agency.logo: the data URI's base64 does not decode"_s },
        { u"agency.logo"_s, u"data:image/png;base64,"_s + QString::fromLatin1(kJpeg.toBase64()),
          u"agency.logo: the bytes are not a image/png"_s },
        { u"agency.logo"_s,
          u"data:image/png;base64,"_s + QString::fromLatin1(QByteArray(kPng + QByteArray(512 * 1024, 'x')).toBase64()),
          u"more than the limit of 512 KiB"_s },
    };
    for (const auto& [key, value, message] : bad) {
        const Error error = SettingsStore(db()).set(key, value, u"sue"_s);
        EXPECT_EQ(error.code(), Error::Code::InvalidInput) << key.toStdString() << " " << value.left(40).toStdString();
        EXPECT_TRUE(error.message().contains(message)) << error.toString().toStdString();
    }
    // 200 characters are fine, counted as characters (an emoji is one).
    EXPECT_FALSE(SettingsStore(db()).set(u"agency.name"_s, QString(199, u'a') + u"🦅"_s, u"sue"_s).isError());
    EXPECT_EQ(auditTail(db(), 1000).size(), auditBefore + 1);
    EXPECT_EQ(stored(u"timezone"_s), std::nullopt);
    EXPECT_EQ(stored(u"agency.logo"_s), std::nullopt);
}

TEST_P(SettingsStoreTest, ALogoRoundTripsFromItsFileAndIsAuditedByItsSumNotItsBytes)
{
    SettingsStore settings(db());
    EXPECT_TRUE(settings.agencyLogo().value().isEmpty());
    auto value = SettingsStore::logoValueFromFile(file(u"logo.png"_s, kPng));
    ASSERT_TRUE(value.ok()) << value.error().toString().toStdString();
    EXPECT_EQ(*value, u"data:image/png;base64,"_s + QString::fromLatin1(kPng.toBase64()));
    ASSERT_FALSE(settings.set(u"agency.logo"_s, *value, u"adam"_s).isError());
    EXPECT_EQ(settings.agencyLogo().value(), kPng);
    EXPECT_EQ(SettingsStore::logoMimeType(stored(u"agency.logo"_s).value_or(QString())), u"image/png"_s);

    const AuditEvent event = auditTail(db(), 1).value(0);
    EXPECT_EQ(event.action, u"setting.changed"_s);
    EXPECT_EQ(event.details,
              (QJsonObject { { u"key"_s, u"agency.logo"_s }, { u"mime_type"_s, u"image/png"_s },
                             { u"bytes"_s, double(kPng.size()) }, { u"sha256"_s, sha256(kPng) } }));

    auto jpeg = SettingsStore::logoValueFromFile(file(u"logo.jpg"_s, kJpeg));
    ASSERT_TRUE(jpeg.ok()) << jpeg.error().toString().toStdString();
    ASSERT_FALSE(settings.set(u"agency.logo"_s, *jpeg, u"adam"_s).isError());
    EXPECT_EQ(settings.agencyLogo().value(), kJpeg);
    EXPECT_EQ(SettingsStore::logoMimeType(*jpeg), u"image/jpeg"_s);
}

TEST_P(SettingsStoreTest, ALogoFileMustBeAReadablePngOrJpegOfAtMost512KiB)
{
    const QString missing = m_dir.filePath(u"missing.png"_s);
    const QList<std::pair<QString, QString>> bad {
        { missing, u"cannot read the logo file %1: no such file"_s.arg(missing) },
        { m_dir.path(), u"not a regular file"_s },
        { file(u"logo.gif"_s, "GIF89a..."), u"is neither a PNG nor a JPEG image"_s },
        { file(u"empty.png"_s, {}), u"is neither a PNG nor a JPEG image"_s },
        { file(u"big.png"_s, kPng + QByteArray(512 * 1024, 'x')), u"more than the limit of 512 KiB"_s },
    };
    for (const auto& [path, message] : bad) {
        auto value = SettingsStore::logoValueFromFile(path);
        ASSERT_FALSE(value.ok()) << path.toStdString();
        EXPECT_FALSE(value.error().isEnvironmental()) << value.error().toString().toStdString();
        EXPECT_TRUE(value.error().message().contains(message)) << value.error().toString().toStdString();
        EXPECT_TRUE(value.error().message().contains(path)) << value.error().toString().toStdString();
    }
    // Exactly 512 KiB is within the limit.
    EXPECT_TRUE(SettingsStore::logoValueFromFile(file(u"edge.png"_s, kPng + QByteArray(512 * 1024 - kPng.size(), 'x'))).ok());
}

MODERATION_INSTANTIATE_ENGINES(SettingsStoreTest);

// The shared site: everyone reads the settings; only supervisors and admins write them, as
// themselves (the audit row's actor is the connection's role).
TEST(SettingsOnASharedSite, EveryoneReadsOnlySupervisorsAndAdminsWrite)
{
    TempDatabase temp(Engine::Postgres);
    ASSERT_TRUE(temp.setupError().isEmpty()) << temp.setupError().toStdString();
    ASSERT_FALSE(SettingsStore(temp.db()).set(u"agency.name"_s, u"USCIS"_s, u"owner"_s).isError());
    std::map<QString, std::unique_ptr<Database>> people;
    {
        SiteCrew crew(temp.db());
        const QString agent = crew.add(u"ana"_s, { Role::Agent });
        const QString reviewer = crew.add(u"rita"_s, { Role::Reviewer });
        const QString supervisor = crew.add(u"sue"_s, { Role::Supervisor });
        const QString admin = crew.add(u"adam"_s, { Role::Admin });
        ASSERT_FALSE(HasFailure());
        for (const QString& login : { agent, reviewer, supervisor, admin }) {
            auto connected = crew.connect(login);
            ASSERT_TRUE(connected.ok()) << connected.error().toString().toStdString();
            people[login] = std::move(connected.value());
        }
        for (const QString& login : { agent, reviewer }) {
            SCOPED_TRACE(login.toStdString());
            SettingsStore settings(*people[login]);
            EXPECT_EQ(settings.value(u"agency.name"_s).value(), u"USCIS"_s);
            const Error refused = settings.set(u"agency.name"_s, u"Mine now"_s, login);
            EXPECT_EQ(refused.code(), Error::Code::Refused) << refused.toString().toStdString();
            EXPECT_TRUE(refused.message().contains(u"permission denied"_s)) << refused.toString().toStdString();
        }
        for (const QString& login : { supervisor, admin }) {
            SCOPED_TRACE(login.toStdString());
            SettingsStore settings(*people[login]);
            EXPECT_FALSE(settings.set(u"agency.name"_s, u"USCIS by "_s + login, login).isError());
            EXPECT_EQ(settings.value(u"agency.name"_s).value(), u"USCIS by "_s + login);
            auto removed = people[login]->exec(u"DELETE FROM settings"_s);
            EXPECT_FALSE(removed.ok()) << "nobody deletes a setting";
        }
        EXPECT_EQ(SettingsStore(temp.db()).value(u"agency.name"_s).value(), u"USCIS by "_s + admin);
        people.clear(); // before the crew's roles are dropped
    }
}
