// Office Hours events (routing/OfficeHoursEvents): adding one checks what a person typed and
// audits it; the list, the live event and the feed follow the mock clock; the triage of a feed
// comment (review/OfficeHoursTriage, tested here beside the feed it works on) opens a case in the
// SME queue, ignores it, or links it to an answered question, each step audited, on both engines.
#include "StoreReads.h"
#include "WorkFixture.h"

#include "review/OfficeHoursTriage.h"
#include "review/ReviewDesk.h"
#include "routing/OfficeHoursEvents.h"
#include "routing/Router.h"
#include "storage/CaseStore.h"
#include "storage/CommentStore.h"
#include "storage/DecisionStore.h"
#include "storage/Database.h"

#include <QJsonObject>

using namespace Qt::StringLiterals;
using namespace moderation;
using namespace moderation::test;

namespace {

const QDateTime kStart(QDate(2026, 11, 2), QTime(14, 0), Qt::UTC);
const QDateTime kEnd(QDate(2026, 11, 2), QTime(15, 0), Qt::UTC);

EventRequest request(const QString& hashtag = u"#AskImmigration"_s)
{
    EventRequest r;
    r.hashtag = hashtag;
    r.title = u"Ask us about green cards"_s;
    r.startsAt = kStart;
    r.endsAt = kEnd;
    r.timeZone = u"America/New_York"_s;
    r.smeQueue = u"sme"_s;
    return r;
}

} // namespace

class OfficeHoursEventsTest : public WorkTest
{
protected:
    void SetUp() override
    {
        WorkTest::SetUp();
        if (HasFatalFailure())
            return;
        addUser(u"sam"_s, { Role::Supervisor });
        addUser(u"ana"_s, { Role::Agent });
        addUser(u"rui"_s, { Role::Reviewer });
        auto added = OfficeHoursEvents(db()).add(request(), u"sam"_s);
        ASSERT_TRUE(added.ok()) << added.error().toString().toStdString();
        m_event = *added;
    }

    // Stores comments; returns their ids in order.
    QList<qint64> store(const QList<Comment>& comments)
    {
        auto ingested = CommentStore(db()).ingest(comments);
        EXPECT_TRUE(ingested.ok()) << ingested.error().toString().toStdString();
        return ingested.ok() ? ingested->insertedIds : QList<qint64>();
    }

    OfficeHoursEvent m_event;
};

TEST_P(OfficeHoursEventsTest, AddStoresTheNormalisedEventAndAuditsIt)
{
    EXPECT_EQ(m_event.hashtag, u"AskImmigration"_s);
    EXPECT_EQ(m_event.startsAt, kStart);
    EXPECT_EQ(m_event.endsAt, kEnd);
    EXPECT_EQ(m_event.createdBy, u"sam"_s);
    const AuditEvent last = auditTail(db(), 1).constFirst();
    EXPECT_EQ(last.action, u"event.added"_s);
    EXPECT_EQ(last.entityId, QString::number(m_event.id));
    EXPECT_EQ(last.details.value(u"queue"_s).toString(), u"sme"_s);
    auto read = OfficeHoursEvents(db()).byId(m_event.id);
    ASSERT_TRUE(read.ok());
    EXPECT_EQ(read->timeZone, u"America/New_York"_s);
    EXPECT_EQ(read->title, u"Ask us about green cards"_s);
}

TEST_P(OfficeHoursEventsTest, AddRefusesBadInputNamingWhatIsWrong)
{
    const qint64 before = auditCount(db());
    struct Refusal
    {
        EventRequest request;
        QString says;
    };
    QList<Refusal> cases;
    EventRequest r = request(u"#ask me"_s);
    cases.append({ r, u"hashtag \"#ask me\""_s });
    r = request();
    r.endsAt = kStart;
    cases.append({ r, u"must be after its start"_s });
    r = request();
    r.endsAt = kStart.addDays(8);
    cases.append({ r, u"longer than 7 days"_s });
    r = request();
    r.timeZone = u"Mars/Olympus_Mons"_s;
    cases.append({ r, u"time zone \"Mars/Olympus_Mons\""_s });
    r = request();
    r.smeQueue = u"  "_s;
    cases.append({ r, u"queue"_s });
    for (const Refusal& c : cases) {
        auto added = OfficeHoursEvents(db()).add(c.request, u"sam"_s);
        ASSERT_FALSE(added.ok()) << c.says.toStdString();
        EXPECT_EQ(added.error().code(), Error::Code::InvalidInput);
        EXPECT_TRUE(added.error().message().contains(c.says)) << added.error().toString().toStdString();
    }
    EXPECT_EQ(auditCount(db()), before);
}

TEST_P(OfficeHoursEventsTest, ListsFollowTheClock)
{
    EventRequest later = request(u"AskAgain"_s);
    later.startsAt = kStart.addDays(1);
    later.endsAt = kEnd.addDays(1);
    auto next = OfficeHoursEvents(db()).add(later, u"sam"_s);
    ASSERT_TRUE(next.ok());
    OfficeHoursEvents events(db());

    m_clock.set(kStart.addSecs(-60));
    EXPECT_EQ(events.list(OfficeHoursEvents::Period::Upcoming)->size(), 2);
    EXPECT_TRUE(events.list(OfficeHoursEvents::Period::Current)->isEmpty());

    m_clock.set(kStart.addSecs(30 * 60));
    auto live = events.liveAt(m_clock.now());
    ASSERT_TRUE(live.ok() && live->has_value());
    EXPECT_EQ((*live)->id, m_event.id);
    EXPECT_EQ(events.list(OfficeHoursEvents::Period::Upcoming)->size(), 1);

    m_clock.set(kEnd); // the end is excluded: over
    EXPECT_FALSE(events.liveAt(m_clock.now())->has_value());
    auto past = events.list(OfficeHoursEvents::Period::Past);
    ASSERT_EQ(past->size(), 1);
    EXPECT_EQ(past->constFirst().id, m_event.id);
    EXPECT_EQ(events.list(OfficeHoursEvents::Period::All)->size(), 2);
}

TEST_P(OfficeHoursEventsTest, FeedHoldsTheHashtagsCommentsInTheWindowNewestFirstInPages)
{
    store({ tweet(u"1"_s, u"#AskImmigration how long does an I-130 take?"_s).at(kStart.addSecs(60)),
            tweet(u"2"_s, u"#askimmigration can I travel?"_s).at(kStart.addSecs(120)),
            tweet(u"3"_s, u"#AskImmigrationToday not ours"_s).at(kStart.addSecs(180)),
            tweet(u"4"_s, u"#AskImmigration too early"_s).at(kStart.addSecs(-1)),
            tweet(u"5"_s, u"#AskImmigration too late"_s).at(kEnd),
            tweet(u"6"_s, u"#AskImmigration our own post"_s).at(kStart.addSecs(240)).ours(),
            tweet(u"7"_s, u"#AskImmigration what about fees?"_s).at(kStart.addSecs(300)) });
    OfficeHoursEvents events(db());
    auto first = events.feed(m_event.id, std::nullopt, 2);
    ASSERT_TRUE(first.ok()) << first.error().toString().toStdString();
    ASSERT_EQ(first->items.size(), 2);
    EXPECT_EQ(first->items.at(0).comment.platformId, u"7"_s);
    EXPECT_EQ(first->items.at(1).comment.platformId, u"2"_s);
    ASSERT_TRUE(first->next.has_value());
    auto second = events.feed(m_event.id, first->next, 2);
    ASSERT_TRUE(second.ok());
    ASSERT_EQ(second->items.size(), 1);
    EXPECT_EQ(second->items.at(0).comment.platformId, u"1"_s);
    EXPECT_FALSE(second->next.has_value());
}

TEST_P(OfficeHoursEventsTest, RateCountsTheLastFiveMinutesOfTheClock)
{
    QList<Comment> comments;
    for (int i = 0; i < 15; ++i) // one every 20 seconds from 14:10 to 14:14:40
        comments.append(tweet(QString::number(100 + i), u"#AskImmigration question %1"_s.arg(i))
                            .at(kStart.addSecs(600 + 20 * i)));
    store(comments);
    OfficeHoursEvents events(db());
    m_clock.set(kStart.addSecs(900)); // 14:15: all 15 in the last five minutes
    EXPECT_DOUBLE_EQ(*events.ratePerMinute(m_event.id), 3.0);
    m_clock.set(kStart.addSecs(1020)); // 14:17: those from 14:12 on, 9 of them
    EXPECT_DOUBLE_EQ(*events.ratePerMinute(m_event.id), 9 / 5.0);
    m_clock.set(kEnd.addSecs(60)); // over
    EXPECT_DOUBLE_EQ(*events.ratePerMinute(m_event.id), 0.0);
}

TEST_P(OfficeHoursEventsTest, AnswerableOpensACaseInTheSmeQueueAndAuditsIt)
{
    const qint64 id = store({ tweet(u"1"_s, u"#AskImmigration how long does an I-130 take?"_s).at(
        kStart.addSecs(60)) }).value(0);
    auto opened = OfficeHoursTriage(db()).markAnswerable(m_event.id, id, u"sam"_s);
    ASSERT_TRUE(opened.ok()) << opened.error().toString().toStdString();
    EXPECT_EQ(opened->queue, u"sme"_s);
    EXPECT_EQ(opened->state, Case::State::New);
    auto decision = DecisionStore(db()).latestFor(id);
    ASSERT_TRUE(decision.ok() && decision->has_value());
    EXPECT_EQ((*decision)->decision.action, Action::Respond);
    EXPECT_TRUE((*decision)->decidedBy.has_value());
    const AuditEvent last = auditTail(db(), 1).constFirst();
    EXPECT_EQ(last.action, u"event.triaged"_s);
    EXPECT_EQ(last.details.value(u"verdict"_s).toString(), u"answerable"_s);
    EXPECT_EQ(last.details.value(u"case"_s).toString(), QString::number(opened->id));
    // A case in another queue is escalated there.
    const qint64 other =
        store({ tweet(u"2"_s, u"#AskImmigration can I travel?"_s).at(kStart.addSecs(90)) }).value(0);
    auto existing = CaseStore(db()).open(other, std::nullopt, u"general"_s, Priority::Normal, std::nullopt, u"sync"_s);
    ASSERT_TRUE(existing.ok());
    auto moved = OfficeHoursTriage(db()).markAnswerable(m_event.id, other, u"sam"_s);
    ASSERT_TRUE(moved.ok()) << moved.error().toString().toStdString();
    EXPECT_EQ(moved->id, existing->id);
    EXPECT_EQ(moved->queue, u"sme"_s);
    // Feed items show their cases.
    auto feed = OfficeHoursEvents(db()).feed(m_event.id, std::nullopt, 10);
    ASSERT_TRUE(feed.ok());
    ASSERT_EQ(feed->items.size(), 2);
    ASSERT_TRUE(feed->items.at(0).openedCase.has_value());
    EXPECT_EQ(feed->items.at(0).openedCase->queue, u"sme"_s);
}

TEST_P(OfficeHoursEventsTest, OffTopicIgnoresWithOrWithoutACase)
{
    const QList<qint64> ids = store({ tweet(u"1"_s, u"#AskImmigration buy followers now"_s).at(kStart.addSecs(60)),
                                      tweet(u"2"_s, u"#AskImmigration the weather is nice"_s).at(kStart.addSecs(70)) });
    ASSERT_FALSE(OfficeHoursTriage(db()).markOffTopic(m_event.id, ids.at(0), {}, u"sam"_s).isError());
    auto decision = DecisionStore(db()).latestFor(ids.at(0));
    ASSERT_TRUE(decision.ok() && decision->has_value());
    EXPECT_EQ((*decision)->decision.action, Action::Ignore);
    EXPECT_FALSE(CaseStore(db()).forComment(ids.at(0))->has_value());

    auto existing =
        CaseStore(db()).open(ids.at(1), std::nullopt, u"general"_s, Priority::Normal, std::nullopt, u"sync"_s);
    ASSERT_TRUE(existing.ok());
    const Error error = OfficeHoursTriage(db()).markOffTopic(m_event.id, ids.at(1), u"Not about immigration."_s, u"sam"_s);
    ASSERT_FALSE(error.isError()) << error.toString().toStdString();
    EXPECT_EQ(reload(existing->id).state, Case::State::Closed);
    QStringList actions;
    for (const AuditEvent& e : auditTail(db(), 6))
        actions.prepend(e.action);
    EXPECT_TRUE(actions.contains(u"case.reclassified"_s)) << actions.join(u' ').toStdString();
    EXPECT_EQ(actions.constLast(), u"event.triaged"_s);

    // An agent may not decide a comment without a case; nothing is written.
    const qint64 before = auditCount(db());
    const qint64 third = store({ tweet(u"3"_s, u"#AskImmigration hello"_s).at(kStart.addSecs(80)) }).value(0);
    const qint64 afterStore = auditCount(db());
    EXPECT_GT(afterStore, before);
    const Error refused = OfficeHoursTriage(db()).markOffTopic(m_event.id, third, {}, u"ana"_s);
    EXPECT_EQ(refused.code(), Error::Code::Refused);
    EXPECT_EQ(auditCount(db()), afterStore);
}

TEST_P(OfficeHoursEventsTest, AlreadyAnsweredNeedsAnAnsweredQuestionAndNamesIt)
{
    const QList<qint64> ids = store({ tweet(u"1"_s, u"#AskImmigration how long does an I-130 take?"_s).at(
                                          kStart.addSecs(60)),
                                      tweet(u"2"_s, u"#AskImmigration I-130 time?"_s).at(kStart.addSecs(70)) });
    // The first has no approved answer yet: no link to it.
    const Error unanswered = OfficeHoursTriage(db()).markAnswered(m_event.id, ids.at(1), ids.at(0), u"sam"_s);
    EXPECT_EQ(unanswered.code(), Error::Code::InvalidInput);
    EXPECT_TRUE(unanswered.message().contains(u"not an answered question"_s)) << unanswered.toString().toStdString();
    EXPECT_EQ(OfficeHoursTriage(db()).markAnswered(m_event.id, ids.at(1), ids.at(1), u"sam"_s).code(), Error::Code::InvalidInput);
    // A comment outside the feed is refused.
    const qint64 outside = store({ tweet(u"3"_s, u"no hashtag here"_s).at(kStart.addSecs(80)) }).value(0);
    EXPECT_EQ(OfficeHoursTriage(db()).markOffTopic(m_event.id, outside, {}, u"sam"_s).code(), Error::Code::Refused);
}

TEST_P(OfficeHoursEventsTest, AlreadyAnsweredLinksToTheApprovedAnswerAndIgnores)
{
    const QList<qint64> ids = store({ tweet(u"1"_s, u"#AskImmigration how long does an I-130 take?"_s).at(
                                          kStart.addSecs(60)),
                                      tweet(u"2"_s, u"#AskImmigration I-130 time?"_s).at(kStart.addSecs(70)) });
    OfficeHoursEvents events(db());
    auto opened = OfficeHoursTriage(db()).markAnswerable(m_event.id, ids.at(0), u"sam"_s);
    ASSERT_TRUE(opened.ok()) << opened.error().toString().toStdString();
    ASSERT_TRUE(Router(db()).assign(opened->id, u"ana"_s, u"ana"_s).ok());
    auto draft = ReviewDesk(db()).submit(opened->id, u"ana"_s, u"About seven months."_s, {}, u"ana"_s);
    ASSERT_TRUE(draft.ok()) << draft.error().toString().toStdString();
    ASSERT_TRUE(ReviewDesk(db()).approve(draft->id, u"rui"_s, u"rui"_s).ok());

    auto answered = events.answeredQuestions(m_event.id);
    ASSERT_TRUE(answered.ok()) << answered.error().toString().toStdString();
    ASSERT_EQ(answered->size(), 1);
    EXPECT_EQ(answered->constFirst().answer.value_or(QString()), u"About seven months."_s);

    const Error linked = OfficeHoursTriage(db()).markAnswered(m_event.id, ids.at(1), ids.at(0), u"sam"_s);
    ASSERT_FALSE(linked.isError()) << linked.toString().toStdString();
    auto decision = DecisionStore(db()).latestFor(ids.at(1));
    ASSERT_TRUE(decision.ok() && decision->has_value());
    EXPECT_EQ((*decision)->decision.action, Action::Ignore);
    EXPECT_TRUE((*decision)->decision.explanation.contains(u"comment %1"_s.arg(ids.at(0))))
        << (*decision)->decision.explanation.toStdString();
    const AuditEvent last = auditTail(db(), 1).constFirst();
    EXPECT_EQ(last.action, u"event.triaged"_s);
    EXPECT_EQ(last.details.value(u"verdict"_s).toString(), u"already_answered"_s);
    EXPECT_EQ(last.details.value(u"answered_by"_s).toString(), QString::number(ids.at(0)));
}

MODERATION_INSTANTIATE_ENGINES(OfficeHoursEventsTest);
