// A failed read is an Error, never an empty list, a zero or a default enum value that would
// quietly change what the store says. Each test makes one such failure happen, on both engines.
#include "CommentBuilders.h"
#include "StoreReads.h"
#include "TempDatabase.h"

#include "storage/AccountStore.h"
#include "storage/AuditStore.h"
#include "storage/CaseStore.h"
#include "storage/CommentReplay.h"
#include "storage/CommentStore.h"
#include "storage/DecisionStore.h"
#include "storage/StoreAuthorActivity.h"

using namespace Qt::StringLiterals;
using namespace moderation;
using namespace moderation::test;

class StoreFailureTest : public ClockedEngineTest
{
protected:
    // What a newer client, or a hand edit, could leave: a value the CHECK constraint forbids.
    // SQLite: the constraint ignored for this connection; PostgreSQL: the constraint dropped.
    void writeOutsideTheSchema(const QString& table, const QString& column, const QString& value, qint64 id)
    {
        if (db().isSqlite()) {
            ASSERT_FALSE(db().execRaw(u"PRAGMA ignore_check_constraints = ON"_s).isError());
        } else {
            auto checks = db().exec(u"SELECT conname FROM pg_constraint WHERE conrelid = ?::regclass AND contype = 'c' "
                                    "AND pg_get_constraintdef(oid) LIKE ?"_s,
                                    { table, QString(u"%"_s + column + u"%"_s) });
            ASSERT_TRUE(checks.ok()) << checks.error().toString().toStdString();
            QStringList names;
            while (checks->next())
                names << checks->value(0).toString();
            ASSERT_FALSE(names.isEmpty()) << "no CHECK on " << column.toStdString();
            for (const QString& name : names)
                ASSERT_FALSE(db().execRaw(u"ALTER TABLE %1 DROP CONSTRAINT %2"_s.arg(table, name)).isError());
        }
        auto updated = db().exec(u"UPDATE %1 SET %2 = ? WHERE id = ?"_s.arg(table, column), { value, id });
        ASSERT_TRUE(updated.ok()) << updated.error().toString().toStdString();
        ASSERT_EQ(updated->numRowsAffected(), 1);
    }

    qint64 storeOne()
    {
        auto ingested = CommentStore(db()).ingest({ tweet(u"1850000000000000001"_s, u"Is the office open?"_s) });
        EXPECT_TRUE(ingested.ok()) << ingested.error().toString().toStdString();
        return ingested.ok() ? ingested->insertedIds.value(0) : 0;
    }

    // A decision recorded on the comment, its id.
    qint64 recordDecision(qint64 comment, const QString& rule, Action action, const QList<PiiSpan>& pii = {})
    {
        Decision decision;
        decision.ruleId = rule;
        decision.action = action;
        decision.explanation = u"Decided by "_s + rule;
        decision.pii = pii;
        auto recorded = DecisionStore(db()).record(comment, decision, std::nullopt);
        EXPECT_TRUE(recorded.ok()) << recorded.error().toString().toStdString();
        return recorded.ok() ? *recorded : 0;
    }

    static void expectCorrupt(const Error& error, const QString& says)
    {
        EXPECT_EQ(error.code(), Error::Code::Corrupt) << error.toString().toStdString();
        EXPECT_TRUE(error.message().contains(says)) << error.message().toStdString();
    }
};

TEST_P(StoreFailureTest, UnknownStoredPlatformIsCorruptForEveryReader)
{
    const qint64 id = storeOne();
    writeOutsideTheSchema(u"comments"_s, u"platform"_s, u"myspace"_s, id);
    const QString says = u"comments row %1 has an unknown platform \"myspace\""_s.arg(id);

    CommentStore store(db());
    auto byId = store.byId(id);
    ASSERT_FALSE(byId.ok());
    expectCorrupt(byId.error(), says);
    auto listed = store.list({}, std::nullopt, 10);
    ASSERT_FALSE(listed.ok());
    expectCorrupt(listed.error(), says);
    for (const auto reader : { CommentReplay::Reader::Fastest, CommentReplay::Reader::QtSql }) {
        int visited = 0;
        const Error replayed = CommentReplay(db(), reader).forEach({}, {}, [&](Comment&) {
            ++visited;
            return true;
        });
        expectCorrupt(replayed, says);
        EXPECT_EQ(visited, 0);
    }
}

TEST_P(StoreFailureTest, UnknownStoredSourceIsCorrupt)
{
    const qint64 id = storeOne();
    writeOutsideTheSchema(u"comments"_s, u"source"_s, u"carrier_pigeon"_s, id);
    auto byId = CommentStore(db()).byId(id);
    ASSERT_FALSE(byId.ok());
    expectCorrupt(byId.error(), u"unknown source \"carrier_pigeon\""_s);
    const Error replayed = CommentReplay(db(), CommentReplay::Reader::QtSql).forEach({}, {}, [](Comment&) { return true; });
    expectCorrupt(replayed, u"unknown source"_s);
}

TEST_P(StoreFailureTest, UnknownStoredDecisionValuesAreCorrupt)
{
    const qint64 comment = storeOne();
    const qint64 recorded = recordDecision(comment, u"question"_s, Action::Respond);
    writeOutsideTheSchema(u"decisions"_s, u"action"_s, u"shrug"_s, recorded);
    DecisionStore store(db());
    auto latest = store.latestFor(comment);
    ASSERT_FALSE(latest.ok());
    expectCorrupt(latest.error(), u"decisions row %1 has an unknown action \"shrug\""_s.arg(recorded));
    auto page = store.latestForComments({ comment });
    ASSERT_FALSE(page.ok());
    expectCorrupt(page.error(), u"unknown action"_s);
}

TEST_P(StoreFailureTest, StoredPiiSpansThatDoNotParseAreCorrupt)
{
    const qint64 comment = storeOne();
    const qint64 recorded = recordDecision(comment, u"pii"_s, Action::Hide, { { PiiKind::Ssn, 0, 11 } });

    ASSERT_TRUE(db().exec(u"UPDATE decisions SET pii = ? WHERE id = ?"_s,
                          { u"[{\"kind\":\"shoe_size\",\"start\":0,\"end\":2}]"_s, recorded })
                    .ok());
    auto unknownKind = DecisionStore(db()).latestFor(comment);
    ASSERT_FALSE(unknownKind.ok());
    expectCorrupt(unknownKind.error(), u"unknown pii kind \"shoe_size\""_s);

    ASSERT_TRUE(db().exec(u"UPDATE decisions SET pii = ? WHERE id = ?"_s, { u"not json"_s, recorded }).ok());
    auto notJson = DecisionStore(db()).latestFor(comment);
    ASSERT_FALSE(notJson.ok());
    expectCorrupt(notJson.error(), u"pii is not a JSON array"_s);
}

TEST_P(StoreFailureTest, UnknownStoredCaseStateIsCorrupt)
{
    const qint64 comment = storeOne();
    auto opened = CaseStore(db()).open(comment, std::nullopt, u"general"_s, Priority::Normal, std::nullopt, u"policy"_s);
    ASSERT_TRUE(opened.ok()) << opened.error().toString().toStdString();
    writeOutsideTheSchema(u"cases"_s, u"state"_s, u"limbo"_s, opened->id);
    auto read = CaseStore(db()).byId(opened->id);
    ASSERT_FALSE(read.ok());
    expectCorrupt(read.error(), u"unknown state \"limbo\""_s);
    auto queue = CaseStore(db()).openInQueue(u"general"_s, 10);
    ASSERT_FALSE(queue.ok());
    expectCorrupt(queue.error(), u"unknown state"_s);
}

TEST_P(StoreFailureTest, UnknownStoredAccountStateIsCorrupt)
{
    Account account;
    account.name = u"agency-x"_s;
    account.externalId = u"17"_s;
    auto id = AccountStore(db()).add(account);
    ASSERT_TRUE(id.ok()) << id.error().toString().toStdString();
    writeOutsideTheSchema(u"accounts"_s, u"state"_s, u"sleepy"_s, *id);
    auto read = AccountStore(db()).byName(u"agency-x"_s);
    ASSERT_FALSE(read.ok());
    expectCorrupt(read.error(), u"unknown state \"sleepy\""_s);
    EXPECT_FALSE(AccountStore(db()).list().ok());
}

TEST_P(StoreFailureTest, UnreadableAuditLogIsAnErrorNotAnEmptyLog)
{
    ASSERT_GT(auditCount(db()), 0);
    ASSERT_FALSE(db().execRaw(u"ALTER TABLE audit_log RENAME TO audit_log_elsewhere"_s).isError());
    AuditStore audit(db());
    EXPECT_FALSE(audit.tail(10).ok());
    EXPECT_FALSE(audit.count().ok());
    EXPECT_FALSE(audit.head().ok());
    EXPECT_FALSE(audit.verify().ok());
    // Nothing is appended to a log that cannot be read.
    AuditEvent event;
    event.actor = u"system"_s;
    event.action = u"test.event"_s;
    EXPECT_TRUE(audit.append(event).isError());
}

TEST_P(StoreFailureTest, UnreadableSchemaVersionIsAnErrorAndMigratesNothing)
{
    ASSERT_FALSE(db().execRaw(u"ALTER TABLE schema_migrations RENAME COLUMN version TO version_elsewhere"_s).isError());
    const Result<int> version = db().schemaVersion();
    ASSERT_FALSE(version.ok()) << "read version " << *version;
    EXPECT_TRUE(version.error().message().contains(u"schema version"_s)) << version.error().toString().toStdString();
    const qint64 auditBefore = auditCount(db());
    const Error migrated = db().migrate();
    EXPECT_TRUE(migrated.isError());
    EXPECT_EQ(auditCount(db()), auditBefore); // migration 1 was not run again
}

TEST_P(StoreFailureTest, StoreAuthorActivityReportsAFailedCountInsteadOfCountingNothing)
{
    const Comment comment = tweet(u"1"_s, u"again"_s).by(u"42"_s);
    StoreAuthorActivity activity(db());
    EXPECT_EQ(activity.countWithin(comment, 3600), 0);
    EXPECT_FALSE(activity.takeError().isError());

    ASSERT_FALSE(db().execRaw(u"ALTER TABLE comments RENAME TO comments_elsewhere"_s).isError());
    activity.countWithin(comment, 3600);
    const Error error = activity.takeError();
    ASSERT_TRUE(error.isError());
    EXPECT_TRUE(error.message().contains(u"repeat rule"_s)) << error.toString().toStdString();
    EXPECT_FALSE(activity.takeError().isError()); // taken
}

MODERATION_INSTANTIATE_ENGINES(StoreFailureTest);
