#include "sync/SyncRunner.h"

#include "audit/CheckpointMac.h"
#include "connectors/Backoff.h"
#include "connectors/ClientProvider.h"
#include "credentials/CredentialNames.h"
#include "credentials/CredentialStore.h"
#include "storage/AccountStore.h"
#include "storage/AuditStore.h"
#include "storage/CheckpointStore.h"
#include "storage/CommentStore.h"
#include "storage/Database.h"
#include "storage/QuarantineStore.h"
#include "sync/Waiter.h"

using namespace Qt::StringLiterals;

namespace moderation {

bool SyncReport::anyAccountFailed() const
{
    for (const AccountSync& account : accounts) {
        if (account.status == AccountSync::Status::Failed || account.status == AccountSync::Status::NeedsReauth)
            return true;
    }
    return false;
}

SyncRunner::SyncRunner(Database& database, ClientProvider& clients, Waiter& waiter, Options options)
    : m_database(database)
    , m_clients(clients)
    , m_waiter(waiter)
    , m_options(std::move(options))
    , m_random(&Backoff::randomUnit)
{
}

Result<SyncReport> SyncRunner::runOnce()
{
    SyncReport report;
    auto accounts = AccountStore(m_database).list();
    if (!accounts)
        return accounts.error();

    for (const Account& account : *accounts) {
        if (stopRequested()) {
            report.stopped = true;
            return report;
        }
        report.accounts << syncAccount(account);
    }
    if (stopRequested()) {
        report.stopped = true;
        return report;
    }

    auto active = Triage::loadActive(m_database);
    if (active) {
        Triage triage(m_database, active->engine, active->versionId);
        auto triaged = triage.decidePending();
        if (!triaged)
            return triaged.error().prefixed(u"applying the active policy"_s);
        report.triage = *triaged;
        report.triaged = true;
        progress(u"policy: %1 decided, %2 cases opened, %3 hides queued, %4 ignored"_s.arg(triaged->decided)
                     .arg(triaged->casesOpened)
                     .arg(triaged->hidesQueued)
                     .arg(triaged->ignored));
    } else if (active.error().code() == Error::Code::NotFound) {
        progress(u"policy: none active, comments stored undecided (moderationctl policy activate FILE)"_s);
    } else {
        return active.error();
    }
    if (stopRequested()) {
        report.stopped = true;
        return report;
    }

    Dispatcher dispatcher(m_database, m_clients);
    dispatcher.setRandom(m_random);
    dispatcher.setStopRequested([this] { return stopRequested(); });
    auto dispatched = dispatcher.run(m_options.dispatchLimit);
    if (!dispatched)
        return dispatched.error().prefixed(u"sending the outbox"_s);
    report.dispatch = *dispatched;
    progress(u"outbox: %1 sent (%2 found already done), %3 failed, %4 to retry, %5 waiting"_s.arg(dispatched->sent)
                 .arg(dispatched->reconciled)
                 .arg(dispatched->failed)
                 .arg(dispatched->rescheduled)
                 .arg(dispatched->waiting));
    for (const QString& problem : dispatched->problems)
        progress(u"outbox: "_s + problem);

    if (m_credentials) {
        const Error checkpoint = writeCheckpoint(report);
        if (checkpoint.isError()) {
            report.checkpointProblem = checkpoint.message();
            progress(u"audit checkpoint not written: "_s + checkpoint.message());
        }
    }
    report.stopped = stopRequested();
    return report;
}

AccountSync SyncRunner::syncAccount(const Account& account)
{
    AccountSync sync;
    sync.account = account.name;
    if (account.state == Account::State::Disabled) {
        sync.status = AccountSync::Status::Skipped;
        return sync;
    }
    const QDateTime now = m_database.clock().now();
    if (account.state == Account::State::RateLimited && account.rateLimitedUntil.isValid()
        && account.rateLimitedUntil > now
        && now.msecsTo(account.rateLimitedUntil) > qint64(m_options.maxWaitSeconds) * 1000) {
        sync.status = AccountSync::Status::RateLimited;
        sync.until = account.rateLimitedUntil;
        sync.message = u"rate limited until %1"_s.arg(account.rateLimitedUntil.toString(Qt::ISODate));
        progress(u"%1: %2"_s.arg(account.name, sync.message));
        return sync;
    }
    for (const QString& watch : account.watches) {
        if (stopRequested())
            return sync;
        if (!syncWatch(account, watch, sync)) {
            progress(u"%1: %2"_s.arg(account.name, sync.message));
            return sync;
        }
    }
    if (account.state != Account::State::Ok) {
        const Error error = AccountStore(m_database).setState(account.id, Account::State::Ok, {}, {}, actor());
        if (error.isError()) {
            sync.status = AccountSync::Status::Failed;
            sync.message = error.message();
            return sync;
        }
    }
    progress(u"%1: caught up, %2 pages, %3 new, %4 edited, %5 quarantined"_s.arg(account.name)
                 .arg(sync.pages)
                 .arg(sync.inserted)
                 .arg(sync.edited)
                 .arg(sync.quarantined));
    return sync;
}

bool SyncRunner::syncWatch(const Account& account, const QString& watch, AccountSync& sync)
{
    AccountStore accounts(m_database);
    auto fail = [&](AccountSync::Status status, const QString& message) {
        sync.status = status;
        sync.message = message;
        return false;
    };

    auto client = m_clients.clientFor(account);
    if (!client)
        return fail(AccountSync::Status::Failed, client.error().message());
    auto cursor = accounts.cursor(account.id, watch);
    if (!cursor)
        return fail(AccountSync::Status::Failed, cursor.error().message());

    QString pageToken;
    QString nextCursor;
    int failures = 0;
    int limitHits = 0;
    for (;;) {
        if (stopRequested())
            return fail(sync.status, u"stopped"_s);
        const QDateTime now = m_database.clock().now();
        auto reads = accounts.quota(account.id, AccountStore::UsageKind::Read, now);
        if (!reads)
            return fail(AccountSync::Status::Failed, reads.error().message());
        if (reads->left() == 0) {
            sync.until = reads->resetsAt;
            const QString why = u"the reading quota (%1 an hour) is used up"_s.arg(reads->limit);
            if (const Error state = accounts.setState(account.id, Account::State::RateLimited, sync.until, why, actor());
                state.isError())
                return fail(AccountSync::Status::Failed, state.message());
            return fail(AccountSync::Status::RateLimited,
                        u"%1: rate limited until %2"_s.arg(why, sync.until.toString(Qt::ISODate)));
        }

        PlatformResult<WatchPage> fetched = (*client)->fetch(watch, *cursor, pageToken, now);
        if (const Error usage = accounts.recordUsage(account.id, AccountStore::UsageKind::Read, now);
            usage.isError())
            return fail(AccountSync::Status::Failed, usage.message());
        const PlatformOutcome& outcome = fetched.outcome;

        switch (outcome.status) {
        case PlatformOutcome::Status::Ok: {
            failures = 0;
            WatchPage& page = fetched.value;
            for (Comment& comment : page.comments)
                comment.accountName = account.name;
            IngestResult stored;
            const Error error = m_database.transaction([&]() -> Error {
                QuarantineStore quarantine(m_database);
                for (const UnreadableItem& item : page.unreadable) {
                    QuarantinedItem row;
                    row.platform = account.platform;
                    row.accountId = account.id;
                    row.origin = item.origin;
                    row.reason = item.reason;
                    row.raw = item.raw;
                    auto added = quarantine.add(row, actor());
                    if (!added)
                        return added.error();
                }
                if (page.comments.isEmpty())
                    return {};
                auto ingested = CommentStore(m_database).ingest(page.comments, actor(), watch);
                if (!ingested)
                    return ingested.error();
                stored = *ingested;
                return {};
            });
            if (error.isError())
                return fail(AccountSync::Status::Failed, u"storing a page of %1: %2"_s.arg(watch, error.message()));
            ++sync.pages;
            sync.inserted += stored.inserted;
            sync.edited += stored.edited;
            sync.removed += stored.removed;
            sync.quarantined += int(page.unreadable.size());
            if (pageToken.isEmpty() && !page.nextCursor.isEmpty())
                nextCursor = page.nextCursor;
            if (page.nextPageToken.isEmpty()) {
                // The whole poll is stored: only now may the watch's cursor move.
                if (!nextCursor.isEmpty()) {
                    const Error advanced = accounts.advanceCursor(account.id, watch, nextCursor);
                    if (advanced.isError())
                        return fail(AccountSync::Status::Failed, advanced.message());
                }
                return true;
            }
            pageToken = page.nextPageToken;
            // The answer was good but spent the window (x-rate-limit-remaining: 0, or usage at
            // 100 %): the next page waits for the reset, within the run's budget.
            if (outcome.limit.exhausted()) {
                const QDateTime reset = outcome.retryAt.isValid() ? outcome.retryAt : outcome.limit.resetAt;
                const qint64 wait = reset.isValid() ? std::max<qint64>(now.msecsTo(reset), 0) : Backoff::baseMs(1);
                if (sync.waitedMs + wait > qint64(m_options.maxWaitSeconds) * 1000) {
                    sync.until = reset.isValid() ? reset : now.addMSecs(wait);
                    const Error state = accounts.setState(account.id, Account::State::RateLimited, sync.until,
                                                          u"the platform's request window is spent"_s, actor());
                    return fail(state.isError() ? AccountSync::Status::Failed : AccountSync::Status::RateLimited,
                                state.isError() ? state.message()
                                                : u"rate limited until %1"_s.arg(sync.until.toString(Qt::ISODate)));
                }
                progress(u"%1: the request window is spent, waiting %2 s"_s.arg(account.name).arg((wait + 999) / 1000));
                sync.waitedMs += wait;
                if (!m_waiter.waitMs(wait))
                    return fail(sync.status, u"stopped"_s);
            }
            continue;
        }
        case PlatformOutcome::Status::RateLimited: {
            ++limitHits;
            const qint64 wait = outcome.retryAt.isValid() ? std::max<qint64>(now.msecsTo(outcome.retryAt), 0)
                                                          : Backoff::baseMs(limitHits);
            if (sync.waitedMs + wait <= qint64(m_options.maxWaitSeconds) * 1000) {
                progress(u"%1: rate limited on %2, waiting %3 s"_s.arg(account.name, watch).arg((wait + 999) / 1000));
                sync.waitedMs += wait;
                ++sync.retries;
                if (!m_waiter.waitMs(wait))
                    return fail(sync.status, u"stopped"_s);
                continue;
            }
            sync.until = outcome.retryAt.isValid() ? outcome.retryAt : now.addMSecs(wait);
            if (const Error state =
                    accounts.setState(account.id, Account::State::RateLimited, sync.until, outcome.message, actor());
                state.isError())
                return fail(AccountSync::Status::Failed, state.message());
            return fail(AccountSync::Status::RateLimited,
                        u"rate limited until %1"_s.arg(sync.until.toString(Qt::ISODate)));
        }
        case PlatformOutcome::Status::NeedsReauth:
            if (const Error state = accounts.setState(account.id, Account::State::NeedsReauth, {}, outcome.message, actor());
                state.isError())
                return fail(AccountSync::Status::Failed, state.message());
            return fail(AccountSync::Status::NeedsReauth, u"needs re-authentication: "_s + outcome.message);
        case PlatformOutcome::Status::NotReached:
        case PlatformOutcome::Status::Malformed: {
            ++failures;
            if (failures >= m_options.maxAttempts)
                return fail(AccountSync::Status::Failed,
                            u"%1 failed %2 times in a row, last: %3"_s.arg(watch).arg(failures).arg(outcome.message));
            const qint64 wait = Backoff::jitteredMs(failures, m_random());
            progress(u"%1: %2; trying again in %3 ms"_s.arg(account.name, outcome.message).arg(wait));
            ++sync.retries;
            sync.waitedMs += wait;
            if (!m_waiter.waitMs(wait))
                return fail(sync.status, u"stopped"_s);
            continue;
        }
        case PlatformOutcome::Status::Refused:
            return fail(AccountSync::Status::Failed, u"%1 refused: %2"_s.arg(watch, outcome.message));
        }
    }
}

Error SyncRunner::writeCheckpoint(SyncReport& report)
{
    const QDateTime now = m_database.clock().now();
    const QString day = now.date().toString(Qt::ISODate);
    CheckpointStore checkpoints(m_database);
    auto has = checkpoints.hasDay(day);
    if (!has)
        return has.error();
    if (*has)
        return {};
    const QString keyName = CredentialNames::checkpointKey(m_options.storeIdentity);
    auto key = m_credentials->read(keyName);
    if (!key && key.error().code() == Error::Code::NotFound) {
        // The first checkpoint of this store: a new key, kept by this machine only.
        const QByteArray fresh = CheckpointMac::newKey();
        if (const Error written = m_credentials->write(keyName, fresh); written.isError())
            return written;
        key = fresh;
    }
    if (!key)
        return key.error();
    auto head = AuditStore(m_database).head();
    if (!head)
        return head.error();
    AuditCheckpoint checkpoint;
    checkpoint.day = day;
    checkpoint.seq = head->seq;
    checkpoint.hash = head->hash;
    checkpoint.mac = CheckpointMac::compute(*key, day, head->seq, head->hash);
    checkpoint.keyId = CheckpointMac::keyId(*key);
    checkpoint.createdAt = now;
    if (const Error added = checkpoints.add(checkpoint); added.isError())
        return added;
    report.checkpointWritten = true;
    progress(u"audit checkpoint for %1 signed at seq %2"_s.arg(day).arg(head->seq));
    return {};
}

} // namespace moderation
