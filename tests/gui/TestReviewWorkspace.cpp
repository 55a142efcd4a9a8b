#include "CommentBuilders.h"
#include "DeskSession.h"
#include "TempDatabase.h"
#include "Translations.h"
#include "review/AnswerLibrary.h"
#include "review/ReturnReasonDialog.h"
#include "review/ReviewDesk.h"
#include "review/ReviewQueueModel.h"
#include "review/ReviewWorkspace.h"
#include "routing/Router.h"
#include "storage/AnswerStore.h"
#include "storage/CaseStore.h"
#include "storage/CommentStore.h"
#include "storage/DraftStore.h"
#include "storage/OutboxStore.h"
#include "storage/UserStore.h"
#include "sync/DemoLoader.h"
#include "text/ReplyLength.h"

#include <QAccessible>
#include <QApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>
#include <QTest>
#include <QTextBlock>
#include <QTextEdit>
#include <QTimer>
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

const QString kInserted = u"Kindly"_s;

class ReviewWorkspaceTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(Translations::install(*qApp, u"en"_s));
        m_temp = std::make_unique<TempDatabase>(Engine::Sqlite);
        ASSERT_TRUE(m_temp->setupError().isEmpty()) << m_temp->setupError().toStdString();
        const auto demo = DemoLoader::load(db());
        ASSERT_TRUE(demo.ok()) << demo.error().toString().toStdString();
        // Room for the cases the tests hand the agent beside those the demo routed to them.
        UserStore::Change roomier;
        roomier.capacity = 50;
        ASSERT_TRUE(UserStore(db()).change(u"demo.agent"_s, roomier, u"demo.supervisor"_s).ok());
    }
    void TearDown() override
    {
        m_workspace.reset();
        m_session.reset();
        Database::forbidThread(nullptr);
        m_temp.reset();
    }
    Database& db() { return m_temp->db(); }

    // `login` (an agent) submits a draft for a case they hold: the first library answer filled in
    // for the comment with kInserted put in front, so the diff has one word inserted. Returns the
    // draft; the case is assigned to them first when they hold none that fits.
    Draft submitAs(const QString& login, int reviews = 1, std::optional<qint64> onlyCase = std::nullopt)
    {
        auto user = UserStore(db()).byLogin(login);
        EXPECT_TRUE(user.ok());
        auto answers = AnswerStore(db()).list();
        EXPECT_TRUE(answers.ok() && !answers->isEmpty());
        // The cases they hold and have not drafted yet first, then those waiting in a queue.
        CaseFilter held;
        held.state = Case::State::Assigned;
        held.assigneeId = user->id;
        auto candidates = CaseStore(db()).list(held, 200);
        EXPECT_TRUE(candidates.ok());
        CaseFilter waiting;
        waiting.state = Case::State::New;
        auto unheld = CaseStore(db()).list(waiting, 200);
        EXPECT_TRUE(unheld.ok());
        candidates->append(*unheld);
        for (const Case& c : *candidates) {
            if (onlyCase && c.id != *onlyCase)
                continue;
            auto stored = CommentStore(db()).byId(c.commentId);
            EXPECT_TRUE(stored.ok());
            const Answer& answer = answers->first();
            const QString text = kInserted + u' ' + AnswerLibrary::fill(answer, *stored);
            if (!ReplyLength::of(text, stored->platform).fits())
                continue;
            if (c.assigneeId != user->id && !Router(db()).assign(c.id, login, u"demo.supervisor"_s))
                continue; // not a queue they work: another case
            if (reviews > 1) {
                EXPECT_FALSE(CaseStore(db()).requireReviews(c.id, reviews, u"demo.supervisor"_s).isError());
            }
            auto draft = ReviewDesk(db()).submit(c.id, login, text, answer.key, login);
            EXPECT_TRUE(draft.ok()) << draft.error().toString().toStdString();
            if (draft)
                return *draft;
        }
        ADD_FAILURE() << "no case to draft for " << login.toStdString();
        return {};
    }

    // Opens the workspace as `login`, forbids store calls on this thread and waits for the queue.
    ReviewWorkspace& open(const QString& login)
    {
        m_session = openDemoSession(*m_temp, login);
        EXPECT_NE(m_session, nullptr);
        Database::forbidThread(QThread::currentThread());
        m_workspace = std::make_unique<ReviewWorkspace>(*m_session, nullptr);
        m_workspace->resize(1280, 760);
        m_workspace->show();
        QApplication::setActiveWindow(m_workspace.get());
        EXPECT_TRUE(QTest::qWaitForWindowActive(m_workspace.get()));
        waitIdle();
        return *m_workspace;
    }
    void waitIdle() { EXPECT_TRUE(QTest::qWaitFor([&] { return m_session->isIdle(); })); }

    int rowOf(qint64 draftId) { return m_workspace->model()->rowOfDraft(draftId); }
    Case::State caseState(qint64 caseId)
    {
        return m_session->callAndWait([caseId](Database& database) { return CaseStore(database).byId(caseId); })->state;
    }

    // The text of the diff view's pieces marked `kind`.
    QStringList diffPieces(WordDiff::Piece::Kind kind)
    {
        QStringList pieces;
        for (QTextBlock block = m_workspace->diffView()->document()->begin(); block.isValid(); block = block.next()) {
            for (auto it = block.begin(); !it.atEnd(); ++it) {
                const QTextFragment fragment = it.fragment();
                if (fragment.charFormat().property(ReviewWorkspace::kDiffKindProperty).toInt() == int(kind))
                    pieces.append(fragment.text());
            }
        }
        return pieces;
    }

    std::unique_ptr<TempDatabase> m_temp;
    std::unique_ptr<Session> m_session;
    std::unique_ptr<ReviewWorkspace> m_workspace;
};

TEST_F(ReviewWorkspaceTest, QueueShowsTheSubmittedDraftWithItsDiffAndChecks)
{
    const Draft draft = submitAs(u"demo.agent"_s);
    ReviewWorkspace& workspace = open(u"demo.reviewer"_s);
    const int row = rowOf(draft.id);
    ASSERT_GE(row, 0);
    workspace.selectRow(row);
    EXPECT_EQ(workspace.model()->index(row, ReviewQueueModel::AuthorColumn).data().toString(), u"demo.agent"_s);
    EXPECT_EQ(workspace.draftView()->toPlainText(), draft.text);
    EXPECT_EQ(workspace.model()->itemAt(row)->draft.id, draft.id);
    EXPECT_TRUE(workspace.commentView()->toPlainText().endsWith(workspace.model()->itemAt(row)->comment.text));
    // The inserted word is marked as inserted, and nothing of the answer was deleted.
    const QStringList inserted = diffPieces(WordDiff::Piece::Kind::Inserted);
    ASSERT_EQ(inserted.size(), 1);
    EXPECT_EQ(inserted.first().trimmed(), kInserted);
    EXPECT_TRUE(diffPieces(WordDiff::Piece::Kind::Deleted).isEmpty());
    EXPECT_EQ(workspace.diffView()->toPlainText(), draft.text);
    EXPECT_TRUE(workspace.piiCheckText().contains(u"Pass"_s)) << workspace.piiCheckText().toStdString();
    EXPECT_TRUE(workspace.lengthCheckText().contains(u"Pass"_s)) << workspace.lengthCheckText().toStdString();
    EXPECT_TRUE(workspace.approveAction()->isEnabled());

    // Earliest deadline first, cases without an SLA last.
    const ReviewQueueModel& model = *workspace.model();
    for (int r = 1; r < model.rowCount(); ++r) {
        const QDateTime before = model.itemAt(r - 1)->reviewCase.slaDueAt;
        const QDateTime after = model.itemAt(r)->reviewCase.slaDueAt;
        EXPECT_TRUE(!after.isValid() || (before.isValid() && before <= after));
    }
    EXPECT_EQ(Database::forbiddenThreadCalls(), 0);
}

TEST_F(ReviewWorkspaceTest, CtrlEnterApprovesIntoTheOutboxAndSelectsTheNext)
{
    const Draft first = submitAs(u"demo.agent"_s);
    const Draft second = submitAs(u"demo.agent"_s);
    ReviewWorkspace& workspace = open(u"demo.reviewer"_s);
    ASSERT_EQ(workspace.model()->rowCount(), 2);
    const int row = rowOf(first.id);
    workspace.selectRow(row);
    workspace.table()->setFocus();
    QTest::keyClick(workspace.table(), Qt::Key_Return, Qt::ControlModifier);
    waitIdle();

    EXPECT_EQ(workspace.statusText(), u"Approved: the reply is queued to go out."_s);
    EXPECT_EQ(caseState(first.caseId), Case::State::Approved);
    const auto entry = m_session->callAndWait([id = first.id](Database& database) { return OutboxStore(database).replyFor(id); });
    ASSERT_TRUE(entry.ok());
    ASSERT_TRUE(entry->has_value());
    EXPECT_EQ((*entry)->state, OutboxEntry::State::Pending);
    // The approved draft left the queue; the other one is selected, ready for the next key.
    EXPECT_EQ(rowOf(first.id), -1);
    ASSERT_EQ(workspace.model()->rowCount(), 1);
    EXPECT_EQ(workspace.currentRow(), 0);
    EXPECT_EQ(workspace.draftView()->toPlainText(), second.text);
    EXPECT_EQ(Database::forbiddenThreadCalls(), 0);
}

TEST_F(ReviewWorkspaceTest, ApprovalOfTwoRequiredSaysOneOfTwo)
{
    const Draft draft = submitAs(u"demo.agent"_s, 2);
    ReviewWorkspace& workspace = open(u"demo.reviewer"_s);
    workspace.selectRow(rowOf(draft.id));
    workspace.approveAction()->trigger();
    waitIdle();
    EXPECT_EQ(workspace.statusText(), u"Approved — 1 of 2 approvals"_s);
    EXPECT_EQ(caseState(draft.caseId), Case::State::InReview);
    // Waiting for a second reviewer, it is no longer this one's to review.
    EXPECT_EQ(rowOf(draft.id), -1);
    EXPECT_EQ(Database::forbiddenThreadCalls(), 0);
}

TEST_F(ReviewWorkspaceTest, CtrlRReturnsWithTheReasonTheDialogRequires)
{
    const Draft draft = submitAs(u"demo.agent"_s);
    ReviewWorkspace& workspace = open(u"demo.reviewer"_s);
    workspace.selectRow(rowOf(draft.id));
    bool okWasDisabled = false;
    QTimer::singleShot(0, [&] {
        auto* dialog = qobject_cast<ReturnReasonDialog*>(QApplication::activeModalWidget());
        ASSERT_NE(dialog, nullptr);
        QPushButton* ok = dialog->buttons()->button(QDialogButtonBox::Ok);
        okWasDisabled = !ok->isEnabled();
        QTest::keyClicks(dialog->reasonField(), u"Say which office handles this."_s);
        EXPECT_TRUE(ok->isEnabled());
        ok->click();
    });
    workspace.table()->setFocus();
    QTest::keyClick(workspace.table(), Qt::Key_R, Qt::ControlModifier);
    waitIdle();
    EXPECT_TRUE(okWasDisabled);
    EXPECT_EQ(workspace.statusText(), u"Returned to its agent with your reason."_s);
    EXPECT_EQ(caseState(draft.caseId), Case::State::Returned);
    const auto reviews = m_session->callAndWait([id = draft.id](Database& database) { return DraftStore(database).reviewsOf(id); });
    ASSERT_TRUE(reviews.ok());
    ASSERT_EQ(reviews->size(), 1);
    EXPECT_EQ(reviews->first().reason, u"Say which office handles this."_s);
    EXPECT_EQ(rowOf(draft.id), -1);
    EXPECT_EQ(Database::forbiddenThreadCalls(), 0);
}

TEST_F(ReviewWorkspaceTest, TheReviewersOwnDraftIsNotOffered)
{
    UserStore::Change change;
    change.roles = QList<Role> { Role::Agent, Role::Reviewer };
    ASSERT_TRUE(UserStore(db()).change(u"demo.reviewer"_s, change, u"demo.supervisor"_s).ok());
    const Draft own = submitAs(u"demo.reviewer"_s);
    const Draft other = submitAs(u"demo.agent"_s);
    ReviewWorkspace& workspace = open(u"demo.reviewer"_s);
    EXPECT_EQ(rowOf(own.id), -1);
    EXPECT_GE(rowOf(other.id), 0);
    EXPECT_EQ(workspace.model()->rowCount(), 1);
    EXPECT_EQ(Database::forbiddenThreadCalls(), 0);
}

TEST_F(ReviewWorkspaceTest, MarkupInTheCommentShowsLiterally)
{
    const QString hostile = u"<b>bold</b> <img src=\"x\"> <a href=\"https://evil.example\">link</a>"_s;
    Comment comment = demoLikeComments(1, QDateTime::currentDateTimeUtc()).first();
    comment.platform = Platform::Facebook;
    comment.platformId = u"fb-hostile"_s;
    comment.author.name = u"<i>Eve</i>"_s;
    comment.text = hostile;
    const auto stored = CommentStore(db()).ingest({ comment });
    ASSERT_TRUE(stored.ok() && stored->insertedIds.size() == 1);
    CaseFilter any;
    auto someCase = CaseStore(db()).list(any, 1);
    ASSERT_TRUE(someCase.ok() && !someCase->isEmpty());
    const auto opened = CaseStore(db()).open(stored->insertedIds.first(), std::nullopt, someCase->first().queue,
                                             Priority::Normal, std::nullopt, u"system"_s);
    ASSERT_TRUE(opened.ok()) << opened.error().toString().toStdString();
    const Draft draft = submitAs(u"demo.agent"_s, 1, opened->id);
    ReviewWorkspace& workspace = open(u"demo.reviewer"_s);
    workspace.selectRow(rowOf(draft.id));
    EXPECT_TRUE(workspace.commentView()->toPlainText().endsWith(hostile));
    EXPECT_TRUE(workspace.findChildren<QLabel*>().size() > 0);
    bool authorShown = false;
    for (const QLabel* label : workspace.findChildren<QLabel*>())
        authorShown = authorShown || label->text().contains(u"<i>Eve</i>"_s);
    EXPECT_TRUE(authorShown);
    EXPECT_FALSE(workspace.commentView()->document()->toHtml().contains(u"<img"_s));
    for (const QLabel* label : workspace.findChildren<QLabel*>())
        EXPECT_EQ(label->textFormat(), Qt::PlainText) << label->text().toStdString();
    EXPECT_EQ(Database::forbiddenThreadCalls(), 0);
}

TEST_F(ReviewWorkspaceTest, EveryControlHasAnAccessibleNameAndTheScreenshotIsWritten)
{
    submitAs(u"demo.agent"_s);
    submitAs(u"demo.agent"_s, 2);
    ReviewWorkspace& workspace = open(u"demo.reviewer"_s);
    workspace.selectRow(0);
    QApplication::processEvents();
    for (QWidget* widget : workspace.findChildren<QWidget*>()) {
        if (!widget->isVisibleTo(&workspace) || widget->focusPolicy() == Qt::NoFocus)
            continue;
        QAccessibleInterface* accessible = QAccessible::queryAccessibleInterface(widget);
        ASSERT_NE(accessible, nullptr);
        EXPECT_FALSE(accessible->text(QAccessible::Name).trimmed().isEmpty()) << widget->metaObject()->className();
    }
    EXPECT_TRUE(workspace.approveAction()->toolTip().contains(u"Ctrl+Enter"_s));
    EXPECT_TRUE(workspace.returnAction()->toolTip().contains(u"Ctrl+R"_s));
    EXPECT_TRUE(workspace.grab().save(artifactPath(u"review-workspace.png"_s)));
    EXPECT_EQ(Database::forbiddenThreadCalls(), 0);
}

} // namespace

} // namespace moderation::test
