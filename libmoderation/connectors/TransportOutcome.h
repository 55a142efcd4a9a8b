#pragma once

#include "connectors/HttpTransport.h"
#include "connectors/PlatformClient.h"

namespace moderation {

// What an exchange that did not complete means for every client alike: no answer (refused,
// reset, timed out) is NotReached, a body cut short is Malformed (read again). Fills `outcome`
// ("PLATFORM WHAT: …", not yet redacted) and returns true for those; false when a whole response
// came back and the client reads its status.
bool readTransportFailure(const HttpResponse& response, const QString& platform, const QString& what,
                          PlatformOutcome& outcome);

} // namespace moderation
