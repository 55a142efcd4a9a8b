// Our own posts read back, and X edits that arrive under a new post id: both on both engines.
#include "CommentBuilders.h"
#include "MockClock.h"
#include "StoreReads.h"
#include "TempDatabase.h"

#include "storage/CommentStore.h"

using namespace Qt::StringLiterals;
using namespace moderation;
using namespace moderation::test;

namespace {

const QString kOriginal = u"1850000000000000100"_s;
const QString kFirstEdit = u"1850000000000000200"_s;
const QString kSecondEdit = u"1850000000000000300"_s;

class CommentStoreXEditsTest : public ClockedEngineTest
{
protected:
    qint64 storeOriginal()
    {
        auto stored = CommentStore(db()).ingest({ tweet(kOriginal, u"When is the I-485 interview?"_s) });
        EXPECT_TRUE(stored.ok()) << stored.error().toString().toStdString();
        return stored.ok() ? stored->insertedIds.value(0) : 0;
    }
    qint64 countRows(const QString& table)
    {
        auto q = db().exec(u"SELECT COUNT(*) FROM "_s + table);
        EXPECT_TRUE(q.ok() && q->next());
        return q.ok() ? q->value(0).toLongLong() : -1;
    }
};

} // namespace

TEST_P(CommentStoreXEditsTest, OurOwnPostIsStoredButNeverUndecided)
{
    CommentStore store(db());
    auto stored = store.ingest({ tweet(u"1850000000000000901"_s, u"Thanks for asking: see uscis.gov."_s).ours(),
                                 tweet(u"1850000000000000902"_s, u"And my question?"_s) });
    ASSERT_TRUE(stored.ok()) << stored.error().toString().toStdString();
    ASSERT_EQ(stored->inserted, 2);
    auto ours = store.byPlatformId(Platform::Twitter, u"1850000000000000901"_s);
    ASSERT_TRUE(ours.ok()) << ours.error().toString().toStdString();
    EXPECT_TRUE(ours->ours);
    EXPECT_FALSE(store.byPlatformId(Platform::Twitter, u"1850000000000000902"_s).value().ours);

    auto undecided = store.undecided(100);
    ASSERT_TRUE(undecided.ok()) << undecided.error().toString().toStdString();
    ASSERT_EQ(undecided->size(), 1);
    EXPECT_EQ(undecided->first().platformId, u"1850000000000000902"_s);
}

TEST_P(CommentStoreXEditsTest, AnEditUnderANewIdUpdatesTheStoredComment)
{
    const qint64 id = storeOriginal();
    const auto events = auditCount(db());
    m_clock.advance(60);

    CommentStore store(db());
    auto edited = store.ingest({ tweet(kFirstEdit, u"When is the I-485 interview scheduled?"_s).editOf({ kOriginal }) });
    ASSERT_TRUE(edited.ok()) << edited.error().toString().toStdString();
    EXPECT_EQ(edited->inserted, 0);
    EXPECT_EQ(edited->edited, 1);
    EXPECT_EQ(countRows(u"comments"_s), 1);
    EXPECT_EQ(auditCount(db()), events + 1);

    auto byNewId = store.byPlatformId(Platform::Twitter, kFirstEdit);
    ASSERT_TRUE(byNewId.ok()) << byNewId.error().toString().toStdString();
    EXPECT_EQ(byNewId->id, id);
    EXPECT_EQ(byNewId->platformId, kOriginal);
    EXPECT_EQ(byNewId->text, u"When is the I-485 interview scheduled?"_s);
    EXPECT_EQ(QString::fromUtf8(byNewId->rawJson), u"{\"id\":\"%1\"}"_s.arg(kFirstEdit));
    EXPECT_EQ(store.history(id).value(), QStringList { u"When is the I-485 interview?"_s });
    // Edited text goes back to triage (an edit can add personal data).
    auto undecided = store.undecided(10);
    ASSERT_TRUE(undecided.ok());
    ASSERT_EQ(undecided->size(), 1);
    EXPECT_EQ(undecided->first().id, id);
}

TEST_P(CommentStoreXEditsTest, ASecondEditFindsTheCommentThroughTheFirstEditsId)
{
    const qint64 id = storeOriginal();
    CommentStore store(db());
    ASSERT_TRUE(store.ingest({ tweet(kFirstEdit, u"second wording"_s).editOf({ kOriginal }) }).ok());
    // X lists every earlier id; a client that only saw the first edit still finds the comment.
    auto again = store.ingest({ tweet(kSecondEdit, u"third wording"_s).editOf({ kOriginal, kFirstEdit }) });
    ASSERT_TRUE(again.ok()) << again.error().toString().toStdString();
    EXPECT_EQ(again->edited, 1);
    EXPECT_EQ(countRows(u"comments"_s), 1);
    EXPECT_EQ(store.byPlatformId(Platform::Twitter, kSecondEdit).value().id, id);
    EXPECT_EQ(store.byPlatformId(Platform::Twitter, kOriginal).value().text, u"third wording"_s);
    EXPECT_EQ(store.history(id).value(), (QStringList { u"When is the I-485 interview?"_s, u"second wording"_s }));
    EXPECT_EQ(countRows(u"comment_aliases"_s), 2);
}

TEST_P(CommentStoreXEditsTest, RedeliveringAnEditChangesNothing)
{
    storeOriginal();
    CommentStore store(db());
    const Comment edit = tweet(kFirstEdit, u"second wording"_s).editOf({ kOriginal });
    ASSERT_TRUE(store.ingest({ edit }).ok());
    const auto events = auditCount(db());
    const auto history = countRows(u"comment_history"_s);

    auto again = store.ingest({ edit, edit });
    ASSERT_TRUE(again.ok()) << again.error().toString().toStdString();
    EXPECT_EQ(again->inserted + again->edited + again->removed, 0);
    EXPECT_EQ(again->unchanged, 2);
    EXPECT_EQ(auditCount(db()), events);
    EXPECT_EQ(countRows(u"comment_history"_s), history);
    EXPECT_EQ(countRows(u"comments"_s), 1);
    // And the original, replayed late, does not undo the edit.
    auto stale = store.ingest({ tweet(kOriginal, u"When is the I-485 interview?"_s) });
    ASSERT_TRUE(stale.ok());
    EXPECT_EQ(stale->unchanged, 1);
    EXPECT_EQ(store.byPlatformId(Platform::Twitter, kOriginal).value().text, u"second wording"_s);
}

TEST_P(CommentStoreXEditsTest, AnEditInTheSamePageAsItsOriginalIsOneComment)
{
    CommentStore store(db());
    auto page = store.ingest({ tweet(kOriginal, u"first"_s), tweet(kFirstEdit, u"second"_s).editOf({ kOriginal }) });
    ASSERT_TRUE(page.ok()) << page.error().toString().toStdString();
    EXPECT_EQ(page->inserted, 1);
    EXPECT_EQ(page->edited, 1);
    EXPECT_EQ(countRows(u"comments"_s), 1);
    EXPECT_EQ(store.byPlatformId(Platform::Twitter, kFirstEdit).value().text, u"second"_s);
    EXPECT_EQ(store.history(page->insertedIds.value(0)).value(), QStringList { u"first"_s });
}

TEST_P(CommentStoreXEditsTest, AnEditWhoseEarlierVersionIsUnknownIsANewComment)
{
    CommentStore store(db());
    auto page = store.ingest({ tweet(kFirstEdit, u"second"_s).editOf({ kOriginal }) });
    ASSERT_TRUE(page.ok()) << page.error().toString().toStdString();
    EXPECT_EQ(page->inserted, 1);
    EXPECT_EQ(store.byPlatformId(Platform::Twitter, kFirstEdit).value().platformId, kFirstEdit);
    EXPECT_EQ(store.byPlatformId(Platform::Twitter, kOriginal).error().code(), Error::Code::NotFound);
}

MODERATION_INSTANTIATE_ENGINES(CommentStoreXEditsTest);
