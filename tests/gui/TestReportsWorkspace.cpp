#include "DeskSession.h"
#include "TempDatabase.h"
#include "Translations.h"
#include "reports/ReportBuilder.h"
#include "supervisor/ReportsWorkspace.h"
#include "sync/DemoLoader.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QMessageBox>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QThread>
#include <gtest/gtest.h>

using namespace Qt::StringLiterals;

namespace moderation::test {

namespace {

// The demo recording's busy day (most of its comments are from it).
const QDate kDemoDay(2026, 11, 2);

// Where screenshots go: $MODERATION_TEST_ARTIFACTS (CTest sets it to build/<preset>/test-artifacts).
QString artifactPath(const QString& name)
{
    QString folder = qEnvironmentVariable("MODERATION_TEST_ARTIFACTS");
    if (folder.isEmpty())
        folder = QDir::temp().filePath(u"moderation-test-artifacts"_s);
    QDir().mkpath(folder);
    return QDir(folder).filePath(name);
}

class ReportsWorkspaceTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(Translations::install(*qApp, u"en"_s));
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
        m_session.reset();
        m_temp.reset();
    }

    bool waitIdle() { return QTest::qWaitFor([this] { return m_session->isIdle(); }, 60000); }

    std::unique_ptr<TempDatabase> m_temp;
    std::unique_ptr<Session> m_session;
};

} // namespace

TEST_F(ReportsWorkspaceTest, BuildsTheDailyReportOnTheStoreThreadAndPreviewsItsTotals)
{
    // What the report says when built directly, as the CLI builds it.
    const auto zone = siteReportZone(m_temp->db(), QString());
    ASSERT_TRUE(zone.ok()) << zone.error().toString().toStdString();
    const auto options = siteReportOptions(m_temp->db());
    ASSERT_TRUE(options.ok());
    const auto expected = buildReport(m_temp->db(), ReportPeriod::of(ReportKind::Daily, kDemoDay, *zone), *options);
    ASSERT_TRUE(expected.ok()) << expected.error().toString().toStdString();
    ASSERT_FALSE(expected->summary.isEmpty());
    const ReportFigure comments = expected->summary.first();
    ASSERT_EQ(comments.label, u"Comments"_s);
    ASSERT_NE(comments.value, u"0"_s) << "the demo day should have comments";

    Database::forbidThread(QThread::currentThread());
    ReportsWorkspace workspace(*m_session);
    workspace.resize(1200, 860);
    workspace.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&workspace));
    ASSERT_TRUE(waitIdle());
    EXPECT_EQ(workspace.zoneChoice()->currentText(), QString::fromUtf8(zone->id())) << "the site's zone by default";

    workspace.kindChoice()->setCurrentIndex(0);
    workspace.reportDate()->setFocus();
    workspace.reportDate()->setDate(kDemoDay);
    QAction* buildAction = workspace.actions().first();
    buildAction->trigger();
    EXPECT_TRUE(workspace.isBuilding());
    EXPECT_FALSE(buildAction->isEnabled()) << "Build is disabled while the report is built";
    ASSERT_TRUE(waitIdle());
    EXPECT_FALSE(workspace.isBuilding());
    EXPECT_TRUE(buildAction->isEnabled());
    ASSERT_TRUE(workspace.report().has_value()) << workspace.reportStatus()->text().toStdString();

    const QString preview = workspace.preview()->toPlainText();
    EXPECT_TRUE(preview.contains(QRegularExpression(u"Comments\\s+%1\\b"_s.arg(comments.value))))
        << "the preview shows the same total as buildReport: " << comments.value.toStdString();
    EXPECT_EQ(workspace.report()->summary.first().value, comments.value);
    EXPECT_FALSE(workspace.preview()->openExternalLinks());

    QApplication::processEvents();
    const QImage shot = workspace.grab().toImage();
    const QString path = artifactPath(u"reports-preview.png"_s);
    QFile::remove(path);
    ASSERT_TRUE(shot.save(path)) << path.toStdString();

    // Saved from the Report value: a PDF, an HTML file and a CSV folder.
    QTemporaryDir out;
    const QString pdf = out.filePath(u"daily.pdf"_s);
    ASSERT_TRUE(workspace.save(ReportsWorkspace::Format::Pdf, pdf)) << workspace.reportStatus()->text().toStdString();
    QFile pdfFile(pdf);
    ASSERT_TRUE(pdfFile.open(QIODevice::ReadOnly));
    EXPECT_GT(pdfFile.size(), 1000);
    EXPECT_TRUE(pdfFile.read(5).startsWith("%PDF"));
    ASSERT_TRUE(workspace.save(ReportsWorkspace::Format::Html, out.filePath(u"daily.html"_s)));
    EXPECT_GT(QFileInfo(out.filePath(u"daily.html"_s)).size(), 0);
    ASSERT_TRUE(workspace.save(ReportsWorkspace::Format::Csv, out.filePath(u"csv"_s)));
    EXPECT_TRUE(QFileInfo::exists(out.filePath(u"csv/summary.csv"_s)));

    EXPECT_EQ(Database::forbiddenThreadCalls(), 0);
}

TEST_F(ReportsWorkspaceTest, ExportsRecordsToAnEmptyFolderAndExplainsARefusal)
{
    Database::forbidThread(QThread::currentThread());
    ReportsWorkspace workspace(*m_session);
    workspace.show();
    ASSERT_TRUE(waitIdle());
    workspace.recordsFrom()->setDate(kDemoDay.addDays(-1));
    workspace.recordsTo()->setDate(kDemoDay);

    QTemporaryDir empty;
    workspace.exportRecords(empty.path());
    EXPECT_TRUE(workspace.isExporting());
    ASSERT_TRUE(waitIdle());
    EXPECT_FALSE(workspace.isExporting());
    EXPECT_TRUE(QFileInfo::exists(QDir(empty.path()).filePath(u"manifest.json"_s)))
        << workspace.recordsResult()->text().toStdString();
    EXPECT_TRUE(workspace.recordsResult()->text().contains(u"manifest.json"_s));
    EXPECT_TRUE(workspace.recordsResult()->text().contains(u"audit log is intact"_s))
        << workspace.recordsResult()->text().toStdString();

    // The same folder again: it now holds files, and the export says why it refuses.
    workspace.exportRecords(empty.path());
    ASSERT_TRUE(waitIdle());
    EXPECT_TRUE(workspace.recordsResult()->text().contains(u"only written to an empty folder"_s))
        << workspace.recordsResult()->text().toStdString();
    // It offers to choose another folder; the test declines.
    auto* question = workspace.findChild<QMessageBox*>();
    ASSERT_NE(question, nullptr);
    EXPECT_TRUE(question->isVisible());
    question->reject();

    EXPECT_EQ(Database::forbiddenThreadCalls(), 0);
}

} // namespace moderation::test
