#include "CommentBuilders.h"
#include "MockClock.h"
#include "StoreReads.h"
#include "TempDatabase.h"

#include "storage/CommentStore.h"

using namespace Qt::StringLiterals;
using namespace moderation;
using namespace moderation::test;

namespace {

// An X search result in English, `minute` minutes after the test's start.
Comment makeComment(const QString& id, const QString& text, int minute = 0)
{
    return tweet(id, text).source(Source::Search).lang(u"en"_s).at(kTestTime.addSecs(60 * minute));
}

} // namespace

class CommentStoreTest : public ClockedEngineTest
{
};

TEST_P(CommentStoreTest, IngestStoresEveryFieldAndTheRawJson)
{
    CommentStore store(db());
    Comment comment = makeComment(u"1850000000000000001"_s, u"¿Cuánto tarda el I-485? 🙏"_s);
    comment.author.name = u"<b>Ana</b>"_s;
    comment.parentId = u"1849999999999999999"_s;
    auto result = store.ingest({ comment });
    ASSERT_TRUE(result.ok()) << result.error().toString().toStdString();
    EXPECT_EQ(result->inserted, 1);

    auto stored = store.byPlatformId(Platform::Twitter, comment.platformId);
    ASSERT_TRUE(stored.ok());
    EXPECT_EQ(stored->text, comment.text);
    EXPECT_EQ(stored->author.name, u"<b>Ana</b>"_s);
    EXPECT_EQ(stored->author.handle, u"citizen"_s);
    EXPECT_EQ(stored->source, Source::Search);
    EXPECT_EQ(stored->createdAt, comment.createdAt);
    EXPECT_EQ(stored->parentId, comment.parentId);
    EXPECT_EQ(stored->rawJson, comment.rawJson);
    EXPECT_FALSE(stored->removed);
}

TEST_P(CommentStoreTest, IngestingTheSamePageAgainChangesNothing)
{
    CommentStore store(db());
    const QList<Comment> page { makeComment(u"1"_s, u"first"_s), makeComment(u"2"_s, u"second"_s, 1) };
    auto first = store.ingest(page);
    ASSERT_TRUE(first.ok()) << first.error().toString().toStdString();
    const auto auditBefore = auditCount(db());
    const auto storedBefore = store.byPlatformId(Platform::Twitter, u"1"_s);

    m_clock.advance(3600);
    auto again = store.ingest(page);
    ASSERT_TRUE(again.ok()) << again.error().toString().toStdString();
    EXPECT_EQ(again->inserted, 0);
    EXPECT_EQ(again->unchanged, 2);
    EXPECT_EQ(*store.count(), 2);
    EXPECT_EQ(auditCount(db()), auditBefore);
    auto storedAfter = db().exec(u"SELECT updated_at FROM comments WHERE platform_id = '1'"_s);
    ASSERT_TRUE(storedAfter.ok() && storedAfter->next());
    EXPECT_EQ(storedAfter->value(0).toDateTime().toUTC(), QDateTime(QDate(2026, 11, 2), QTime(14, 0), Qt::UTC));
    EXPECT_EQ(storedBefore->text, u"first"_s);
}

TEST_P(CommentStoreTest, EditedCommentUpdatesRowAndKeepsHistory)
{
    CommentStore store(db());
    ASSERT_TRUE(store.ingest({ makeComment(u"7"_s, u"My receipt is IOE0912345678"_s) }).ok());
    auto edited = store.ingest({ makeComment(u"7"_s, u"My receipt is [removed]"_s) });
    ASSERT_TRUE(edited.ok());
    EXPECT_EQ(edited->edited, 1);
    auto stored = store.byPlatformId(Platform::Twitter, u"7"_s);
    EXPECT_EQ(stored->text, u"My receipt is [removed]"_s);
    auto history = store.history(stored->id);
    ASSERT_TRUE(history.ok());
    EXPECT_EQ(*history, QStringList { u"My receipt is IOE0912345678"_s });
}

TEST_P(CommentStoreTest, RemovedCommentIsMarkedNotDeleted)
{
    CommentStore store(db());
    ASSERT_TRUE(store.ingest({ makeComment(u"9"_s, u"soon gone"_s) }).ok());
    Comment removed = makeComment(u"9"_s, u"soon gone"_s);
    removed.removed = true;
    auto result = store.ingest({ removed });
    ASSERT_TRUE(result.ok());
    EXPECT_EQ(result->removed, 1);
    auto stored = store.byPlatformId(Platform::Twitter, u"9"_s);
    EXPECT_TRUE(stored->removed);
    EXPECT_EQ(stored->text, u"soon gone"_s);
}

TEST_P(CommentStoreTest, BadCommentInPageStoresNothingOfThatPage)
{
    CommentStore store(db());
    ASSERT_TRUE(store.ingest({ makeComment(u"1"_s, u"kept"_s) }).ok());
    Comment broken = makeComment(u"3"_s, u"no time"_s);
    broken.createdAt = {};
    auto result = store.ingest({ makeComment(u"2"_s, u"would be new"_s), broken });
    ASSERT_FALSE(result.ok());
    EXPECT_EQ(result.error().code(), Error::Code::InvalidInput);
    EXPECT_EQ(result.error().recordId(), u"3"_s);
    EXPECT_EQ(*store.count(), 1); // the page rolled back; what was stored before stays
}

TEST_P(CommentStoreTest, ListIsNewestFirstAndPages)
{
    CommentStore store(db());
    QList<Comment> page;
    for (int i = 0; i < 25; ++i)
        page.append(makeComment(QString::number(100 + i), u"comment %1"_s.arg(i), i));
    ASSERT_TRUE(store.ingest(page).ok());
    auto first = store.list({}, 0, 10);
    ASSERT_TRUE(first.ok());
    ASSERT_EQ(first->size(), 10);
    EXPECT_EQ(first->constFirst().text, u"comment 24"_s);
    auto last = store.list({}, 20, 10);
    ASSERT_EQ(last->size(), 5);
    EXPECT_EQ(last->constLast().text, u"comment 0"_s);
}

TEST_P(CommentStoreTest, FilterTreatsUserTextAsDataNotSql)
{
    CommentStore store(db());
    ASSERT_TRUE(store.ingest({ makeComment(u"1"_s, u"Green card question"_s),
                               makeComment(u"2"_s, u"100% sure it's late'); DROP TABLE comments;--"_s, 1) })
                    .ok());
    CommentFilter filter;
    filter.textContains = u"GREEN"_s;
    EXPECT_EQ(*store.count(filter), 1);
    filter.textContains = u"'); DROP TABLE comments;--"_s;
    EXPECT_EQ(*store.count(filter), 1);
    EXPECT_EQ(*store.count(), 2);
}

MODERATION_INSTANTIATE_ENGINES(CommentStoreTest);
