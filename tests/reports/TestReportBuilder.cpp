#include "WorkFixture.h"

#include "reports/ReportBuilder.h"
#include "review/ReviewDesk.h"
#include "routing/Router.h"
#include "storage/AccountStore.h"
#include "storage/AuditStore.h"
#include "storage/CaseStore.h"
#include "storage/CommentStore.h"
#include "storage/DecisionStore.h"
#include "storage/OutboxStore.h"
#include "storage/SettingsStore.h"

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace moderation;
using namespace moderation::test;

namespace {

QDateTime utc(int month, int day, int hour, int minute)
{
    return QDateTime(QDate(2026, month, day), QTime(hour, minute), QTimeZone::utc());
}

const QTimeZone kNewYork("America/New_York");

const ReportTable& table(const Report& report, const QString& id)
{
    for (const ReportTable& t : report.tables)
        if (t.id == id)
            return t;
    static const ReportTable none;
    ADD_FAILURE() << "no table " << id.toStdString();
    return none;
}

QString figure(const Report& report, const QString& label)
{
    for (const ReportFigure& f : report.summary)
        if (f.label == label)
            return f.value;
    ADD_FAILURE() << "no figure " << label.toStdString();
    return {};
}

// A table's rows as "cell|cell|…" lines, for whole-table comparisons.
QStringList lines(const ReportTable& t)
{
    QStringList out;
    for (const QStringList& row : t.rows)
        out << row.join(u'|');
    return out;
}

// The dataset of the tests below, built through the library as the desk and the CLI would,
// each step at its own time on the mock clock. All times UTC; New York is UTC-4 until
// 2026-11-01 06:00Z and UTC-5 after, so the local day 2026-11-01 is 04:00Z to 05:00Z the next day.
class ReportBuilderTest : public WorkTest
{
protected:
    void SetUp() override
    {
        WorkTest::SetUp();
        if (HasFatalFailure())
            return;
        ana = addUser(u"ana"_s, { Role::Agent });
        ben = addUser(u"ben"_s, { Role::Agent });
        addUser(u"rita"_s, { Role::Reviewer });
        addUser(u"ron"_s, { Role::Reviewer });
    }

    void at(const QDateTime& when) { m_clock.set(when); }

    // A comment stored at `when` with a decision, and its case when the action routes.
    qint64 comment(const QDateTime& when, CommentBuilder builder, Action action, const QString& category,
                   std::optional<qint64> sla = std::nullopt, const QString& rule = u"rule"_s,
                   const QString& clause = {}, HideMode hideMode = HideMode::Proposed, bool routes = true)
    {
        at(when);
        auto ingested = CommentStore(db()).ingest({ builder.at(when) });
        EXPECT_TRUE(ingested.ok()) << ingested.error().toString().toStdString();
        if (!ingested.ok() || ingested->insertedIds.isEmpty())
            return 0;
        const qint64 id = ingested->insertedIds.first();
        Decision decision;
        decision.ruleId = rule;
        decision.clause = clause;
        decision.action = action;
        decision.category = category;
        decision.queue = action == Action::Escalate ? u"sme"_s : u"general"_s;
        decision.slaSeconds = sla;
        decision.hideMode = hideMode;
        decision.explanation = u"test"_s;
        auto decided = DecisionStore(db()).record(id, decision, std::nullopt);
        EXPECT_TRUE(decided.ok()) << decided.error().toString().toStdString();
        if (routes && (action != Action::Ignore && !(action == Action::Hide && hideMode == HideMode::Automatic))) {
            SlaDeadline deadline;
            if (sla) {
                deadline.dueAt = when.addSecs(*sla);
                deadline.seconds = *sla;
                deadline.startedAt = when;
                deadline.atRiskAt = when.addSecs(*sla * 3 / 4);
            }
            auto opened = CaseStore(db()).open(id, *decided, decision.queue, Priority::Normal,
                                               sla ? std::optional<SlaDeadline>(deadline) : std::nullopt, u"policy"_s);
            EXPECT_TRUE(opened.ok()) << opened.error().toString().toStdString();
            if (opened.ok())
                cases[id] = opened->id;
        }
        return id;
    }

    void assign(qint64 commentId, const QString& login, const QDateTime& when)
    {
        at(when);
        auto assigned = Router(db()).assign(cases.value(commentId), login, u"supervisor"_s);
        ASSERT_TRUE(assigned.ok()) << assigned.error().toString().toStdString();
    }

    qint64 submit(qint64 commentId, const QString& login, const QString& answer, const QDateTime& when)
    {
        at(when);
        auto draft = ReviewDesk(db()).submit(cases.value(commentId), login, u"Thank you for asking."_s, answer, login);
        EXPECT_TRUE(draft.ok()) << draft.error().toString().toStdString();
        return draft.ok() ? draft->id : 0;
    }

    void approve(qint64 draftId, const QString& login, const QDateTime& when)
    {
        at(when);
        auto approved = ReviewDesk(db()).approve(draftId, login, login);
        ASSERT_TRUE(approved.ok()) << approved.error().toString().toStdString();
    }

    void returnDraft(qint64 draftId, const QString& login, const QDateTime& when)
    {
        at(when);
        auto returned = ReviewDesk(db()).returnDraft(draftId, login, u"say which form"_s, login);
        ASSERT_TRUE(returned.ok()) << returned.error().toString().toStdString();
    }

    void send(qint64 draftId, const QDateTime& when)
    {
        at(when);
        OutboxStore outbox(db());
        auto entry = outbox.replyFor(draftId);
        ASSERT_TRUE(entry.ok() && entry->has_value());
        ASSERT_FALSE(outbox.markSending((*entry)->id, u"sync"_s).isError());
        ASSERT_FALSE(outbox.markSent((*entry)->id, u"reply-%1"_s.arg(draftId), u"sync"_s).isError());
    }

    // The day the clocks went back in New York (25 hours) and what happened around it.
    void buildClockChangeDay()
    {
        // Not in the day: the evening before (23:30 EDT) and the night after (00:30 EST).
        comment(utc(11, 1, 3, 30), tweet(u"before"_s, u"Too early"_s), Action::Respond, u"general"_s);
        // A baseline mention of "form" six days before.
        comment(utc(10, 26, 15, 0), tweet(u"baseline"_s, u"One form question"_s), Action::Ignore, u"general"_s);

        // c1 01:30 EDT: answered in 40 minutes by ana, approved by rita; SLA 1 h met.
        const qint64 c1 = comment(utc(11, 1, 5, 30), tweet(u"c1"_s, u"When is my interview? #AskUSCIS"_s).by(u"11"_s, u"alice"_s),
                                  Action::Respond, u"interview"_s, 3600);
        assign(c1, u"ana"_s, utc(11, 1, 5, 40));
        const qint64 d1 = submit(c1, u"ana"_s, u"interview-wait"_s, utc(11, 1, 5, 50));
        approve(d1, u"rita"_s, utc(11, 1, 6, 0));
        send(d1, utc(11, 1, 6, 10));

        // c2 01:30 EST (the second 01:30): returned once, answered after its 30 minutes.
        const qint64 c2 = comment(utc(11, 1, 6, 30), tweet(u"c2"_s, u"My form is failing again"_s).by(u"12"_s, u"bob"_s),
                                  Action::Respond, u"forms"_s, 1800);
        assign(c2, u"ana"_s, utc(11, 1, 6, 35));
        const qint64 d2 = submit(c2, u"ana"_s, QString(), utc(11, 1, 6, 45));
        returnDraft(d2, u"rita"_s, utc(11, 1, 6, 55));
        const qint64 d2b = submit(c2, u"ana"_s, u"forms-help"_s, utc(11, 1, 7, 5));
        approve(d2b, u"rita"_s, utc(11, 1, 7, 10));
        send(d2b, utc(11, 1, 7, 20));

        // c3: personal data, hidden at once; the platform refuses the hide.
        const qint64 c3 = comment(utc(11, 1, 12, 0), pageComment(u"c3"_s, u"My SSN is on file"_s), Action::Hide,
                                  u"privacy"_s, std::nullopt, u"pii"_s, u"Personal information"_s, HideMode::Automatic);
        at(utc(11, 1, 12, 5));
        OutboxStore outbox(db());
        auto hide = outbox.enqueueModeration(OutboxEntry::Kind::Hide, c3, u"policy"_s, u"pii"_s);
        ASSERT_TRUE(hide.ok()) << hide.error().toString().toStdString();
        ASSERT_FALSE(outbox.markFailed(*hide, u"(#200) Permissions error"_s, u"sync"_s).isError());

        // c4: spam, a proposed hide ana confirms.
        const qint64 c4 = comment(utc(11, 1, 13, 0), pageComment(u"c4"_s, u"Buy cheap followers"_s), Action::Hide,
                                  u"spam"_s, std::nullopt, u"spam"_s, u"Spam"_s, HideMode::Proposed);
        assign(c4, u"ana"_s, utc(11, 1, 13, 5));
        at(utc(11, 1, 13, 10));
        auto confirmed = ReviewDesk(db()).confirmHide(cases.value(c4), u"ana"_s, u"ana"_s);
        ASSERT_TRUE(confirmed.ok()) << confirmed.error().toString().toStdString();

        // c5: thanks, ignored.
        comment(utc(11, 1, 14, 0), tweet(u"c5"_s, u"thanks!"_s).by(u"13"_s, u"carol"_s), Action::Ignore, u"thanks"_s);
        // c6: escalated to the SME queue by the policy; still open when its 2 hours ran out.
        comment(utc(11, 1, 15, 0), tweet(u"c6"_s, u"I need a supervisor about my form"_s).by(u"14"_s, u"dave"_s),
                Action::Escalate, u"forms"_s, 7200, u"escalate-legal"_s);
        // c7: alice again in c1's conversation; not answered in its hour.
        comment(utc(11, 1, 16, 0),
                tweet(u"c7"_s, u"Thanks, and what about my form?"_s).by(u"11"_s, u"alice"_s).conversation(u"c1"_s),
                Action::Respond, u"forms"_s, 3600);
        // Our own post: context, never counted.
        comment(utc(11, 1, 10, 0), tweet(u"ours"_s, u"Office hours at noon #AskUSCIS"_s).ours(), Action::Ignore,
                u"general"_s);
        // c9 23:30 EST: answered at 00:10 the next day by ben, approved by ron, then edited.
        const qint64 c9 = comment(utc(11, 2, 4, 30), tweet(u"c9"_s, u"Is the office closed? #AskUSCIS"_s).by(u"15"_s, u"erin"_s),
                                  Action::Respond, u"offices"_s, 3600);
        assign(c9, u"ben"_s, utc(11, 2, 4, 35));
        const qint64 d9 = submit(c9, u"ben"_s, u"office-hours"_s, utc(11, 2, 4, 40));
        approve(d9, u"ron"_s, utc(11, 2, 4, 45));
        send(d9, utc(11, 2, 5, 10));
        at(utc(11, 2, 6, 0));
        auto edited = CommentStore(db()).ingest({ tweet(u"c9"_s, u"Is the office closed today? #AskUSCIS"_s)
                                                      .by(u"15"_s, u"erin"_s)
                                                      .at(utc(11, 2, 4, 30)) });
        ASSERT_TRUE(edited.ok()) << edited.error().toString().toStdString();
        ASSERT_EQ(edited->edited, 1);
        comment(utc(11, 2, 5, 30), tweet(u"after"_s, u"Too late"_s), Action::Respond, u"general"_s);

        // The Facebook account lost its token in the afternoon.
        Account account;
        account.platform = Platform::Facebook;
        account.name = u"agency-fb"_s;
        account.externalId = u"123"_s;
        auto added = AccountStore(db()).add(account);
        ASSERT_TRUE(added.ok()) << added.error().toString().toStdString();
        at(utc(11, 1, 12, 30));
        ASSERT_FALSE(AccountStore(db())
                         .setState(*added, Account::State::NeedsReauth, QDateTime(), u"token expired"_s, u"sync"_s)
                         .isError());

        at(utc(11, 2, 12, 0)); // the report is made the next day at 07:00 EST
    }

    qint64 ana = 0;
    qint64 ben = 0;
    QHash<qint64, qint64> cases; // comment id -> case id
};

TEST_P(ReportBuilderTest, TheDayTheClocksGoBackMatchesAHandCount)
{
    buildClockChangeDay();
    const ReportPeriod day = ReportPeriod::day(QDate(2026, 11, 1), kNewYork);
    ASSERT_EQ(day.seconds(), 25 * 3600);
    auto report = buildReport(db(), day, ReportOptions { u"Agency"_s, {}, 7 });
    ASSERT_TRUE(report.ok()) << report.error().toString().toStdString();

    auto head = AuditStore(db()).head();
    ASSERT_TRUE(head.ok());
    EXPECT_EQ(report->auditHead, *head);
    EXPECT_EQ(report->title, u"Daily report"_s);

    EXPECT_EQ(figure(*report, u"Comments"_s), u"8"_s); // c1-c7 and c9: c9's edit is not a comment more
    EXPECT_EQ(figure(*report, u"Cases opened"_s), u"6"_s); // c1 c2 c4 c6 c7 c9
    EXPECT_EQ(figure(*report, u"Replies sent"_s), u"2"_s); // c9's reply went out after midnight
    EXPECT_EQ(figure(*report, u"Hidden"_s), u"2"_s);
    EXPECT_EQ(figure(*report, u"Escalated"_s), u"1"_s);
    EXPECT_EQ(figure(*report, u"Median time to first reply"_s), u"40 min 00 s"_s);
    EXPECT_EQ(figure(*report, u"SLA met"_s), u"40.0%"_s);
    EXPECT_EQ(figure(*report, u"Sends refused"_s), u"1"_s);

    EXPECT_EQ(lines(table(*report, u"volume_by_platform"_s)), (QStringList { u"twitter|6|75.0%"_s, u"facebook|2|25.0%"_s }));
    EXPECT_EQ(lines(table(*report, u"volume_by_action"_s)),
              (QStringList { u"respond|4|50.0%"_s, u"hide|2|25.0%"_s, u"escalate|1|12.5%"_s, u"ignore|1|12.5%"_s }));
    EXPECT_EQ(lines(table(*report, u"volume_by_category"_s)),
              (QStringList { u"forms|3|37.5%"_s, u"interview|1|12.5%"_s, u"offices|1|12.5%"_s, u"privacy|1|12.5%"_s,
                             u"spam|1|12.5%"_s, u"thanks|1|12.5%"_s }));

    // 25 hours: the two 01:00 hours apart by their offsets.
    const ReportTable& hours = table(*report, u"volume_by_hour"_s);
    ASSERT_EQ(hours.rows.size(), 25);
    EXPECT_EQ(hours.rows.at(1), (QStringList { u"01:00 -04:00"_s, u"1"_s })); // c1
    EXPECT_EQ(hours.rows.at(2), (QStringList { u"01:00 -05:00"_s, u"1"_s })); // c2
    EXPECT_EQ(hours.rows.at(24), (QStringList { u"23:00 -05:00"_s, u"1"_s })); // c9
    EXPECT_FALSE(hours.note.isEmpty());

    // First replies 40, 50 and 40 minutes; reviews 10, 10, 5 and 5 minutes.
    EXPECT_EQ(lines(table(*report, u"response_times"_s)),
              (QStringList { u"Time to first reply|3|40 min 00 s|50 min 00 s|50 min 00 s"_s,
                             u"Review turnaround|4|5 min 00 s|10 min 00 s|10 min 00 s"_s }));
    // c1 and c9 met; c2 answered late; c6 and c7 open past due; c4 has none.
    EXPECT_EQ(lines(table(*report, u"sla"_s)),
              (QStringList { u"met|2|40.0%"_s, u"at risk|0|0.0%"_s, u"missed|3|60.0%"_s, u"running|0|0.0%"_s,
                             u"no SLA|1|"_s }));
    // ana: c1 and c2 (two drafts), 10, 10 and 30 minutes after assignment; ben: c9 in 5.
    EXPECT_EQ(lines(table(*report, u"agents"_s)),
              (QStringList { u"ana|2|3|10 min 00 s"_s, u"ben|1|1|5 min 00 s"_s }));
    EXPECT_EQ(lines(table(*report, u"reviewers"_s)),
              (QStringList { u"rita|2|1|10 min 00 s"_s, u"ron|1|0|5 min 00 s"_s }));
    EXPECT_EQ(lines(table(*report, u"hidden"_s)),
              (QStringList { u"pii|Personal information|1|0|0|1"_s, u"spam|Spam|0|1|0|1"_s }));
    EXPECT_EQ(lines(table(*report, u"escalations"_s)), (QStringList { u"policy rule escalate-legal|sme|1"_s }));
    EXPECT_EQ(lines(table(*report, u"answers_used"_s)),
              (QStringList { u"forms-help|1"_s, u"interview-wait|1"_s, u"office-hours|1"_s }));
    ASSERT_EQ(table(*report, u"refused_sends"_s).rows.size(), 1);
    EXPECT_EQ(table(*report, u"refused_sends"_s).rows.at(0).at(0), u"2026-11-01 07:05 -05:00"_s);
    EXPECT_EQ(table(*report, u"refused_sends"_s).rows.at(0).at(4), u"(#200) Permissions error"_s);
    EXPECT_EQ(lines(table(*report, u"reauthentication"_s)),
              (QStringList { u"2026-11-01 07:30 -05:00|agency-fb|facebook|token expired"_s }));

    // "form": three comments today against one in the seven days before: (3 + 1) / (1/7 + 1) = 3.5.
    const ReportTable& trending = table(*report, u"trending"_s);
    ASSERT_EQ(trending.rows.size(), 1) << lines(trending).join(u'\n').toStdString();
    EXPECT_EQ(trending.rows.at(0).mid(0, 6),
              (QStringList { u"form"_s, u"3"_s, u"0.1"_s, u"3.5"_s, u"My form is failing again"_s,
                             u"I need a supervisor about my form"_s }));

    // One row per person and thread: alice's two comments are one conversation; erin's spans midnight.
    EXPECT_EQ(lines(table(*report, u"conversations"_s)),
              (QStringList {
                  u"twitter|2026-11-01 01:30 -04:00|@alice|When is my interview? #AskUSCIS|2|2026-11-01 01:10 -05:00|ana / rita|40 min 00 s|met"_s,
                  u"twitter|2026-11-01 01:30 -05:00|@bob|My form is failing again|1|2026-11-01 02:20 -05:00|ana / rita|50 min 00 s|missed"_s,
                  u"facebook|2026-11-01 08:00 -05:00|7872102112104291|(not shown: hidden under Spam)|1|—||—|no SLA"_s,
                  u"twitter|2026-11-01 10:00 -05:00|@dave|I need a supervisor about my form|1|—||—|missed"_s,
                  u"twitter|2026-11-01 23:30 -05:00|@erin|Is the office closed today? #AskUSCIS|1|2026-11-02 00:10 -05:00|ben / ron|40 min 00 s|met"_s,
              }));
}

TEST_P(ReportBuilderTest, TheDayTheClocksGoForwardHas23Hours)
{
    comment(utc(3, 8, 7, 30), tweet(u"spring"_s, u"Spring forward"_s), Action::Respond, u"general"_s, 86400 * 3);
    at(utc(3, 9, 12, 0));
    const ReportPeriod day = ReportPeriod::day(QDate(2026, 3, 8), kNewYork);
    EXPECT_EQ(day.start, utc(3, 8, 5, 0));
    EXPECT_EQ(day.end, utc(3, 9, 4, 0));
    auto report = buildReport(db(), day);
    ASSERT_TRUE(report.ok()) << report.error().toString().toStdString();
    const ReportTable& hours = table(*report, u"volume_by_hour"_s);
    ASSERT_EQ(hours.rows.size(), 23);
    EXPECT_EQ(hours.rows.at(1).at(0), u"01:00 -05:00"_s);
    EXPECT_EQ(hours.rows.at(2), (QStringList { u"03:00 -04:00"_s, u"1"_s })); // 07:30Z is 03:30 EDT
    EXPECT_EQ(figure(*report, u"Comments"_s), u"1"_s);
    // Its three days are still running: nothing met or missed yet, so no share either.
    EXPECT_EQ(figure(*report, u"SLA met"_s), u"—"_s);
    EXPECT_EQ(lines(table(*report, u"sla"_s)).at(3), u"running|1|100.0%"_s);
}

TEST_P(ReportBuilderTest, AnEmptyDaySaysSoInEveryTable)
{
    buildClockChangeDay();
    auto report = buildReport(db(), ReportPeriod::day(QDate(2026, 11, 3), kNewYork));
    ASSERT_TRUE(report.ok()) << report.error().toString().toStdString();
    EXPECT_EQ(figure(*report, u"Comments"_s), u"0"_s);
    EXPECT_EQ(figure(*report, u"Median time to first reply"_s), u"—"_s);
    EXPECT_EQ(figure(*report, u"SLA met"_s), u"—"_s);
    EXPECT_EQ(table(*report, u"volume_by_hour"_s).rows.size(), 24);
    for (const QString& id : { u"volume_by_platform"_s, u"conversations"_s, u"hidden"_s, u"agents"_s, u"trending"_s }) {
        EXPECT_TRUE(table(*report, id).rows.isEmpty()) << id.toStdString();
        EXPECT_FALSE(table(*report, id).note.isEmpty()) << id.toStdString();
    }
    // The account is still waiting for a new token: it shows on every day until then.
    EXPECT_EQ(lines(table(*report, u"reauthentication"_s)), (QStringList { u"still now|agency-fb|facebook|token expired"_s }));
    EXPECT_EQ(lines(table(*report, u"response_times"_s)).first(), u"Time to first reply|0|—|—|—"_s);
}

TEST_P(ReportBuilderTest, ADayOfOnlyHiddenCommentsHasNoConversations)
{
    comment(utc(11, 4, 15, 0), pageComment(u"h1"_s, u"SSN 123"_s), Action::Hide, u"privacy"_s, std::nullopt, u"pii"_s,
            u"Personal information"_s, HideMode::Automatic);
    comment(utc(11, 4, 16, 0), pageComment(u"h2"_s, u"SSN 456"_s), Action::Hide, u"privacy"_s, std::nullopt, u"pii"_s,
            u"Personal information"_s, HideMode::Automatic);
    at(utc(11, 5, 12, 0));
    auto report = buildReport(db(), ReportPeriod::day(QDate(2026, 11, 4), kNewYork));
    ASSERT_TRUE(report.ok()) << report.error().toString().toStdString();
    EXPECT_EQ(figure(*report, u"Comments"_s), u"2"_s);
    EXPECT_EQ(figure(*report, u"Hidden"_s), u"2"_s);
    EXPECT_EQ(figure(*report, u"Cases opened"_s), u"0"_s);
    EXPECT_EQ(lines(table(*report, u"hidden"_s)), (QStringList { u"pii|Personal information|2|0|0|2"_s }));
    EXPECT_TRUE(table(*report, u"conversations"_s).rows.isEmpty());
    EXPECT_EQ(lines(table(*report, u"volume_by_action"_s)), (QStringList { u"hide|2|100.0%"_s }));
}

TEST_P(ReportBuilderTest, AWeekAndAMonthCoverTheirDays)
{
    buildClockChangeDay();
    auto week = buildReport(db(), ReportPeriod::of(ReportKind::Weekly, QDate(2026, 11, 1), kNewYork));
    ASSERT_TRUE(week.ok()) << week.error().toString().toStdString();
    EXPECT_EQ(week->title, u"Weekly report"_s);
    EXPECT_EQ(week->period.first, QDate(2026, 10, 26)); // the ISO week: Monday to Sunday
    EXPECT_EQ(week->period.last, QDate(2026, 11, 1));
    // The baseline comment, the evening before, and the day's eight.
    EXPECT_EQ(figure(*week, u"Comments"_s), u"10"_s);
    EXPECT_EQ(table(*week, u"volume_by_day"_s).rows.size(), 7);
    auto month = buildReport(db(), ReportPeriod::of(ReportKind::Monthly, QDate(2026, 11, 20), kNewYork));
    ASSERT_TRUE(month.ok());
    EXPECT_EQ(month->period.first, QDate(2026, 11, 1));
    EXPECT_EQ(month->period.last, QDate(2026, 11, 30));
    EXPECT_EQ(table(*month, u"volume_by_day"_s).rows.size(), 30);
    EXPECT_EQ(figure(*month, u"Comments"_s), u"9"_s); // the day's eight and the night after
}

TEST_P(ReportBuilderTest, TheZoneAndTheAgencyComeFromTheSiteSettings)
{
    EXPECT_EQ(siteReportZone(db(), {})->id(), QTimeZone::utc().id()); // no setting, no active policy
    ASSERT_FALSE(SettingsStore(db()).set(u"timezone"_s, u"America/Chicago"_s, u"admin"_s).isError());
    ASSERT_FALSE(SettingsStore(db()).set(u"agency.name"_s, u"Cancer Information Service"_s, u"admin"_s).isError());
    EXPECT_EQ(siteReportZone(db(), {})->id(), QByteArray("America/Chicago"));
    EXPECT_EQ(siteReportZone(db(), u"Europe/Paris"_s)->id(), QByteArray("Europe/Paris"));
    EXPECT_FALSE(siteReportZone(db(), u"Nowhere/Town"_s).ok());
    auto options = siteReportOptions(db());
    ASSERT_TRUE(options.ok());
    EXPECT_EQ(options->agencyName, u"Cancer Information Service"_s);
    EXPECT_TRUE(options->agencyLogo.isEmpty());
}

MODERATION_INSTANTIATE_ENGINES(ReportBuilderTest);

TEST(ReportMath, NearestRankPercentilesAndDurations)
{
    QList<qint64> values { 50, 10, 40, 20, 30 };
    EXPECT_EQ(ReportMath::percentile(values, 50), 30);
    EXPECT_EQ(ReportMath::percentile(values, 90), 50);
    QList<qint64> even { 4, 1, 3, 2 };
    EXPECT_EQ(ReportMath::percentile(even, 50), 2);
    QList<qint64> none;
    EXPECT_EQ(ReportMath::percentile(none, 50), 0);
    EXPECT_EQ(ReportMath::duration(45), u"45 s"_s);
    EXPECT_EQ(ReportMath::duration(245), u"4 min 05 s"_s);
    EXPECT_EQ(ReportMath::duration(3720), u"1 h 02 min"_s);
    EXPECT_EQ(ReportMath::duration(2 * 86400 + 3 * 3600), u"2 d 3 h"_s);
    EXPECT_EQ(ReportMath::share(1, 3), u"33.3%"_s);
    EXPECT_EQ(ReportMath::share(0, 0), u"—"_s);
}

TEST(ReportPeriod, DaysWeeksMonthsAndBadDates)
{
    const ReportPeriod fall = ReportPeriod::day(QDate(2026, 11, 1), kNewYork);
    EXPECT_EQ(fall.start, utc(11, 1, 4, 0));
    EXPECT_EQ(fall.end, utc(11, 2, 5, 0));
    EXPECT_EQ(ReportPeriod::day(QDate(2026, 3, 8), kNewYork).seconds(), 23 * 3600);
    EXPECT_EQ(ReportPeriod::day(QDate(2026, 6, 1), QTimeZone::utc()).seconds(), 24 * 3600);
    EXPECT_FALSE(parseReportDate(u"2026-02-30"_s, u"--date"_s).ok());
    EXPECT_FALSE(parseReportDate(u"2026-2-3"_s, u"--date"_s).ok());
    EXPECT_EQ(*parseReportDate(u"2026-02-28"_s, u"--date"_s), QDate(2026, 2, 28));
    auto unknown = reportZone(u"Mars/Olympus"_s, {}, {});
    ASSERT_FALSE(unknown.ok());
    EXPECT_TRUE(unknown.error().message().contains(u"--tz"_s));
    EXPECT_EQ(reportZone({}, u"America/New_York"_s, u"Europe/Paris"_s)->id(), QByteArray("America/New_York"));
    EXPECT_EQ(reportZone({}, {}, u"Europe/Paris"_s)->id(), QByteArray("Europe/Paris"));
    EXPECT_EQ(reportZone({}, {}, {})->id(), QTimeZone::utc().id());
}

} // namespace
