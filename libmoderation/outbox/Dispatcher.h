#pragma once

#include "model/Error.h"

#include <QStringList>

#include <functional>

namespace moderation {

class Clock;
class ClientProvider;
class Database;
struct OutboxEntry;

struct DispatchResult
{
    int sent = 0; // confirmed by the platform's id
    int reconciled = 0; // of those, found already done on the platform (after a crash or a lost answer)
    int failed = 0; // refused by the platform: needs a person
    int rescheduled = 0; // not done, tried again later (rate limit, no answer, reconciliation found nothing)
    int waiting = 0; // left pending: the account is rate limited, out of quota or needs re-authentication
    QStringList problems; // one line each, for the progress output
};

// Sends what the outbox holds (DESIGN.md "Outbox states"), exactly once: an entry is marked
// `sending` before its request and `sent` only with the platform's id. What a crash left `sending`
// is reconciled first: the platform is asked whether our reply is already there before any retry
// (hides and deletes are idempotent: they are simply sent again). A send that never reached the
// platform is retried after a backoff; one the platform refused is `failed` with its reason.
// Replies reach `sending` only through the database's approval check, so nothing unapproved goes.
class Dispatcher
{
public:
    Dispatcher(Database& database, ClientProvider& clients);

    // A source of [0, 1) for the backoff's jitter; tests pin it.
    void setRandom(std::function<double()> random) { m_random = std::move(random); }
    // Asked between sends: a stop request ends the run after the current entry's transaction.
    void setStopRequested(std::function<bool()> stop) { m_stopRequested = std::move(stop); }

    // Reconciles entries left in flight, then sends what is due, at most `limit` entries.
    Result<DispatchResult> run(int limit = 200);

    static QString actor() { return QStringLiteral("outbox"); }

private:
    Error reconcile(const OutboxEntry& entry, DispatchResult& result);
    Error send(const OutboxEntry& entry, DispatchResult& result);

    Database& m_database;
    ClientProvider& m_clients;
    std::function<double()> m_random;
    std::function<bool()> m_stopRequested;
};

} // namespace moderation
