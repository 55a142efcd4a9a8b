#pragma once

#include "model/Enums.h"

#include <QDateTime>
#include <QStringList>

#include <optional>

namespace moderation {

// A watched X account or Facebook page. Its token lives in the OS keychain, never here.
struct Account
{
    enum class State { Ok, NeedsReauth, RateLimited, Disabled };

    qint64 id = 0; // the store's id; 0 until stored
    Platform platform = Platform::Twitter;
    QString name; // unique, chosen by the admin: "agency-x", "demo-facebook"
    QString externalId; // X user id or Facebook page id
    QString baseUrl; // empty for the platform's default
    QStringList watches; // "mentions", "replies", "page-comments", "search:QUERY"
    State state = State::Ok;
    QDateTime rateLimitedUntil; // invalid unless rate limited
    QString stateReason; // why it needs re-authentication or is rate limited: the platform's words
    // Quotas the outbox and the sync pace within; unset: the platform tier's default
    // (Account::defaultPostsPerDay / defaultReadsPerHour).
    std::optional<int> postsPerDay;
    std::optional<int> readsPerHour;

    static int defaultPostsPerDay(Platform platform);
    static int defaultReadsPerHour(Platform platform);
};

// An account's use of one quota in its current fixed window (AccountStore::quota): posts per UTC
// day, reads per UTC clock hour.
struct AccountQuota
{
    enum class Kind { Post, Read };

    int limit = 0; // the account's quota, or its platform's default
    int used = 0;
    int left() const { return limit > used ? limit - used : 0; }
    QDateTime resetsAt; // the end of the current window
};

// Wire names: "ok", "needs_reauth", "rate_limited", "disabled".
QString toString(Account::State state);
std::optional<Account::State> accountStateFromString(QStringView text);

} // namespace moderation
