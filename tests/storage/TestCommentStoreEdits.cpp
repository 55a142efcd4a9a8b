#include "CommentBuilders.h"
#include "MockClock.h"
#include "StoreReads.h"
#include "TempDatabase.h"

#include "storage/CommentStore.h"

using namespace Qt::StringLiterals;
using namespace moderation;
using namespace moderation::test;

namespace {

const QString kEditedId = u"122158977000111222_1060746231066825"_s;

Comment facebookComment(const QString& text)
{
    return pageComment(kEditedId, text).at(QDateTime(QDate(2026, 11, 2), QTime(15, 11, 40), Qt::UTC));
}

class CommentStoreEditsTest : public ClockedEngineTest
{
};

} // namespace

TEST_P(CommentStoreEditsTest, StaleEarlierTextDoesNotUndoAnEdit)
{
    CommentStore store(db());
    ASSERT_EQ(store.ingest({ facebookComment(u"first"_s) }).value().inserted, 1);
    ASSERT_EQ(store.ingest({ facebookComment(u"second"_s) }).value().edited, 1);
    const auto rows = auditCount(db());

    // A page read before the edit arrives late.
    auto stale = store.ingest({ facebookComment(u"first"_s) });
    ASSERT_TRUE(stale.ok()) << stale.error().toString().toStdString();
    EXPECT_EQ(stale->edited, 0);
    EXPECT_EQ(stale->unchanged, 1);
    EXPECT_EQ(auditCount(db()), rows);

    auto stored = store.byPlatformId(Platform::Facebook, kEditedId);
    ASSERT_TRUE(stored.ok());
    EXPECT_EQ(stored->text, u"second"_s);
    EXPECT_EQ(store.history(stored->id).value(), QStringList { u"first"_s });
}

TEST_P(CommentStoreEditsTest, ANewTextAfterAnEditIsAnotherEdit)
{
    CommentStore store(db());
    ASSERT_TRUE(store.ingest({ facebookComment(u"first"_s) }).ok());
    ASSERT_TRUE(store.ingest({ facebookComment(u"second"_s) }).ok());
    auto third = store.ingest({ facebookComment(u"third"_s) });
    ASSERT_TRUE(third.ok());
    EXPECT_EQ(third->edited, 1);
    auto stored = store.byPlatformId(Platform::Facebook, kEditedId);
    ASSERT_TRUE(stored.ok());
    EXPECT_EQ(stored->text, u"third"_s);
    EXPECT_EQ(store.history(stored->id).value(), (QStringList { u"first"_s, u"second"_s }));
}

MODERATION_INSTANTIATE_ENGINES(CommentStoreEditsTest);
