#include "CtlRunner.h"
#include "StoreReads.h"
#include "TempDatabase.h"

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

    // What an attacker with raw database access does: remove the guard, then edit history.
    void tamperWithDetailsOf(qint64 seq)
    {
        const QString dropGuard = db().isSqlite() ? u"DROP TRIGGER audit_log_no_update"_s
                                                  : u"DROP TRIGGER audit_log_append_only ON audit_log"_s;
        ASSERT_FALSE(db().execRaw(dropGuard).isError());
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
    EXPECT_EQ(run.out, u"audit log intact: %1 rows checked\n"_s.arg(rows));
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
