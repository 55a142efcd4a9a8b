// The routing-and-review verbs as a script uses them (DESIGN.md CLI contract): each prints only
// the new or chosen id (or JSON), a refusal exits 2 with one line naming the rule.
#include "CtlRunner.h"
#include "TempDatabase.h"

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

class WorkCommandsTest : public EngineTest
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
    QString writeFile(const QString& name, const QByteArray& bytes)
    {
        QFile file(m_dir.filePath(name));
        EXPECT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(bytes);
        return file.fileName();
    }

    QTemporaryDir m_dir;
};

// The "done when", through the CLI alone (on PostgreSQL the one connection's role plays
// every part, which the database's own per-role rules of item 8 will split).
TEST_P(WorkCommandsTest, ADemoCaseIsTakenAnsweredRefusedForPiiApprovedByAnotherAndQueued)
{
    const QString agent = as(u"ana"_s);
    const QString reviewer = db().isSqlite() ? u"rui"_s : agent;
    if (db().isSqlite()) {
        addUser(u"ana"_s, u"agent"_s);
        addUser(u"rui"_s, u"reviewer"_s);
    } else {
        addUser(agent, u"agent,reviewer"_s);
    }
    const CtlRun next = ctl({ u"cases"_s, u"next"_s, u"--as"_s, agent });
    ASSERT_EQ(next.exitCode, 0) << next.err.toStdString();
    const QString caseId = next.out.trimmed();
    ASSERT_FALSE(caseId.isEmpty());

    const CtlRun pii = ctl({ u"draft"_s, u"submit"_s, caseId, u"--as"_s, agent, u"--text-file"_s,
                             writeFile(u"pii.txt"_s, "Write back with your A-number A123456789, thanks.\n") });
    EXPECT_EQ(pii.exitCode, ctl::ExitBadInput);
    expectOneErrorLine(pii, u"an A-number"_s);

    const CtlRun submitted = ctl({ u"draft"_s, u"submit"_s, caseId, u"--as"_s, agent, u"--text-file"_s,
                                   writeFile(u"ok.txt"_s, "Thank you for asking: see uscis.gov/processing-times.\n") });
    ASSERT_EQ(submitted.exitCode, 0) << submitted.err.toStdString();
    const QString draftId = submitted.out.trimmed();

    if (db().isSqlite()) {
        const CtlRun self = ctl({ u"review"_s, u"approve"_s, draftId, u"--as"_s, agent });
        EXPECT_EQ(self.exitCode, ctl::ExitBadInput);
        expectOneErrorLine(self, u"reviewer role"_s);
        const CtlRun approved = ctl({ u"review"_s, u"approve"_s, draftId, u"--as"_s, reviewer, u"--json"_s });
        ASSERT_EQ(approved.exitCode, 0) << approved.err.toStdString();
        EXPECT_TRUE(QJsonDocument::fromJson(approved.out.toUtf8()).object().contains(u"id"_s));
        auto queued = OutboxStore(db()).replyFor(draftId.toLongLong());
        ASSERT_TRUE(queued.ok() && queued->has_value());
        EXPECT_EQ((*queued)->state, OutboxEntry::State::Pending);
    } else {
        // One role wrote it: it may not approve it.
        const CtlRun self = ctl({ u"review"_s, u"approve"_s, draftId, u"--as"_s, agent });
        EXPECT_EQ(self.exitCode, ctl::ExitBadInput);
        expectOneErrorLine(self, u"cannot approve it"_s);
    }
    const CtlRun shown = ctl({ u"cases"_s, u"show"_s, caseId, u"--as"_s, agent, u"--json"_s });
    ASSERT_EQ(shown.exitCode, 0) << shown.err.toStdString();
    const QJsonObject c = QJsonDocument::fromJson(shown.out.toUtf8()).object();
    EXPECT_EQ(c.value(u"state"_s).toString(), db().isSqlite() ? u"approved"_s : u"in_review"_s);
    EXPECT_EQ(c.value(u"drafts"_s).toArray().size(), 1);
}

TEST_P(WorkCommandsTest, BadInputIsOneLineAndExitTwoAndWritesNothing)
{
    const QString agent = as(u"ana"_s);
    addUser(agent, u"agent"_s);
    const CtlRun unknownUser = ctl({ u"cases"_s, u"next"_s, u"--as"_s, db().isSqlite() ? u"nobody"_s : agent + u"x"_s });
    EXPECT_EQ(unknownUser.exitCode, ctl::ExitBadInput);
    const CtlRun unknownCase = ctl({ u"cases"_s, u"show"_s, u"999999"_s, u"--as"_s, agent });
    EXPECT_EQ(unknownCase.exitCode, ctl::ExitBadInput);
    expectOneErrorLine(unknownCase, u"no case with id 999999"_s);
    const CtlRun taken = ctl({ u"cases"_s, u"next"_s, u"--as"_s, agent });
    ASSERT_EQ(taken.exitCode, 0) << taken.err.toStdString();
    const QString caseId = taken.out.trimmed();
    const QList<std::pair<QByteArray, QString>> files { { QByteArray("\xff\xfe bad"), u"not UTF-8"_s },
                                                        { QByteArray("\n"), u"empty"_s },
                                                        { QByteArray(1024 * 1024 + 1, 'a'), u"limit of 1 MB"_s } };
    for (const auto& [bytes, says] : files) {
        const CtlRun run = ctl({ u"draft"_s, u"submit"_s, caseId, u"--as"_s, agent, u"--text-file"_s,
                                 writeFile(u"draft.txt"_s, bytes) });
        EXPECT_EQ(run.exitCode, ctl::ExitBadInput) << says.toStdString();
        expectOneErrorLine(run, says);
    }
    const CtlRun shown = ctl({ u"cases"_s, u"show"_s, caseId, u"--as"_s, agent, u"--json"_s });
    EXPECT_TRUE(QJsonDocument::fromJson(shown.out.toUtf8()).object().value(u"drafts"_s).toArray().isEmpty());
    const CtlRun wrongState = ctl({ u"cases"_s, u"close"_s, caseId, u"--as"_s, agent, u"--reason"_s, u"spam"_s });
    ASSERT_EQ(wrongState.exitCode, 0) << wrongState.err.toStdString();
    const CtlRun again = ctl({ u"cases"_s, u"close"_s, caseId, u"--as"_s, agent, u"--reason"_s, u"again"_s });
    EXPECT_EQ(again.exitCode, ctl::ExitBadInput);
    expectOneErrorLine(again, u"cannot go from closed to closed"_s);
}

TEST_P(WorkCommandsTest, UsersAreListedAndChanged)
{
    addUser(as(u"ana"_s), u"agent,reviewer"_s);
    const CtlRun set = ctl({ u"users"_s, u"set"_s, as(u"ana"_s), u"--queues"_s, u"general,security"_s, u"--capacity"_s, u"5"_s });
    ASSERT_EQ(set.exitCode, 0) << set.err.toStdString();
    const CtlRun listed = ctl({ u"users"_s, u"list"_s, u"--json"_s });
    ASSERT_EQ(listed.exitCode, 0) << listed.err.toStdString();
    const QJsonArray users = QJsonDocument::fromJson(listed.out.toUtf8()).array();
    ASSERT_EQ(users.size(), 4); // and the demo's three
    QJsonObject ana;
    for (const QJsonValue& user : users) {
        if (user[u"login"_s].toString() == as(u"ana"_s))
            ana = user.toObject();
    }
    EXPECT_EQ(ana.value(u"capacity"_s).toInt(), 5);
    EXPECT_EQ(ana.value(u"queues"_s).toArray().size(), 2);
    EXPECT_EQ(ana.value(u"roles"_s).toArray().size(), 2);
    const CtlRun badRole = ctl({ u"users"_s, u"add"_s, u"--login"_s, u"x"_s, u"--roles"_s, u"janitor"_s });
    EXPECT_EQ(badRole.exitCode, ctl::ExitBadInput);
    expectOneErrorLine(badRole, u"unknown role \"janitor\""_s);
}

// "Answered from the library" through the CLI: cases show offers the library's answers filled in
// for the comment, and draft submit --answer drafts one as it stands.
TEST_P(WorkCommandsTest, ACaseIsAnsweredFromTheLibrary)
{
    const QString agent = as(u"ana"_s);
    addUser(agent, u"agent"_s);
    const CtlRun next = ctl({ u"cases"_s, u"next"_s, u"--as"_s, agent });
    ASSERT_EQ(next.exitCode, 0) << next.err.toStdString();
    const QString caseId = next.out.trimmed();
    const CtlRun shown = ctl({ u"cases"_s, u"show"_s, caseId, u"--as"_s, agent, u"--json"_s });
    ASSERT_EQ(shown.exitCode, 0) << shown.err.toStdString();
    const QJsonArray suggestions = QJsonDocument::fromJson(shown.out.toUtf8()).object().value(u"suggestions"_s).toArray();
    ASSERT_FALSE(suggestions.isEmpty()) << shown.out.toStdString();
    const QJsonObject first = suggestions.first().toObject();
    const QString key = first.value(u"key"_s).toString();
    const QString filled = first.value(u"text"_s).toString();
    EXPECT_FALSE(filled.contains(u"{{"_s)) << filled.toStdString(); // every variable filled in

    const CtlRun unknown = ctl({ u"draft"_s, u"submit"_s, caseId, u"--as"_s, agent, u"--answer"_s, u"no-such-answer"_s });
    EXPECT_EQ(unknown.exitCode, ctl::ExitBadInput);
    expectOneErrorLine(unknown, u"no such answer"_s);
    const CtlRun neither = ctl({ u"draft"_s, u"submit"_s, caseId, u"--as"_s, agent });
    EXPECT_EQ(neither.exitCode, ctl::ExitBadInput);

    const CtlRun submitted = ctl({ u"draft"_s, u"submit"_s, caseId, u"--as"_s, agent, u"--answer"_s, key });
    ASSERT_EQ(submitted.exitCode, 0) << submitted.err.toStdString();
    const QJsonObject after = QJsonDocument::fromJson(
                                  ctl({ u"cases"_s, u"show"_s, caseId, u"--as"_s, agent, u"--json"_s }).out.toUtf8())
                                  .object();
    EXPECT_EQ(after.value(u"state"_s).toString(), u"in_review"_s);
    const QJsonObject draft = after.value(u"drafts"_s).toArray().first().toObject();
    EXPECT_EQ(draft.value(u"id"_s).toString(), submitted.out.trimmed());
    EXPECT_EQ(draft.value(u"text"_s).toString(), filled);
}

TEST_P(WorkCommandsTest, QueuesGetOfficeHoursAndABreachQueueFromASupervisor)
{
    const QString sam = as(u"sam"_s);
    addUser(sam, u"agent"_s);
    const QStringList hours { u"queues"_s, u"set"_s, u"general"_s, u"--hours"_s, u"mon-fri 08:00-20:00"_s,
                              u"--timezone"_s, u"America/New_York"_s, u"--breach-to"_s, u"supervisors"_s,
                              u"--as"_s, sam };
    const CtlRun agent = ctl(hours);
    EXPECT_EQ(agent.exitCode, ctl::ExitBadInput);
    expectOneErrorLine(agent, u"not a supervisor or admin"_s);
    ASSERT_EQ(ctl({ u"users"_s, u"set"_s, sam, u"--roles"_s, u"agent,supervisor"_s }).exitCode, 0);
    const CtlRun set = ctl(hours);
    ASSERT_EQ(set.exitCode, 0) << set.err.toStdString();
    EXPECT_EQ(set.out, u"general\n"_s);

    const CtlRun badHours = ctl({ u"queues"_s, u"set"_s, u"general"_s, u"--hours"_s, u"mon-fri 8-20"_s, u"--as"_s, sam });
    EXPECT_EQ(badHours.exitCode, ctl::ExitBadInput);
    expectOneErrorLine(badHours, u"column 9"_s);
    const CtlRun badZone = ctl({ u"queues"_s, u"set"_s, u"general"_s, u"--timezone"_s, u"Atlantis/Capital"_s, u"--as"_s, sam });
    EXPECT_EQ(badZone.exitCode, ctl::ExitBadInput);
    expectOneErrorLine(badZone, u"Atlantis/Capital"_s);
    const CtlRun itself = ctl({ u"queues"_s, u"set"_s, u"general"_s, u"--breach-to"_s, u"general"_s, u"--as"_s, sam });
    EXPECT_EQ(itself.exitCode, ctl::ExitBadInput);
    expectOneErrorLine(itself, u"its own breach queue"_s);
    const CtlRun nothing = ctl({ u"queues"_s, u"set"_s, u"general"_s, u"--as"_s, sam });
    EXPECT_EQ(nothing.exitCode, ctl::ExitBadInput);

    const CtlRun listed = ctl({ u"queues"_s, u"list"_s, u"--json"_s });
    ASSERT_EQ(listed.exitCode, 0) << listed.err.toStdString();
    QJsonObject general;
    qint64 openCases = 0;
    for (const QJsonValue& queue : QJsonDocument::fromJson(listed.out.toUtf8()).array()) {
        openCases += queue[u"open_cases"_s].toInteger();
        if (queue[u"name"_s].toString() == u"general"_s)
            general = queue.toObject();
    }
    EXPECT_EQ(general.value(u"hours"_s).toString(), u"mon-fri 08:00-20:00"_s); // the refused changes changed nothing
    EXPECT_EQ(general.value(u"timezone"_s).toString(), u"America/New_York"_s);
    EXPECT_EQ(general.value(u"breach_to"_s).toString(), u"supervisors"_s);

    // Every case says where it stands against its SLA; the demo's policy gives most of them one.
    const CtlRun cases = ctl({ u"cases"_s, u"list"_s, u"--json"_s, u"--as"_s, sam });
    ASSERT_EQ(cases.exitCode, 0) << cases.err.toStdString();
    const QJsonArray all = QJsonDocument::fromJson(cases.out.toUtf8()).array();
    EXPECT_EQ(all.size(), openCases);
    int withDeadline = 0;
    for (const QJsonValue& c : all) {
        const QJsonObject sla = c[u"sla"_s].toObject();
        const QString status = sla.value(u"status"_s).toString();
        EXPECT_TRUE(QStringList({ u"none"_s, u"ok"_s, u"at_risk"_s, u"breached"_s }).contains(status)) << status.toStdString();
        if (sla.contains(u"due_at"_s)) {
            ++withDeadline;
            EXPECT_LT(sla.value(u"at_risk_at"_s).toString(), sla.value(u"due_at"_s).toString());
        }
    }
    EXPECT_GT(withDeadline, 0);
}

TEST_P(WorkCommandsTest, AProposedHideIsConfirmedIntoTheOutboxOrRejectedWithAReason)
{
    const QString agent = as(u"ana"_s);
    addUser(agent, u"agent,supervisor"_s);
    QStringList proposed;
    auto q = db().exec(u"SELECT c.id FROM cases c JOIN decisions d ON d.comment_id = c.comment_id "
                       "WHERE d.action = 'hide' AND d.hide_mode = 'proposed' AND c.state = 'new' ORDER BY c.id"_s);
    ASSERT_TRUE(q.ok()) << q.error().toString().toStdString();
    while (q->next())
        proposed << q->value(0).toString();
    ASSERT_GE(proposed.size(), 2) << "the demo proposes hides";
    for (const QString& id : proposed.first(2)) {
        const CtlRun assigned = ctl({ u"cases"_s, u"assign"_s, id, u"--to"_s, agent, u"--as"_s, agent });
        ASSERT_EQ(assigned.exitCode, 0) << assigned.err.toStdString();
    }
    const qint64 pendingBefore = OutboxStore(db()).countPending().value();

    const CtlRun noReason = ctl({ u"cases"_s, u"reject-hide"_s, proposed[1], u"--as"_s, agent });
    EXPECT_EQ(noReason.exitCode, ctl::ExitBadInput);
    expectOneErrorLine(noReason, u"--reason"_s);

    const CtlRun confirmed = ctl({ u"cases"_s, u"confirm-hide"_s, proposed[0], u"--as"_s, agent });
    ASSERT_EQ(confirmed.exitCode, 0) << confirmed.err.toStdString();
    EXPECT_EQ(confirmed.out.trimmed(), proposed[0]);
    const CtlRun rejected = ctl({ u"cases"_s, u"reject-hide"_s, proposed[1], u"--as"_s, agent, u"--reason"_s,
                                  u"a quote from our own page"_s });
    ASSERT_EQ(rejected.exitCode, 0) << rejected.err.toStdString();
    EXPECT_EQ(OutboxStore(db()).countPending().value(), pendingBefore + 1); // one hide, not two

    const CtlRun shown = ctl({ u"cases"_s, u"show"_s, proposed[1], u"--as"_s, agent, u"--json"_s });
    ASSERT_EQ(shown.exitCode, 0) << shown.err.toStdString();
    const QJsonObject rejectedCase = QJsonDocument::fromJson(shown.out.toUtf8()).object();
    EXPECT_EQ(rejectedCase.value(u"state"_s).toString(), u"closed"_s) << shown.out.toStdString();

    const CtlRun again = ctl({ u"cases"_s, u"confirm-hide"_s, proposed[0], u"--as"_s, agent });
    EXPECT_EQ(again.exitCode, ctl::ExitBadInput);
    EXPECT_EQ(OutboxStore(db()).countPending().value(), pendingBefore + 1);
}

MODERATION_INSTANTIATE_ENGINES(WorkCommandsTest);
