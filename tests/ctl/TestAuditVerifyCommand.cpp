#include "CtlRunner.h"
#include "StoreReads.h"
#include "TempDatabase.h"

#include "audit/AuditChain.h"

using namespace Qt::StringLiterals;
using namespace moderation;
using namespace moderation::test;

class AuditVerifyCommand : public EngineTest
{
protected:
    // The migration wrote seq 1; these add 2..(1 + count).
    void appendEvents(int count)
    {
        for (int i = 0; i < count; ++i) {
            AuditEvent event;
            event.actor = u"agent-%1"_s.arg(i);
            event.action = u"case.claimed"_s;
            event.entityType = u"case"_s;
            event.entityId = QString::number(100 + i);
            event.details.insert(u"queue"_s, u"general"_s);
            ASSERT_FALSE(AuditStore(db()).append(event).isError());
        }
    }

    qint64 rowCount()
    {
        auto rows = db().exec(u"SELECT COUNT(*) FROM audit_log"_s);
        return rows && rows->next() ? rows->value(0).toLongLong() : -1;
    }

    CtlRun verify() { return runCtlWith({ u"--db"_s, temp().url().toString(), u"audit"_s, u"verify"_s }); }

    // What an attacker with raw database access does first: remove the guards.
    void dropGuards()
    {
        const QStringList drops = db().isSqlite()
            ? QStringList { u"DROP TRIGGER audit_log_no_update"_s, u"DROP TRIGGER audit_log_no_delete"_s,
                            u"DROP TRIGGER audit_log_extends_chain"_s }
            : QStringList { u"DROP TRIGGER audit_log_append_only ON audit_log"_s,
                            u"DROP TRIGGER audit_log_extends_chain ON audit_log"_s };
        for (const QString& drop : drops)
            ASSERT_FALSE(db().execRaw(drop).isError()) << drop.toStdString();
    }

    // Then edits history.
    void tamperWithDetailsOf(qint64 seq)
    {
        dropGuards();
        auto updated = db().exec(u"UPDATE audit_log SET details = ? WHERE seq = ?"_s,
                                 { u"{\"queue\":\"security\"}"_s, seq });
        ASSERT_TRUE(updated.ok()) << updated.error().toString().toStdString();
        ASSERT_EQ(updated->numRowsAffected(), 1);
    }
};

TEST_P(AuditVerifyCommand, IntactChainExitsZeroWithTheNumberOfRowsChecked)
{
    appendEvents(4);
    const qint64 rows = rowCount();
    ASSERT_GE(rows, 5);
    const CtlRun run = verify();
    EXPECT_EQ(run.exitCode, ctl::ExitOk) << run.err.toStdString();
    const AuditHead head = AuditStore(db()).head().value();
    EXPECT_EQ(head.seq, rows);
    EXPECT_EQ(run.out, u"audit log intact: %1 rows checked\nhead: %2:%3\ncheckpoints: none yet (sync signs one a day)\n"_s.arg(rows).arg(head.seq).arg(head.hash));
    EXPECT_TRUE(run.err.isEmpty()) << run.err.toStdString();
}

TEST_P(AuditVerifyCommand, AlteredRowExitsOneNamingItsSequenceNumber)
{
    appendEvents(4);
    tamperWithDetailsOf(3);
    const CtlRun run = verify();
    EXPECT_EQ(run.exitCode, ctl::ExitVerificationFailed) << run.err.toStdString();
    expectOneErrorLine(run, u"audit log broken at seq 3:"_s);
}

TEST_P(AuditVerifyCommand, VerifyingDoesNotWriteToTheLog)
{
    appendEvents(2);
    const qint64 before = rowCount();
    ASSERT_EQ(verify().exitCode, ctl::ExitOk);
    EXPECT_EQ(rowCount(), before);
}

// The tail of a log, or all of it, can be removed and what is left still verifies as a chain: the
// head kept from an earlier run (a report's, a manifest's) catches it.
TEST_P(AuditVerifyCommand, TheExpectedHeadHoldsWhileTheLogOnlyGrows)
{
    appendEvents(3);
    const QString anchor = AuditStore(db()).head().value().toString();
    appendEvents(2);
    const CtlRun run = runCtlWith({ u"--db"_s, temp().url().toString(), u"audit"_s, u"verify"_s, u"--expect-head"_s, anchor });
    EXPECT_EQ(run.exitCode, ctl::ExitOk) << run.err.toStdString();
    EXPECT_TRUE(run.out.contains(u"found unchanged"_s)) << run.out.toStdString();
}

TEST_P(AuditVerifyCommand, DeletingTheTailIsCaughtByTheExpectedHead)
{
    appendEvents(5);
    const AuditHead anchor = AuditStore(db()).head().value();
    dropGuards();
    ASSERT_TRUE(db().exec(u"DELETE FROM audit_log WHERE seq > ?"_s, { anchor.seq - 2 }).ok());
    // The chain that is left is whole…
    ASSERT_EQ(verify().exitCode, ctl::ExitOk);
    // …but the head it had is gone.
    const CtlRun run = runCtlWith({ u"--db"_s, temp().url().toString(), u"audit"_s, u"verify"_s, u"--expect-head"_s,
                                    anchor.toString() });
    EXPECT_EQ(run.exitCode, ctl::ExitVerificationFailed) << run.err.toStdString();
    expectOneErrorLine(run, u"beyond the log's end"_s);
}

TEST_P(AuditVerifyCommand, DeletingEveryRowIsCaughtByTheExpectedHead)
{
    appendEvents(2);
    const AuditHead anchor = AuditStore(db()).head().value();
    dropGuards();
    ASSERT_TRUE(db().exec(u"DELETE FROM audit_log"_s).ok());
    const CtlRun run = runCtlWith({ u"--db"_s, temp().url().toString(), u"audit"_s, u"verify"_s, u"--expect-head"_s,
                                    anchor.toString() });
    EXPECT_EQ(run.exitCode, ctl::ExitVerificationFailed) << run.err.toStdString();
    expectOneErrorLine(run, u"expected head"_s);
}

TEST_P(AuditVerifyCommand, ALogRewrittenWithRecomputedHashesIsCaughtByTheExpectedHead)
{
    appendEvents(3);
    const AuditHead anchor = AuditStore(db()).head().value();
    // Rewritten from its first row on, every hash recomputed so that the chain verifies.
    auto events = AuditStore(db()).tail(1000).value();
    std::reverse(events.begin(), events.end());
    dropGuards();
    ASSERT_TRUE(db().exec(u"DELETE FROM audit_log"_s).ok());
    AuditHead previous;
    for (AuditEvent event : events) {
        if (event.seq == 2)
            event.actor = u"someone.else"_s;
        AuditChain::link(event, previous);
        previous = { event.seq, event.hash };
        ASSERT_TRUE(db().exec(u"INSERT INTO audit_log (seq, at, actor, action, entity_type, entity_id, details, "
                              "prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
                              { event.seq, event.at.toString(Qt::ISODateWithMs), event.actor, event.action,
                                event.entityType, event.entityId, AuditChain::detailsText(event.details),
                                event.prevHash, event.hash })
                        .ok());
    }
    ASSERT_EQ(verify().exitCode, ctl::ExitOk);
    const CtlRun run = runCtlWith({ u"--db"_s, temp().url().toString(), u"audit"_s, u"verify"_s, u"--expect-head"_s,
                                    anchor.toString() });
    EXPECT_EQ(run.exitCode, ctl::ExitVerificationFailed) << run.err.toStdString();
    expectOneErrorLine(run, u"rewritten"_s);
}

TEST_P(AuditVerifyCommand, AMalformedExpectedHeadIsBadInput)
{
    for (const QString& bad : QStringList { u"12"_s, u"x:abc"_s, u"3:"_s + QString(63, u'a'), u"0:"_s + QString(64, u'a') }) {
        const CtlRun run = runCtlWith({ u"--db"_s, temp().url().toString(), u"audit"_s, u"verify"_s,
                                        u"--expect-head"_s, bad });
        EXPECT_EQ(run.exitCode, ctl::ExitBadInput) << bad.toStdString();
        expectOneErrorLine(run, u"SEQ:HASH"_s);
    }
}

MODERATION_INSTANTIATE_ENGINES(AuditVerifyCommand);

TEST(AuditVerifyCommandOnSqlite, MissingFileIsNotCreated)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"absent.sqlite"_s);
    const CtlRun run = runCtlWith({ u"--db"_s, u"sqlite:"_s + path, u"audit"_s, u"verify"_s });
    EXPECT_EQ(run.exitCode, ctl::ExitBadInput);
    expectOneErrorLine(run, u"no database file at"_s);
    EXPECT_FALSE(QFile::exists(path));
}
