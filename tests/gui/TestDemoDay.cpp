// The "done when", as a new user would do it, from the keyboard, in one window on the
// demo store: the agent drafts from the library and submits; File ▸ Switch User to the reviewer,
// who approves; to the supervisor, who sees the case on the dashboard and previews a policy
// change. Nothing touches the store on the GUI thread.
#include "DeskSession.h"
#include "MainWindow.h"
#include "SessionFixture.h"
#include "Translations.h"
#include "agent/AgentWorkspace.h"
#include "agent/CaseView.h"
#include "agent/Composer.h"
#include "review/ReviewQueueModel.h"
#include "review/ReviewWorkspace.h"
#include "storage/CaseStore.h"
#include "supervisor/PolicyEditor.h"
#include "supervisor/SupervisorDashboard.h"

#include <QApplication>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <gtest/gtest.h>

using namespace Qt::StringLiterals;

namespace moderation::test {

namespace {

// Triggers File ▸ Switch User ▸ the person, as a keyboard user does with its shortcut.
void switchTo(MainWindow& window, int index)
{
    QTest::keyClick(&window, Qt::Key(Qt::Key_1 + index), Qt::ControlModifier | Qt::ShiftModifier);
}

TEST(DemoDay, AgentDraftsReviewerApprovesSupervisorSeesItAndPreviewsAPolicyChangeFromTheKeyboard)
{
    ASSERT_TRUE(Translations::install(*qApp, u"en"_s));
    TempDatabase temp(Engine::Sqlite);
    auto session = openDemoSession(temp, u"demo.agent"_s);
    ASSERT_TRUE(session);
    ASSERT_TRUE(session->isDemoStore());
    Database::forbidThread(QThread::currentThread());
    MainWindow window(*session);
    window.resize(1400, 900);
    window.show();
    QApplication::setActiveWindow(&window);
    ASSERT_TRUE(QTest::qWaitForWindowActive(&window));
    ASSERT_TRUE(waitIdle(*session));

    // The agent: the first of their cases, an answer from the library, Ctrl+Enter.
    auto* agent = qobject_cast<AgentWorkspace*>(window.workspaces()->currentWidget());
    ASSERT_NE(agent, nullptr) << "the demo opens in the agent's workspace";
    agent->table()->setFocus();
    QTest::keyClick(agent->table(), Qt::Key_Home);
    ASSERT_TRUE(waitIdle(*session));
    const qint64 caseId = agent->currentCaseId();
    ASSERT_NE(caseId, 0);
    Composer* composer = agent->caseView()->composer();
    auto* answers = composer->findChild<QListWidget*>(u"answers"_s);
    ASSERT_NE(answers, nullptr);
    ASSERT_GT(answers->count(), 0);
    answers->setFocus();
    answers->setCurrentRow(0);
    QTest::keyClick(answers, Qt::Key_Return);
    ASSERT_FALSE(composer->editor()->toPlainText().isEmpty()) << "Enter on an answer inserts it";
    EXPECT_FALSE(composer->editor()->toPlainText().contains(u"{{"_s)) << "its variables filled";
    composer->editor()->setFocus();
    QTest::keyClick(composer->editor(), Qt::Key_Return, Qt::ControlModifier);
    ASSERT_TRUE(waitIdle(*session));
    const auto submitted = session->callAndWait([caseId](Database& db) { return CaseStore(db).byId(caseId); });
    ASSERT_TRUE(submitted.ok());
    ASSERT_EQ(submitted->state, Case::State::InReview) << composer->message().toStdString();

    // The reviewer: the draft waits in their queue; Ctrl+Enter approves it.
    switchTo(window, 1);
    ASSERT_TRUE(waitIdle(*session));
    ASSERT_EQ(session->login(), u"demo.reviewer"_s);
    auto* review = qobject_cast<ReviewWorkspace*>(window.workspaces()->currentWidget());
    ASSERT_NE(review, nullptr);
    ASSERT_EQ(review->model()->rowCount(), 1);
    review->table()->setFocus();
    review->selectRow(0);
    QTest::keyClick(review->table(), Qt::Key_Return, Qt::ControlModifier);
    ASSERT_TRUE(waitIdle(*session));
    const auto approved = session->callAndWait([caseId](Database& db) { return CaseStore(db).byId(caseId); });
    ASSERT_TRUE(approved.ok());
    EXPECT_EQ(approved->state, Case::State::Approved) << review->statusText().toStdString();

    // The supervisor: the case on the dashboard, approved; then a policy change previewed.
    switchTo(window, 2);
    ASSERT_TRUE(waitIdle(*session));
    ASSERT_EQ(session->login(), u"demo.supervisor"_s);
    auto* dashboard = qobject_cast<SupervisorDashboard*>(window.workspaces()->currentWidget());
    ASSERT_NE(dashboard, nullptr);
    const int row = dashboard->rowOfCase(caseId);
    ASSERT_GE(row, 0);
    bool saysApproved = false;
    const QAbstractItemModel* cases = dashboard->caseTable()->model();
    for (int column = 0; column < cases->columnCount(); ++column)
        saysApproved = saysApproved || cases->index(row, column).data().toString() == u"Approved"_s;
    EXPECT_TRUE(saysApproved);

    ASSERT_TRUE(window.showWorkspace(u"policy"_s));
    ASSERT_TRUE(waitIdle(*session));
    auto* policy = qobject_cast<PolicyEditor*>(window.workspace(u"policy"_s));
    ASSERT_NE(policy, nullptr);
    const QString text = policy->text();
    const qsizetype respond = text.indexOf(u"\"respond\""_s);
    ASSERT_GE(respond, 0);
    QString changed = text;
    changed.replace(respond, 9, u"\"escalate\""_s);
    policy->editor()->setPlainText(changed);
    policy->checkNow();
    ASSERT_TRUE(policy->errors().isEmpty());
    policy->editor()->setFocus();
    QTest::keyClick(policy->editor(), Qt::Key_Return, Qt::ControlModifier);
    ASSERT_TRUE(QTest::qWaitFor([&] { return policy->preview().has_value() && session->isIdle(); }, 30000));
    EXPECT_TRUE(policy->canActivate());

    EXPECT_EQ(Database::forbiddenThreadCalls(), 0);
    Database::forbidThread(nullptr);
}

} // namespace

} // namespace moderation::test
