#include "SessionFixture.h"
#include "Translations.h"
#include "storage/AnswerStore.h"
#include "storage/UserStore.h"
#include "supervisor/AnswerLibraryEditor.h"
#include "sync/DemoLoader.h"

#include <QAction>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <gtest/gtest.h>

using namespace Qt::StringLiterals;

namespace moderation::test {

namespace {

class AnswerLibraryEditorTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(Translations::install(*qApp, u"en"_s));
        m_temp = std::make_unique<TempDatabase>(Engine::Sqlite);
        ASSERT_TRUE(m_temp->setupError().isEmpty()) << m_temp->setupError().toStdString();
        ASSERT_TRUE(DemoLoader::load(m_temp->db()).ok());
        m_session = openSession(*m_temp);
        ASSERT_TRUE(m_session);
        m_session->setUser(UserStore(m_temp->db()).byLogin(u"demo.supervisor"_s).value());
        Database::forbidThread(QThread::currentThread());
        m_editor = std::make_unique<AnswerLibraryEditor>(*m_session);
        m_editor->resize(1100, 700);
        m_editor->show();
        ASSERT_TRUE(waitIdle(*m_session));
    }
    void TearDown() override
    {
        if (m_session) {
            EXPECT_EQ(Database::forbiddenThreadCalls(), 0);
        }
        Database::forbidThread(nullptr);
        m_editor.reset();
        m_session.reset();
        m_temp.reset();
    }
    Answer stored(const QString& key) { return AnswerStore(m_temp->db()).byKey(key).value(); }

    std::unique_ptr<TempDatabase> m_temp;
    std::unique_ptr<Session> m_session;
    std::unique_ptr<AnswerLibraryEditor> m_editor;
};

TEST_F(AnswerLibraryEditorTest, ListsTheLibraryAndSavesAChangeAsANewVersion)
{
    const QList<Answer> library = AnswerStore(m_temp->db()).list().value();
    ASSERT_FALSE(library.isEmpty());
    EXPECT_EQ(m_editor->list()->rowCount(), library.size());

    m_editor->list()->setCurrentCell(0, 0);
    const QString key = m_editor->keyField()->text();
    const Answer before = stored(key);
    EXPECT_EQ(m_editor->bodyField()->toPlainText(), before.body);
    EXPECT_TRUE(m_editor->keyField()->isReadOnly());

    // A variable the library does not know: said as it is typed, and Save is off.
    m_editor->bodyField()->setPlainText(u"Hello {{nmae}}, see {{link}}."_s);
    EXPECT_TRUE(m_editor->checkText().contains(u"{{nmae}}"_s)) << m_editor->checkText().toStdString();
    EXPECT_FALSE(m_editor->saveAction()->isEnabled());

    m_editor->bodyField()->setPlainText(u"Hello {{name}}, <b>see</b> {{link}}."_s);
    EXPECT_TRUE(m_editor->saveAction()->isEnabled());
    // Filled for the sample person, and the markup stays characters.
    EXPECT_TRUE(m_editor->previewText().startsWith(u"Hello María, <b>see</b> "_s)) << m_editor->previewText().toStdString();
    QTest::keyClick(m_editor->bodyField(), Qt::Key_S, Qt::ControlModifier);
    ASSERT_TRUE(waitIdle(*m_session));
    EXPECT_EQ(m_editor->messageText(), u"Saved a new version of %1; the earlier one is kept."_s.arg(key));

    Database::forbidThread(nullptr); // the test's own reads
    const Answer after = stored(key);
    EXPECT_EQ(after.body, u"Hello {{name}}, <b>see</b> {{link}}."_s);
    EXPECT_EQ(after.version, before.version + 1);
    EXPECT_EQ(after.updatedBy, u"demo.supervisor"_s);
    EXPECT_EQ(AnswerStore(m_temp->db()).versionsOf(key).value().last().body, before.body);
    Database::forbidThread(QThread::currentThread());
}

TEST_F(AnswerLibraryEditorTest, AddsANewAnswerAndImportsAFileOrSaysWhereItIsWrong)
{
    QTest::keyClick(m_editor.get(), Qt::Key_N, Qt::ControlModifier | Qt::ShiftModifier);
    EXPECT_FALSE(m_editor->keyField()->isReadOnly());
    EXPECT_TRUE(m_editor->keyField()->hasFocus());
    QTest::keyClicks(m_editor->keyField(), u"desk-test-thanks"_s);
    m_editor->titleField()->setText(u"Thanks for joining"_s);
    m_editor->bodyField()->setPlainText(u"Thank you for joining our office hours, {{name}}."_s);
    m_editor->saveAction()->trigger();
    ASSERT_TRUE(waitIdle(*m_session));
    EXPECT_EQ(m_editor->messageText(), u"Added the answer desk-test-thanks."_s);

    QTemporaryDir dir;
    const QString bad = dir.filePath(u"bad.csv"_s);
    QFile file(bad);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write("key,title,body,lang,category\nok-one,One,Fine text,en,general\n,Two,No key here,en,general\n");
    file.close();
    m_editor->importFile(bad);
    ASSERT_TRUE(waitIdle(*m_session));
    EXPECT_TRUE(m_editor->messageText().contains(u"bad.csv:3:"_s)) << m_editor->messageText().toStdString();
    EXPECT_TRUE(m_editor->messageText().contains(u"bad.csv"_s)) << m_editor->messageText().toStdString();

    const QString good = dir.filePath(u"good.csv"_s);
    QFile goodFile(good);
    ASSERT_TRUE(goodFile.open(QIODevice::WriteOnly));
    goodFile.write("key,title,body,lang,category\nok-one,One,Fine text,en,general\n");
    goodFile.close();
    m_editor->importFile(good);
    ASSERT_TRUE(waitIdle(*m_session));
    EXPECT_EQ(m_editor->messageText(), u"Imported: 1 added, 0 changed, 0 unchanged."_s);

    Database::forbidThread(nullptr);
    EXPECT_EQ(stored(u"desk-test-thanks"_s).title, u"Thanks for joining"_s);
    EXPECT_EQ(stored(u"ok-one"_s).body, u"Fine text"_s);
    Database::forbidThread(QThread::currentThread());
}

} // namespace

} // namespace moderation::test
