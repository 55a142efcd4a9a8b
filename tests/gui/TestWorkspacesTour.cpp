// The whole window as each demo person sees it: every workspace visited, its interactive controls
// named for a screen reader, untrusted markup shown as the characters it is, no store call on the
// GUI thread, and a screenshot of each person's first workspace for the README.
#include "DeskSession.h"
#include "MainWindow.h"
#include "SessionFixture.h"
#include "Translations.h"
#include "agent/InboxWidget.h"
#include "model/Comment.h"
#include "storage/CaseStore.h"
#include "storage/CommentStore.h"

#include <QAbstractButton>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QTabWidget>
#include <QTest>
#include <gtest/gtest.h>

using namespace Qt::StringLiterals;

namespace moderation::test {

namespace {

const QString kMarkup = u"<b>bold</b><script>alert(1)</script><img src=x>"_s;

QString artifactPath(const QString& name)
{
    QString folder = qEnvironmentVariable("MODERATION_TEST_ARTIFACTS");
    if (folder.isEmpty())
        folder = QDir::temp().filePath(u"moderation-test-artifacts"_s);
    QDir().mkpath(folder);
    return QDir(folder).filePath(name);
}

class WorkspacesTour : public ::testing::TestWithParam<const char*>
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(Translations::install(*qApp, u"en"_s));
        m_temp = std::make_unique<TempDatabase>(Engine::Sqlite);
        m_session = openDemoSession(*m_temp, QString::fromLatin1(GetParam()));
        ASSERT_TRUE(m_session);
        // A comment whose author and text are markup, with a case waiting in a queue.
        Comment hostile;
        hostile.platform = Platform::Facebook;
        hostile.platformId = u"fb-markup"_s;
        hostile.source = Source::PageComment;
        hostile.author.id = u"m1"_s;
        hostile.author.name = u"<i>Mallory</i>"_s;
        hostile.text = kMarkup;
        hostile.createdAt = QDateTime::currentDateTimeUtc();
        hostile.conversationId = u"fb-markup"_s;
        auto stored = CommentStore(m_temp->db()).ingest({ hostile });
        ASSERT_TRUE(stored.ok()) << stored.error().toString().toStdString();
        const qint64 id = CommentStore(m_temp->db()).byPlatformId(Platform::Facebook, u"fb-markup"_s).value().id;
        ASSERT_TRUE(CaseStore(m_temp->db())
                        .open(id, std::nullopt, u"general"_s, Priority::Urgent, std::nullopt, u"test"_s)
                        .ok());
        Database::forbidThread(QThread::currentThread());
    }
    void TearDown() override
    {
        Database::forbidThread(nullptr);
        m_window.reset();
        m_session.reset();
        m_temp.reset();
    }

    std::unique_ptr<TempDatabase> m_temp;
    std::unique_ptr<Session> m_session;
    std::unique_ptr<MainWindow> m_window;
};

TEST_P(WorkspacesTour, EveryWorkspaceIsNamedShowsMarkupLiterallyAndNeverTouchesTheStoreOnTheGuiThread)
{
    m_window = std::make_unique<MainWindow>(*m_session);
    m_window->resize(1400, 900);
    m_window->show();
    QApplication::setActiveWindow(m_window.get());
    ASSERT_TRUE(QTest::qWaitForWindowExposed(m_window.get()));
    ASSERT_TRUE(waitIdle(*m_session));
    QTabWidget* tabs = m_window->workspaces();
    ASSERT_GE(tabs->count(), 3) << "the person's workspaces, every comment and the settings";

    // The first workspace is where the person starts: the README shows it.
    const QString login = QString::fromLatin1(GetParam());
    const QString shotName = u"desk-%1.png"_s.arg(login.section(u'.', 1));
    EXPECT_TRUE(m_window->grab().save(artifactPath(shotName)));

    int markupShown = 0;
    for (int index = 0; index < tabs->count(); ++index) {
        // Ctrl+1 … goes there from the keyboard.
        QTest::keyClick(m_window.get(), Qt::Key(Qt::Key_1 + index), Qt::ControlModifier);
        ASSERT_EQ(tabs->currentIndex(), index);
        ASSERT_TRUE(waitIdle(*m_session));
        QWidget* page = tabs->currentWidget();
        if (page->objectName() == u"comments"_s) {
            auto* inbox = qobject_cast<InboxWidget*>(page);
            ASSERT_NE(inbox, nullptr);
            inbox->selectRow(0); // the newest: the markup comment
        }
        QApplication::processEvents();
        for (QWidget* widget : page->findChildren<QWidget*>()) {
            if (!widget->isVisibleTo(page) || !widget->isEnabled() || !(widget->focusPolicy() & Qt::TabFocus))
                continue;
            // A spin box's or an editable combo box's own line edit is announced as that control:
            // the name to check is the control's.
            if (qobject_cast<QAbstractSpinBox*>(widget->parentWidget())
                || qobject_cast<QComboBox*>(widget->parentWidget()))
                widget = widget->parentWidget();
            QAccessibleInterface* accessible = QAccessible::queryAccessibleInterface(widget);
            ASSERT_NE(accessible, nullptr);
            QString name = accessible->text(QAccessible::Name).trimmed();
            if (auto* button = qobject_cast<QAbstractButton*>(widget); button && name.isEmpty())
                name = button->text();
            EXPECT_FALSE(name.isEmpty()) << page->objectName().toStdString() << ": an unnamed "
                                         << widget->metaObject()->className() << " "
                                         << widget->objectName().toStdString();
        }
        for (QLabel* label : page->findChildren<QLabel*>()) {
            if (label->text().contains(u"<script>"_s) || label->text().contains(u"<i>Mallory"_s)) {
                ++markupShown;
                EXPECT_EQ(label->textFormat(), Qt::PlainText)
                    << page->objectName().toStdString() << ": " << label->text().toStdString();
            }
        }
    }
    EXPECT_GE(markupShown, 1) << "the markup comment is shown somewhere, literally";
    EXPECT_EQ(Database::forbiddenThreadCalls(), 0);
}

INSTANTIATE_TEST_SUITE_P(DemoPeople, WorkspacesTour,
    ::testing::Values("demo.agent", "demo.reviewer", "demo.supervisor"),
    [](const ::testing::TestParamInfo<const char*>& info) { return std::string(info.param).substr(5); });

} // namespace

} // namespace moderation::test
