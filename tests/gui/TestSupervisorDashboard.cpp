#include "DeskSession.h"
#include "MockClock.h"
#include "TempDatabase.h"
#include "Translations.h"
#include "reports/ReportBuilder.h"
#include "storage/CaseStore.h"
#include "storage/UserStore.h"
#include "supervisor/SupervisorDashboard.h"
#include "sync/DemoLoader.h"

#include <QAccessible>
#include <QApplication>
#include <QBarSet>
#include <QChartView>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QTableView>
#include <QTest>
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

class SupervisorDashboardTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(Translations::install(*qApp, u"en"_s));
        m_temp = std::make_unique<TempDatabase>(Engine::Sqlite);
        ASSERT_TRUE(m_temp->setupError().isEmpty()) << m_temp->setupError().toStdString();
        // The evening of the demo's day (its comments are of 1 and 2 November 2026), so that
        // "today" on the dashboard holds them.
        m_temp->db().setClock(&m_clock);
        const auto demo = DemoLoader::load(m_temp->db());
        ASSERT_TRUE(demo.ok()) << demo.error().toString().toStdString();
        m_session = openDemoSession(*m_temp, u"demo.supervisor"_s);
        ASSERT_NE(m_session, nullptr);
        m_session->callAndWait([this](Database& database) {
            database.setClock(&m_clock);
            return true;
        });
        Database::forbidThread(QThread::currentThread());
        m_dashboard = std::make_unique<SupervisorDashboard>(*m_session, nullptr);
        m_dashboard->resize(1400, 900);
        m_dashboard->show();
        QApplication::setActiveWindow(m_dashboard.get());
        ASSERT_TRUE(QTest::qWaitForWindowActive(m_dashboard.get()));
        waitIdle();
    }
    void TearDown() override
    {
        m_dashboard.reset();
        m_session.reset();
        Database::forbidThread(nullptr);
        m_temp.reset();
    }
    void waitIdle() { EXPECT_TRUE(QTest::qWaitFor([&] { return m_session->isIdle(); })); }
    QString cellText(QTableView* table, int row, int column)
    {
        return table->model()->index(row, column).data().toString();
    }

    MockClock m_clock { QDateTime(QDate(2026, 11, 2), QTime(21, 0), Qt::UTC) };
    std::unique_ptr<TempDatabase> m_temp;
    std::unique_ptr<Session> m_session;
    std::unique_ptr<SupervisorDashboard> m_dashboard;
};

TEST_F(SupervisorDashboardTest, QueueSizesAreTheStoresOpenCounts)
{
    const auto counts = m_session->callAndWait([](Database& database) { return CaseStore(database).openCountByQueue(); });
    ASSERT_TRUE(counts.ok());
    ASSERT_FALSE(counts->isEmpty());
    QTableView* table = m_dashboard->queueTable();
    QHash<QString, qint64> shown;
    for (int row = 0; row < table->model()->rowCount(); ++row)
        shown.insert(cellText(table, row, 0), QLocale().toLongLong(cellText(table, row, 1)));
    EXPECT_EQ(shown, *counts);
    EXPECT_EQ(Database::forbiddenThreadCalls(), 0);
}

TEST_F(SupervisorDashboardTest, AssigningACaseToAnAgentChangesItsAssigneeAndF5ShowsIt)
{
    const auto agent = m_session->callAndWait([](Database& database) { return UserStore(database).byLogin(u"demo.agent"_s); });
    ASSERT_TRUE(agent.ok());
    // A case nobody holds.
    int row = -1;
    for (int r = 0; r < m_dashboard->caseTable()->model()->rowCount() && row < 0; ++r) {
        if (cellText(m_dashboard->caseTable(), r, 5).isEmpty())
            row = r;
    }
    ASSERT_GE(row, 0);
    const qint64 caseId = m_dashboard->caseIdAt(row);
    m_dashboard->selectCase(row);
    m_dashboard->agentChoice()->setCurrentIndex(m_dashboard->agentChoice()->findText(u"demo.agent"_s));
    // The demo routed the agent as many cases as they take: the refusal says so plainly.
    m_dashboard->assignAction()->trigger();
    waitIdle();
    EXPECT_TRUE(m_dashboard->statusText().startsWith(u"Refused: "_s)) << m_dashboard->statusText().toStdString();
    EXPECT_TRUE(m_dashboard->statusText().contains(u"capacity"_s));
    m_session->callAndWait([](Database& database) {
        UserStore::Change roomier;
        roomier.capacity = 50;
        return UserStore(database).change(u"demo.agent"_s, roomier, u"demo.supervisor"_s).ok();
    });
    m_dashboard->selectCase(m_dashboard->rowOfCase(caseId));
    m_dashboard->assignAction()->trigger();
    waitIdle();
    EXPECT_EQ(m_dashboard->statusText(), u"Case %1 assigned to demo.agent."_s.arg(caseId));
    const auto stored = m_session->callAndWait([caseId](Database& database) { return CaseStore(database).byId(caseId); });
    ASSERT_TRUE(stored.ok());
    EXPECT_EQ(stored->assigneeId.value_or(0), agent->id);
    EXPECT_EQ(cellText(m_dashboard->caseTable(), m_dashboard->rowOfCase(caseId), 5), u"demo.agent"_s);

    // Released, it waits in its queue again.
    m_dashboard->selectCase(m_dashboard->rowOfCase(caseId));
    m_dashboard->releaseAction()->trigger();
    waitIdle();
    const auto released = m_session->callAndWait([caseId](Database& database) { return CaseStore(database).byId(caseId); });
    EXPECT_FALSE(released->assigneeId.has_value());

    // A change made elsewhere shows after F5.
    m_session->callAndWait([](Database& database) {
        UserStore::Change away;
        away.presence = User::Presence::Offline;
        return UserStore(database).change(u"demo.agent"_s, away, u"demo.agent"_s).ok();
    });
    m_dashboard->queueTable()->setFocus();
    QTest::keyClick(m_dashboard->queueTable(), Qt::Key_F5);
    waitIdle();
    EXPECT_EQ(cellText(m_dashboard->agentTable(), 0, 1), u"Offline"_s);
    EXPECT_EQ(Database::forbiddenThreadCalls(), 0);
}

TEST_F(SupervisorDashboardTest, AChangedPresenceShowsInTheAgentsTable)
{
    m_dashboard->selectAgent(0);
    ASSERT_EQ(cellText(m_dashboard->agentTable(), 0, 0), u"demo.agent"_s);
    m_dashboard->presenceChoice()->setCurrentIndex(m_dashboard->presenceChoice()->findText(u"Away"_s));
    m_dashboard->presenceAction()->trigger();
    waitIdle();
    EXPECT_EQ(cellText(m_dashboard->agentTable(), 0, 1), u"Away"_s);
    const auto agent = m_session->callAndWait([](Database& database) { return UserStore(database).byLogin(u"demo.agent"_s); });
    EXPECT_EQ(agent->presence, User::Presence::Away);
    EXPECT_EQ(Database::forbiddenThreadCalls(), 0);
}

TEST_F(SupervisorDashboardTest, ChartsHoldTodaysCountsAndSayThemInWords)
{
    const auto report = m_session->callAndWait([](Database& database) -> Result<Report> {
        auto zone = siteReportZone(database, {});
        if (!zone)
            return zone.error();
        return buildReport(database, ReportPeriod::day(database.clock().now().toTimeZone(*zone).date(), *zone));
    });
    ASSERT_TRUE(report.ok()) << report.error().toString().toStdString();
    QList<double> hours;
    QStringList hourLabels;
    for (const ReportChart& chart : report->charts) {
        if (chart.id == u"volume_by_hour"_s) {
            hours = chart.values;
            hourLabels = chart.labels;
        }
    }
    ASSERT_EQ(hours.size(), 24);
    double total = 0;
    for (const double n : hours)
        total += n;
    ASSERT_GT(total, 0); // the demo's comments are today's

    QBarSet* bars = m_dashboard->hourBars();
    ASSERT_NE(bars, nullptr);
    ASSERT_EQ(bars->count(), 24);
    for (int i = 0; i < 24; ++i)
        EXPECT_EQ(bars->at(i), hours.at(i)) << i;
    ASSERT_NE(m_dashboard->categoryBars(), nullptr);
    EXPECT_GT(m_dashboard->categoryBars()->count(), 0);

    // A screen reader hears the data.
    EXPECT_EQ(m_dashboard->hourChart()->accessibleName(), u"Comments by hour today"_s);
    const QString said = m_dashboard->hourChart()->accessibleDescription();
    const int busiest = int(std::max_element(hours.cbegin(), hours.cend()) - hours.cbegin());
    EXPECT_TRUE(said.contains(u"%1: %2"_s.arg(hourLabels.at(busiest)).arg(qint64(hours.at(busiest))))) << said.toStdString();
    EXPECT_FALSE(m_dashboard->categoryChart()->accessibleDescription().isEmpty());
    // And the table by action adds up to the same day.
    double byAction = 0;
    for (int row = 0; row < m_dashboard->actionTable()->model()->rowCount(); ++row)
        byAction += QLocale().toDouble(cellText(m_dashboard->actionTable(), row, 1));
    EXPECT_EQ(byAction, total);
    EXPECT_EQ(Database::forbiddenThreadCalls(), 0);
}

TEST_F(SupervisorDashboardTest, EveryControlHasAnAccessibleNameAndTheScreenshotIsWritten)
{
    EXPECT_GT(m_dashboard->accountTable()->model()->rowCount(), 0);
    EXPECT_TRUE(m_dashboard->slaText().startsWith(u"At risk: "_s));
    for (QWidget* widget : m_dashboard->findChildren<QWidget*>()) {
        if (!widget->isVisibleTo(m_dashboard.get()) || widget->focusPolicy() == Qt::NoFocus)
            continue;
        QAccessibleInterface* accessible = QAccessible::queryAccessibleInterface(widget);
        ASSERT_NE(accessible, nullptr);
        EXPECT_FALSE(accessible->text(QAccessible::Name).trimmed().isEmpty()) << widget->metaObject()->className();
    }
    EXPECT_EQ(m_dashboard->refreshAction()->shortcut(), QKeySequence(Qt::Key_F5));
    m_dashboard->selectCase(0);
    QApplication::processEvents();
    EXPECT_TRUE(m_dashboard->grab().save(artifactPath(u"supervisor-dashboard.png"_s)));
    EXPECT_EQ(Database::forbiddenThreadCalls(), 0);
}

} // namespace

} // namespace moderation::test
