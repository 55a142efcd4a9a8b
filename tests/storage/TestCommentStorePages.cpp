// CommentStore::ingest with pages as connectors deliver them: large, mixed, with repeats, and
// with a row the database refuses.
#include "CommentBuilders.h"
#include "MockClock.h"
#include "StoreReads.h"
#include "TempDatabase.h"

#include "storage/AccountStore.h"
#include "storage/CommentStore.h"

using namespace Qt::StringLiterals;
using namespace moderation;
using namespace moderation::test;

namespace {

// Spread over the day by id, so that pages hold comments of many times.
Comment spreadTweet(const QString& id, const QString& text)
{
    return tweet(id, text).at(kTestTime.addSecs(id.toLongLong() % 86400));
}

int auditRows(Database& db)
{
    return int(auditCount(db));
}

} // namespace

class CommentStorePagesTest : public ClockedEngineTest
{
};

TEST_P(CommentStorePagesTest, LargePageReturnsEveryNewIdInPageOrder)
{
    // 300 rows: more than one multi-row statement, and a tail that is not a round number.
    QList<Comment> page;
    for (int i = 0; i < 300; ++i)
        page.append(spreadTweet(QString::number(5000 + (i * 7919) % 300), u"comment %1"_s.arg(i)));
    CommentStore store(db());
    auto result = store.ingest(page);
    ASSERT_TRUE(result.ok()) << result.error().toString().toStdString();
    EXPECT_EQ(result->inserted, 300);
    ASSERT_EQ(result->insertedIds.size(), 300);
    for (int i = 0; i < page.size(); ++i) {
        auto stored = store.byId(result->insertedIds.at(i));
        ASSERT_TRUE(stored.ok()) << stored.error().toString().toStdString();
        EXPECT_EQ(stored->platformId, page.at(i).platformId);
        EXPECT_EQ(stored->text, page.at(i).text);
    }
    EXPECT_EQ(*store.count(), 300);
}

TEST_P(CommentStorePagesTest, PageMixingNewStoredEditedAndRemovedCountsEachOnce)
{
    CommentStore store(db());
    ASSERT_TRUE(store.ingest({ spreadTweet(u"1"_s, u"kept"_s), spreadTweet(u"2"_s, u"to edit"_s), spreadTweet(u"3"_s, u"to remove"_s) })
                    .ok());
    const int auditBefore = auditRows(db());
    Comment removed = spreadTweet(u"3"_s, u"to remove"_s);
    removed.removed = true;
    auto result = store.ingest(
        { spreadTweet(u"10"_s, u"new"_s), spreadTweet(u"1"_s, u"kept"_s), spreadTweet(u"2"_s, u"edited"_s), removed, spreadTweet(u"11"_s, u"new too"_s) });
    ASSERT_TRUE(result.ok()) << result.error().toString().toStdString();
    EXPECT_EQ(result->inserted, 2);
    EXPECT_EQ(result->edited, 1);
    EXPECT_EQ(result->removed, 1);
    EXPECT_EQ(result->unchanged, 1);
    ASSERT_EQ(result->insertedIds.size(), 2);
    EXPECT_EQ(result->insertedIds.at(0), store.byPlatformId(Platform::Twitter, u"10"_s)->id);
    EXPECT_EQ(result->insertedIds.at(1), store.byPlatformId(Platform::Twitter, u"11"_s)->id);
    EXPECT_EQ(store.byPlatformId(Platform::Twitter, u"2"_s)->text, u"edited"_s);
    EXPECT_TRUE(store.byPlatformId(Platform::Twitter, u"3"_s)->removed);
    EXPECT_EQ(auditRows(db()), auditBefore + 1);
}

TEST_P(CommentStorePagesTest, CommentTwiceInOnePageIsStoredOnceThenEdited)
{
    CommentStore store(db());
    auto result = store.ingest({ spreadTweet(u"7"_s, u"first"_s), spreadTweet(u"8"_s, u"other"_s), spreadTweet(u"7"_s, u"second"_s),
                                 spreadTweet(u"7"_s, u"first"_s) });
    ASSERT_TRUE(result.ok()) << result.error().toString().toStdString();
    EXPECT_EQ(result->inserted, 2);
    EXPECT_EQ(result->edited, 1);
    EXPECT_EQ(result->unchanged, 1); // the third copy is the text before the edit: stale
    auto stored = store.byPlatformId(Platform::Twitter, u"7"_s);
    ASSERT_TRUE(stored.ok());
    EXPECT_EQ(stored->text, u"second"_s);
    EXPECT_EQ(store.history(stored->id).value(), QStringList { u"first"_s });
    EXPECT_EQ(result->insertedIds.value(0), stored->id);
}

TEST_P(CommentStorePagesTest, SamePlatformIdOnTwoPlatformsIsTwoComments)
{
    Comment onFacebook = spreadTweet(u"42"_s, u"on facebook"_s);
    onFacebook.platform = Platform::Facebook;
    onFacebook.source = Source::PageComment;
    CommentStore store(db());
    auto result = store.ingest({ spreadTweet(u"42"_s, u"on x"_s), onFacebook });
    ASSERT_TRUE(result.ok()) << result.error().toString().toStdString();
    EXPECT_EQ(result->inserted, 2);
    EXPECT_EQ(store.byPlatformId(Platform::Facebook, u"42"_s)->text, u"on facebook"_s);
    EXPECT_EQ(store.byPlatformId(Platform::Twitter, u"42"_s)->text, u"on x"_s);
}

TEST_P(CommentStorePagesTest, CommentsNamingAnAccountAreLinkedToIt)
{
    Account account;
    account.platform = Platform::Twitter;
    account.name = u"agency-x"_s;
    account.externalId = u"99"_s;
    ASSERT_TRUE(AccountStore(db()).add(account).ok());
    QList<Comment> page { spreadTweet(u"1"_s, u"a"_s), spreadTweet(u"2"_s, u"b"_s), spreadTweet(u"3"_s, u"c"_s) };
    page[0].accountName = u"agency-x"_s;
    page[1].accountName = u"no-such-account"_s;
    page[2].accountName = u"agency-x"_s;
    CommentStore store(db());
    ASSERT_TRUE(store.ingest(page).ok());
    EXPECT_EQ(store.byPlatformId(Platform::Twitter, u"1"_s)->accountName, u"agency-x"_s);
    EXPECT_EQ(store.byPlatformId(Platform::Twitter, u"2"_s)->accountName, QString());
    EXPECT_EQ(store.byPlatformId(Platform::Twitter, u"3"_s)->accountName, u"agency-x"_s);
}

TEST_P(CommentStorePagesTest, RowTheDatabaseRefusesNamesItselfAndStoresNothingOfThePage)
{
    // A guard the schema does not have, standing in for any refusal of one row.
    if (GetParam() == Engine::Sqlite) {
        ASSERT_FALSE(db().execRaw(u"CREATE TRIGGER refuse_bad BEFORE INSERT ON comments WHEN NEW.text = 'bad' "
                                  "BEGIN SELECT RAISE(ABORT, 'refused'); END"_s)
                         .isError());
    } else {
        ASSERT_FALSE(db().execRaw(u"CREATE FUNCTION refuse_bad() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
                                  "IF NEW.text = 'bad' THEN RAISE EXCEPTION 'refused'; END IF; RETURN NEW; END $$"_s)
                         .isError());
        ASSERT_FALSE(db().execRaw(u"CREATE TRIGGER refuse_bad BEFORE INSERT ON comments FOR EACH ROW "
                                  "EXECUTE FUNCTION refuse_bad()"_s)
                         .isError());
    }
    CommentStore store(db());
    ASSERT_TRUE(store.ingest({ spreadTweet(u"1"_s, u"before"_s) }).ok());
    const int auditBefore = auditRows(db());

    QList<Comment> page;
    for (int i = 0; i < 20; ++i)
        page.append(spreadTweet(QString::number(100 + i), i == 13 ? u"bad"_s : u"fine"_s));
    auto refused = store.ingest(page);
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().code(), Error::Code::Refused);
    EXPECT_EQ(refused.error().recordId(), u"113"_s);
    EXPECT_EQ(*store.count(), 1);
    EXPECT_EQ(auditRows(db()), auditBefore);

    page.removeAt(13);
    auto stored = store.ingest(page);
    ASSERT_TRUE(stored.ok()) << stored.error().toString().toStdString();
    EXPECT_EQ(stored->inserted, 19);
    EXPECT_EQ(*store.count(), 20);
}

MODERATION_INSTANTIATE_ENGINES(CommentStorePagesTest);
