// `events add` and `events list` as a script uses them: the new id on stdout, the list as a table
// or JSON, and the exit codes of the contract (2 for bad input naming what is wrong, with nothing
// stored).
#include "CtlRunner.h"
#include "TempDatabase.h"
#include "storage/UserStore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;
using namespace moderation;
using namespace moderation::test;

class EventsCommandsTest : public EngineTest
{
protected:
    void SetUp() override
    {
        EngineTest::SetUp();
        if (HasFatalFailure())
            return;
        for (const auto& [login, role] :
            { std::pair { as(u"sam"_s), Role::Supervisor }, std::pair { u"ana"_s, Role::Agent } }) {
            User user;
            user.login = login;
            user.roles = { role };
            auto added = UserStore(db()).add(user, {}, {}, 0, u"admin"_s);
            ASSERT_TRUE(added.ok()) << added.error().toString().toStdString();
        }
    }
    // On a shared site the actor is the connection's role: the supervisor is that role there.
    QString as(const QString& login) { return db().isSqlite() ? login : temp().url().user; }
    CtlRun ctl(const QStringList& args)
    {
        return runCtlWith(QStringList { u"--db"_s, temp().url().toString() } + args);
    }
    QStringList addArgs(const QString& actor = {})
    {
        return { u"events"_s, u"add"_s, u"--as"_s, actor.isEmpty() ? as(u"sam"_s) : actor, u"--hashtag"_s,
            u"#AskImmigration"_s, u"--from"_s, u"2026-11-02T09:00"_s, u"--to"_s, u"2026-11-02T10:00"_s, u"--timezone"_s,
            u"America/New_York"_s, u"--queue"_s, u"sme"_s, u"--title"_s, u"Green cards"_s };
    }
};

TEST_P(EventsCommandsTest, AddPrintsTheIdAndListShowsTheEventInUtc)
{
    const CtlRun added = ctl(addArgs());
    ASSERT_EQ(added.exitCode, ctl::ExitOk) << added.err.toStdString();
    EXPECT_EQ(added.out.trimmed(), u"1"_s);

    const CtlRun table = ctl({ u"events"_s, u"list"_s });
    ASSERT_EQ(table.exitCode, ctl::ExitOk) << table.err.toStdString();
    EXPECT_TRUE(table.out.contains(u"1\t#AskImmigration\t2026-11-02T14:00:00Z\t2026-11-02T15:00:00Z\t"
                                   "America/New_York\tsme\tGreen cards\n"_s))
        << table.out.toStdString();

    const CtlRun json = ctl({ u"events"_s, u"list"_s, u"--format"_s, u"json"_s });
    ASSERT_EQ(json.exitCode, ctl::ExitOk) << json.err.toStdString();
    const QJsonArray events = QJsonDocument::fromJson(json.out.toUtf8()).array();
    ASSERT_EQ(events.size(), 1) << json.out.toStdString();
    const QJsonObject event = events.at(0).toObject();
    EXPECT_EQ(event.value(u"hashtag"_s).toString(), u"AskImmigration"_s);
    EXPECT_EQ(event.value(u"starts_at"_s).toString(), u"2026-11-02T14:00:00Z"_s);
    EXPECT_EQ(event.value(u"queue"_s).toString(), u"sme"_s);
    EXPECT_EQ(event.value(u"created_by"_s).toString(), as(u"sam"_s));
    EXPECT_TRUE(json.out.startsWith(u"[{\"id\":1,\"hashtag\":"_s)) << json.out.toStdString();
}

TEST_P(EventsCommandsTest, TheBriefsSpellingsStartEndAndTzWorkToo)
{
    const CtlRun added = ctl({ u"events"_s, u"add"_s, u"--as"_s, as(u"sam"_s), u"--hashtag"_s, u"AskAgain"_s,
        u"--start"_s, u"2026-11-03T14:00:00Z"_s, u"--end"_s, u"2026-11-03T15:00:00Z"_s, u"--tz"_s, u"UTC"_s,
        u"--queue"_s, u"sme"_s });
    ASSERT_EQ(added.exitCode, ctl::ExitOk) << added.err.toStdString();
    const CtlRun upcoming = ctl({ u"events"_s, u"list"_s, u"--when"_s, u"upcoming"_s });
    EXPECT_EQ(upcoming.exitCode, ctl::ExitOk);
}

TEST_P(EventsCommandsTest, BadInputExitsTwoNamingItAndStoresNothing)
{
    QStringList endBeforeStart = addArgs();
    endBeforeStart[endBeforeStart.indexOf(u"2026-11-02T10:00"_s)] = u"2026-11-02T08:00"_s;
    QStringList badZone = addArgs();
    badZone[badZone.indexOf(u"America/New_York"_s)] = u"Mars/Base"_s;
    QStringList badTag = addArgs();
    badTag[badTag.indexOf(u"#AskImmigration"_s)] = u"#ask me"_s;
    QStringList tooLong = addArgs();
    tooLong[tooLong.indexOf(u"2026-11-02T10:00"_s)] = u"2026-11-12T10:00"_s;
    const QList<std::pair<QStringList, QString>> cases {
        { endBeforeStart, u"must be after its start"_s },
        { badZone, u"Mars/Base"_s },
        { badTag, u"is not a hashtag"_s },
        { tooLong, u"longer than 7 days"_s },
        { { u"events"_s, u"add"_s, u"--as"_s, as(u"sam"_s), u"--hashtag"_s, u"X"_s }, u"--from is required"_s },
        { { u"events"_s, u"list"_s, u"--format"_s, u"xml"_s }, u"table or json"_s },
    };
    for (const auto& [args, says] : cases) {
        const CtlRun run = ctl(args);
        EXPECT_EQ(run.exitCode, ctl::ExitBadInput) << args.join(u' ').toStdString() << ": " << run.err.toStdString();
        expectOneErrorLine(run, says);
    }
    const CtlRun list = ctl({ u"events"_s, u"list"_s, u"--format"_s, u"json"_s });
    EXPECT_EQ(list.out.trimmed(), u"[]"_s);
}

TEST_P(EventsCommandsTest, OnlySupervisorsAndAdminsAddEvents)
{
    // On a shared site the connection's role is made an agent only.
    if (!db().isSqlite()) {
        UserStore::Change change;
        change.roles = QList<Role> { Role::Agent };
        ASSERT_TRUE(UserStore(db()).change(as(u"sam"_s), change, u"admin"_s).ok());
    }
    const CtlRun run = ctl(addArgs(as(u"ana"_s)));
    EXPECT_EQ(run.exitCode, ctl::ExitBadInput) << run.err.toStdString();
    expectOneErrorLine(run, u"not a supervisor or admin"_s);
}

MODERATION_INSTANTIATE_ENGINES(EventsCommandsTest);
