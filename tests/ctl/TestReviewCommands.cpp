// `cases reclassify` and two approvals through the CLI (issue 18, items 3 and 5): each verb prints
// only the case or review id; a refusal exits 2 with one line naming the rule.
#include "CtlRunner.h"
#include "TempDatabase.h"

#include "storage/CaseStore.h"
#include "storage/DecisionStore.h"
#include "storage/OutboxStore.h"
#include "sync/DemoLoader.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;
using namespace moderation;
using namespace moderation::test;

class ReviewCommandsTest : public EngineTest
{
protected:
    void SetUp() override
    {
        EngineTest::SetUp();
        if (HasFatalFailure())
            return;
        ASSERT_TRUE(DemoLoader::load(db()).ok());
    }

    CtlRun ctl(QStringList args, const QString& input = {})
    {
        return runCtlWith(QStringList { u"--db"_s, temp().url().toString() } + args, input);
    }
    // On a shared site the actor is the connection's role: the tests act as it there.
    QString as(const QString& login) { return db().isSqlite() ? login : temp().url().user; }
    void addUser(const QString& login, const QString& roles)
    {
        const CtlRun run = ctl({ u"users"_s, u"add"_s, u"--login"_s, login, u"--roles"_s, roles });
        ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    }
    QString next(const QString& login)
    {
        const CtlRun run = ctl({ u"cases"_s, u"next"_s, u"--as"_s, login });
        EXPECT_EQ(run.exitCode, 0) << run.err.toStdString();
        EXPECT_FALSE(run.out.trimmed().isEmpty());
        return run.out.trimmed();
    }
    CtlRun reclassify(const QString& caseId, const QString& login, const QStringList& options)
    {
        return ctl(QStringList { u"cases"_s, u"reclassify"_s, caseId, u"--as"_s, login } + options);
    }
    QJsonObject shown(const QString& caseId, const QString& login)
    {
        const CtlRun run = ctl({ u"cases"_s, u"show"_s, caseId, u"--as"_s, login, u"--json"_s });
        EXPECT_EQ(run.exitCode, 0) << run.err.toStdString();
        return QJsonDocument::fromJson(run.out.toUtf8()).object();
    }
    QString writeFile(const QString& name, const QByteArray& bytes)
    {
        QFile file(m_dir.filePath(name));
        EXPECT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(bytes);
        return file.fileName();
    }

    QTemporaryDir m_dir;
};

TEST_P(ReviewCommandsTest, EachActionReclassifiesACasePrintingItsIdAndShowIsBesideThePolicy)
{
    const QString agent = as(u"ana"_s);
    addUser(agent, u"agent"_s);

    const QString respond = next(agent);
    const CtlRun kept = reclassify(respond, agent, { u"--action"_s, u"respond"_s, u"--reason"_s, u"answer it"_s });
    ASSERT_EQ(kept.exitCode, 0) << kept.err.toStdString();
    EXPECT_EQ(kept.out, respond + u'\n');
    EXPECT_EQ(shown(respond, agent).value(u"state"_s).toString(), u"assigned"_s);

    const QString ignore = next(agent);
    const CtlRun closed = reclassify(ignore, agent, { u"--action"_s, u"ignore"_s, u"--reason"_s, u"a bot"_s });
    ASSERT_EQ(closed.exitCode, 0) << closed.err.toStdString();
    EXPECT_EQ(closed.out, ignore + u'\n');
    const QJsonObject ignored = shown(ignore, agent);
    EXPECT_EQ(ignored.value(u"state"_s).toString(), u"closed"_s);
    EXPECT_EQ(ignored.value(u"reclassified"_s)[u"action"_s].toString(), u"ignore"_s);
    EXPECT_EQ(ignored.value(u"reclassified"_s)[u"by"_s].toString(), agent);
    EXPECT_EQ(ignored.value(u"reclassified"_s)[u"reason"_s].toString(), u"a bot"_s);
    EXPECT_NE(ignored.value(u"decision"_s)[u"rule"_s].toString(), u"reclassified"_s); // the policy's, kept
    EXPECT_FALSE(ignored.value(u"decision"_s)[u"rule"_s].toString().isEmpty());
    const CtlRun text = ctl({ u"cases"_s, u"show"_s, ignore, u"--as"_s, agent });
    EXPECT_TRUE(text.out.contains(u"reclassified by "_s + agent + u": ignore: a bot"_s)) << text.out.toStdString();
    EXPECT_TRUE(text.out.contains(u"\ndecision: "_s)) << text.out.toStdString();

    const QString hide = next(agent);
    const qint64 pendingBefore = OutboxStore(db()).countPending().value();
    const CtlRun hidden = reclassify(hide, agent, { u"--action"_s, u"hide"_s, u"--reason"_s, u"doxxing"_s });
    ASSERT_EQ(hidden.exitCode, 0) << hidden.err.toStdString();
    EXPECT_EQ(hidden.out, hide + u'\n');
    EXPECT_EQ(shown(hide, agent).value(u"state"_s).toString(), u"closed"_s);
    EXPECT_EQ(OutboxStore(db()).countPending().value(), pendingBefore + 1);

    const QString escalate = next(agent);
    const CtlRun noQueue = reclassify(escalate, agent, { u"--action"_s, u"escalate"_s, u"--reason"_s, u"threat"_s });
    EXPECT_EQ(noQueue.exitCode, ctl::ExitBadInput);
    expectOneErrorLine(noQueue, u"--queue"_s);
    const CtlRun escalated = reclassify(escalate, agent, { u"--action"_s, u"escalate"_s, u"--reason"_s, u"threat"_s,
                                                           u"--queue"_s, u"security"_s, u"--json"_s });
    ASSERT_EQ(escalated.exitCode, 0) << escalated.err.toStdString();
    EXPECT_EQ(QJsonDocument::fromJson(escalated.out.toUtf8()).object().value(u"id"_s).toString(), escalate);
    const QJsonObject moved = shown(escalate, agent);
    EXPECT_EQ(moved.value(u"state"_s).toString(), u"escalated"_s);
    EXPECT_EQ(moved.value(u"queue"_s).toString(), u"security"_s);
}

TEST_P(ReviewCommandsTest, EveryRefusedReclassificationIsOneLineExitTwoAndWritesNothing)
{
    const QString agent = as(u"ana"_s);
    addUser(agent, u"agent"_s);
    const QString held = next(agent);
    auto countDecisions = [&]() {
        auto q = db().exec(u"SELECT COUNT(*) FROM decisions"_s);
        EXPECT_TRUE(q.ok() && q->next());
        return q.ok() ? q->value(0).toLongLong() : -1;
    };
    const qint64 before = countDecisions();

    const QList<std::pair<QStringList, QString>> refusals {
        { { u"--action"_s, u"ignore"_s }, u"--reason"_s },
        { { u"--action"_s, u"ignore"_s, u"--reason"_s, u"  "_s }, u"--reason"_s },
        { { u"--reason"_s, u"why"_s }, u"--action"_s },
        { { u"--action"_s, u"delete"_s, u"--reason"_s, u"why"_s }, u"unknown --action \"delete\""_s },
        { { u"--action"_s, u"escalate"_s, u"--reason"_s, u"why"_s }, u"--queue"_s },
        { { u"--action"_s, u"ignore"_s, u"--reason"_s, u"why"_s, u"--queue"_s, u"security"_s },
          u"only when reclassifying as escalate"_s },
    };
    for (const auto& [options, says] : refusals) {
        const CtlRun run = reclassify(held, agent, options);
        EXPECT_EQ(run.exitCode, ctl::ExitBadInput) << options.join(u' ').toStdString();
        expectOneErrorLine(run, says);
    }
    const QStringList ok { u"--action"_s, u"ignore"_s, u"--reason"_s, u"why"_s };
    const CtlRun unknownCase = reclassify(u"999999"_s, agent, ok);
    EXPECT_EQ(unknownCase.exitCode, ctl::ExitBadInput);
    expectOneErrorLine(unknownCase, u"no case with id 999999"_s);
    const CtlRun unknownUser = reclassify(held, db().isSqlite() ? u"nobody"_s : agent + u"x"_s, ok);
    EXPECT_EQ(unknownUser.exitCode, ctl::ExitBadInput);

    // A case nobody holds: an agent who is not a supervisor may not reclassify it.
    CaseFilter unheld;
    unheld.state = Case::State::New;
    auto waiting = CaseStore(db()).list(unheld, 1);
    ASSERT_TRUE(waiting.ok() && !waiting->isEmpty());
    const CtlRun notHeld = reclassify(QString::number(waiting->first().id), agent, ok);
    EXPECT_EQ(notHeld.exitCode, ctl::ExitBadInput);
    expectOneErrorLine(notHeld, u"only its holder or a supervisor"_s);
    EXPECT_EQ(countDecisions(), before);

    ASSERT_EQ(reclassify(held, agent, ok).exitCode, 0);
    const CtlRun again = reclassify(held, agent, ok);
    EXPECT_EQ(again.exitCode, ctl::ExitBadInput);
    expectOneErrorLine(again, u"is closed"_s);
    EXPECT_EQ(countDecisions(), before + 1);
}

// On a shared site --as must be the connection's role, so one connection cannot be two reviewers:
// there each signs in as their own role (SiteCommandsTest.EachPersonWorksACaseAsTheirOwnRole).
class SingleSeatReviewCommandsTest : public ReviewCommandsTest
{
};

TEST_P(SingleSeatReviewCommandsTest, TwoReviewersSignOffACaseThatRequiresTwo)
{
    addUser(u"ana"_s, u"agent"_s);
    addUser(u"rui"_s, u"reviewer"_s);
    addUser(u"rosa"_s, u"reviewer"_s);
    const QString caseId = next(u"ana"_s);
    // What triage does for an outcome with "reviews": 2.
    ASSERT_FALSE(CaseStore(db()).requireReviews(caseId.toLongLong(), 2, u"policy"_s).isError());
    const CtlRun submitted = ctl({ u"draft"_s, u"submit"_s, caseId, u"--as"_s, u"ana"_s, u"--text-file"_s,
                                   writeFile(u"ok.txt"_s, "Thank you for asking: see uscis.gov/processing-times.\n") });
    ASSERT_EQ(submitted.exitCode, 0) << submitted.err.toStdString();
    const QString draftId = submitted.out.trimmed();

    const CtlRun first = ctl({ u"review"_s, u"approve"_s, draftId, u"--as"_s, u"rui"_s });
    ASSERT_EQ(first.exitCode, 0) << first.err.toStdString();
    EXPECT_FALSE(first.out.trimmed().isEmpty());
    EXPECT_EQ(first.out.count(u'\n'), 1); // only the review's id
    EXPECT_TRUE(first.err.contains(u"1 of 2 approvals"_s)) << first.err.toStdString();
    EXPECT_EQ(shown(caseId, u"ana"_s).value(u"state"_s).toString(), u"in_review"_s);
    EXPECT_FALSE(OutboxStore(db()).replyFor(draftId.toLongLong()).value().has_value());

    const CtlRun twice = ctl({ u"review"_s, u"approve"_s, draftId, u"--as"_s, u"rui"_s });
    EXPECT_EQ(twice.exitCode, ctl::ExitBadInput);
    expectOneErrorLine(twice, u"already approved"_s);
    const CtlRun own = ctl({ u"review"_s, u"approve"_s, draftId, u"--as"_s, u"ana"_s });
    EXPECT_EQ(own.exitCode, ctl::ExitBadInput);

    const CtlRun second = ctl({ u"review"_s, u"approve"_s, draftId, u"--as"_s, u"rosa"_s });
    ASSERT_EQ(second.exitCode, 0) << second.err.toStdString();
    EXPECT_TRUE(second.err.contains(u"2 of 2 approvals"_s)) << second.err.toStdString();
    const QJsonObject done = shown(caseId, u"ana"_s);
    EXPECT_EQ(done.value(u"state"_s).toString(), u"approved"_s);
    EXPECT_EQ(done.value(u"reviews_required"_s).toInt(), 2);
    EXPECT_EQ(done.value(u"drafts"_s)[0][u"reviews"_s].toArray().size(), 2);
    auto queued = OutboxStore(db()).replyFor(draftId.toLongLong());
    ASSERT_TRUE(queued.ok() && queued->has_value());
    EXPECT_EQ((*queued)->state, OutboxEntry::State::Pending);
}

MODERATION_INSTANTIATE_ENGINES(ReviewCommandsTest);
INSTANTIATE_TEST_SUITE_P(Sqlite, SingleSeatReviewCommandsTest, ::testing::Values(Engine::Sqlite));
