#include "Session.h"
#include "StoreStartup.h"
#include "TestPaths.h"
#include "Translations.h"

#include <QFile>
#include <QMessageBox>
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

} // namespace

} // namespace moderation::test
