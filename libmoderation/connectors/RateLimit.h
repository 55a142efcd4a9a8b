#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QHash>

#include <optional>

namespace moderation {

// What a response's headers said about the account's limits (PLATFORMS.md sections 1 and 6).
struct RateLimit
{
    // X: x-rate-limit-limit / -remaining / -reset (epoch seconds) of the endpoint's window.
    std::optional<int> limit;
    std::optional<int> remaining;
    QDateTime resetAt; // invalid when not given
    // Graph: the highest percentage in X-App-Usage, X-Page-Usage or X-Business-Use-Case-Usage
    // (call_count, total_cputime, total_time), and the BUC's estimated_time_to_regain_access.
    std::optional<int> usagePercent;
    std::optional<int> regainAccessMinutes;

    // Whether the next request should wait: nothing remains, or usage reached 100 %.
    bool exhausted() const;

    // Reads the headers (names lower-cased); malformed values are ignored, never fatal.
    static RateLimit fromHeaders(const QHash<QByteArray, QByteArray>& headers);
};

} // namespace moderation
