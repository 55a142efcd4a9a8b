#include "outbox/Dispatcher.h"

#include "connectors/Backoff.h"
#include "connectors/ClientProvider.h"
#include "model/Clock.h"
#include "model/OutboxEntry.h"
#include "storage/AccountStore.h"
#include "storage/CommentStore.h"
#include "storage/Database.h"
#include "storage/OutboxStore.h"

#include <QSet>

using namespace Qt::StringLiterals;

namespace moderation {

namespace {

// What one entry acts on: the comment, its account and the client that speaks for it.
struct Target
{
    Comment comment;
    Account account;
    PlatformClient* client = nullptr;
};

QString describe(const OutboxEntry& entry)
{
    return u"outbox %1 (%2)"_s.arg(entry.id).arg(toString(entry.kind));
}

} // namespace

Dispatcher::Dispatcher(Database& database, ClientProvider& clients)
    : m_database(database)
    , m_clients(clients)
    , m_random(&Backoff::randomUnit)
{
}

static Result<Target> targetOf(Database& database, ClientProvider& clients, const OutboxEntry& entry)
{
    Target target;
    auto comment = CommentStore(database).byId(entry.commentId);
    if (!comment)
        return comment.error();
    target.comment = *comment;
    AccountStore accounts(database);
    auto account = entry.accountId ? accounts.byId(*entry.accountId) : accounts.byName(comment->accountName);
    if (!account)
        return account.error().prefixed(u"the account of %1"_s.arg(describe(entry)));
    target.account = *account;
    auto client = clients.clientFor(target.account);
    if (!client)
        return client.error();
    target.client = *client;
    return target;
}

Result<DispatchResult> Dispatcher::run(int limit)
{
    DispatchResult result;
    OutboxStore outbox(m_database);

    auto inFlight = outbox.inFlight();
    if (!inFlight)
        return inFlight.error();
    for (const OutboxEntry& entry : *inFlight) {
        if (m_stopRequested && m_stopRequested())
            return result;
        const Error error = reconcile(entry, result);
        if (error.isError())
            result.problems << u"%1: %2"_s.arg(describe(entry), error.message());
    }

    // Rounds: `due` offers only the first unsent entry of each conversation, so the next one of a
    // conversation comes up in the next round, once the one before it is sent. An entry is
    // tried once a run: what waits (a rate limit, a quota, an account to re-authenticate) is not
    // offered again until the next run.
    QSet<qint64> tried;
    int attempts = 0;
    while (attempts < limit) {
        auto due = outbox.due(m_database.clock().now(), limit);
        if (!due)
            return due.error();
        bool progressed = false;
        for (const OutboxEntry& entry : *due) {
            if (m_stopRequested && m_stopRequested())
                return result;
            if (tried.contains(entry.id) || attempts >= limit)
                continue;
            tried.insert(entry.id);
            ++attempts;
            progressed = true;
            const Error error = send(entry, result);
            if (error.isError())
                result.problems << u"%1: %2"_s.arg(describe(entry), error.message());
        }
        if (!progressed)
            break;
    }
    return result;
}

// An entry left `sending`: did the platform act? Replies are looked up; the other actions are
// idempotent (hiding a hidden comment changes nothing) and go back to pending to be sent again.
Error Dispatcher::reconcile(const OutboxEntry& entry, DispatchResult& result)
{
    OutboxStore outbox(m_database);
    const QDateTime now = m_database.clock().now();
    if (entry.kind != OutboxEntry::Kind::Reply) {
        ++result.rescheduled;
        return outbox.reschedule(entry.id, now, u"left sending by an interrupted run: sent again"_s, actor());
    }
    auto target = targetOf(m_database, m_clients, entry);
    if (!target)
        return target.error(); // stays sending: nothing is retried before the platform answers
    auto found = target->client->findReply(target->comment.platformId, target->comment.conversationId, entry.text);
    if (!found.outcome.ok())
        return Error(Error::Code::Network, u"reconciliation postponed: "_s + found.outcome.message);
    if (found.value) {
        ++result.sent;
        ++result.reconciled;
        return outbox.markSent(entry.id, found.value->platformId, actor());
    }
    ++result.rescheduled;
    return outbox.reschedule(entry.id, now, u"reconciled: the platform has no such reply; sent again"_s, actor());
}

Error Dispatcher::send(const OutboxEntry& entry, DispatchResult& result)
{
    OutboxStore outbox(m_database);
    AccountStore accounts(m_database);
    const QDateTime now = m_database.clock().now();

    auto target = targetOf(m_database, m_clients, entry);
    if (!target) {
        ++result.waiting;
        return target.error();
    }
    const Account& account = target->account;
    if (account.state == Account::State::NeedsReauth || account.state == Account::State::Disabled
        || (account.state == Account::State::RateLimited && account.rateLimitedUntil.isValid()
            && account.rateLimitedUntil > now)) {
        ++result.waiting;
        return {};
    }
    auto quota = accounts.quota(account.id, AccountStore::UsageKind::Post, now);
    if (!quota)
        return quota.error();
    if (quota->left() == 0) {
        ++result.waiting;
        return outbox.reschedule(entry.id, quota->resetsAt,
                                 u"the account's posting quota (%1 a day) is used up until %2"_s.arg(quota->limit).arg(
                                     quota->resetsAt.toString(Qt::ISODate)),
                                 actor());
    }
    if (entry.kind == OutboxEntry::Kind::Hide) {
        const QString impossible = target->client->cannotHideReason(target->comment);
        if (!impossible.isEmpty()) {
            ++result.failed;
            return outbox.markFailed(entry.id, impossible, actor());
        }
    }

    // Marked before the request: a crash from here on leaves it `sending`, to be reconciled.
    const Error marked = outbox.markSending(entry.id, actor());
    if (marked.isError()) {
        if (marked.code() == Error::Code::Conflict)
            return {}; // another dispatcher took it
        return marked;
    }

    PlatformClient& client = *target->client;
    const QString& platformId = target->comment.platformId;
    PlatformResult<SendReceipt> sent;
    switch (entry.kind) {
    case OutboxEntry::Kind::Reply:
        sent = client.reply(platformId, target->comment.conversationId, entry.text);
        break;
    case OutboxEntry::Kind::Hide:
        sent = client.setHidden(platformId, true);
        break;
    case OutboxEntry::Kind::Unhide:
        sent = client.setHidden(platformId, false);
        break;
    case OutboxEntry::Kind::Delete:
        sent = client.remove(platformId);
        break;
    }
    const Error usage = accounts.recordUsage(account.id, AccountStore::UsageKind::Post, now);
    if (usage.isError())
        result.problems << usage.message();

    const PlatformOutcome& outcome = sent.outcome;
    switch (outcome.status) {
    case PlatformOutcome::Status::Ok: {
        ++result.sent;
        const QString id = sent.value.platformId.isEmpty() ? platformId : sent.value.platformId;
        return outbox.markSent(entry.id, id, actor());
    }
    case PlatformOutcome::Status::RateLimited: {
        // A 429 is a refusal: nothing happened, so the entry waits for the reset.
        const QDateTime until = outcome.retryAt.isValid()
            ? outcome.retryAt
            : now.addMSecs(Backoff::jitteredMs(entry.attempts + 1, m_random()));
        ++result.rescheduled;
        const Error state = accounts.setState(account.id, Account::State::RateLimited, until, outcome.message, actor());
        if (state.isError())
            return state;
        return outbox.reschedule(entry.id, until, u"rate limited: "_s + outcome.message, actor());
    }
    case PlatformOutcome::Status::NeedsReauth: {
        ++result.waiting;
        const Error state = accounts.setState(account.id, Account::State::NeedsReauth, {}, outcome.message, actor());
        if (state.isError())
            return state;
        return outbox.reschedule(entry.id, now, u"the account needs re-authentication: "_s + outcome.message, actor());
    }
    case PlatformOutcome::Status::Malformed:
        if (entry.kind != OutboxEntry::Kind::Reply) {
            // A success status with an unreadable body: the idempotent action happened.
            ++result.sent;
            return outbox.markSent(entry.id, platformId, actor());
        }
        [[fallthrough]];
    case PlatformOutcome::Status::NotReached: {
        // Unknown whether the platform acted: look before trying again.
        OutboxEntry inFlight = entry;
        inFlight.attempts = entry.attempts + 1;
        if (entry.kind == OutboxEntry::Kind::Reply) {
            auto found = client.findReply(platformId, target->comment.conversationId, entry.text);
            if (!found.outcome.ok()) {
                result.problems << u"%1: no answer from the platform (%2); reconciled on the next run"_s.arg(
                    describe(entry), outcome.message);
                return {}; // stays sending
            }
            if (found.value) {
                ++result.sent;
                ++result.reconciled;
                return outbox.markSent(entry.id, found.value->platformId, actor());
            }
        }
        ++result.rescheduled;
        return outbox.reschedule(entry.id, now.addMSecs(Backoff::jitteredMs(inFlight.attempts, m_random())),
                                 u"not reached: "_s + outcome.message, actor());
    }
    case PlatformOutcome::Status::Refused: {
        const PlatformFailure& failure = outcome.failure;
        if (failure.kind == PlatformFailure::Kind::Duplicate && entry.kind == OutboxEntry::Kind::Reply) {
            // X refuses a second post of the same text: perhaps our first one did go out.
            auto found = client.findReply(platformId, target->comment.conversationId, entry.text);
            if (found.outcome.ok() && found.value) {
                ++result.sent;
                ++result.reconciled;
                return outbox.markSent(entry.id, found.value->platformId, actor());
            }
        }
        if (failure.kind == PlatformFailure::Kind::NotFound && entry.kind == OutboxEntry::Kind::Delete) {
            ++result.sent; // already gone
            return outbox.markSent(entry.id, platformId, actor());
        }
        ++result.failed;
        return outbox.markFailed(entry.id, outcome.message, actor());
    }
    }
    return {};
}

} // namespace moderation
