#include "CommentBuilders.h"
#include "CtlRunner.h"
#include "StoreReads.h"
#include "TempDatabase.h"

#include "storage/CommentStore.h"
#include "storage/PolicyStore.h"

#include <QFile>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;
using namespace moderation;
using namespace moderation::test;

namespace {

QByteArray policyJson(int version, const QString& visaAction, const QString& extraRule = {})
{
    return uR"({ "policy": "Simulated", "version": %1, "timezone": "America/New_York",
  "lexicons": { "words": { "file": "words.txt" } },
  "rules": [ %3
    { "id": "visa", "when": { "terms": ["visa"] }, "then": { "action": "%2" } },
    { "id": "words", "when": { "lexicon": "words" }, "then": { "action": "hide", "hide": "automatic" } },
    { "id": "default", "when": { "always": true }, "then": { "action": "ignore" } } ] })"_s
        .arg(version)
        .arg(visaAction, extraRule)
        .toUtf8();
}

Comment stored(const QString& id, const QString& text, const QDateTime& at)
{
    return tweet(id, text).at(at).by(u"a"_s + id, u"user"_s + id);
}

} // namespace

class PolicyCommandTest : public EngineTest
{
protected:
    void SetUp() override
    {
        EngineTest::SetUp();
        if (HasFatalFailure())
            return; // no database: the failure says why
        QFile words(m_dir.filePath(u"words.txt"_s));
        ASSERT_TRUE(words.open(QIODevice::WriteOnly));
        words.write("# words that hide\nforbidden word\n");
    }

    QString writePolicy(const QString& name, const QByteArray& json)
    {
        QFile file(m_dir.filePath(name));
        EXPECT_TRUE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(json);
        return file.fileName();
    }

    CtlRun ctl(QStringList args) { return runCtlWith(QStringList { u"--db"_s, temp().url().toString() } + args); }

    void storeComments()
    {
        // 2 November 2026, New York is UTC-5.
        const QDateTime day(QDate(2026, 11, 2), QTime(14, 0), Qt::UTC);
        auto ingested = CommentStore(db()).ingest({
            stored(u"c1"_s, u"my visa, please"_s, day),
            stored(u"c2"_s, u"a forbidden word here"_s, day.addSecs(60)),
            stored(u"c3"_s, u"visa again"_s, day.addDays(1)),
            stored(u"c4"_s, u"nothing at all"_s, day.addDays(2)),
        });
        ASSERT_TRUE(ingested.ok()) << ingested.error().toString().toStdString();
        m_ids = ingested->insertedIds;
    }

    QTemporaryDir m_dir;
    QList<qint64> m_ids;
};

TEST_P(PolicyCommandTest, ActivateStoresASelfContainedVersionAndAuditsIt)
{
    const QString path = writePolicy(u"p.json"_s, policyJson(3, u"respond"_s));
    // On a shared site the actor is the connection's role; a single seat names its user.
    const QString actor = db().isSqlite() ? u"supervisor1"_s : temp().url().user;
    const CtlRun run = ctl({ u"policy"_s, u"activate"_s, path, u"--as"_s, actor });
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_TRUE(run.out.startsWith(u"Activated \"Simulated\" version 3 as stored version"_s)) << run.out.toStdString();

    auto active = PolicyStore(db()).active();
    ASSERT_TRUE(active.ok() && active->has_value());
    EXPECT_EQ((*active)->version, 3);
    EXPECT_EQ((*active)->createdBy, actor);
    EXPECT_TRUE((*active)->document.contains(u"forbidden word"_s)); // the lexicon file travels with it
    EXPECT_FALSE((*active)->document.contains(u"words.txt"_s));

    bool activated = false;
    for (const AuditEvent& e : auditTail(db(), 20))
        activated = activated || (e.action == u"policy.activated"_s && e.actor == actor);
    EXPECT_TRUE(activated);
    EXPECT_TRUE(auditVerification(db()).intact);
}

// The audit log's actor on a shared site is who is connected, never a name typed after --as.
TEST_P(PolicyCommandTest, OnASharedSiteNobodyActivatesAsSomeoneElse)
{
    const QString path = writePolicy(u"p.json"_s, policyJson(3, u"respond"_s));
    const CtlRun run = ctl({ u"policy"_s, u"activate"_s, path, u"--as"_s, u"somebody.else"_s });
    if (db().isSqlite()) {
        EXPECT_EQ(run.exitCode, 0) << run.err.toStdString();
        EXPECT_EQ(PolicyStore(db()).active().value().value().createdBy, u"somebody.else"_s);
        return;
    }
    EXPECT_EQ(run.exitCode, ctl::ExitBadInput);
    expectOneErrorLine(run, u"you act as your database role"_s);
    EXPECT_FALSE(PolicyStore(db()).active().value().has_value());
    // Without --as, the role it is.
    ASSERT_EQ(ctl({ u"policy"_s, u"activate"_s, path }).exitCode, 0);
    EXPECT_EQ(PolicyStore(db()).active().value().value().createdBy, temp().url().user);
}

TEST_P(PolicyCommandTest, ActivatingTheSameFileAgainChangesNothing)
{
    const QString path = writePolicy(u"p.json"_s, policyJson(3, u"respond"_s));
    ASSERT_EQ(ctl({ u"policy"_s, u"activate"_s, path }).exitCode, 0);
    const CtlRun again = ctl({ u"policy"_s, u"activate"_s, path });
    EXPECT_EQ(again.exitCode, 0);
    EXPECT_TRUE(again.out.contains(u"already the active policy"_s)) << again.out.toStdString();
    EXPECT_EQ(PolicyStore(db()).list()->size(), 1);
}

TEST_P(PolicyCommandTest, ActivateRefusesAPolicyWithErrorsAndStoresNothing)
{
    const QString path = writePolicy(u"bad.json"_s, "{ \"policy\": \"x\",\n  \"version\": \"three\" }");
    const CtlRun run = ctl({ u"policy"_s, u"activate"_s, path });
    EXPECT_EQ(run.exitCode, 2);
    EXPECT_TRUE(run.err.startsWith(path + u":"_s)) << run.err.toStdString();
    EXPECT_TRUE(PolicyStore(db()).list()->isEmpty());
}

TEST_P(PolicyCommandTest, SimulateWithoutActivePolicyCountsEverythingAsNew)
{
    storeComments();
    const QString path = writePolicy(u"p.json"_s, policyJson(1, u"respond"_s));
    const CtlRun run = ctl({ u"policy"_s, u"simulate"_s, path });
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_TRUE(run.out.contains(u"Active:    none"_s)) << run.out.toStdString();
    EXPECT_TRUE(run.out.contains(u"none -> respond"_s)) << run.out.toStdString();
    EXPECT_TRUE(run.out.contains(u"Changed decisions: 4 of 4"_s)) << run.out.toStdString();
}

TEST_P(PolicyCommandTest, SimulateShowsOldToNewWithExamplesAndWritesEveryChangeToCsv)
{
    storeComments();
    const QString active = writePolicy(u"active.json"_s, policyJson(1, u"respond"_s));
    ASSERT_EQ(ctl({ u"policy"_s, u"activate"_s, active }).exitCode, 0);
    const QString candidate = writePolicy(
        u"candidate.json"_s,
        policyJson(2, u"escalate"_s, uR"({ "id": "nothing", "when": { "terms": ["nothing"] }, "then": { "action": "respond", "queue": "q, \"quoted\"" } },)"_s));
    const QString csvPath = m_dir.filePath(u"changes.csv"_s);
    const CtlRun run = ctl({ u"policy"_s, u"simulate"_s, candidate, u"--csv"_s, csvPath });
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    const QString out = run.out;
    EXPECT_TRUE(out.contains(u"Active:    Simulated version 1 (stored version"_s)) << out.toStdString();
    EXPECT_TRUE(out.contains(u"Comments:  4 (every stored comment)"_s)) << out.toStdString();
    // c1 and c3: respond -> escalate; c4: ignore -> respond; c2: hide -> hide, unchanged.
    const auto rowOf = [&](const QString& transition) {
        for (const QString& l : out.split(u'\n')) {
            if (l.startsWith(transition + u' '))
                return l.simplified();
        }
        return QString();
    };
    EXPECT_EQ(rowOf(u"respond -> escalate"_s), u"respond -> escalate 2 2 %1, %2"_s.arg(m_ids.at(0)).arg(m_ids.at(2)));
    EXPECT_EQ(rowOf(u"ignore -> respond"_s), u"ignore -> respond 1 1 %1"_s.arg(m_ids.at(3)));
    EXPECT_EQ(rowOf(u"hide -> hide"_s), u"hide -> hide 1 0"_s);
    EXPECT_TRUE(out.contains(u"Changed decisions: 3 of 4"_s)) << out.toStdString();

    QFile csv(csvPath);
    ASSERT_TRUE(csv.open(QIODevice::ReadOnly));
    const QByteArray bytes = csv.readAll();
    EXPECT_TRUE(bytes.startsWith("\xEF\xBB\xBF" "comment_id,platform,platform_id,created_at,old_rule,new_rule,"));
    const QList<QByteArray> rows = bytes.mid(3).split('\n');
    ASSERT_EQ(rows.size(), 5); // header, three changes, and the empty tail after the last CRLF
    for (int i = 0; i < 4; ++i)
        EXPECT_TRUE(rows.at(i).endsWith('\r')) << "RFC 4180 lines end with CRLF";
    EXPECT_TRUE(rows.at(3).startsWith(QByteArray(QByteArray::number(m_ids.at(3)) + ",twitter,c4,")));
    EXPECT_TRUE(rows.at(3).contains(",default,nothing,ignore,respond,,,,,,\"q, \"\"quoted\"\"\",")) << rows.at(3).toStdString();
}

TEST_P(PolicyCommandTest, SimulateLimitsToTheDaysAskedInThePolicysTimeZone)
{
    storeComments();
    const QString path = writePolicy(u"p.json"_s, policyJson(1, u"respond"_s));
    // 3 November in New York holds only c3 (4 November 14:00 UTC is the 4th there, too).
    const CtlRun run = ctl({ u"policy"_s, u"simulate"_s, path, u"--since"_s, u"2026-11-03"_s, u"--until"_s,
                             u"2026-11-03"_s });
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_TRUE(run.out.contains(u"Comments:  1 (created from 2026-11-03T00:00:00-05:00 until 2026-11-04T00:00:00-05:00)"_s))
        << run.out.toStdString();
    const CtlRun bad = ctl({ u"policy"_s, u"simulate"_s, path, u"--since"_s, u"last tuesday"_s });
    EXPECT_EQ(bad.exitCode, 2);
    EXPECT_TRUE(bad.err.contains(u"--since"_s));
}

TEST_P(PolicyCommandTest, SimulateRefusesABadCandidate)
{
    const QString path = writePolicy(u"bad.json"_s, "{ not json");
    const CtlRun run = ctl({ u"policy"_s, u"simulate"_s, path });
    EXPECT_EQ(run.exitCode, 2);
    EXPECT_TRUE(run.err.startsWith(path + u":1:"_s)) << run.err.toStdString();
}

MODERATION_INSTANTIATE_ENGINES(PolicyCommandTest);
