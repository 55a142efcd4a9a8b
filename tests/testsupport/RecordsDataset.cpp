#include "RecordsDataset.h"

#include "review/ReviewDesk.h"
#include "storage/CaseStore.h"
#include "storage/CommentStore.h"
#include "storage/DecisionStore.h"
#include "storage/OutboxStore.h"

using namespace Qt::StringLiterals;

namespace moderation::test {

namespace {

qint64 stored(Database& db, const Comment& comment)
{
    auto ingested = CommentStore(db).ingest({ comment });
    EXPECT_TRUE(ingested.ok() && ingested->inserted == 1)
        << (ingested.ok() ? "not inserted" : ingested.error().toString().toStdString());
    return ingested.ok() && !ingested->insertedIds.isEmpty() ? ingested->insertedIds.first() : 0;
}

qint64 decided(Database& db, qint64 commentId, const QString& rule, Action action)
{
    Decision decision;
    decision.ruleId = rule;
    decision.clause = rule == u"thanks"_s ? u"Courtesy"_s : u"Questions about a case"_s;
    decision.action = action;
    decision.category = rule;
    decision.queue = u"general"_s;
    decision.explanation = u"rule %1 matched"_s.arg(rule);
    auto id = DecisionStore(db).record(commentId, decision, std::nullopt);
    EXPECT_TRUE(id.ok()) << id.error().toString().toStdString();
    return id.ok() ? *id : 0;
}

} // namespace

QDateTime RecordsDatasetTest::utc(int day, int hour, int minute)
{
    return QDateTime(QDate(2026, 11, day), QTime(hour, minute), Qt::UTC);
}

void RecordsDatasetTest::SetUp()
{
    WorkTest::SetUp();
    if (HasFatalFailure())
        return;
    const qint64 ana = addUser(u"ana"_s, { Role::Agent });
    addUser(u"rui"_s, { Role::Reviewer });

    m_clock.set(utc(1, 9));
    m_edited = stored(db(), pageComment(u"fb-1"_s, u"Thanks for the help"_s).at(utc(1, 9)));
    decided(db(), m_edited, u"thanks"_s, Action::Ignore);
    m_clock.set(utc(1, 9, 30));
    auto edit = CommentStore(db()).ingest({ pageComment(u"fb-1"_s, u"Thanks for the quick help"_s).at(utc(1, 9)) });
    ASSERT_TRUE(edit.ok() && edit->edited == 1);

    m_clock.set(utc(1, 15));
    m_answered = stored(db(), tweet(u"1002"_s, u"When is my interview?\nCase \"A-12\", filed in May"_s)
                                  .by(u"1001"_s, u"Citizen"_s, u"A Citizen"_s)
                                  .at(utc(1, 15)));
    const qint64 decision = decided(db(), m_answered, u"question"_s, Action::Respond);
    auto opened = CaseStore(db()).open(m_answered, decision, u"general"_s, Priority::Normal, std::nullopt, u"policy"_s);
    ASSERT_TRUE(opened.ok()) << opened.error().toString().toStdString();
    m_case = opened->id;
    m_clock.set(utc(1, 15, 10));
    auto assigned = CaseStore(db()).assign(m_case, ana, 3, u"ana"_s);
    ASSERT_TRUE(assigned.ok()) << assigned.error().toString().toStdString();
    ReviewDesk desk(db());
    auto first = desk.submit(m_case, u"ana"_s, u"Interviews are scheduled within 30 days."_s, {}, u"ana"_s);
    ASSERT_TRUE(first.ok()) << first.error().toString().toStdString();
    m_returnedDraft = first->id;
    m_clock.set(utc(1, 15, 20));
    auto returned = desk.returnDraft(m_returnedDraft, u"rui"_s, u"Say where to check the date."_s, u"rui"_s);
    ASSERT_TRUE(returned.ok()) << returned.error().toString().toStdString();
    m_clock.set(utc(1, 15, 30));
    auto second = desk.submit(m_case, u"ana"_s,
                              u"Interviews are scheduled within 30 days; the date is on your notice."_s, {}, u"ana"_s);
    ASSERT_TRUE(second.ok()) << second.error().toString().toStdString();
    m_approvedDraft = second->id;
    m_clock.set(utc(1, 15, 40));
    auto approved = desk.approve(m_approvedDraft, u"rui"_s, u"rui"_s);
    ASSERT_TRUE(approved.ok()) << approved.error().toString().toStdString();
    auto reply = OutboxStore(db()).replyFor(m_approvedDraft);
    ASSERT_TRUE(reply.ok() && reply->has_value());
    m_reply = (*reply)->id;
    m_clock.set(utc(1, 15, 45));
    ASSERT_FALSE(OutboxStore(db()).markSending(m_reply, u"system"_s).isError());
    ASSERT_FALSE(OutboxStore(db()).markSent(m_reply, u"1850000000000000999"_s, u"system"_s).isError());

    m_clock.set(utc(2, 8));
    m_thanks = stored(db(), tweet(u"1003"_s, u"thanks!"_s).by(u"1001"_s, u"Citizen"_s, u"A Citizen"_s).at(utc(2, 8)));
    decided(db(), m_thanks, u"thanks"_s, Action::Ignore);
    m_clock.set(utc(2, 20));
    m_ours = stored(db(), tweet(u"1004"_s, u"Office hours start at 10."_s)
                              .by(u"9009"_s, u"agency"_s, u"The Agency"_s)
                              .ours()
                              .at(utc(2, 20)));

    m_clock.set(utc(3, 10));
    m_later = stored(db(), tweet(u"1005"_s, u"And my other case?"_s)
                               .by(u"1001"_s, u"Citizen"_s, u"A Citizen"_s)
                               .at(utc(3, 10)));
    decided(db(), m_later, u"question"_s, Action::Respond);
}

} // namespace moderation::test
