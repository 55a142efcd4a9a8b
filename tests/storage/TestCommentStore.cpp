#include "CommentBuilders.h"
#include "MockClock.h"
#include "StoreReads.h"
#include "TempDatabase.h"

#include "storage/CommentStore.h"

#include <QSet>

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
    auto first = store.list({}, std::nullopt, 10);
    ASSERT_TRUE(first.ok());
    ASSERT_EQ(first->size(), 10);
    EXPECT_EQ(first->constFirst().text, u"comment 24"_s);
    auto second = store.list({}, CommentStore::cursorOf(first->constLast()), 10);
    ASSERT_TRUE(second.ok());
    ASSERT_EQ(second->size(), 10);
    EXPECT_EQ(second->constFirst().text, u"comment 14"_s);
    auto last = store.list({}, CommentStore::cursorOf(second->constLast()), 10);
    ASSERT_TRUE(last.ok());
    ASSERT_EQ(last->size(), 5);
    EXPECT_EQ(last->constLast().text, u"comment 0"_s);
}

// Keyset pages: comments at the same instant are ordered by id and none is lost or repeated
// across a page boundary, and comments stored after the first page (newer ones) do not shift
// older ones into the next page twice, as OFFSET did.
TEST_P(CommentStoreTest, PagesByKeyNeitherRepeatNorSkipAcrossEqualTimesOrNewComments)
{
    CommentStore store(db());
    QList<Comment> page;
    for (int i = 0; i < 12; ++i)
        page.append(makeComment(QString::number(200 + i), u"same minute %1"_s.arg(i), i / 4)); // 4 a minute
    ASSERT_TRUE(store.ingest(page).ok());

    QList<qint64> seen;
    std::optional<CommentCursor> cursor;
    for (int round = 0; round < 10; ++round) {
        auto next = store.list({}, cursor, 5);
        ASSERT_TRUE(next.ok()) << next.error().toString().toStdString();
        for (const Comment& c : *next)
            seen.append(c.id);
        if (next->size() < 5)
            break;
        cursor = CommentStore::cursorOf(next->constLast());
        if (round == 0) { // newer than anything listed: belongs before the first page, not in the next
            ASSERT_TRUE(store.ingest({ makeComment(u"999"_s, u"newer"_s, 30) }).ok());
        }
    }
    ASSERT_EQ(seen.size(), 12);
    EXPECT_EQ(QSet<qint64>(seen.cbegin(), seen.cend()).size(), 12);
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

TEST_P(CommentStoreTest, ConversationListsTheThreadOldestFirstOnItsPlatformOnly)
{
    CommentStore store(db());
    auto stored = store.ingest(QList<Comment> { tweet(u"t2"_s, u"second"_s).at(kTestTime.addSecs(120)).conversation(u"t1"_s),
                                 tweet(u"t1"_s, u"first"_s).at(kTestTime.addSecs(60)).conversation(u"t1"_s),
                                 tweet(u"t3"_s, u"other thread"_s).at(kTestTime.addSecs(180)).conversation(u"t9"_s),
                                 pageComment(u"t1_x"_s, u"same id on Facebook"_s).conversation(u"t1"_s) });
    ASSERT_TRUE(stored.ok()) << stored.error().toString().toStdString();

    auto thread = store.inConversation(Platform::Twitter, u"t1"_s, 10);
    ASSERT_TRUE(thread.ok()) << thread.error().toString().toStdString();
    ASSERT_EQ(thread->size(), 2);
    EXPECT_EQ(thread->at(0).text, u"first"_s);
    EXPECT_EQ(thread->at(1).text, u"second"_s);
    EXPECT_EQ(store.inConversation(Platform::Twitter, u"t1"_s, 1)->size(), 1);
    EXPECT_TRUE(store.inConversation(Platform::Twitter, QString(), 10)->isEmpty());
}

TEST_P(CommentStoreTest, ByAuthorListsTheAuthorsLatestCommentsNewestFirst)
{
    CommentStore store(db());
    auto stored = store.ingest(QList<Comment> { tweet(u"a1"_s, u"older"_s).at(kTestTime.addSecs(60)).by(u"42"_s, u"ana"_s),
                                 tweet(u"a2"_s, u"newer"_s).at(kTestTime.addSecs(300)).by(u"42"_s, u"ana"_s),
                                 tweet(u"b1"_s, u"someone else"_s).at(kTestTime.addSecs(180)).by(u"43"_s, u"bo"_s) });
    ASSERT_TRUE(stored.ok()) << stored.error().toString().toStdString();

    auto latest = store.byAuthor(Platform::Twitter, u"42"_s, 10);
    ASSERT_TRUE(latest.ok()) << latest.error().toString().toStdString();
    ASSERT_EQ(latest->size(), 2);
    EXPECT_EQ(latest->at(0).text, u"newer"_s);
    EXPECT_EQ(latest->at(1).text, u"older"_s);
    EXPECT_TRUE(store.byAuthor(Platform::Facebook, u"42"_s, 10)->isEmpty());
}
