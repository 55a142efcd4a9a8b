#include "CommentBuilders.h"
#include "MainWindow.h"
#include "SessionFixture.h"
#include "storage/UserStore.h"
#include "TempDatabase.h"
#include "Translations.h"
#include "agent/CommentDetailPane.h"
#include "agent/InboxModel.h"
#include "agent/InboxWidget.h"
#include "storage/CommentStore.h"
#include "storage/DecisionStore.h"
#include "sync/DemoLoader.h"

#include <QAccessible>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QSet>
#include <QSplitter>
#include <QTableView>
#include <QTabBar>
#include <QTest>
#include <gtest/gtest.h>
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

class MainWindowTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        // As the app does at start; English plurals come from the English catalogue.
        ASSERT_TRUE(Translations::install(*qApp, u"en"_s));
        m_temp = std::make_unique<TempDatabase>(Engine::Sqlite);
        ASSERT_TRUE(m_temp->setupError().isEmpty()) << m_temp->setupError().toStdString();
        QList<Comment> comments = demoLikeComments(60);
        Comment hostile = demoLikeComments(1, QDateTime(QDate(2026, 11, 2), QTime(14, 30), Qt::UTC)).first();
        hostile.platformId = u"tw-hostile"_s;
        hostile.author.name = u"<i>Eve</i>"_s;
        hostile.author.handle = u"eve_x"_s;
        hostile.text = kHostileText;
        comments.append(hostile);
        store(comments);
    }
    void TearDown() override
    {
        m_window.reset();
        m_session.reset();
        m_temp.reset();
    }

    void store(const QList<Comment>& comments)
    {
        const auto stored = CommentStore(m_temp->db()).ingest(comments);
        ASSERT_TRUE(stored.ok()) << stored.error().toString().toStdString();
    }

    MainWindow& open()
    {
        // An agent at a single seat, working in the list of every comment.
        User agent;
        agent.login = u"agent.one"_s;
        agent.displayName = u"Agent One"_s;
        agent.roles = { Role::Agent };
        const auto id = UserStore(m_temp->db()).add(agent, {}, {}, 0, u"test"_s);
        EXPECT_TRUE(id.ok());
        m_session = openSession(*m_temp);
        EXPECT_TRUE(m_session);
        m_session->setUser(UserStore(m_temp->db()).byId(id.value()).value());
        m_window = std::make_unique<MainWindow>(*m_session);
        m_window->resize(1280, 760);
        m_window->show();
        QApplication::setActiveWindow(m_window.get());
        EXPECT_TRUE(QTest::qWaitForWindowActive(m_window.get()));
        EXPECT_TRUE(m_window->showWorkspace(u"comments"_s));
        settle();
        return *m_window;
    }
    // The window reads on the store thread: a step is done when the store has answered.
    void settle() { EXPECT_TRUE(waitIdle(*m_session)); }

    // Records what the policy decided for a stored comment: a hide for a USCIS receipt number.
    void decideHidden(const QString& platformId)
    {
        const auto comment = CommentStore(m_temp->db()).byPlatformId(Platform::Twitter, platformId);
        ASSERT_TRUE(comment.ok()) << comment.error().toString().toStdString();
        Decision d;
        d.ruleId = u"pii"_s;
        d.clause = u"Personal information"_s;
        d.action = Action::Hide;
        d.hideMode = HideMode::Automatic;
        d.queue = u"privacy"_s;
        d.priority = Priority::High;
        d.pii = { { PiiKind::UscisReceipt, 0, 13 }, { PiiKind::UscisReceipt, 20, 33 } };
        d.explanation = u"Hidden by rule pii: contains a USCIS receipt number."_s;
        const auto recorded = DecisionStore(m_temp->db()).record(comment->id, d, std::nullopt);
        ASSERT_TRUE(recorded.ok()) << recorded.error().toString().toStdString();
    }
    QString decisionCell(int row) { return model().index(row, InboxModel::DecisionColumn).data().toString(); }

    InboxWidget& inbox() { return *m_window->inbox(); }
    InboxModel& model() { return *m_window->inbox()->model(); }
    CommentDetailPane& detail() { return *m_window->inbox()->detailPane(); }
    int rowOf(const QString& platformId)
    {
        for (int row = 0; row < model().rowCount(); ++row) {
            if (model().commentAt(row)->platformId == platformId)
                return row;
        }
        return -1;
    }

    std::unique_ptr<TempDatabase> m_temp;
    std::unique_ptr<Session> m_session;
    std::unique_ptr<MainWindow> m_window;
};

TEST_F(MainWindowTest, SelectingARowShowsThatCommentInTheDetailPane)
{
    open();
    const int row = 2; // on X: a name and a @handle
    inbox().selectRow(row);
    const Comment* comment = model().commentAt(row);
    ASSERT_NE(comment, nullptr);
    ASSERT_FALSE(comment->author.handle.isEmpty());
    EXPECT_EQ(detail().authorName(), comment->author.name);
    EXPECT_EQ(detail().authorHandle(), u'@' + comment->author.handle);
    EXPECT_EQ(detail().sourceText(), u"Mention"_s);
    EXPECT_EQ(detail().languageText(), u"Spanish"_s);
    EXPECT_EQ(detail().platformText(), comment->platform == Platform::Twitter ? u"X"_s : u"Facebook"_s);
    EXPECT_EQ(detail().timeText(), QLocale().toString(comment->createdAt.toLocalTime(), QLocale::LongFormat));
    EXPECT_EQ(detail().text(), comment->text);

    inbox().selectRow(row + 1);
    EXPECT_EQ(detail().text(), model().commentAt(row + 1)->text);
}

TEST_F(MainWindowTest, DecisionColumnShowsTheLatestDecisionAndIsEmptyForAnUndecidedOne)
{
    decideHidden(u"tw-hostile"_s);
    open();
    const int decided = rowOf(u"tw-hostile"_s);
    ASSERT_GE(decided, 0);
    const int undecided = decided == 0 ? 1 : 0;
    EXPECT_EQ(model().headerData(InboxModel::DecisionColumn, Qt::Horizontal).toString(), u"Decision"_s);
    EXPECT_EQ(decisionCell(decided), u"Hide (automatic)"_s);
    EXPECT_EQ(decisionCell(undecided), QString());

    // A later decision replaces it once the inbox is read again.
    Decision escalate;
    escalate.ruleId = u"threat"_s;
    escalate.action = Action::Escalate;
    escalate.explanation = u"Escalated by rule threat."_s;
    ASSERT_TRUE(DecisionStore(m_temp->db()).record(model().commentAt(decided)->id, escalate, std::nullopt).ok());
    inbox().reload();
    settle();
    EXPECT_EQ(decisionCell(rowOf(u"tw-hostile"_s)), u"Escalate"_s);
}

TEST_F(MainWindowTest, DetailPaneShowsTheDecisionItsRuleAndTheExplanation)
{
    decideHidden(u"tw-hostile"_s);
    open();
    inbox().selectRow(rowOf(u"tw-hostile"_s));
    EXPECT_EQ(detail().decisionText(), u"Hide (automatic)"_s);
    EXPECT_EQ(detail().ruleText(), u"pii — Personal information"_s);
    EXPECT_EQ(detail().queueText(), u"privacy"_s);
    EXPECT_EQ(detail().priorityText(), u"High"_s);
    EXPECT_EQ(detail().explanationText(), u"Hidden by rule pii: contains a USCIS receipt number."_s);
    EXPECT_EQ(detail().piiText(), u"Personal data found: a USCIS receipt number"_s); // each kind once

    const int other = rowOf(u"tw-hostile"_s) == 0 ? 1 : 0;
    inbox().selectRow(other);
    EXPECT_EQ(detail().decisionText(), u"Not decided yet"_s);
    EXPECT_EQ(detail().explanationText(), QString());
    EXPECT_EQ(detail().piiText(), QString());
}

TEST_F(MainWindowTest, UntrustedMarkupShowsLiterallyInTheDetailPane)
{
    open();
    const int row = rowOf(u"tw-hostile"_s);
    ASSERT_GE(row, 0);
    inbox().selectRow(row);

    EXPECT_EQ(detail().text(), kHostileText);
    EXPECT_EQ(detail().authorName(), u"<i>Eve</i>"_s);
    // The text widget is plain text only: its document holds the characters, no image, no bold.
    const QTextDocument* document = detail().textView()->document();
    EXPECT_EQ(document->toPlainText(), kHostileText);
    EXPECT_FALSE(document->toHtml().contains(u"<img"_s));
    // Every label that shows the markup shows it as plain text, not rendered.
    int labelsWithMarkup = 0;
    for (const QLabel* label : detail().findChildren<QLabel*>()) {
        if (label->text().contains(u'<')) {
            ++labelsWithMarkup;
            EXPECT_EQ(label->textFormat(), Qt::PlainText) << label->text().toStdString();
        }
    }
    EXPECT_GE(labelsWithMarkup, 1);
}

TEST_F(MainWindowTest, ArrowsAndJKMoveThroughTheInbox)
{
    open();
    QTableView* table = inbox().table();
    table->setFocus();
    inbox().selectRow(0);
    ASSERT_EQ(inbox().currentRow(), 0);

    QTest::keyClick(table, Qt::Key_Down);
    EXPECT_EQ(inbox().currentRow(), 1);
    QTest::keyClick(table, Qt::Key_J);
    EXPECT_EQ(inbox().currentRow(), 2);
    EXPECT_EQ(detail().text(), model().commentAt(2)->text);
    QTest::keyClick(table, Qt::Key_J);
    QTest::keyClick(table, Qt::Key_K);
    EXPECT_EQ(inbox().currentRow(), 2);
    QTest::keyClick(table, Qt::Key_Up);
    EXPECT_EQ(inbox().currentRow(), 1);

    // Reading the comment in full does not trap the keys: J still moves on.
    detail().textView()->setFocus();
    QTest::keyClick(detail().textView(), Qt::Key_J);
    EXPECT_EQ(inbox().currentRow(), 2);

    // In the filter J is a letter, not a move.
    inbox().filterField()->setFocus();
    QTest::keyClick(inbox().filterField(), Qt::Key_J);
    EXPECT_EQ(inbox().filterField()->text(), u"j"_s);
    EXPECT_EQ(inbox().currentRow(), 2);
}

TEST_F(MainWindowTest, JAtTheEndOfTheLoadedRowsFetchesTheNextPage)
{
    store(demoLikeComments(150, QDateTime(QDate(2026, 10, 1), QTime(12, 0), Qt::UTC)).mid(60));
    open();
    const int loaded = model().rowCount();
    ASSERT_LT(loaded, model().matchingCount());
    inbox().selectRow(loaded - 1);
    inbox().table()->setFocus();
    QTest::keyClick(inbox().table(), Qt::Key_J);
    settle();
    EXPECT_EQ(inbox().currentRow(), loaded);
    EXPECT_GT(model().rowCount(), loaded);
}

TEST_F(MainWindowTest, CtrlFFocusesTheFilterAndEnterNarrowsTheList)
{
    open();
    inbox().table()->setFocus();
    QTest::keyClick(m_window.get(), Qt::Key_F, Qt::ControlModifier);
    EXPECT_TRUE(inbox().filterField()->hasFocus());

    QTest::keyClicks(inbox().filterField(), u"green card"_s);
    QTest::keyClick(inbox().filterField(), Qt::Key_Return);
    settle();
    EXPECT_TRUE(inbox().table()->hasFocus());
    ASSERT_GT(model().rowCount(), 0);
    EXPECT_LT(model().matchingCount(), model().storeCount());
    for (int row = 0; row < model().rowCount(); ++row)
        EXPECT_TRUE(model().commentAt(row)->text.contains(u"green card"_s, Qt::CaseInsensitive));
    EXPECT_TRUE(m_window->countText().contains(QString::number(model().matchingCount())))
        << m_window->countText().toStdString();
    EXPECT_EQ(detail().text(), model().commentAt(0)->text);

    // Escape clears the filter and goes back to the list.
    inbox().filterField()->setFocus();
    QTest::keyClick(inbox().filterField(), Qt::Key_Escape);
    settle();
    EXPECT_TRUE(inbox().filterField()->text().isEmpty());
    EXPECT_EQ(model().matchingCount(), model().storeCount());
    EXPECT_TRUE(inbox().table()->hasFocus());
}

TEST_F(MainWindowTest, F5ShowsCommentsStoredSinceTheWindowOpened)
{
    open();
    EXPECT_EQ(m_window->countText(), u"61 comments"_s);
    QList<Comment> later = demoLikeComments(1, QDateTime(QDate(2026, 11, 3), QTime(9, 0), Qt::UTC));
    later[0].platformId = u"fb-later"_s;
    later[0].text = u"Posted after the window opened"_s;
    store(later);

    QTest::keyClick(m_window.get(), Qt::Key_F5);
    settle();
    EXPECT_EQ(model().commentAt(0)->platformId, u"fb-later"_s);
    EXPECT_EQ(m_window->countText(), u"62 comments"_s);
}

TEST_F(MainWindowTest, EveryInteractiveWidgetHasAnAccessibleNameAndDescription)
{
    open();
    inbox().selectRow(0);
    int checked = 0;
    for (QWidget* widget : m_window->findChildren<QWidget*>()) {
        if (!widget->isVisibleTo(m_window.get()) || widget->focusPolicy() == Qt::NoFocus)
            continue;
        ++checked;
        QAccessibleInterface* accessible = QAccessible::queryAccessibleInterface(widget);
        ASSERT_NE(accessible, nullptr) << widget->metaObject()->className();
        EXPECT_FALSE(accessible->text(QAccessible::Name).trimmed().isEmpty())
            << widget->metaObject()->className() << " " << widget->objectName().toStdString();
        // Qt's tab bar names itself by its current tab and gives no description of its own; each
        // tab (its accessible child) carries its name and its shortcut instead.
        if (auto* tabs = qobject_cast<QTabBar*>(widget)) {
            for (int index = 0; index < tabs->count(); ++index) {
                EXPECT_FALSE(tabs->tabText(index).isEmpty());
                EXPECT_FALSE(tabs->tabToolTip(index).isEmpty());
            }
            continue;
        }
        EXPECT_FALSE(accessible->text(QAccessible::Description).trimmed().isEmpty())
            << widget->metaObject()->className() << " " << accessible->text(QAccessible::Name).toStdString();
    }
    EXPECT_GE(checked, 4); // filter, platform, list, comment text
    for (QAction* action : m_window->menuBar()->actions()) {
        EXPECT_FALSE(action->text().isEmpty());
        for (QAction* item : action->menu()->actions())
            EXPECT_TRUE(item->isSeparator() || !item->text().isEmpty());
    }
}

TEST_F(MainWindowTest, TabVisitsFilterPlatformListAndTextInOrder)
{
    open();
    QList<QWidget*> order;
    QWidget* widget = inbox().filterField();
    // The inbox's own stops, in the window's chain (which also visits the workspaces' tab bar).
    do {
        if ((widget->focusPolicy() & Qt::TabFocus) && widget->isVisibleTo(m_window.get()) && widget->isEnabled()
            && inbox().isAncestorOf(widget))
            order.append(widget);
        widget = widget->nextInFocusChain();
    } while (widget != inbox().filterField() && order.size() < 10);
    const QList<QWidget*> expected { inbox().filterField(), inbox().platformChoice(), inbox().table(),
        detail().textView() };
    EXPECT_EQ(order, expected);
}

TEST_F(MainWindowTest, SpanishTranslationShowsSpanishText)
{
    decideHidden(u"tw-hostile"_s);
    ASSERT_TRUE(Translations::install(*qApp, u"es"_s));
    open();
    const QString title = m_window->windowTitle();
    const QString header = model().headerData(InboxModel::TextColumn, Qt::Horizontal).toString();
    const QString decisionHeader = model().headerData(InboxModel::DecisionColumn, Qt::Horizontal).toString();
    const QString decision = decisionCell(rowOf(u"tw-hostile"_s));
    inbox().selectRow(rowOf(u"tw-hostile"_s));
    const QString pii = detail().piiText();
    const QString firstMenu = m_window->menuBar()->actions().first()->text();
    const QString count = m_window->countText();
    inbox().selectRow(2);
    // For a translator's eye: does the Spanish fit?
    EXPECT_TRUE(m_window->grab().save(artifactPath(u"inbox-es.png"_s)));
    m_window.reset();
    Translations::install(*qApp, u"en"_s);

    EXPECT_EQ(title, u"Todos los comentarios — Moderation Desk"_s);
    EXPECT_EQ(header, u"Comentario"_s);
    EXPECT_EQ(decisionHeader, u"Decisión"_s);
    EXPECT_EQ(decision, u"Ocultar (automático)"_s);
    EXPECT_EQ(pii, u"Datos personales encontrados: un número de recibo de USCIS"_s);
    EXPECT_EQ(firstMenu, u"&Archivo"_s);
    EXPECT_EQ(count, u"61 comentarios"_s);
}

// The demo data set, as a new user sees it on first start.
TEST(MainWindowScreenshot, InboxOnTheDemoDataIsWrittenAndNotBlank)
{
    ASSERT_TRUE(Translations::install(*qApp, u"en"_s));
    TempDatabase temp(Engine::Sqlite);
    ASSERT_TRUE(temp.setupError().isEmpty()) << temp.setupError().toStdString();
    const auto demo = DemoLoader::load(temp.db());
    ASSERT_TRUE(demo.ok()) << demo.error().toString().toStdString();

    auto session = openSession(temp);
    ASSERT_TRUE(session);
    session->setUser(UserStore(temp.db()).byLogin(u"demo.agent"_s).value());
    session->setDemoStore(true);
    MainWindow window(*session);
    window.resize(1280, 760);
    window.show();
    QApplication::setActiveWindow(&window);
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    ASSERT_TRUE(window.showWorkspace(u"comments"_s));
    ASSERT_TRUE(waitIdle(*session));
    // The first comment the policy hid or escalated: the detail pane then explains a decision.
    InboxModel* model = window.inbox()->model();
    int interesting = -1;
    for (int row = 0; row < model->rowCount() && interesting < 0; ++row) {
        const StoredDecision* decision = model->decisionAt(row);
        if (decision && (decision->decision.action == Action::Hide || decision->decision.action == Action::Escalate))
            interesting = row;
    }
    ASSERT_GE(interesting, 0) << "the demo should hold a hidden or escalated comment";
    window.inbox()->selectRow(interesting);
    QApplication::processEvents();
    const QImage shot = window.grab().toImage();

    const QString path = artifactPath(u"inbox.png"_s);
    QFile::remove(path);
    ASSERT_TRUE(shot.save(path)) << path.toStdString();

    const QImage saved(path);
    ASSERT_FALSE(saved.isNull());
    EXPECT_EQ(saved.size(), shot.size());
    // Not blank: a window with text, icons and a selection has many distinct colours.
    QSet<QRgb> colours;
    for (int y = 0; y < saved.height(); y += 3) {
        for (int x = 0; x < saved.width(); x += 3)
            colours.insert(saved.pixel(x, y));
    }
    EXPECT_GT(colours.size(), 50);
    // And it shows the demo: the count in the status bar is the store's.
    EXPECT_EQ(window.countText(), u"%1 comments"_s.arg(demo->comments));
    EXPECT_FALSE(window.inbox()->detailPane()->explanationText().isEmpty());
}

} // namespace

} // namespace moderation::test
