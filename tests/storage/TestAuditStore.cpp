#include "MockClock.h"
#include "StoreReads.h"
#include "TempDatabase.h"

#include <QThread>

using namespace Qt::StringLiterals;
using namespace moderation;
using namespace moderation::test;

namespace {

AuditEvent event(const QString& action, int n)
{
    AuditEvent e;
    e.actor = u"agent.ana"_s;
    e.action = action;
    e.entityType = u"case"_s;
    e.entityId = QString::number(n);
    e.details.insert(u"note"_s, u"step %1 — ünïcödé"_s.arg(n));
    return e;
}

} // namespace

class AuditStoreTest : public EngineTest
{
protected:
    void appendMany(int count)
    {
        for (int i = 0; i < count; ++i)
            ASSERT_FALSE(AuditStore(db()).append(event(u"case.touched"_s, i)).isError());
    }
    // What an attacker with DDL rights does first.
    void dropGuards()
    {
        if (db().isSqlite()) {
            ASSERT_FALSE(db().execRaw(u"DROP TRIGGER audit_log_no_update"_s).isError());
            ASSERT_FALSE(db().execRaw(u"DROP TRIGGER audit_log_no_delete"_s).isError());
        } else {
            ASSERT_FALSE(db().execRaw(u"DROP TRIGGER audit_log_append_only ON audit_log"_s).isError());
        }
    }
};

TEST_P(AuditStoreTest, ChainOfAppendedEventsVerifies)
{
    appendMany(20);
    auto result = AuditStore(db()).verify();
    ASSERT_TRUE(result.ok()) << result.error().toString().toStdString();
    EXPECT_TRUE(result->intact) << result->problem.toStdString();
    EXPECT_GE(result->rowsChecked, 20);
}

TEST_P(AuditStoreTest, EachRowHashesThePreviousHashAndItsContent)
{
    appendMany(3);
    const auto events = auditTail(db(), 2); // newest first
    ASSERT_EQ(events.size(), 2);
    EXPECT_EQ(events[0].prevHash, events[1].hash);
    EXPECT_EQ(events[0].hash, AuditChain::computeHash(events[1].hash, events[0]));
    EXPECT_EQ(events[0].seq, events[1].seq + 1);
}

TEST_P(AuditStoreTest, AlteredRowIsDetectedAtItsSequenceNumber)
{
    appendMany(10);
    const qint64 target = auditTail(db(), 5).constLast().seq;
    dropGuards();
    ASSERT_TRUE(db().exec(u"UPDATE audit_log SET details = ? WHERE seq = ?"_s,
                          { u"{\"note\":\"nothing happened here\"}"_s, target })
                    .ok());
    auto result = AuditStore(db()).verify();
    ASSERT_TRUE(result.ok());
    EXPECT_FALSE(result->intact);
    EXPECT_EQ(result->firstBadSeq, target);
}

TEST_P(AuditStoreTest, AlteredActorIsDetected)
{
    appendMany(4);
    const qint64 target = auditTail(db(), 2).constLast().seq;
    dropGuards();
    ASSERT_TRUE(db().exec(u"UPDATE audit_log SET actor = 'someone.else' WHERE seq = ?"_s, { target }).ok());
    auto result = AuditStore(db()).verify();
    EXPECT_FALSE(result->intact);
    EXPECT_EQ(result->firstBadSeq, target);
}

TEST_P(AuditStoreTest, DeletedRowIsDetectedAsAGap)
{
    appendMany(6);
    const qint64 target = auditTail(db(), 3).constLast().seq;
    dropGuards();
    ASSERT_TRUE(db().exec(u"DELETE FROM audit_log WHERE seq = ?"_s, { target }).ok());
    auto result = AuditStore(db()).verify();
    EXPECT_FALSE(result->intact);
    EXPECT_EQ(result->firstBadSeq, target);
}

TEST_P(AuditStoreTest, RolledBackChangeLeavesNoEvent)
{
    const auto before = auditCount(db());
    const Error error = db().transaction([&]() -> Error {
        if (Error e = AuditStore(db()).append(event(u"case.claimed"_s, 1)); e.isError())
            return e;
        return Error(Error::Code::Refused, u"the change itself failed"_s);
    });
    EXPECT_TRUE(error.isError());
    EXPECT_EQ(auditCount(db()), before);
    EXPECT_TRUE(auditVerification(db()).intact);
}

TEST_P(AuditStoreTest, EventTimeComesFromTheDatabaseClock)
{
    MockClock clock(QDateTime(QDate(2027, 1, 5), QTime(9, 30, 15, 250), Qt::UTC));
    db().setClock(&clock);
    ASSERT_FALSE(AuditStore(db()).append(event(u"case.closed"_s, 1)).isError());
    EXPECT_EQ(auditTail(db(), 1).constFirst().at, clock.now());
    EXPECT_TRUE(auditVerification(db()).intact);
}

TEST_P(AuditStoreTest, WritersOnTwoConnectionsNeverForkTheChain)
{
    const DatabaseUrl url = temp().url();
    auto writer = [url](int offset) {
        auto database = Database::open(url);
        if (!database)
            return;
        for (int i = 0; i < 40; ++i)
            AuditStore(**database).append(event(u"parallel.write"_s, offset + i));
    };
    QThread* first = QThread::create(writer, 0);
    QThread* second = QThread::create(writer, 1000);
    first->start();
    second->start();
    first->wait();
    second->wait();
    delete first;
    delete second;
    auto result = AuditStore(db()).verify();
    ASSERT_TRUE(result.ok());
    EXPECT_TRUE(result->intact) << result->problem.toStdString();
    auto count = db().exec(u"SELECT COUNT(*) FROM audit_log WHERE action = 'parallel.write'"_s);
    ASSERT_TRUE(count.ok() && count->next());
    EXPECT_EQ(count->value(0).toInt(), 80);
}

MODERATION_INSTANTIATE_ENGINES(AuditStoreTest);
