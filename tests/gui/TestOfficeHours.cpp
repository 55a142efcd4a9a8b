// The supervisor's Office Hours workspace on the demo store, as demo.supervisor: an event
// scheduled through the form over the demo's #AskImmigration hour shows that hashtag's comments
// and their rate; A on a comment opens a case in the SME queue, O ignores one; after the event
// the recap is written with an answered question. No store call runs on the GUI thread.
#include "DeskSession.h"
#include "MockClock.h"
#include "TempDatabase.h"

#include "supervisor/OfficeHoursWorkspace.h"

#include "review/ReviewDesk.h"
#include "routing/OfficeHoursEvents.h"
#include "routing/Router.h"
#include "storage/CaseStore.h"
#include "storage/DecisionStore.h"
#include "storage/UserStore.h"
#include "sync/DemoLoader.h"
#include "text/Hashtags.h"

#include <QAction>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QSet>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace moderation;
using namespace moderation::test;

namespace {

QString artifactPath(const QString& name)
{
    QString folder = qEnvironmentVariable("MODERATION_TEST_ARTIFACTS");
    if (folder.isEmpty())
        folder = QDir::temp().filePath(u"moderation-test-artifacts"_s);
    QDir().mkpath(folder);
    return QDir(folder).filePath(name);
}

// Selects the first feed row whose comment is among `ids`; its id, or 0.
qint64 selectFeedRow(OfficeHoursWorkspace& workspace, const QSet<qint64>& ids)
{
    QTableView* feed = workspace.feedView();
    for (int row = 0; row < feed->model()->rowCount(); ++row) {
        feed->setCurrentIndex(feed->model()->index(row, 0));
        if (ids.contains(workspace.selectedCommentId()))
            return workspace.selectedCommentId();
    }
    return 0;
}

} // namespace

TEST(OfficeHoursWorkspaceTest, ScheduleTriageAndRecapOnTheDemoStore)
{
    TempDatabase temp(Engine::Sqlite);
    ASSERT_TRUE(temp.setupError().isEmpty()) << temp.setupError().toStdString();
    auto loaded = DemoLoader::load(temp.db());
    ASSERT_TRUE(loaded.ok()) << loaded.error().toString().toStdString();
    // An expert with room for the question (the demo agent's cases fill their capacity).
    User expert;
    expert.login = u"oh.expert"_s;
    expert.roles = { Role::Agent };
    ASSERT_TRUE(UserStore(temp.db()).add(expert, {}, {}, 0, u"admin"_s).ok());

    // Half an hour into the demo's hour (9-10 a.m. in New York on 2 November 2026).
    MockClock clock(QDateTime(QDate(2026, 11, 2), QTime(14, 20), Qt::UTC));
    std::unique_ptr<Session> session = openDemoSession(temp, u"demo.supervisor"_s);
    ASSERT_TRUE(session);
    session->callAndWait([&clock](Database& db) {
        db.setClock(&clock);
        return 0;
    });
    Database::forbidThread(QThread::currentThread());

    OfficeHoursWorkspace workspace(*session, nullptr);
    workspace.resize(1500, 820);
    workspace.show();
    ASSERT_TRUE(QTest::qWaitFor([&] { return session->isIdle(); }));

    // Keys are shown on the buttons and in the tooltips.
    EXPECT_TRUE(workspace.answerableAction()->toolTip().contains(u"(A)"_s));
    EXPECT_TRUE(workspace.offTopicAction()->toolTip().contains(u"(O)"_s));
    EXPECT_TRUE(workspace.answeredAction()->toolTip().contains(u"(D)"_s));
    EXPECT_EQ(workspace.answerableAction()->shortcut(), QKeySequence(Qt::Key_A));

    // Schedule through the form.
    workspace.hashtagField()->setText(u"#AskImmigration"_s);
    workspace.titleField()->setText(u"Ask us about immigration"_s);
    workspace.timeZoneChoice()->setCurrentIndex(workspace.timeZoneChoice()->findText(u"America/New_York"_s));
    ASSERT_EQ(workspace.timeZoneChoice()->currentText(), u"America/New_York"_s);
    workspace.startField()->setDateTime(QDateTime(QDate(2026, 11, 2), QTime(9, 0)));
    workspace.endField()->setDateTime(QDateTime(QDate(2026, 11, 2), QTime(10, 0)));
    workspace.queueChoice()->setEditText(u"sme"_s);
    QTest::mouseClick(workspace.scheduleButton(), Qt::LeftButton);
    ASSERT_TRUE(QTest::qWaitFor([&] { return session->isIdle() && workspace.selectedEvent().has_value()
                                             && workspace.feedView()->model()->rowCount() > 0; }))
        << workspace.statusLabel()->text().toStdString();
    const OfficeHoursEvent event = *workspace.selectedEvent();
    EXPECT_EQ(event.startsAt, QDateTime(QDate(2026, 11, 2), QTime(14, 0), Qt::UTC));
    EXPECT_EQ(event.smeQueue, u"sme"_s);

    // The feed: the hashtag's comments, newest first, and the rate.
    QAbstractItemModel* feed = workspace.feedView()->model();
    for (int row = 0; row < feed->rowCount(); ++row)
        EXPECT_TRUE(Hashtags::contains(feed->index(row, 2).data().toString(), u"AskImmigration"_s))
            << feed->index(row, 2).data().toString().toStdString();
    EXPECT_TRUE(workspace.rateLabel()->text().contains(u"a minute"_s)) << workspace.rateLabel()->text().toStdString();

    // The comments without a case, from the library (on the store thread).
    const auto uncased = session->callAndWait([id = event.id](Database& db) {
        QSet<qint64> ids;
        auto page = OfficeHoursEvents(db).feed(id, std::nullopt, OfficeHoursWorkspace::kFeedLimit);
        if (page) {
            for (const EventFeedItem& item : page->items) {
                if (!item.openedCase)
                    ids.insert(item.comment.id);
            }
        }
        return ids;
    });
    ASSERT_GE(uncased.size(), 2);

    // A: answerable, a case in the SME queue.
    workspace.activateWindow();
    workspace.feedView()->setFocus();
    const qint64 answerable = selectFeedRow(workspace, uncased);
    ASSERT_NE(answerable, 0);
    QTest::keyClick(workspace.feedView(), Qt::Key_A);
    ASSERT_TRUE(QTest::qWaitFor([&] { return session->isIdle(); }));
    const auto opened = session->callAndWait([answerable](Database& db) { return CaseStore(db).forComment(answerable); });
    ASSERT_TRUE(opened.ok() && opened->has_value()) << workspace.statusLabel()->text().toStdString();
    EXPECT_EQ((*opened)->queue, u"sme"_s);

    // O: off-topic, ignored.
    QSet<qint64> rest = uncased;
    rest.remove(answerable);
    const qint64 offTopic = selectFeedRow(workspace, rest);
    ASSERT_NE(offTopic, 0);
    QTest::keyClick(workspace.feedView(), Qt::Key_O);
    ASSERT_TRUE(QTest::qWaitFor([&] { return session->isIdle(); }));
    const auto ignored = session->callAndWait([offTopic](Database& db) { return DecisionStore(db).latestFor(offTopic); });
    ASSERT_TRUE(ignored.ok() && ignored->has_value());
    EXPECT_EQ((*ignored)->decision.action, Action::Ignore);
    EXPECT_TRUE((*ignored)->decidedBy.has_value());

    // The answerable question is answered: the agent drafts, the reviewer approves.
    const qint64 caseId = (*opened)->id;
    const Error answered = session->callAndWait([caseId](Database& db) -> Error {
        auto assigned = Router(db).assign(caseId, u"oh.expert"_s, u"demo.supervisor"_s);
        if (!assigned)
            return assigned.error();
        auto draft = ReviewDesk(db).submit(caseId, u"oh.expert"_s, u"Most I-130 petitions take about a year."_s, {},
                                           u"oh.expert"_s);
        if (!draft)
            return draft.error();
        auto approval = ReviewDesk(db).approve(draft->id, u"demo.reviewer"_s, u"demo.reviewer"_s);
        return approval ? Error() : approval.error();
    });
    ASSERT_FALSE(answered.isError()) << answered.toString().toStdString();
    workspace.reload();
    ASSERT_TRUE(QTest::qWaitFor([&] { return session->isIdle(); }));
    EXPECT_FALSE(workspace.recapButton()->isEnabled()); // the event is not over

    const QString shot = artifactPath(u"office-hours.png"_s);
    QFile::remove(shot);
    EXPECT_TRUE(workspace.grab().save(shot));

    // After the event: Recap, one click, to the file the user picks.
    clock.set(QDateTime(QDate(2026, 11, 2), QTime(15, 30), Qt::UTC));
    workspace.reload();
    ASSERT_TRUE(QTest::qWaitFor([&] { return session->isIdle(); }));
    ASSERT_TRUE(workspace.recapButton()->isEnabled());
    QTemporaryDir dir;
    const QString recapPath = dir.filePath(u"recap.html"_s);
    workspace.setRecapPathChooser([&](const QString& suggested) {
        EXPECT_TRUE(suggested.contains(u"AskImmigration"_s));
        return recapPath;
    });
    QTest::mouseClick(workspace.recapButton(), Qt::LeftButton);
    ASSERT_TRUE(QTest::qWaitFor([&] { return session->isIdle(); }));
    QFile recap(recapPath);
    ASSERT_TRUE(recap.open(QIODevice::ReadOnly)) << workspace.statusLabel()->text().toStdString();
    const QString html = QString::fromUtf8(recap.readAll());
    EXPECT_TRUE(html.contains(u"Most I-130 petitions take about a year."_s));

    EXPECT_EQ(Database::forbiddenThreadCalls(), 0);
    Database::forbidThread(nullptr);
}
