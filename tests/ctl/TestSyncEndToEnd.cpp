#include "CtlRunner.h"
#include "SyncStandIn.h"

#include "storage/CommentStore.h"
#include "storage/Database.h"
#include "storage/QuarantineStore.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;
using namespace moderation;
using namespace moderation::test;

// moderationctl against a local stand-in for both platforms (md-fake-platforms, a process of its
// own) that injects 429s, 503s and truncated bodies: accounts added with their tokens in the
// real keychain, `sync --once` run as a site runs it, the result read back from the store and
// from the stand-in's record of what reached it.
class SyncEndToEnd : public ::testing::Test
{
protected:
    void start(const QString& faults, int filler = 0, const QStringList& extra = {}, int questions = 0)
    {
        m_standIn = std::make_unique<SyncStandIn>(faults, filler, extra, questions);
        ASSERT_TRUE(m_standIn->ready()) << m_standIn->problem().toStdString();
        m_db = u"sqlite:"_s + m_dir.filePath(u"store.sqlite"_s);
        const QString policy = m_dir.filePath(u"policy.json"_s);
        QFile file(policy);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(syncTestPolicy());
        file.close();
        expectOk(ctl({ u"policy"_s, u"activate"_s, policy }));
        expectOk(ctl({ u"account"_s, u"add"_s, u"--platform"_s, u"twitter"_s, u"--name"_s, u"agency-x"_s,
                       u"--user-id"_s, u"42"_s, u"--base-url"_s, m_standIn->xBaseUrl(), u"--watch"_s, u"mentions"_s,
                       u"--token-stdin"_s },
                     QString::fromLatin1(SyncStandIn::xToken()) + u'\n'));
        expectOk(ctl({ u"account"_s, u"add"_s, u"--platform"_s, u"facebook"_s, u"--name"_s, u"agency-fb"_s,
                       u"--page-id"_s, u"1000"_s, u"--base-url"_s, m_standIn->graphBaseUrl(), u"--token-stdin"_s },
                     QString::fromLatin1(SyncStandIn::graphToken()) + u'\n'));
        expectOk(ctl({ u"users"_s, u"add"_s, u"--login"_s, u"ana"_s, u"--roles"_s, u"agent"_s }));
        expectOk(ctl({ u"users"_s, u"add"_s, u"--login"_s, u"rui"_s, u"--roles"_s, u"reviewer"_s }));
    }

    CtlRun ctl(QStringList arguments, const QString& input = {})
    {
        arguments.prepend(m_db);
        arguments.prepend(u"--db"_s);
        return runCtlWith(arguments, input);
    }

    static void expectOk(const CtlRun& run)
    {
        EXPECT_EQ(run.exitCode, 0) << run.err.toStdString() << run.out.toStdString();
    }

    qint64 storedComments()
    {
        auto url = DatabaseUrl::parse(m_db);
        auto database = Database::open(*url);
        EXPECT_TRUE(database.ok()) << database.error().toString().toStdString();
        if (!database.ok())
            return -1;
        auto count = CommentStore(**database).count();
        return count.ok() ? *count : -1;
    }

    static int replyCount(const QJsonObject& state)
    {
        int count = 0;
        const QJsonObject replies = state.value(u"replies"_s).toObject();
        for (auto it = replies.begin(); it != replies.end(); ++it)
            count += it.value().toObject().value(u"count"_s).toInt();
        return count;
    }

    static bool hidden(const QJsonObject& state, const QString& id)
    {
        return state.value(u"hidden"_s).toObject().value(id).toObject().value(u"hidden"_s).toBool();
    }

    QTemporaryDir m_dir;
    QString m_db;
    std::unique_ptr<SyncStandIn> m_standIn;
};

TEST_F(SyncEndToEnd, ThreeRunsThroughFaultsStoreEveryCommentOnceHideWhatThePolicyHidesAndSendOneApprovedReplyOnce)
{
    constexpr int kFiller = 120; // two pages of mentions
    start(u"429-x,503-x2,truncate-x,429-graph,503-graph,truncate-graph"_s, kFiller);
    if (HasFatalFailure())
        return;

    const CtlRun first = ctl({ u"sync"_s, u"--once"_s });
    EXPECT_EQ(first.exitCode, 0) << first.err.toStdString();
    EXPECT_EQ(storedComments(), SyncStandIn::commentCount(kFiller) - 1) << "every comment once (our post is not a mention)";
    const QJsonObject x = m_standIn->state(u"x"_s);
    const QJsonObject graph = m_standIn->state(u"graph"_s);
    EXPECT_TRUE(hidden(x, SyncStandIn::xSsnReply())) << QJsonDocument(x).toJson().toStdString();
    EXPECT_TRUE(hidden(x, SyncStandIn::xSpamReply()));
    EXPECT_TRUE(hidden(graph, SyncStandIn::graphSsn())) << QJsonDocument(graph).toJson().toStdString();
    EXPECT_TRUE(hidden(graph, SyncStandIn::graphSpam()));
    EXPECT_FALSE(hidden(graph, SyncStandIn::graphQuestion()));

    // A draft without approval never reaches a platform.
    const CtlRun taken = ctl({ u"cases"_s, u"next"_s, u"--as"_s, u"ana"_s });
    ASSERT_EQ(taken.exitCode, 0) << taken.err.toStdString();
    const QString caseId = taken.out.trimmed();
    const QString textFile = m_dir.filePath(u"reply.txt"_s);
    QFile text(textFile);
    ASSERT_TRUE(text.open(QIODevice::WriteOnly));
    text.write("Thank you for asking. Interview times are at uscis.gov/processing-times.");
    text.close();
    const CtlRun drafted = ctl({ u"draft"_s, u"submit"_s, caseId, u"--text-file"_s, textFile, u"--as"_s, u"ana"_s });
    ASSERT_EQ(drafted.exitCode, 0) << drafted.err.toStdString();
    const CtlRun second = ctl({ u"sync"_s, u"--once"_s });
    EXPECT_EQ(second.exitCode, 0) << second.err.toStdString();
    EXPECT_EQ(replyCount(m_standIn->state(u"x"_s)) + replyCount(m_standIn->state(u"graph"_s)), 0);
    EXPECT_EQ(storedComments(), SyncStandIn::commentCount(kFiller) - 1) << "re-reading stores nothing twice";

    // Approved by someone else: sent by the next run, exactly once.
    expectOk(ctl({ u"review"_s, u"approve"_s, drafted.out.trimmed(), u"--as"_s, u"rui"_s }));
    const CtlRun third = ctl({ u"sync"_s, u"--once"_s });
    EXPECT_EQ(third.exitCode, 0) << third.err.toStdString();
    EXPECT_EQ(replyCount(m_standIn->state(u"x"_s)) + replyCount(m_standIn->state(u"graph"_s)), 1);
    expectOk(ctl({ u"sync"_s, u"--once"_s }));
    EXPECT_EQ(replyCount(m_standIn->state(u"x"_s)) + replyCount(m_standIn->state(u"graph"_s)), 1);
    // Our reply, read back by the last run, is kept as context (marked ours, no case).
    EXPECT_LE(storedComments(), SyncStandIn::commentCount(kFiller));
    const CtlRun open = ctl({ u"cases"_s, u"list"_s, u"--json"_s, u"--as"_s, u"rui"_s });
    EXPECT_EQ(QJsonDocument::fromJson(open.out.toUtf8()).array().size(), 2) << open.out.toStdString();

    const CtlRun verified = ctl({ u"audit"_s, u"verify"_s });
    EXPECT_EQ(verified.exitCode, 0) << verified.err.toStdString();
    EXPECT_TRUE(verified.out.contains(u"checkpoints: 1 of 1 verified"_s)) << verified.out.toStdString();
}

TEST_F(SyncEndToEnd, ARevokedTokenLeavesTheAccountNeedingReauthenticationUntilANewTokenIsGiven)
{
    start(u"revoked-x"_s);
    if (HasFatalFailure())
        return;
    const CtlRun failed = ctl({ u"sync"_s, u"--once"_s });
    EXPECT_EQ(failed.exitCode, 3) << "an account failed: " << failed.err.toStdString();
    EXPECT_TRUE(failed.out.contains(u"agency-fb\tcaught up"_s)) << failed.out.toStdString();
    const CtlRun listed = ctl({ u"account"_s, u"list"_s });
    EXPECT_TRUE(listed.out.contains(u"agency-x\ttwitter\t42\tneeds re-authentication"_s)) << listed.out.toStdString();
    EXPECT_FALSE(listed.out.contains(QString::fromLatin1(SyncStandIn::xToken()))) << "no token is ever shown";

    expectOk(ctl({ u"account"_s, u"set"_s, u"agency-x"_s, u"--token-stdin"_s },
                 QString::fromLatin1(SyncStandIn::xToken()) + u'\n'));
    const CtlRun again = ctl({ u"sync"_s, u"--once"_s });
    EXPECT_EQ(again.exitCode, 0) << again.err.toStdString();
    EXPECT_EQ(storedComments(), SyncStandIn::commentCount(0) - 1);
    EXPECT_TRUE(ctl({ u"account"_s, u"list"_s }).out.contains(u"agency-x\ttwitter\t42\tok"_s));
}

TEST_F(SyncEndToEnd, ALongRateLimitIsReportedAndTheRunStillSucceeds)
{
    start(u"429-x"_s, 0, { u"--x-reset-seconds"_s, u"900"_s });
    if (HasFatalFailure())
        return;
    const CtlRun run = ctl({ u"sync"_s, u"--once"_s });
    EXPECT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_TRUE(run.out.contains(u"agency-x\trate limited until"_s)) << run.out.toStdString();
    const CtlRun json = ctl({ u"account"_s, u"list"_s, u"--json"_s });
    const QJsonArray accounts = QJsonDocument::fromJson(json.out.toUtf8()).array();
    ASSERT_EQ(accounts.size(), 2);
    for (const QJsonValue& account : accounts) {
        const QJsonObject object = account.toObject();
        if (object.value(u"name"_s).toString() == u"agency-x"_s) {
            EXPECT_EQ(object.value(u"state"_s).toString(), u"rate_limited"_s);
            EXPECT_TRUE(object.value(u"state_text"_s).toString().startsWith(u"rate limited until"_s));
            EXPECT_EQ(object.value(u"posts"_s).toObject().value(u"limit"_s).toInt(), 100);
        }
    }
}

TEST_F(SyncEndToEnd, AccountVerbsRefuseBadInputNamingIt)
{
    m_db = u"sqlite:"_s + m_dir.filePath(u"store.sqlite"_s);
    const CtlRun noToken = ctl({ u"account"_s, u"add"_s, u"--platform"_s, u"twitter"_s, u"--name"_s, u"a"_s,
                                 u"--user-id"_s, u"42"_s });
    EXPECT_EQ(noToken.exitCode, 2);
    EXPECT_TRUE(noToken.err.contains(u"--token-stdin"_s));
    const CtlRun badId = ctl({ u"account"_s, u"add"_s, u"--platform"_s, u"twitter"_s, u"--name"_s, u"a"_s,
                               u"--user-id"_s, u"@agency"_s, u"--token-stdin"_s },
                             u"t\n"_s);
    EXPECT_EQ(badId.exitCode, 2);
    EXPECT_TRUE(badId.err.contains(u"--user-id"_s)) << badId.err.toStdString();
    const CtlRun badWatch = ctl({ u"account"_s, u"add"_s, u"--platform"_s, u"facebook"_s, u"--name"_s, u"a"_s,
                                  u"--page-id"_s, u"1"_s, u"--watch"_s, u"mentions"_s, u"--token-stdin"_s },
                                u"t\n"_s);
    EXPECT_EQ(badWatch.exitCode, 2);
    EXPECT_TRUE(badWatch.err.contains(u"page-comments"_s)) << badWatch.err.toStdString();
    const CtlRun emptyToken = ctl({ u"account"_s, u"add"_s, u"--platform"_s, u"twitter"_s, u"--name"_s, u"a"_s,
                                    u"--user-id"_s, u"42"_s, u"--token-stdin"_s },
                                  u"\n"_s);
    EXPECT_EQ(emptyToken.exitCode, 2);
    const CtlRun badQuota = ctl({ u"account"_s, u"set"_s, u"a"_s, u"--posts-per-day"_s, u"-4"_s });
    EXPECT_EQ(badQuota.exitCode, 2);
    EXPECT_TRUE(badQuota.err.contains(u"--posts-per-day"_s)) << badQuota.err.toStdString();
    EXPECT_EQ(ctl({ u"account"_s, u"remove"_s, u"nobody"_s }).exitCode, 2);
    EXPECT_EQ(ctl({ u"account"_s, u"list"_s }).out, QString()) << "nothing was added";
}

TEST_F(SyncEndToEnd, QuarantineListShowsRawBytesAndReasonWithoutLettingThemDriveTheTerminal)
{
    m_db = u"sqlite:"_s + m_dir.filePath(u"store.sqlite"_s);
    EXPECT_EQ(ctl({ u"quarantine"_s, u"list"_s }).out, u"quarantine is empty\n"_s);
    {
        auto url = DatabaseUrl::parse(m_db);
        auto database = Database::open(*url);
        ASSERT_TRUE(database.ok());
        QuarantinedItem item;
        item.platform = Platform::Twitter;
        item.origin = u"https://api.x.com/2/users/42/mentions"_s;
        item.reason = u"$.data[1].text: expected a string, found a number"_s;
        item.raw = "{\"id\":\"7\",\"text\":7,\"name\":\"\x1b[2Jgotcha\"}";
        ASSERT_TRUE(QuarantineStore(**database).add(item).ok());
    }
    const CtlRun plain = ctl({ u"quarantine"_s, u"list"_s });
    EXPECT_EQ(plain.exitCode, 0);
    EXPECT_TRUE(plain.out.contains(u"$.data[1].text: expected a string"_s)) << plain.out.toStdString();
    EXPECT_FALSE(plain.out.contains(QChar(0x1b))) << "no escape sequence reaches the terminal";
    EXPECT_TRUE(plain.out.contains(u"\\u001b[2Jgotcha"_s)) << plain.out.toStdString();
    const CtlRun json = ctl({ u"quarantine"_s, u"list"_s, u"--json"_s });
    const QJsonArray items = QJsonDocument::fromJson(json.out.toUtf8()).array();
    ASSERT_EQ(items.size(), 1);
    EXPECT_EQ(items.first().toObject().value(u"raw"_s).toString().toUtf8(),
              QByteArray("{\"id\":\"7\",\"text\":7,\"name\":\"\x1b[2Jgotcha\"}"));
    EXPECT_EQ(items.first().toObject().value(u"raw_encoding"_s).toString(), u"utf-8"_s);
}
