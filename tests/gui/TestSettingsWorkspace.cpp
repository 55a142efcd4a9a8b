#include "DeskSession.h"
#include "TempDatabase.h"
#include "Translations.h"
#include "settings/SettingsWorkspace.h"
#include "storage/SettingsStore.h"
#include "sync/DemoLoader.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QGroupBox>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QTranslator>
#include <gtest/gtest.h>

using namespace Qt::StringLiterals;

namespace moderation::test {

namespace {

QString artifactPath(const QString& name)
{
    QString folder = qEnvironmentVariable("MODERATION_TEST_ARTIFACTS");
    if (folder.isEmpty())
        folder = QDir::temp().filePath(u"moderation-test-artifacts"_s);
    QDir().mkpath(folder);
    return QDir(folder).filePath(name);
}

// Translates the settings workspace's strings into "«source»": installing it must retranslate
// the visible labels (the Spanish catalogue gets these strings only when the lead runs lupdate).
class MarkingTranslator : public QTranslator
{
public:
    QString translate(const char* context, const char* sourceText, const char* disambiguation, int n) const override
    {
        Q_UNUSED(disambiguation)
        Q_UNUSED(n)
        if (QByteArrayView(context) != "moderation::SettingsWorkspace")
            return {};
        return u"«%1»"_s.arg(QString::fromUtf8(sourceText));
    }
    bool isEmpty() const override { return false; }
};

class SettingsWorkspaceTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        QSettings().remove(u"desk"_s);
        ASSERT_TRUE(Translations::install(*qApp, u"en"_s));
        m_font = QApplication::font();
        m_palette = QApplication::palette();
        m_temp = std::make_unique<TempDatabase>(Engine::Sqlite);
        ASSERT_TRUE(m_temp->setupError().isEmpty()) << m_temp->setupError().toStdString();
        const auto demo = DemoLoader::load(m_temp->db());
        ASSERT_TRUE(demo.ok()) << demo.error().toString().toStdString();
        m_session = openDemoSession(*m_temp, u"demo.supervisor"_s);
        ASSERT_TRUE(m_session);
    }
    void TearDown() override
    {
        Database::forbidThread(nullptr);
        SettingsWorkspace::applyHighContrast(false);
        SettingsWorkspace::applyTextScale(100);
        QSettings().remove(u"desk"_s);
        Translations::install(*qApp, u"en"_s);
        m_session.reset();
        m_temp.reset();
    }

    bool waitIdle() { return QTest::qWaitFor([this] { return m_session->isIdle(); }, 60000); }

    QFont m_font;
    QPalette m_palette;
    std::unique_ptr<TempDatabase> m_temp;
    std::unique_ptr<Session> m_session;
};

} // namespace

TEST_F(SettingsWorkspaceTest, SwitchesTheLanguageAtRunTimeAndRetranslates)
{
    Database::forbidThread(QThread::currentThread());
    SettingsWorkspace workspace(*m_session);
    workspace.show();
    ASSERT_TRUE(waitIdle());
    EXPECT_EQ(workspace.languageLabel()->text(), u"Interface &language:"_s);

    const int spanish = workspace.languageChoice()->findData(u"es"_s);
    ASSERT_GE(spanish, 0);
    workspace.languageChoice()->setCurrentIndex(spanish);
    Q_EMIT workspace.languageChoice()->activated(spanish);
    EXPECT_EQ(QSettings().value(u"desk/language"_s).toString(), u"es"_s);
    EXPECT_EQ(SettingsWorkspace::storedLanguage(), u"es"_s);
    EXPECT_EQ(QLocale().language(), QLocale::Spanish) << "dates and numbers follow the language";
    // The Spanish catalogue reaches the visible labels at once.
    EXPECT_TRUE(QTest::qWaitFor(
        [&] { return workspace.languageLabel()->text() == u"&Idioma de la interfaz:"_s; }, 5000))
        << workspace.languageLabel()->text().toStdString();

    // Any translator installed at run time reaches the visible labels through LanguageChange.
    MarkingTranslator marking;
    ASSERT_TRUE(QCoreApplication::installTranslator(&marking));
    EXPECT_TRUE(QTest::qWaitFor(
        [&] { return workspace.languageLabel()->text() == u"«Interface &language:»"_s; }, 5000))
        << workspace.languageLabel()->text().toStdString();
    QCoreApplication::removeTranslator(&marking);
    EXPECT_TRUE(QTest::qWaitFor(
        [&] { return workspace.languageLabel()->text() == u"&Idioma de la interfaz:"_s; }, 5000));
    ASSERT_TRUE(Translations::install(*qApp, u"en"_s));
    EXPECT_TRUE(QTest::qWaitFor(
        [&] { return workspace.languageLabel()->text() == u"Interface &language:"_s; }, 5000));

    // Back to following the system.
    Q_EMIT workspace.languageChoice()->activated(0);
    EXPECT_EQ(SettingsWorkspace::storedLanguage(), QString());
    EXPECT_EQ(Database::forbiddenThreadCalls(), 0);
}

TEST_F(SettingsWorkspaceTest, ScalesTheTextAndAppliesHighContrast)
{
    Database::forbidThread(QThread::currentThread());
    SettingsWorkspace workspace(*m_session);
    workspace.resize(760, 560);
    workspace.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&workspace));
    ASSERT_TRUE(waitIdle());

    const qreal before = QApplication::font().pointSizeF();
    ASSERT_GT(before, 0);
    workspace.textScaleField()->setValue(200);
    EXPECT_DOUBLE_EQ(QApplication::font().pointSizeF(), 2 * before);
    EXPECT_EQ(QSettings().value(u"desk/textScale"_s).toInt(), 200);
    workspace.textScaleField()->setValue(150);
    EXPECT_DOUBLE_EQ(QApplication::font().pointSizeF(), 1.5 * before) << "scaled from the original, not compounded";
    workspace.textScaleField()->setValue(100);
    EXPECT_DOUBLE_EQ(QApplication::font().pointSizeF(), before);

    const QString shotPath = artifactPath(u"settings.png"_s);
    QApplication::processEvents();
    QFile::remove(shotPath);
    ASSERT_TRUE(workspace.grab().toImage().save(shotPath)) << shotPath.toStdString();

    workspace.highContrastBox()->setChecked(true);
    EXPECT_EQ(QApplication::palette().color(QPalette::Window), QColor(Qt::black));
    EXPECT_EQ(QApplication::palette().color(QPalette::WindowText), QColor(Qt::white));
    EXPECT_EQ(QApplication::palette().color(QPalette::Highlight), QColor(Qt::yellow));
    EXPECT_TRUE(QSettings().value(u"desk/highContrast"_s).toBool());
    QApplication::processEvents();
    const QString contrastPath = artifactPath(u"settings-high-contrast.png"_s);
    QFile::remove(contrastPath);
    ASSERT_TRUE(workspace.grab().toImage().save(contrastPath));
    workspace.highContrastBox()->setChecked(false);
    EXPECT_EQ(QApplication::palette().color(QPalette::Window), m_palette.color(QPalette::Window));

    // What main.cpp applies at start.
    QSettings().setValue(u"desk/highContrast"_s, true);
    QSettings().setValue(u"desk/textScale"_s, 200);
    SettingsWorkspace::applyStoredAppearance(*qApp);
    EXPECT_EQ(QApplication::palette().color(QPalette::Base), QColor(Qt::black));
    EXPECT_DOUBLE_EQ(QApplication::font().pointSizeF(), 2 * before);
    EXPECT_EQ(Database::forbiddenThreadCalls(), 0);
}

TEST_F(SettingsWorkspaceTest, StoresTheSiteSettingsThroughTheLibrary)
{
    QTemporaryDir files;
    const QString logoPath = files.filePath(u"logo.png"_s);
    QImage logo(120, 40, QImage::Format_RGB32);
    logo.fill(QColor(0x1f, 0x4e, 0x8c));
    ASSERT_TRUE(logo.save(logoPath));

    Database::forbidThread(QThread::currentThread());
    SettingsWorkspace workspace(*m_session);
    workspace.show();
    ASSERT_TRUE(waitIdle());
    EXPECT_TRUE(workspace.siteBox()->isVisible()) << "a supervisor sees the site's settings";
    workspace.agencyNameField()->setText(u"Office of Example Services"_s);
    workspace.zoneChoice()->setCurrentIndex(workspace.zoneChoice()->findData(u"America/Chicago"_s));
    workspace.setLogoFile(logoPath);
    workspace.saveSite();
    ASSERT_TRUE(waitIdle());
    EXPECT_EQ(workspace.siteStatus()->text(), u"The site's settings were saved."_s);

    const auto stored = m_session->callAndWait([](Database& database) {
        const SettingsStore settings(database);
        return QStringList { settings.value(u"agency.name"_s).value().value_or(QString()),
                             settings.value(u"timezone"_s).value().value_or(QString()),
                             QString::number(settings.agencyLogo().value().size()) };
    });
    EXPECT_EQ(stored.at(0), u"Office of Example Services"_s);
    EXPECT_EQ(stored.at(1), u"America/Chicago"_s);
    EXPECT_EQ(stored.at(2).toLongLong(), QFileInfo(logoPath).size());
    EXPECT_EQ(Database::forbiddenThreadCalls(), 0);
}

} // namespace moderation::test
