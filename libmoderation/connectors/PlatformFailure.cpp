#include "connectors/PlatformFailure.h"

using namespace Qt::StringLiterals;

namespace moderation {

QString PlatformFailure::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Unauthorized:
        return u"unauthorized"_s;
    case Kind::PermissionMissing:
        return u"permission-missing"_s;
    case Kind::Forbidden:
        return u"forbidden"_s;
    case Kind::RateLimited:
        return u"rate-limited"_s;
    case Kind::UsageCapped:
        return u"usage-capped"_s;
    case Kind::Duplicate:
        return u"duplicate"_s;
    case Kind::NotFound:
        return u"not-found"_s;
    case Kind::InvalidRequest:
        return u"invalid-request"_s;
    case Kind::Blocked:
        return u"blocked"_s;
    case Kind::Transient:
        return u"transient"_s;
    case Kind::Unknown:
        return u"unknown"_s;
    }
    return u"unknown"_s;
}

Error PlatformFailure::toError() const
{
    const QString who = platform == Platform::Twitter ? u"X"_s : u"Facebook"_s;
    QString what = detail.isEmpty() ? title : detail;
    if (what.isEmpty())
        what = u"no details"_s;
    QString codes;
    if (httpStatus > 0)
        codes += u"HTTP %1"_s.arg(httpStatus);
    if (code != 0)
        codes += (codes.isEmpty() ? u""_s : u", "_s) + u"code %1"_s.arg(code);
    if (subcode != 0)
        codes += u"/%1"_s.arg(subcode);
    if (!traceId.isEmpty())
        codes += (codes.isEmpty() ? u""_s : u", "_s) + u"trace %1"_s.arg(traceId);
    const QString message = u"%1 refused the request (%2%3): %4"_s.arg(
        who, kindName(kind), codes.isEmpty() ? QString() : u", "_s + codes, what);

    Error::Code errorCode = Error::Code::Network;
    switch (kind) {
    case Kind::Unauthorized:
    case Kind::PermissionMissing:
        errorCode = Error::Code::AuthenticationFailed;
        break;
    case Kind::Forbidden:
    case Kind::Blocked:
        errorCode = Error::Code::Refused;
        break;
    case Kind::Duplicate:
        errorCode = Error::Code::Conflict;
        break;
    case Kind::NotFound:
        errorCode = Error::Code::NotFound;
        break;
    case Kind::InvalidRequest:
        errorCode = Error::Code::InvalidInput;
        break;
    case Kind::RateLimited:
    case Kind::UsageCapped:
    case Kind::Transient:
    case Kind::Unknown:
        errorCode = Error::Code::Network;
        break;
    }
    Error error(errorCode, message);
    if (!origin.isEmpty())
        error.at(origin);
    return error;
}

} // namespace moderation
