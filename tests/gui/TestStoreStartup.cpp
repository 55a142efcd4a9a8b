#include "Session.h"
#include "StoreStartup.h"
#include "TestPaths.h"
#include "Translations.h"

#include <QFile>
#include <QMessageBox>
#include <QProcess>
#include <QXmlStreamReader>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace Qt::StringLiterals;

namespace moderation::test {

namespace {

TEST(StoreStartup, CorruptFileGivesAPlainDialogNotACrash)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"not-a-store.sqlite"_s);
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    QByteArray noise(8192, '\0');
    QRandomGenerator generator(42);
    for (char& byte : noise)
        byte = static_cast<char>(generator.bounded(256));
    file.write(noise);
    file.close();

    const auto opened = StoreStartup::open(u"sqlite:"_s + path, nullptr);
    ASSERT_FALSE(opened.ok());
    EXPECT_EQ(opened.error().code(), Error::Code::Corrupt);

    const auto dialog = StoreStartup::errorDialog(u"sqlite:"_s + path, opened.error(), nullptr);
    EXPECT_EQ(dialog->icon(), QMessageBox::Critical);
    EXPECT_TRUE(dialog->text().contains(path)) << dialog->text().toStdString();
    EXPECT_TRUE(dialog->informativeText().contains(u"damaged"_s)) << dialog->informativeText().toStdString();
    EXPECT_TRUE(dialog->detailedText().contains(path));
    EXPECT_EQ(dialog->textFormat(), Qt::PlainText);
    EXPECT_FALSE(dialog->accessibleName().isEmpty());
}

TEST(StoreStartup, BadAddressIsExplainedWithTheExpectedShape)
{
    const auto opened = StoreStartup::open(u"mysql://someone@host/db"_s, nullptr);
    ASSERT_FALSE(opened.ok());
    EXPECT_EQ(opened.error().code(), Error::Code::Usage);
    EXPECT_TRUE(StoreStartup::explanation(opened.error()).contains(u"sqlite:PATH"_s));
}

TEST(StoreStartup, WithoutAnAddressOpensTheUsersOwnStore)
{
    QStandardPaths::setTestModeEnabled(true);
    const QString expected = DatabaseUrl::defaultLocal().path;
    QFile::remove(expected);
    {
        const auto opened = StoreStartup::open({}, nullptr);
        ASSERT_TRUE(opened.ok()) << opened.error().toString().toStdString();
        EXPECT_EQ((*opened)->url().path, expected);
    }
    EXPECT_TRUE(QFile::exists(expected));
    QFile::remove(expected);
    QStandardPaths::setTestModeEnabled(false);
}

TEST(Translations, FollowTheSystemLanguageUnlessAskedOtherwise)
{
    EXPECT_EQ(Translations::choose({}, QLocale(u"es_MX"_s)), u"es"_s);
    EXPECT_EQ(Translations::choose({}, QLocale(u"en_US"_s)), u"en"_s);
    EXPECT_EQ(Translations::choose({}, QLocale(u"fr_FR"_s)), u"en"_s);
    EXPECT_EQ(Translations::choose(u"es"_s, QLocale(u"en_US"_s)), u"es"_s);
    EXPECT_EQ(Translations::choose(u"EN"_s, QLocale(u"es_ES"_s)), u"en"_s);
    EXPECT_EQ(Translations::choose(u"de"_s, QLocale(u"en_US"_s)), std::nullopt);
}

TEST(Translations, SpanishCatalogueHasNoUnfinishedMessages)
{
    QFile ts(QStringLiteral(MODERATION_SOURCE_DIR "/translations/moderation-desk_es.ts"));
    ASSERT_TRUE(ts.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(ts.readAll());
    EXPECT_GT(text.count(u"<message"_s), 50);
    EXPECT_FALSE(text.contains(u"type=\"unfinished\""_s)) << "run lupdate (target update_translations) and translate";
    static const QRegularExpression empty(u"<translation>\\s*</translation>"_s);
    EXPECT_FALSE(text.contains(empty));
}

// Every (context, source) pair lupdate finds in a .ts file, with its translation.
QHash<QString, QString> messagesOf(const QString& path)
{
    QHash<QString, QString> messages;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return messages;
    QXmlStreamReader xml(&file);
    QString context;
    QString source;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == u"name"_s)
            context = xml.readElementText();
        else if (xml.name() == u"source"_s)
            source = xml.readElementText();
        else if (xml.name() == u"translation"_s) {
            const bool unfinished = xml.attributes().value(u"type"_s) == u"unfinished"_s;
            const QString translation = xml.readElementText(QXmlStreamReader::IncludeChildElements).trimmed();
            messages.insert(context + u'\x1f' + source, unfinished ? QString() : translation);
        }
    }
    return messages;
}

TEST(Translations, EveryVisibleStringInTheSourcesHasASpanishTranslation)
{
    // lupdate over the desk's sources now, as the update_translations target would: a string
    // added to the code and not to the catalogue fails here, not in front of a Spanish speaker.
    QTemporaryDir dir;
    const QString fresh = dir.filePath(u"fresh_es.ts"_s);
    QProcess lupdate;
    lupdate.start(QStringLiteral(MODERATION_LUPDATE),
                  { u"-silent"_s, u"-no-obsolete"_s, u"-locations"_s, u"none"_s, u"-target-language"_s, u"es"_s,
                    QStringLiteral(MODERATION_DESK_SOURCE_DIR), u"-ts"_s, fresh });
    ASSERT_TRUE(lupdate.waitForFinished(120000)) << lupdate.errorString().toStdString();
    ASSERT_EQ(lupdate.exitCode(), 0) << lupdate.readAllStandardError().toStdString();
    const QHash<QString, QString> wanted = messagesOf(fresh);
    const QHash<QString, QString> spanish
        = messagesOf(QStringLiteral(MODERATION_SOURCE_DIR "/translations/moderation-desk_es.ts"));
    ASSERT_GT(wanted.size(), 50);
    QStringList missing;
    for (auto it = wanted.constBegin(); it != wanted.constEnd(); ++it) {
        if (spanish.value(it.key()).isEmpty())
            missing.append(QString(it.key()).replace(u'\x1f', u" | "_s));
    }
    missing.sort();
    EXPECT_TRUE(missing.isEmpty()) << missing.size() << " without Spanish (run the update_translations target and "
                                   << "translate):\n" << missing.join(u'\n').toStdString();
}

} // namespace

} // namespace moderation::test
