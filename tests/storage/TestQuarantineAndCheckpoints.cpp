// Quarantined payload items and signed audit checkpoints (storage/QuarantineStore,
// storage/CheckpointStore), on both engines.
#include "CommentBuilders.h"
#include "MockClock.h"
#include "StoreReads.h"
#include "TempDatabase.h"

#include "storage/CheckpointStore.h"
#include "storage/QuarantineStore.h"

using namespace Qt::StringLiterals;
using namespace moderation;
using namespace moderation::test;

namespace {

QuarantinedItem item(const QByteArray& raw, const QString& origin = u"https://api.x.com/2/users/1/mentions"_s)
{
    QuarantinedItem quarantined;
    quarantined.platform = Platform::Twitter;
    quarantined.origin = origin;
    quarantined.reason = u"data[3]: no id"_s;
    quarantined.raw = raw;
    return quarantined;
}

AuditCheckpoint checkpoint(const QString& day, qint64 seq)
{
    AuditCheckpoint made;
    made.day = day;
    made.seq = seq;
    made.hash = QString(64, u'c');
    made.mac = QString(64, u'd');
    made.keyId = u"0123456789abcdef"_s;
    return made;
}

class QuarantineAndCheckpointsTest : public ClockedEngineTest
{
};

} // namespace

TEST_P(QuarantineAndCheckpointsTest, QuarantinedBytesComeBackExactlyAndRepeatsAreKeptOnce)
{
    QuarantineStore store(db());
    static const char bytes[] = "{\"text\":\"\xff\xfe not utf-8\",\0\"x\":1}";
    const QByteArray raw(bytes, sizeof bytes - 1); // not UTF-8, and a NUL inside
    const auto before = auditCount(db());
    auto first = store.add(item(raw));
    ASSERT_TRUE(first.ok()) << first.error().toString().toStdString();
    auto again = store.add(item(raw));
    ASSERT_TRUE(again.ok());
    EXPECT_EQ(*again, *first);
    EXPECT_EQ(auditCount(db()), before + 1);
    EXPECT_EQ(auditTail(db(), 1).value(0).action, u"quarantine.added"_s);
    // The same bytes from elsewhere are another item.
    m_clock.advance(10);
    auto elsewhere = store.add(item(raw, u"file:recording.json"_s));
    ASSERT_TRUE(elsewhere.ok());
    EXPECT_NE(*elsewhere, *first);
    EXPECT_EQ(store.count().value(), 2);

    auto items = store.list();
    ASSERT_TRUE(items.ok()) << items.error().toString().toStdString();
    ASSERT_EQ(items->size(), 2);
    EXPECT_EQ(items->at(0).id, *elsewhere); // newest first
    EXPECT_EQ(items->at(1).raw, raw);
    EXPECT_EQ(items->at(1).origin, u"https://api.x.com/2/users/1/mentions"_s);
    EXPECT_EQ(items->at(1).reason, u"data[3]: no id"_s);
    EXPECT_EQ(items->at(1).receivedAt, kTestTime);
    EXPECT_FALSE(items->at(1).accountId.has_value());
}

TEST_P(QuarantineAndCheckpointsTest, OneCheckpointADayOldestFirst)
{
    CheckpointStore store(db());
    ASSERT_FALSE(store.add(checkpoint(u"2026-11-02"_s, 7)).isError());
    ASSERT_FALSE(store.add(checkpoint(u"2026-11-01"_s, 3)).isError());
    EXPECT_EQ(store.add(checkpoint(u"2026-11-02"_s, 9)).code(), Error::Code::Conflict);
    EXPECT_EQ(store.add(checkpoint(u"yesterday"_s, 9)).code(), Error::Code::InvalidInput);
    EXPECT_TRUE(store.hasDay(u"2026-11-01"_s).value());
    EXPECT_FALSE(store.hasDay(u"2026-11-03"_s).value());
    auto all = store.list();
    ASSERT_TRUE(all.ok()) << all.error().toString().toStdString();
    ASSERT_EQ(all->size(), 2);
    EXPECT_EQ(all->at(0).day, u"2026-11-01"_s);
    EXPECT_EQ(all->at(1).seq, 7);
    EXPECT_EQ(all->at(1).hash, QString(64, u'c'));
    EXPECT_EQ(all->at(1).mac, QString(64, u'd'));
    EXPECT_EQ(all->at(1).keyId, u"0123456789abcdef"_s);
    EXPECT_EQ(all->at(1).createdAt, kTestTime);
}

TEST_P(QuarantineAndCheckpointsTest, CheckpointsCannotBeChangedOrRemoved)
{
    ASSERT_FALSE(CheckpointStore(db()).add(checkpoint(u"2026-11-02"_s, 7)).isError());
    for (const QString& sql : { u"UPDATE audit_checkpoints SET mac = hash"_s, u"DELETE FROM audit_checkpoints"_s }) {
        auto refused = db().exec(sql);
        ASSERT_FALSE(refused.ok()) << sql.toStdString();
        EXPECT_EQ(refused.error().code(), Error::Code::Refused);
        EXPECT_TRUE(refused.error().message().contains(u"append-only"_s)) << refused.error().toString().toStdString();
    }
    EXPECT_EQ(CheckpointStore(db()).list().value().value(0).mac, QString(64, u'd'));
}

MODERATION_INSTANTIATE_ENGINES(QuarantineAndCheckpointsTest);
