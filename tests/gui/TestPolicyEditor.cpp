#include "DeskSession.h"
#include "Session.h"
#include "TempDatabase.h"
#include "policy/PolicyDocument.h"
#include "policy/PolicyEngine.h"
#include "storage/PolicyStore.h"
#include "supervisor/PolicyEditor.h"
#include "sync/DemoLoader.h"
#include "sync/Triage.h"
#include "sync/WhatIf.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTest>
#include <QTextBlock>
#include <QThread>
#include <QTimer>
#include <gtest/gtest.h>

#include <map>
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

// What WhatIf::overStore itself says about a candidate text against the store's active policy.
struct Expected
{
    SimulationSummary summary;
    QList<qint64> changedIds;
};

class PolicyEditorTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        m_temp = std::make_unique<TempDatabase>(Engine::Sqlite);
        ASSERT_TRUE(m_temp->setupError().isEmpty()) << m_temp->setupError().toStdString();
        const auto loaded = DemoLoader::load(m_temp->db());
        ASSERT_TRUE(loaded.ok()) << loaded.error().toString().toStdString();
        m_session = openDemoSession(*m_temp, u"demo.supervisor"_s);
        ASSERT_TRUE(m_session);
        // From here on the test thread is the GUI thread: no store call may run on it.
        Database::forbidThread(QThread::currentThread());

        m_editor = std::make_unique<PolicyEditor>(*m_session);
        m_editor->resize(1280, 760);
        m_editor->show();
        QApplication::setActiveWindow(m_editor.get());
        ASSERT_TRUE(QTest::qWaitForWindowActive(m_editor.get()));
        ASSERT_TRUE(QTest::qWaitFor([&] { return m_session->isIdle(); }));
    }

    void TearDown() override
    {
        if (m_session) {
            EXPECT_TRUE(QTest::qWaitFor([&] { return m_session->isIdle(); }));
        }
        EXPECT_EQ(Database::forbiddenThreadCalls(), 0);
        Database::forbidThread(nullptr);
        m_editor.reset();
        m_session.reset();
        m_temp.reset();
    }

    QAction* action(int index) const { return m_editor->actions().at(index); }
    QAction* previewAction() const { return action(2); }
    QAction* activateAction() const { return action(3); }

    std::optional<PolicyVersion> activeVersion()
    {
        auto active = m_session->callAndWait([](Database& database) { return PolicyStore(database).active(); });
        EXPECT_TRUE(active.ok()) << active.error().toString().toStdString();
        return active.ok() ? *active : std::nullopt;
    }

    // Edits the text as typing does (through the document, so that textChanged fires) and waits
    // for the debounced check.
    void replaceText(const QString& from, const QString& to)
    {
        const QString text = m_editor->text();
        const qsizetype at = text.indexOf(from);
        ASSERT_GE(at, 0) << from.toStdString();
        QTextCursor cursor(m_editor->editor()->document());
        cursor.setPosition(int(at));
        cursor.setPosition(int(at + from.size()), QTextCursor::KeepAnchor);
        QSignalSpy checked(m_editor.get(), &PolicyEditor::checked);
        cursor.insertText(to);
        ASSERT_TRUE(checked.wait(5000)); // after the 300 ms pause
    }

    Expected whatIf(const QString& text)
    {
        return m_session->callAndWait([json = text.toUtf8()](Database& database) {
            Expected expected;
            auto document = PolicyDocument::parse(json, u"policy"_s, QString());
            EXPECT_TRUE(document.ok()) << document.error().toString().toStdString();
            auto candidate = PolicyEngine::compile(*document);
            EXPECT_TRUE(candidate.ok()) << candidate.error().toString().toStdString();
            auto active = Triage::loadActive(database);
            EXPECT_TRUE(active.ok()) << active.error().toString().toStdString();
            auto summary = WhatIf::overStore(database, **candidate, active->engine.get(), QDateTime(), QDateTime(),
                                             [&](const SimulationChange& change) {
                                                 expected.changedIds.append(change.comment.id);
                                             });
            EXPECT_TRUE(summary.ok()) << summary.error().toString().toStdString();
            expected.summary = *summary;
            return expected;
        });
    }

    void preview()
    {
        QSignalSpy finished(m_editor.get(), &PolicyEditor::previewFinished);
        m_editor->editor()->setFocus();
        QTest::keyClick(m_editor->editor(), Qt::Key_Return, Qt::ControlModifier);
        ASSERT_TRUE(m_editor->isPreviewRunning());
        // No second run while one is under way.
        EXPECT_FALSE(previewAction()->isEnabled());
        EXPECT_FALSE(activateAction()->isEnabled());
        ASSERT_TRUE(finished.wait(60000));
        ASSERT_TRUE(QTest::qWaitFor([&] { return m_session->isIdle(); }));
    }

    std::unique_ptr<TempDatabase> m_temp;
    std::unique_ptr<Session> m_session;
    std::unique_ptr<PolicyEditor> m_editor;
};

} // namespace

TEST_F(PolicyEditorTest, LoadsTheActivePolicy)
{
    const std::optional<PolicyVersion> active = activeVersion();
    ASSERT_TRUE(active);
    EXPECT_EQ(m_editor->text(), active->document);
    EXPECT_TRUE(m_editor->errors().isEmpty());
    EXPECT_FALSE(activateAction()->isEnabled()); // nothing previewed yet
    for (QAction* a : m_editor->actions()) {
        EXPECT_FALSE(a->shortcut().isEmpty()) << a->text().toStdString();
        EXPECT_TRUE(a->toolTip().contains(a->shortcut().toString(QKeySequence::NativeText))) << a->toolTip().toStdString();
    }
    for (QWidget* widget : m_editor->findChildren<QWidget*>()) {
        if (widget->focusPolicy() != Qt::NoFocus && widget->isVisible() && qobject_cast<QAbstractScrollArea*>(widget)) {
            EXPECT_FALSE(widget->accessibleName().isEmpty()) << widget->metaObject()->className();
        }
    }
}

TEST_F(PolicyEditorTest, TypingAnErrorListsItWhereTheCheckPlacesItAndFixingItClearsIt)
{
    const QString original = m_editor->text();
    // An unknown action word.
    replaceText(u"\"action\": \"escalate\""_s, u"\"action\": \"escalat\""_s);
    const PolicyDocument::CheckResult expected = PolicyDocument::check(m_editor->text().toUtf8(), u"policy"_s, QString());
    ASSERT_FALSE(expected.errors.isEmpty());
    ASSERT_EQ(m_editor->errors().size(), expected.errors.size());
    const Error& first = expected.errors.first();
    EXPECT_EQ(m_editor->errors().first().line(), first.line());
    EXPECT_EQ(m_editor->errors().first().column(), first.column());
    EXPECT_GT(first.line(), 0);

    auto* list = m_editor->findChild<QListWidget*>();
    ASSERT_TRUE(list);
    ASSERT_EQ(list->count(), expected.errors.size());
    EXPECT_TRUE(list->item(0)->text().contains(u"Line %1, column %2"_s.arg(first.line()).arg(first.column())))
        << list->item(0)->text().toStdString();
    EXPECT_FALSE(previewAction()->isEnabled() && m_editor->canActivate());

    // Clicking the problem moves the cursor there.
    m_editor->editor()->moveCursor(QTextCursor::Start);
    const QRect itemRect = list->visualItemRect(list->item(0));
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, itemRect.center());
    const QTextCursor cursor = m_editor->editor()->textCursor();
    EXPECT_EQ(cursor.blockNumber() + 1, first.line());
    EXPECT_EQ(cursor.positionInBlock() + 1, first.column());
    EXPECT_TRUE(m_editor->grab().save(artifactPath(u"policy-editor-error.png"_s)));

    // A closing brace removed: the check's own line and column again.
    replaceText(u"\"action\": \"escalat\""_s, u"\"action\": \"escalate\""_s);
    EXPECT_TRUE(m_editor->errors().isEmpty());
    EXPECT_EQ(list->count(), 0);
    const qsizetype lastBrace = m_editor->text().lastIndexOf(u'}');
    ASSERT_GT(lastBrace, 0);
    {
        QTextCursor edit(m_editor->editor()->document());
        edit.setPosition(int(lastBrace));
        QSignalSpy checked(m_editor.get(), &PolicyEditor::checked);
        edit.deleteChar();
        ASSERT_TRUE(checked.wait(5000));
    }
    const PolicyDocument::CheckResult broken = PolicyDocument::check(m_editor->text().toUtf8(), u"policy"_s, QString());
    ASSERT_FALSE(broken.errors.isEmpty());
    ASSERT_FALSE(m_editor->errors().isEmpty());
    EXPECT_EQ(m_editor->errors().first().line(), broken.errors.first().line());
    EXPECT_EQ(m_editor->errors().first().column(), broken.errors.first().column());
    EXPECT_EQ(m_editor->errors().first().message(), broken.errors.first().message());

    // Fixed: the list empties.
    {
        QTextCursor edit(m_editor->editor()->document());
        edit.setPosition(int(lastBrace));
        QSignalSpy checked(m_editor.get(), &PolicyEditor::checked);
        edit.insertText(u"}"_s);
        ASSERT_TRUE(checked.wait(5000));
    }
    EXPECT_EQ(m_editor->text(), original);
    EXPECT_TRUE(m_editor->errors().isEmpty());
    EXPECT_EQ(list->count(), 0);
}

TEST_F(PolicyEditorTest, PreviewShowsWhatWhatIfFindsAndActivateMakesThePolicyActive)
{
    // The first rule that responds escalates instead.
    replaceText(u"\"action\": \"respond\""_s, u"\"action\": \"escalate\""_s);
    ASSERT_TRUE(m_editor->errors().isEmpty()) << m_editor->errors().first().toString().toStdString();
    const QString candidate = m_editor->text();
    const Expected expected = whatIf(candidate);
    ASSERT_GT(expected.summary.changed, 0);

    preview();
    ASSERT_TRUE(m_editor->preview()) << "the preview failed";
    const PolicyEditor::Preview& shown = *m_editor->preview();
    EXPECT_EQ(shown.summary.comments, expected.summary.comments);
    EXPECT_EQ(shown.summary.changed, expected.summary.changed);
    ASSERT_EQ(shown.summary.transitions.size(), expected.summary.transitions.size());
    for (int i = 0; i < shown.summary.transitions.size(); ++i) {
        EXPECT_EQ(shown.summary.transitions[i].from, expected.summary.transitions[i].from);
        EXPECT_EQ(shown.summary.transitions[i].to, expected.summary.transitions[i].to);
        EXPECT_EQ(shown.summary.transitions[i].comments, expected.summary.transitions[i].comments);
        EXPECT_EQ(shown.summary.transitions[i].changed, expected.summary.transitions[i].changed);
    }
    QList<qint64> shownIds;
    for (const PolicyEditor::Change& change : shown.changes) {
        shownIds.append(change.commentId);
        EXPECT_EQ(change.after.action, Action::Escalate);
        ASSERT_TRUE(change.before);
        EXPECT_EQ(change.before->action, Action::Respond);
    }
    EXPECT_EQ(shownIds, expected.changedIds);

    // The tables show the same: one row per changed comment, and per action the counts before
    // and after.
    const QList<QTableWidget*> tables = m_editor->findChildren<QTableWidget*>();
    ASSERT_EQ(tables.size(), 2);
    QTableWidget* counts = tables[0]->columnCount() == 3 ? tables[0] : tables[1];
    QTableWidget* changes = counts == tables[0] ? tables[1] : tables[0];
    EXPECT_EQ(changes->rowCount(), expected.changedIds.size());
    EXPECT_EQ(changes->item(0, 0)->text(), QString::number(expected.changedIds.first()));
    std::map<QString, std::pair<qint64, qint64>> perAction;
    for (const auto& transition : expected.summary.transitions) {
        perAction[transition.from].first += transition.comments;
        perAction[transition.to].second += transition.comments;
    }
    ASSERT_EQ(counts->rowCount(), int(perAction.size()));
    for (int row = 0; row < counts->rowCount(); ++row) {
        const QString action = counts->item(row, 0)->data(Qt::UserRole).toString();
        ASSERT_TRUE(perAction.count(action)) << action.toStdString();
        EXPECT_EQ(counts->item(row, 1)->text(), QLocale().toString(perAction[action].first));
        EXPECT_EQ(counts->item(row, 2)->text(), QLocale().toString(perAction[action].second));
    }
    EXPECT_TRUE(m_editor->grab().save(artifactPath(u"policy-editor.png"_s)));

    // Activation needs the preview of this very text.
    ASSERT_TRUE(activateAction()->isEnabled());
    replaceText(u"\"queue\": \"general\""_s, u"\"queue\":  \"general\""_s);
    EXPECT_FALSE(activateAction()->isEnabled());
    replaceText(u"\"queue\":  \"general\""_s, u"\"queue\": \"general\""_s);
    EXPECT_TRUE(activateAction()->isEnabled()); // the very text previewed, again
    replaceText(u"\"queue\": \"general\""_s, u"\"queue\": \"general\" "_s);
    EXPECT_FALSE(activateAction()->isEnabled());
    preview();
    ASSERT_TRUE(activateAction()->isEnabled());
    const QString previewed = m_editor->text();

    // Cancelling the confirmation changes nothing; accepting activates.
    const auto answer = [](QMessageBox::StandardButton button) {
        QTimer::singleShot(0, [button] {
            auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
            ASSERT_TRUE(box);
            box->button(button)->click();
        });
    };
    answer(QMessageBox::Cancel);
    activateAction()->trigger();
    ASSERT_TRUE(QTest::qWaitFor([&] { return m_session->isIdle(); }));
    EXPECT_NE(activeVersion()->document, previewed);

    QSignalSpy activated(m_editor.get(), &PolicyEditor::activated);
    answer(QMessageBox::Yes);
    activateAction()->trigger();
    ASSERT_TRUE(activated.wait(10000));
    const std::optional<PolicyVersion> active = activeVersion();
    ASSERT_TRUE(active);
    EXPECT_EQ(active->document, previewed);
    EXPECT_EQ(active->createdBy, u"demo.supervisor"_s);
    EXPECT_FALSE(activateAction()->isEnabled()); // until the next preview
}

} // namespace moderation::test
