#include "ScriptedClient.h"
#include "StoreReads.h"
#include "WorkFixture.h"

#include "outbox/Dispatcher.h"
#include "review/ReviewDesk.h"
#include "routing/Router.h"
#include "storage/AccountStore.h"
#include "storage/CaseStore.h"
#include "storage/DecisionStore.h"
#include "storage/DraftStore.h"
#include "storage/OutboxStore.h"

using namespace Qt::StringLiterals;
using namespace moderation;
using namespace moderation::test;

namespace {

const QString kReply = u"Thank you for asking. Interview times are at uscis.gov/processing-times."_s;
const QString kTarget = u"1850000000000000001"_s;

} // namespace

// The outbox against a scripted platform: what is sent, when, how often, and what a crash or a
// lost answer leaves behind. The database's own guards are tested in tests/storage.
class DispatcherTest : public WorkTest
{
protected:
    void SetUp() override
    {
        WorkTest::SetUp();
        if (HasFatalFailure())
            return;
        Account account;
        account.platform = Platform::Twitter;
        account.name = u"agency-x"_s;
        account.externalId = u"42"_s;
        account.watches = { u"mentions"_s };
        auto added = AccountStore(db()).add(account, u"admin"_s);
        ASSERT_TRUE(added.ok()) << added.error().toString().toStdString();
        m_accountId = *added;
        addUser(u"ana"_s, { Role::Agent });
        addUser(u"rui"_s, { Role::Reviewer });
        m_case = openCase(kTarget, u"general"_s, Priority::Normal, std::nullopt, {}, Platform::Twitter, u"agency-x"_s);
        ASSERT_NE(m_case.id, 0);
    }

    // The case claimed by ana and her draft submitted; approved by rui unless told otherwise.
    qint64 draftReply(bool approve = true)
    {
        auto taken = Router(db()).next(u"ana"_s, u"ana"_s);
        EXPECT_TRUE(taken.ok() && taken->has_value());
        auto draft = ReviewDesk(db()).submit(m_case.id, u"ana"_s, kReply, {}, u"ana"_s);
        EXPECT_TRUE(draft.ok()) << draft.error().toString().toStdString();
        if (!draft.ok())
            return 0;
        if (approve) {
            auto approval = ReviewDesk(db()).approve(draft->id, u"rui"_s, u"rui"_s);
            EXPECT_TRUE(approval.ok()) << approval.error().toString().toStdString();
        }
        return draft->id;
    }

    OutboxEntry replyEntry(qint64 draftId)
    {
        auto entry = OutboxStore(db()).replyFor(draftId);
        EXPECT_TRUE(entry.ok() && entry->has_value());
        return entry.ok() && entry->has_value() ? **entry : OutboxEntry {};
    }

    OutboxEntry reloaded(qint64 id)
    {
        auto entry = OutboxStore(db()).byId(id);
        EXPECT_TRUE(entry.ok()) << entry.error().toString().toStdString();
        return entry.ok() ? *entry : OutboxEntry {};
    }

    DispatchResult dispatch()
    {
        Dispatcher dispatcher(db(), m_clients);
        dispatcher.setRandom([] { return 0.5; }); // no jitter: backoffs of exactly 1 s, 2 s, …
        auto result = dispatcher.run();
        EXPECT_TRUE(result.ok()) << result.error().toString().toStdString();
        return result.ok() ? *result : DispatchResult {};
    }

    ScriptedClient& x() { return m_clients.of(u"agency-x"_s); }

    // An automatic hide decided by the policy for the comment, queued as triage queues it.
    Result<qint64> automaticHide(qint64 commentId)
    {
        Decision decision;
        decision.ruleId = u"pii"_s;
        decision.clause = u"Personal information"_s;
        decision.action = Action::Hide;
        decision.hideMode = HideMode::Automatic;
        decision.explanation = u"personal information"_s;
        auto recorded = DecisionStore(db()).record(commentId, decision, std::nullopt);
        if (!recorded)
            return recorded.error();
        return OutboxStore(db()).enqueueModeration(OutboxEntry::Kind::Hide, commentId, u"policy"_s,
                                                   u"pii: Personal information"_s);
    }

    Account account()
    {
        auto read = AccountStore(db()).byId(m_accountId);
        EXPECT_TRUE(read.ok());
        return read.ok() ? *read : Account {};
    }

    ScriptedClients m_clients;
    qint64 m_accountId = 0;
    Case m_case;
};

TEST_P(DispatcherTest, AnApprovedReplyIsSentOnceWithThePlatformsIdAndTheCaseIsAnswered)
{
    const qint64 draftId = draftReply();
    const DispatchResult first = dispatch();
    EXPECT_EQ(first.sent, 1);
    EXPECT_EQ(x().callNames(), QStringList { u"reply"_s });
    EXPECT_EQ(x().calls.first().target, kTarget);
    EXPECT_EQ(x().calls.first().text, kReply);

    const OutboxEntry entry = replyEntry(draftId);
    EXPECT_EQ(entry.state, OutboxEntry::State::Sent);
    EXPECT_EQ(entry.platformResultId, u"posted-1"_s) << "replyFor reads the whole entry, as byId does";
    EXPECT_EQ(entry.attempts, 1);
    EXPECT_EQ(reload(m_case.id).state, Case::State::Answered);

    const DispatchResult second = dispatch();
    EXPECT_EQ(second.sent, 0);
    EXPECT_EQ(x().calls.size(), 1) << "nothing goes out twice";
}

TEST_P(DispatcherTest, ADraftWithoutApprovalNeverReachesThePlatform)
{
    draftReply(/*approve=*/false);
    const DispatchResult result = dispatch();
    EXPECT_EQ(result.sent, 0);
    EXPECT_TRUE(x().calls.isEmpty());
}

TEST_P(DispatcherTest, AReplyLeftSendingByACrashIsFoundOnThePlatformNotPostedAgain)
{
    const qint64 draftId = draftReply();
    const OutboxEntry entry = replyEntry(draftId);
    // The crashed run: marked sending, posted, then killed before it could record the result.
    ASSERT_FALSE(OutboxStore(db()).markSending(entry.id, u"outbox"_s).isError());
    x().posted[kTarget].append({ u"1860000000000000009"_s, kReply });

    const DispatchResult result = dispatch();
    EXPECT_EQ(result.reconciled, 1);
    EXPECT_EQ(x().callNames(), QStringList { u"find"_s });
    const OutboxEntry after = reloaded(entry.id);
    EXPECT_EQ(after.state, OutboxEntry::State::Sent);
    EXPECT_EQ(after.platformResultId, u"1860000000000000009"_s);
}

TEST_P(DispatcherTest, AReplyLeftSendingThatNeverArrivedIsSentAfterReconciliationFindsNothing)
{
    const qint64 draftId = draftReply();
    const OutboxEntry entry = replyEntry(draftId);
    ASSERT_FALSE(OutboxStore(db()).markSending(entry.id, u"outbox"_s).isError());

    const DispatchResult result = dispatch();
    EXPECT_EQ(x().callNames(), (QStringList { u"find"_s, u"reply"_s }));
    EXPECT_EQ(result.sent, 1);
    EXPECT_EQ(x().posted.value(kTarget).size(), 1);
    EXPECT_EQ(reloaded(entry.id).state, OutboxEntry::State::Sent);
}

TEST_P(DispatcherTest, ALostAnswerIsReconciledInsteadOfPostingTwice)
{
    const qint64 draftId = draftReply();
    // The platform posted it, but the answer never came back (a timeout after the request).
    auto lost = ScriptedClient::sendFailure(PlatformOutcome::Status::NotReached, u"timed out after 30 s"_s);
    lost.value.platformId = u"1860000000000000010"_s;
    x().sends.push_back(lost);

    const DispatchResult result = dispatch();
    EXPECT_EQ(x().callNames(), (QStringList { u"reply"_s, u"find"_s }));
    EXPECT_EQ(result.reconciled, 1);
    EXPECT_EQ(reloaded(replyEntry(draftId).id).platformResultId, u"1860000000000000010"_s);
    dispatch();
    EXPECT_EQ(x().posted.value(kTarget).size(), 1);
}

TEST_P(DispatcherTest, ASendThatNeverReachedThePlatformIsRetriedAfterABackoff)
{
    const qint64 draftId = draftReply();
    x().sends.push_back(ScriptedClient::sendFailure(PlatformOutcome::Status::NotReached, u"connection refused"_s));

    const DispatchResult first = dispatch();
    EXPECT_EQ(first.rescheduled, 1);
    const OutboxEntry waiting = reloaded(replyEntry(draftId).id);
    EXPECT_EQ(waiting.state, OutboxEntry::State::Pending);
    EXPECT_EQ(waiting.nextAttemptAt, m_clock.now().addSecs(1));

    dispatch(); // too early: nothing
    EXPECT_EQ(x().callNames(), (QStringList { u"reply"_s, u"find"_s }));
    m_clock.advance(1);
    const DispatchResult second = dispatch();
    EXPECT_EQ(second.sent, 1);
    EXPECT_EQ(x().posted.value(kTarget).size(), 1);
}

TEST_P(DispatcherTest, ARateLimitReschedulesToTheResetAndMarksTheAccount)
{
    const qint64 draftId = draftReply();
    const QDateTime reset = m_clock.now().addSecs(120);
    x().sends.push_back({ ScriptedClient::outcome(PlatformOutcome::Status::RateLimited, u"429"_s, reset), {} });

    EXPECT_EQ(dispatch().rescheduled, 1);
    EXPECT_EQ(account().state, Account::State::RateLimited);
    EXPECT_EQ(account().rateLimitedUntil, reset);
    EXPECT_EQ(reloaded(replyEntry(draftId).id).nextAttemptAt, reset);

    m_clock.advance(60);
    dispatch();
    EXPECT_EQ(x().calls.size(), 1) << "nothing is sent before the reset";
    m_clock.advance(61);
    EXPECT_EQ(dispatch().sent, 1);
}

TEST_P(DispatcherTest, ARefusalFailsTheEntryWithThePlatformsReasonAndItIsNotRetried)
{
    const qint64 draftId = draftReply();
    x().sends.push_back(ScriptedClient::sendFailure(
        PlatformOutcome::Status::Refused,
        u"X refused the reply: this account may reply only to people who mentioned or quoted it"_s,
        PlatformFailure::Kind::Forbidden));

    EXPECT_EQ(dispatch().failed, 1);
    const OutboxEntry failed = reloaded(replyEntry(draftId).id);
    EXPECT_EQ(failed.state, OutboxEntry::State::Failed);
    EXPECT_TRUE(failed.needsAttention);
    EXPECT_TRUE(failed.error.contains(u"mentioned or quoted"_s)) << failed.error.toStdString();
    dispatch();
    EXPECT_EQ(x().calls.size(), 1);
}

TEST_P(DispatcherTest, ADuplicateRefusalIsReconciledWhenOurReplyIsThere)
{
    const qint64 draftId = draftReply();
    x().posted[kTarget].append({ u"1860000000000000011"_s, kReply });
    x().sends.push_back(ScriptedClient::sendFailure(PlatformOutcome::Status::Refused,
                                                    u"You are not allowed to create a Tweet with duplicate content."_s,
                                                    PlatformFailure::Kind::Duplicate));
    const DispatchResult result = dispatch();
    EXPECT_EQ(result.reconciled, 1);
    EXPECT_EQ(reloaded(replyEntry(draftId).id).platformResultId, u"1860000000000000011"_s);
}

TEST_P(DispatcherTest, ARevokedTokenMarksTheAccountAndKeepsTheReplyPending)
{
    const qint64 draftId = draftReply();
    x().sends.push_back(ScriptedClient::sendFailure(PlatformOutcome::Status::NeedsReauth, u"401 Unauthorized"_s));
    EXPECT_EQ(dispatch().waiting, 1);
    EXPECT_EQ(account().state, Account::State::NeedsReauth);
    EXPECT_EQ(reloaded(replyEntry(draftId).id).state, OutboxEntry::State::Pending);
    dispatch();
    EXPECT_EQ(x().calls.size(), 1) << "nothing is tried while the account needs re-authentication";
}

TEST_P(DispatcherTest, AHideXCannotDoFailsWithTheReasonWithoutARequest)
{
    auto hide = automaticHide(m_case.commentId);
    ASSERT_TRUE(hide.ok()) << hide.error().toString().toStdString();
    x().hideRefusal = u"cannot hide on X: X hides only replies in conversations the account started"_s;
    EXPECT_EQ(dispatch().failed, 1);
    EXPECT_TRUE(x().calls.isEmpty());
    EXPECT_TRUE(reloaded(*hide).error.startsWith(u"cannot hide on X"_s));
}

TEST_P(DispatcherTest, ThePostingQuotaHoldsSendsUntilItResets)
{
    ASSERT_FALSE(AccountStore(db()).setQuotas(u"agency-x"_s, 1, std::nullopt, u"admin"_s).isError());
    const Case other = openCase(u"1850000000000000002"_s, u"general"_s, Priority::Normal, std::nullopt, {},
                                Platform::Twitter, u"agency-x"_s);
    auto first = automaticHide(m_case.commentId);
    auto second = automaticHide(other.commentId);
    ASSERT_TRUE(first.ok()) << first.error().toString().toStdString();
    ASSERT_TRUE(second.ok()) << second.error().toString().toStdString();

    const DispatchResult result = dispatch();
    EXPECT_EQ(result.sent, 1);
    EXPECT_EQ(result.waiting, 1);
    const OutboxEntry held = reloaded(*second);
    EXPECT_EQ(held.state, OutboxEntry::State::Pending);
    EXPECT_EQ(held.nextAttemptAt, QDateTime(m_clock.now().date().addDays(1), QTime(0, 0), Qt::UTC));
}

TEST_P(DispatcherTest, EntriesOfOneConversationGoOutInOrder)
{
    const Case later = openCase(u"1850000000000000003"_s, u"general"_s, Priority::Normal, std::nullopt, kTarget,
                                Platform::Twitter, u"agency-x"_s);
    auto first = automaticHide(m_case.commentId);
    auto second = automaticHide(later.commentId);
    ASSERT_TRUE(first.ok()) << first.error().toString().toStdString();
    ASSERT_TRUE(second.ok()) << second.error().toString().toStdString();
    x().sends.push_back(ScriptedClient::sendFailure(PlatformOutcome::Status::NotReached, u"503"_s));

    dispatch();
    EXPECT_EQ(x().calls.size(), 1) << "the second waits while the first is not sent";
    m_clock.advance(2);
    const DispatchResult both = dispatch();
    EXPECT_EQ(both.sent, 2) << "once the first is sent, the next of its conversation goes in the same run";
    ASSERT_EQ(x().calls.size(), 3);
    EXPECT_EQ(x().calls.at(1).target, kTarget) << "the first is retried before the second goes";
    EXPECT_EQ(x().calls.at(2).target, u"1850000000000000003"_s);
}

TEST_P(DispatcherTest, AnEntryIsTriedOnceARunWhileItsAccountWaits)
{
    const qint64 draftId = draftReply();
    x().sends.push_back(ScriptedClient::sendFailure(PlatformOutcome::Status::NeedsReauth, u"401"_s));
    const DispatchResult result = dispatch();
    EXPECT_EQ(result.waiting, 1);
    EXPECT_EQ(x().calls.size(), 1);
    EXPECT_EQ(reloaded(replyEntry(draftId).id).state, OutboxEntry::State::Pending);
}

MODERATION_INSTANTIATE_ENGINES(DispatcherTest);
