#include "DeskSession.h"
#include "MockClock.h"
#include "TempDatabase.h"
#include "Translations.h"
#include "agent/AgentWorkspace.h"
#include "agent/CaseView.h"
#include "agent/CasesFilter.h"
#include "agent/Composer.h"
#include "agent/ComposerHighlighter.h"
#include "agent/SpellChecker.h"
#include "review/AnswerLibrary.h"
#include "storage/CaseStore.h"
#include "storage/CommentStore.h"
#include "storage/DecisionStore.h"
#include "storage/UserStore.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QLabel>
#include <QPlainTextEdit>
#include <QTableView>
#include <QTest>
#include <QTextBlock>
#include <QTextLayout>
#include <gtest/gtest.h>

#include <algorithm>
#include <memory>

using namespace Qt::StringLiterals;

namespace moderation::test {

namespace {

// Where screenshots go: $MODERATION_TEST_ARTIFACTS (CTest sets it to build/<preset>/test-artifacts).
QString artifactPath(const QString& name)
{
    QString folder = qEnvironmentVariable("MODERATION_TEST_ARTIFACTS");
    if (folder.isEmpty())
        folder = QDir::temp().filePath(u"moderation-test-artifacts"_s);
    QDir().mkpath(folder);
    return QDir(folder).filePath(name);
}

const QString kAgent = u"demo.agent"_s;

// Whether the block holding `position` underlines [start, end) with a wavy line of `color`.
bool wavyUnderlined(const QTextDocument& document, int start, int end, const QColor& color)
{
    const QTextBlock block = document.findBlock(start);
    for (const QTextLayout::FormatRange& range : block.layout()->formats()) {
        const int from = block.position() + range.start;
        if (from <= start && from + range.length >= end
            && range.format.underlineStyle() == QTextCharFormat::WaveUnderline
            && range.format.underlineColor() == color)
            return true;
    }
    return false;
}

} // namespace

class AgentWorkspaceTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(Translations::install(*qApp, u"en"_s));
        m_temp = std::make_unique<TempDatabase>(Engine::Sqlite);
        m_session = openDemoSession(*m_temp, kAgent);
        ASSERT_TRUE(m_session);
        // The store thread reads "now" from a clock the test holds (the demo's cases were
        // opened a moment ago, on the system clock).
        m_clock.set(QDateTime::currentDateTimeUtc());
        m_session->callAndWait([this](Database& database) {
            database.setClock(&m_clock);
            return 0;
        });
        auto agent = UserStore(db()).byLogin(kAgent);
        ASSERT_TRUE(agent.ok());
        m_agentId = agent->id;
    }
    void TearDown() override
    {
        if (m_workspace) {
            waitIdle();
            EXPECT_EQ(Database::forbiddenThreadCalls(), 0);
        }
        Database::forbidThread(nullptr);
        m_workspace.reset();
        m_session.reset();
        m_temp.reset();
    }

    Database& db() { return m_temp->db(); }

    // The workspace, after the test data is in place: from here on no store call may run on
    // this (the GUI) thread.
    AgentWorkspace& open()
    {
        Database::forbidThread(QThread::currentThread());
        m_workspace = std::make_unique<AgentWorkspace>(*m_session);
        m_workspace->resize(1400, 860);
        m_workspace->show();
        QApplication::setActiveWindow(m_workspace.get());
        EXPECT_TRUE(QTest::qWaitForWindowActive(m_workspace.get()));
        waitIdle();
        return *m_workspace;
    }

    void waitIdle()
    {
        EXPECT_TRUE(QTest::qWaitFor([&] { return m_session->isIdle(); }, 10000));
    }

    void show(qint64 caseId)
    {
        m_workspace->showCase(caseId);
        waitIdle();
        ASSERT_EQ(m_workspace->currentCaseId(), caseId);
    }

    Case storedCase(qint64 caseId)
    {
        auto found = m_session->callAndWait([caseId](Database& database) { return CaseStore(database).byId(caseId); });
        EXPECT_TRUE(found.ok());
        return found.ok() ? *found : Case {};
    }

    void setCapacity(int capacity)
    {
        UserStore::Change change;
        change.capacity = capacity;
        ASSERT_TRUE(UserStore(db()).change(kAgent, change, u"test"_s).ok());
        auto user = UserStore(db()).byLogin(kAgent);
        ASSERT_TRUE(user.ok());
        m_session->setUser(*user);
    }

    // An open case the agent holds (handed to them when the demo did not), on `platform`,
    // that asks for a reply.
    qint64 heldCase(Platform platform)
    {
        CaseFilter filter;
        filter.openOnly = true;
        auto cases = CaseStore(db()).list(filter);
        EXPECT_TRUE(cases.ok());
        std::optional<Case> unheld;
        for (const Case& c : *cases) {
            auto comment = CommentStore(db()).byId(c.commentId);
            auto decision = DecisionStore(db()).latestFor(c.commentId);
            if (!comment.ok() || comment->platform != platform || !decision.ok() || !*decision
                || (*decision)->decision.action != Action::Respond)
                continue;
            if (c.assigneeId == m_agentId && c.state == Case::State::Assigned)
                return c.id;
            if (!c.assigneeId && !unheld)
                unheld = c;
        }
        if (!unheld)
            return 0;
        setCapacity(50);
        auto assigned = CaseStore(db()).assign(unheld->id, m_agentId, 50, u"test"_s);
        EXPECT_TRUE(assigned.ok()) << assigned.error().toString().toStdString();
        return unheld->id;
    }

    // A case the demo opened for a proposed hide, handed to the agent.
    qint64 proposedHideCase()
    {
        CaseFilter filter;
        filter.openOnly = true;
        auto cases = CaseStore(db()).list(filter);
        EXPECT_TRUE(cases.ok());
        for (const Case& c : *cases) {
            auto decision = DecisionStore(db()).latestFor(c.commentId);
            if (!decision.ok() || !*decision || (*decision)->decision.action != Action::Hide
                || (*decision)->decision.hideMode != HideMode::Proposed)
                continue;
            if (c.assigneeId != m_agentId) {
                setCapacity(50);
                auto assigned = CaseStore(db()).assign(c.id, m_agentId, 50, u"test"_s);
                EXPECT_TRUE(assigned.ok()) << assigned.error().toString().toStdString();
            }
            return c.id;
        }
        return 0;
    }

    MockClock m_clock;
    std::unique_ptr<TempDatabase> m_temp;
    std::unique_ptr<Session> m_session;
    std::unique_ptr<AgentWorkspace> m_workspace;
    qint64 m_agentId = 0;
};

TEST_F(AgentWorkspaceTest, CtrlNTakesTheNextCaseOrSaysWhyNot)
{
    auto held = CaseStore(db()).heldBy(m_agentId);
    ASSERT_TRUE(held.ok());
    setCapacity(*held);
    AgentWorkspace& workspace = open();
    EXPECT_EQ(workspace.model()->rowCount(), *held);

    workspace.table()->setFocus();
    QTest::keyClick(&workspace, Qt::Key_N, Qt::ControlModifier);
    waitIdle();
    EXPECT_TRUE(workspace.status().contains(u"as many cases as you may"_s)) << workspace.status().toStdString();

    // Room for one more (the user's capacity is read on the store thread).
    m_session->callAndWait([held = *held](Database& database) {
        UserStore::Change change;
        change.capacity = held + 1;
        return UserStore(database).change(kAgent, change, u"test"_s).ok();
    });
    QTest::keyClick(&workspace, Qt::Key_N, Qt::ControlModifier);
    waitIdle();
    const qint64 taken = workspace.currentCaseId();
    ASSERT_NE(taken, 0) << workspace.status().toStdString();
    EXPECT_TRUE(workspace.status().contains(u"You took case"_s)) << workspace.status().toStdString();
    EXPECT_TRUE(storedCase(taken).assigneeId == m_agentId);
    EXPECT_EQ(workspace.scope(), CasesModel::Scope::Mine);
    EXPECT_EQ(workspace.model()->rowCount(), *held + 1);
    // The taken case is the one selected in the list.
    EXPECT_EQ(workspace.table()->currentIndex().data(CasesModel::CaseIdRole).toLongLong(), taken);
}

TEST_F(AgentWorkspaceTest, ComposerInsertsAFilledAnswerAndCountsAsXDoes)
{
    const qint64 caseId = heldCase(Platform::Twitter);
    ASSERT_NE(caseId, 0);
    AgentWorkspace& workspace = open();
    show(caseId);
    Composer& composer = *workspace.caseView()->composer();
    const CaseDetails& details = *workspace.details();
    ASSERT_FALSE(details.library.isEmpty());
    const Answer answer = details.suggestions.isEmpty() ? details.library.first() : details.suggestions.first();
    ASSERT_TRUE(composer.insertAnswer(answer.key));
    EXPECT_EQ(composer.editor()->toPlainText(), AnswerLibrary::fill(answer, details.comment));
    EXPECT_FALSE(composer.editor()->toPlainText().contains(u"{{"_s));

    auto* length = composer.findChild<QLabel*>(u"replyLength"_s);
    ASSERT_TRUE(length);
    composer.editor()->setPlainText(QString(280, u'a'));
    EXPECT_TRUE(length->text().startsWith(u"280 of 280"_s)) << length->text().toStdString();
    composer.editor()->setPlainText(QString(300, u'a'));
    EXPECT_TRUE(length->text().contains(u"over by 20 character"_s)) << length->text().toStdString();
    // CJK weighs 2 on X: 150 of them are 300.
    composer.editor()->setPlainText(QString(150, QChar(0x4E2D)));
    EXPECT_TRUE(length->text().contains(u"over by 20 character"_s)) << length->text().toStdString();
}

TEST_F(AgentWorkspaceTest, PersonalDataIsUnderlinedAndTheSubmitRefusedWithTheTextKept)
{
    const qint64 caseId = heldCase(Platform::Twitter);
    ASSERT_NE(caseId, 0);
    AgentWorkspace& workspace = open();
    show(caseId);
    Composer& composer = *workspace.caseView()->composer();
    const QString text = u"Your SSN 123-45-6789 is on file."_s;
    composer.editor()->setPlainText(text);
    const int start = int(text.indexOf(u"123"_s));
    EXPECT_TRUE(wavyUnderlined(*composer.editor()->document(), start, start + 11, ComposerHighlighter::piiColor()));
    auto* pii = composer.findChild<QLabel*>(u"replyPii"_s);
    ASSERT_TRUE(pii);
    EXPECT_TRUE(pii->text().contains(u"Social Security number"_s)) << pii->text().toStdString();
    EXPECT_EQ(composer.editor()->accessibleDescription(), pii->text());

    composer.editor()->setFocus();
    QTest::keyClick(composer.editor(), Qt::Key_Return, Qt::ControlModifier);
    waitIdle();
    EXPECT_TRUE(composer.message().startsWith(u"Not submitted"_s)) << composer.message().toStdString();
    EXPECT_EQ(composer.editor()->toPlainText(), text);
    EXPECT_NE(storedCase(caseId).state, Case::State::InReview);
    auto* message = composer.findChild<QLabel*>(u"composerMessage"_s);
    ASSERT_TRUE(message);
    EXPECT_TRUE(message->isVisible());
    EXPECT_EQ(message->textFormat(), Qt::PlainText);
}

TEST_F(AgentWorkspaceTest, MisspelledWordsAreUnderlinedInAnotherColour)
{
    const qint64 caseId = heldCase(Platform::Twitter);
    ASSERT_NE(caseId, 0);
    AgentWorkspace& workspace = open();
    show(caseId);
    Composer& composer = *workspace.caseView()->composer();
    if (!composer.spelling().isAvailable())
        GTEST_SKIP() << "no Hunspell dictionary installed";
    composer.editor()->setPlainText(u"Thank you for teh question @uscis"_s);
    const QTextDocument& document = *composer.editor()->document();
    EXPECT_TRUE(wavyUnderlined(document, 14, 17, ComposerHighlighter::spellingColor()));
    EXPECT_FALSE(wavyUnderlined(document, 0, 5, ComposerHighlighter::spellingColor()));
    EXPECT_FALSE(wavyUnderlined(document, 28, 33, ComposerHighlighter::spellingColor())); // a handle
}

TEST_F(AgentWorkspaceTest, ACleanReplyGoesToReview)
{
    const qint64 caseId = heldCase(Platform::Twitter);
    ASSERT_NE(caseId, 0);
    AgentWorkspace& workspace = open();
    show(caseId);
    Composer& composer = *workspace.caseView()->composer();
    composer.editor()->setPlainText(u"Thank you for asking. Processing times are on our website."_s);
    composer.editor()->setFocus();
    QTest::keyClick(composer.editor(), Qt::Key_Return, Qt::ControlModifier);
    waitIdle();
    EXPECT_EQ(composer.message(), u"Submitted for review."_s);
    EXPECT_EQ(storedCase(caseId).state, Case::State::InReview);
    EXPECT_EQ(workspace.details()->heldCase.state, Case::State::InReview);
}

TEST_F(AgentWorkspaceTest, ConfirmHideClosesTheProposedHideCase)
{
    const qint64 caseId = proposedHideCase();
    ASSERT_NE(caseId, 0);
    AgentWorkspace& workspace = open();
    show(caseId);
    auto actions = workspace.actions();
    QAction* confirm = *std::find_if(actions.begin(), actions.end(),
                                     [](QAction* a) { return a->objectName() == u"confirmHide"; });
    ASSERT_TRUE(confirm->isEnabled());
    confirm->trigger();
    waitIdle();
    EXPECT_EQ(storedCase(caseId).state, Case::State::Closed) << workspace.status().toStdString();
    EXPECT_FALSE(confirm->isEnabled());
}

TEST_F(AgentWorkspaceTest, ReclassifyingToIgnoreClosesTheCase)
{
    const qint64 caseId = heldCase(Platform::Facebook);
    ASSERT_NE(caseId, 0);
    AgentWorkspace& workspace = open();
    show(caseId);
    workspace.reclassify(Action::Ignore, u"Answered in the live session already."_s, {});
    waitIdle();
    EXPECT_EQ(storedCase(caseId).state, Case::State::Closed) << workspace.status().toStdString();
    EXPECT_TRUE(workspace.caseView()->whyLabel()->text().contains(u"Answered in the live session already."_s));
}

TEST_F(AgentWorkspaceTest, MarkupInACommentShowsLiterally)
{
    const QString hostile = u"<b>hi</b><script>x</script>"_s;
    Comment comment;
    comment.platform = Platform::Twitter;
    comment.platformId = u"tw-hostile"_s;
    comment.author = { u"666"_s, u"eve_x"_s, u"<i>Eve</i>"_s };
    comment.text = hostile;
    comment.lang = u"en"_s;
    comment.createdAt = QDateTime::currentDateTimeUtc().addSecs(-60);
    comment.conversationId = u"tw-hostile"_s;
    comment.rawJson = R"({"id":"tw-hostile"})";
    auto stored = CommentStore(db()).ingest({ comment });
    ASSERT_TRUE(stored.ok()) << stored.error().toString().toStdString();
    const qint64 commentId = stored->insertedIds.value(0);
    Decision decision;
    decision.ruleId = u"question"_s;
    decision.action = Action::Respond;
    decision.queue = u"general"_s;
    decision.explanation = u"<u>Respond</u> by rule question."_s;
    auto decided = DecisionStore(db()).record(commentId, decision, std::nullopt);
    ASSERT_TRUE(decided.ok());
    auto opened = CaseStore(db()).open(commentId, *decided, u"general"_s, Priority::Normal, std::nullopt, u"test"_s);
    ASSERT_TRUE(opened.ok()) << opened.error().toString().toStdString();

    AgentWorkspace& workspace = open();
    show(opened->id);
    CaseView& view = *workspace.caseView();
    EXPECT_EQ(view.commentLabel()->text(), hostile);
    EXPECT_EQ(view.commentLabel()->textFormat(), Qt::PlainText);
    EXPECT_TRUE(view.authorLabel()->text().contains(u"<i>Eve</i>"_s));
    EXPECT_EQ(view.authorLabel()->textFormat(), Qt::PlainText);
    EXPECT_TRUE(view.whyLabel()->text().contains(u"<u>Respond</u>"_s));
    EXPECT_EQ(view.whyLabel()->textFormat(), Qt::PlainText);
    EXPECT_TRUE(view.threadView()->toPlainText().contains(hostile));
    for (QLabel* label : view.findChildren<QLabel*>())
        EXPECT_NE(label->textFormat(), Qt::RichText) << label->objectName().toStdString();
}

TEST_F(AgentWorkspaceTest, EveryControlHasAnAccessibleNameAndTheActionsNameTheirShortcuts)
{
    const qint64 caseId = heldCase(Platform::Twitter);
    ASSERT_NE(caseId, 0);
    AgentWorkspace& workspace = open();
    show(caseId);
    for (QWidget* widget : workspace.findChildren<QWidget*>()) {
        // Qt's own parts (a tab widget's bar, scroll bars) are named by their owners.
        if (!widget->isVisible() || !(widget->focusPolicy() & Qt::TabFocus) || widget->inherits("QScrollBar")
            || widget->objectName().startsWith(u"qt_"_s))
            continue;
        EXPECT_FALSE(widget->accessibleName().isEmpty())
            << widget->metaObject()->className() << " " << widget->objectName().toStdString();
    }
    for (QAction* action : workspace.actions()) {
        ASSERT_FALSE(action->shortcut().isEmpty()) << action->objectName().toStdString();
        EXPECT_TRUE(action->toolTip().contains(action->shortcut().toString(QKeySequence::NativeText)))
            << action->objectName().toStdString();
    }
}

TEST_F(AgentWorkspaceTest, SlaFilterAndSearchNarrowTheList)
{
    AgentWorkspace& workspace = open();
    workspace.setScope(CasesModel::Scope::Queue);
    waitIdle();
    const int all = workspace.filter()->rowCount();
    ASSERT_GT(all, 0);
    workspace.filter()->setPlatform(Platform::Facebook);
    const int facebook = workspace.filter()->rowCount();
    workspace.filter()->setPlatform(Platform::Twitter);
    EXPECT_EQ(facebook + workspace.filter()->rowCount(), all);
    workspace.filter()->setPlatform(std::nullopt);
    workspace.filter()->setSearch(u"no case says this: zqxj"_s);
    EXPECT_EQ(workspace.filter()->rowCount(), 0);
    workspace.filter()->setSearch({});
    // A month on, every open case's SLA has run out.
    m_clock.advance(30 * 24 * 3600);
    workspace.reload();
    waitIdle();
    workspace.filter()->setSlaStatus(SlaStatus::Ok);
    EXPECT_EQ(workspace.filter()->rowCount(), 0);
}

TEST_F(AgentWorkspaceTest, Screenshot)
{
    const qint64 caseId = heldCase(Platform::Twitter);
    ASSERT_NE(caseId, 0);
    AgentWorkspace& workspace = open();
    show(caseId);
    Composer& composer = *workspace.caseView()->composer();
    const CaseDetails& details = *workspace.details();
    ASSERT_FALSE(details.library.isEmpty());
    composer.insertAnswer(details.suggestions.isEmpty() ? details.library.first().key : details.suggestions.first().key);
    composer.editor()->appendPlainText(u"Thank you for teh question."_s);
    QApplication::processEvents();
    const QImage image = workspace.grab().toImage();
    EXPECT_TRUE(image.save(artifactPath(u"agent-workspace.png"_s)));
}

} // namespace moderation::test

namespace moderation::test {

TEST(CasesModelTest, TheSlaColumnSaysDueInOrOverdueAndSortsByTimeLeft)
{
    ASSERT_TRUE(Translations::install(*qApp, u"en"_s));
    const QDateTime now(QDate(2026, 11, 2), QTime(14, 0), Qt::UTC);
    auto row = [&](qint64 id, qint64 dueInSeconds, qint64 atRiskInSeconds) {
        CaseRow r;
        r.heldCase.id = id;
        r.heldCase.state = Case::State::Assigned;
        if (dueInSeconds != 0) {
            r.heldCase.slaDueAt = now.addSecs(dueInSeconds);
            r.heldCase.slaAtRiskAt = now.addSecs(atRiskInSeconds);
        }
        return r;
    };
    CaseRows rows;
    rows.now = now;
    rows.rows = { row(1, 25 * 60, 10 * 60), row(2, -(65 * 60), -(80 * 60)), row(3, 0, 0), row(4, 20 * 60, -60) };
    CasesModel model;
    model.setRows(rows);
    auto sla = [&](int r) { return model.index(r, CasesModel::SlaColumn).data().toString(); };
    EXPECT_EQ(sla(0), u"Due in 25 min"_s);
    EXPECT_EQ(sla(1), u"Overdue by 1 h 5 min"_s);
    EXPECT_EQ(sla(2), u"No SLA"_s);
    EXPECT_EQ(sla(3), u"At risk, due in 20 min"_s);
    EXPECT_EQ(model.index(1, 0).data(CasesModel::SlaStatusRole).toInt(), int(SlaStatus::Breached));

    CasesFilter filter;
    filter.setSourceModel(&model);
    filter.sort(CasesModel::SlaColumn, Qt::AscendingOrder);
    QList<qint64> order;
    for (int r = 0; r < filter.rowCount(); ++r)
        order.append(filter.index(r, 0).data(CasesModel::CaseIdRole).toLongLong());
    EXPECT_EQ(order, (QList<qint64> { 2, 4, 1, 3 }));
    filter.setSlaStatus(SlaStatus::AtRisk);
    EXPECT_EQ(filter.rowCount(), 1);
}

TEST(SpellCheckerTest, PicksTheCommentsLanguageAndIsOffWithoutADictionary)
{
    QTemporaryDir empty;
    ASSERT_TRUE(empty.isValid());
    EXPECT_EQ(SpellChecker::candidates(u"es-MX"_s, empty.path()), (QStringList { u"es_ES"_s, u"en_US"_s }));
    EXPECT_EQ(SpellChecker::candidates(u"und"_s, empty.path()), QStringList { u"en_US"_s });
    SpellChecker spelling;
    EXPECT_FALSE(spelling.load(u"en"_s, empty.path()));
    EXPECT_FALSE(spelling.isAvailable());
    EXPECT_TRUE(spelling.isCorrect(u"teh"_s)); // nothing is flagged without a dictionary
    if (QFileInfo::exists(u"/usr/share/hunspell/es_ES.dic"_s)) {
        ASSERT_TRUE(spelling.load(u"es"_s, u"/usr/share/hunspell"_s));
        EXPECT_EQ(spelling.dictionary(), u"es_ES"_s);
        EXPECT_TRUE(spelling.isCorrect(u"solicitud"_s));
        EXPECT_FALSE(spelling.isCorrect(u"solicitut"_s));
    }
}

} // namespace moderation::test
