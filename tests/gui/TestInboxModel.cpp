#include "CommentBuilders.h"
#include "SessionFixture.h"
#include "TempDatabase.h"
#include "agent/InboxModel.h"
#include "storage/CommentStore.h"
#include "storage/DecisionStore.h"

#include <QAbstractItemModelTester>
#include <gtest/gtest.h>

using namespace Qt::StringLiterals;

namespace moderation::test {

namespace {

// QAbstractItemModelTester reports through qWarning; the test fails on any report.
QStringList g_modelWarnings;
void recordWarning(QtMsgType type, const QMessageLogContext&, const QString& message)
{
    if (type != QtDebugMsg && type != QtInfoMsg)
        g_modelWarnings.append(message);
}

class InboxModelTest : public EngineTest
{
protected:
    void SetUp() override
    {
        EngineTest::SetUp();
        if (HasFatalFailure())
            return; // no database: the failure says why
        g_modelWarnings.clear();
        m_previousHandler = qInstallMessageHandler(recordWarning);
        m_session = openSession(temp());
        ASSERT_TRUE(m_session);
    }
    void TearDown() override
    {
        qInstallMessageHandler(m_previousHandler);
        EXPECT_TRUE(g_modelWarnings.isEmpty()) << g_modelWarnings.join(u'\n').toStdString();
        m_session.reset();
        EngineTest::TearDown();
    }
    void store(const QList<Comment>& comments)
    {
        const auto stored = CommentStore(db()).ingest(comments);
        ASSERT_TRUE(stored.ok()) << stored.error().toString().toStdString();
    }

    Session& session() { return *m_session; }
    // The model reads on the store thread: a step is done when the store has answered.
    void settle() { ASSERT_TRUE(waitIdle(*m_session)); }

private:
    QtMessageHandler m_previousHandler = nullptr;
    std::unique_ptr<Session> m_session;
};

TEST_P(InboxModelTest, FetchesLazilyInPagesUntilItHoldsTheStoresCount)
{
    store(demoLikeComments(250));
    InboxModel model(session());
    settle();

    EXPECT_EQ(model.rowCount(), InboxModel::kDefaultPageSize);
    EXPECT_TRUE(model.canFetchMore({}));
    model.fetchMore({});
    settle();
    EXPECT_EQ(model.rowCount(), 2 * InboxModel::kDefaultPageSize);
    model.fetchMore({});
    settle();
    EXPECT_EQ(model.rowCount(), 250);
    EXPECT_FALSE(model.canFetchMore({}));

    const auto inStore = CommentStore(db()).count();
    ASSERT_TRUE(inStore.ok());
    EXPECT_EQ(model.matchingCount(), *inStore);
    EXPECT_EQ(model.rowCount(), *inStore);
}

TEST_P(InboxModelTest, CountsStopAtTheCapAndTheListStillReachesTheEnd)
{
    store(demoLikeComments(130));
    InboxModel model(session());
    model.setCountCap(60);
    model.setPageSize(40);
    model.reload();
    settle();
    // Counting read at most the cap (plus one, to know there are more).
    EXPECT_EQ(model.matchingCount(), 60);
    EXPECT_TRUE(model.matchingIsCapped());
    EXPECT_TRUE(model.storeIsCapped());
    while (model.canFetchMore({}) || model.isLoading()) {
        model.fetchMore({});
        settle();
    }
    // Scrolling to the end counted them all.
    EXPECT_EQ(model.rowCount(), 130);
    EXPECT_EQ(model.matchingCount(), 130);
    EXPECT_FALSE(model.matchingIsCapped());

    // A filter under the cap is counted exactly.
    CommentFilter filter;
    filter.platform = Platform::Facebook;
    model.setFilter(filter);
    settle();
    const auto facebook = CommentStore(db()).count(filter);
    ASSERT_TRUE(facebook.ok());
    ASSERT_LE(*facebook, 60);
    EXPECT_EQ(model.matchingCount(), *facebook);
    EXPECT_FALSE(model.matchingIsCapped());
}

TEST_P(InboxModelTest, ListsNewestFirstWithEveryCommentOnceAndPassesQtsModelChecks)
{
    store(demoLikeComments(130));
    InboxModel model(session());
    settle();
    model.setPageSize(40);
    model.reload();
    settle();
    // Qt's own consistency checks over the signals a lazily growing model sends.
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Warning);
    // A page already asked for (by the view, or Qt's model tester) counts as coming.
    while (model.canFetchMore({}) || model.isLoading()) {
        model.fetchMore({});
        settle();
    }
    ASSERT_EQ(model.rowCount(), 130);
    QSet<qint64> ids;
    for (int row = 0; row < model.rowCount(); ++row) {
        ids.insert(model.commentAt(row)->id);
        if (row > 0) {
            EXPECT_GE(model.commentAt(row - 1)->createdAt, model.commentAt(row)->createdAt) << "row " << row;
        }
    }
    EXPECT_EQ(ids.size(), 130);
}

TEST_P(InboxModelTest, FilterNarrowsTheRowsAndCountsOnlyTheMatches)
{
    store(demoLikeComments(120));
    InboxModel model(session());
    settle();
    CommentFilter filter;
    filter.textContains = u"green card"_s;
    model.setFilter(filter);
    settle();

    const auto matching = CommentStore(db()).count(filter);
    ASSERT_TRUE(matching.ok());
    ASSERT_GT(*matching, 0);
    EXPECT_EQ(model.matchingCount(), *matching);
    EXPECT_EQ(model.storeCount(), 120);
    EXPECT_EQ(model.rowCount(), *matching);
    for (int row = 0; row < model.rowCount(); ++row)
        EXPECT_TRUE(model.commentAt(row)->text.contains(u"green card"_s, Qt::CaseInsensitive));

    filter = {};
    filter.platform = Platform::Facebook;
    model.setFilter(filter);
    settle();
    ASSERT_GT(model.rowCount(), 0);
    for (int row = 0; row < model.rowCount(); ++row)
        EXPECT_EQ(model.commentAt(row)->platform, Platform::Facebook);
}

TEST_P(InboxModelTest, ReloadShowsCommentsStoredSinceItOpened)
{
    store(demoLikeComments(10));
    InboxModel model(session());
    settle();
    ASSERT_EQ(model.rowCount(), 10);

    QList<Comment> later = demoLikeComments(1, QDateTime(QDate(2026, 11, 3), QTime(9, 0), Qt::UTC));
    later[0].platformId = u"tw-later"_s;
    store(later);
    EXPECT_EQ(model.rowCount(), 10);
    model.reload();
    settle();
    EXPECT_EQ(model.rowCount(), 11);
    EXPECT_EQ(model.commentAt(0)->platformId, u"tw-later"_s);
}

TEST_P(InboxModelTest, ShowsPlatformAndAuthorAsTextAndMarkupOnlyEscaped)
{
    QList<Comment> comments = demoLikeComments(1);
    comments[0].text = kHostileText;
    comments[0].author.name = u"<i>Eve</i>"_s;
    comments[0].author.handle = u"eve"_s;
    store(comments);
    InboxModel model(session());
    settle();
    ASSERT_EQ(model.rowCount(), 1);

    EXPECT_EQ(model.index(0, InboxModel::PlatformColumn).data().toString(), u"X"_s);
    EXPECT_EQ(model.index(0, InboxModel::AuthorColumn).data().toString(), u"<i>Eve</i> (@eve)"_s);
    EXPECT_EQ(model.index(0, InboxModel::TextColumn).data().toString(), kHostileText);
    // Tool tips are the one place Qt guesses at rich text: the markup must arrive escaped.
    const QString tip = model.index(0, InboxModel::TextColumn).data(Qt::ToolTipRole).toString();
    EXPECT_FALSE(tip.contains(u"<img"_s)) << tip.toStdString();
    EXPECT_TRUE(tip.contains(u"&lt;img src=x onerror=alert(1)&gt;"_s)) << tip.toStdString();
    const QString authorTip = model.index(0, InboxModel::AuthorColumn).data(Qt::ToolTipRole).toString();
    EXPECT_FALSE(authorTip.contains(u"<i>"_s)) << authorTip.toStdString();
}

TEST_P(InboxModelTest, DecisionColumnShowsEachCommentsLatestDecisionOnEveryPage)
{
    store(demoLikeComments(90));
    const auto all = CommentStore(db()).list({}, std::nullopt, 1000);
    ASSERT_TRUE(all.ok());
    DecisionStore decisions(db());
    Decision respond;
    respond.ruleId = u"question"_s;
    respond.action = Action::Respond;
    Decision proposedHide;
    proposedHide.ruleId = u"spam"_s;
    proposedHide.action = Action::Hide;
    proposedHide.hideMode = HideMode::Proposed;
    QHash<qint64, QString> expected; // every third comment stays undecided
    for (qsizetype i = 0; i < all->size(); ++i) {
        const qint64 id = all->at(i).id;
        if (i % 3 == 0)
            continue;
        ASSERT_TRUE(decisions.record(id, respond, std::nullopt).ok());
        if (i % 3 == 2) {
            ASSERT_TRUE(decisions.record(id, proposedHide, std::nullopt).ok()); // the later one counts
            expected.insert(id, u"Hide (proposed)"_s);
        } else {
            expected.insert(id, u"Respond"_s);
        }
    }

    InboxModel model(session());
    settle();
    model.setPageSize(40);
    model.reload();
    settle();
    // A page already asked for (by the view, or Qt's model tester) counts as coming.
    while (model.canFetchMore({}) || model.isLoading()) {
        model.fetchMore({});
        settle();
    }
    ASSERT_EQ(model.rowCount(), 90);
    for (int row = 0; row < model.rowCount(); ++row) {
        const qint64 id = model.commentAt(row)->id;
        EXPECT_EQ(model.index(row, InboxModel::DecisionColumn).data().toString(), expected.value(id))
            << "row " << row;
        EXPECT_EQ(model.decisionAt(row) != nullptr, expected.contains(id)) << "row " << row;
    }
}

MODERATION_INSTANTIATE_ENGINES(InboxModelTest);

} // namespace

} // namespace moderation::test
