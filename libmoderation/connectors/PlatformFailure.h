#pragma once

#include "model/Enums.h"
#include "model/Error.h"

#include <QString>

namespace moderation {

// One entry of X's errors[] beside data in a 200: a referenced post or user the platform could not
// return (deleted, suspended, protected). The page itself is still good.
struct PlatformProblem
{
    QString title; // "Not Found Error"
    QString detail; // "Could not find user with author_id: [42]."
    QString type; // problem type URI
    QString resourceType; // "user", "tweet"
    QString resourceId;
    QString parameter; // "author_id", "referenced_tweets.id"
};

// A request the platform refused, classified from the codes it sent (never from its wording,
// which changes: PLATFORMS.md section 8).
struct PlatformFailure
{
    enum class Kind {
        Unauthorized, // token invalid, expired or revoked: re-authenticate the account
        PermissionMissing, // the token lacks a permission: re-authenticate granting it
        Forbidden, // not allowed for this resource or action
        RateLimited, // wait for the reset
        UsageCapped, // X: the app's monthly cap is spent
        Duplicate, // the same content was posted before
        NotFound,
        InvalidRequest, // our request was wrong: a bug or a bad setting
        Blocked, // Facebook: blocked by a platform policy (368)
        Transient, // the platform's own trouble: retry later
        Unknown,
    };

    Platform platform = Platform::Twitter;
    Kind kind = Kind::Unknown;
    int httpStatus = 0; // 0 when unknown
    int code = 0; // X's legacy errors[].code, Graph's error.code
    int subcode = 0; // Graph's error_subcode
    QString title;
    QString detail; // the platform's message; untrusted text
    QString type; // X's problem type URI, Graph's error.type ("OAuthException")
    QString traceId; // Graph's fbtrace_id, for support requests
    QString origin; // the URL or file the body came from

    bool needsReauthentication() const { return kind == Kind::Unauthorized || kind == Kind::PermissionMissing; }
    bool isRateLimit() const { return kind == Kind::RateLimited || kind == Kind::UsageCapped; }
    // Whether trying again later can succeed without a person changing anything.
    bool isRetryable() const { return isRateLimit() || kind == Kind::Transient; }

    // An Error for callers that only report: authentication failures are environmental (exit 3),
    // refusals of content are not.
    Error toError() const;

    static QString kindName(Kind kind);
};

} // namespace moderation
