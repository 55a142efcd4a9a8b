#include "connectors/TransportOutcome.h"

using namespace Qt::StringLiterals;

namespace moderation {

bool readTransportFailure(const HttpResponse& response, const QString& platform, const QString& what,
                          PlatformOutcome& outcome)
{
    switch (response.outcome) {
    case HttpResponse::Outcome::ConnectionFailed:
    case HttpResponse::Outcome::TimedOut:
        outcome.status = PlatformOutcome::Status::NotReached;
        outcome.message = u"%1 %2: not reached: %3"_s.arg(platform, what, response.errorText);
        return true;
    case HttpResponse::Outcome::Truncated:
        outcome.status = PlatformOutcome::Status::Malformed;
        outcome.message = u"%1 %2: the response was cut short: %3"_s.arg(platform, what, response.errorText);
        return true;
    case HttpResponse::Outcome::Completed:
        break;
    }
    return false;
}

} // namespace moderation
