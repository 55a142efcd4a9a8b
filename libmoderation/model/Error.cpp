#include "model/Error.h"

using namespace Qt::StringLiterals;

namespace moderation {

Error& Error::prefixed(const QString& context) &
{
    m_message = context + u": "_s + m_message;
    return *this;
}

Error Error::withoutCode()
{
    return Error(Code::Internal, u"an operation failed without saying why (an error with no code)"_s);
}

QString Error::toString() const
{
    if (!m_file.isEmpty()) {
        if (m_line > 0)
            return u"%1:%2:%3: %4"_s.arg(m_file).arg(m_line).arg(qMax(1, m_column)).arg(m_message);
        return m_file + u": "_s + m_message;
    }
    if (!m_recordId.isEmpty())
        return u"%1 (record %2)"_s.arg(m_message, m_recordId);
    return m_message;
}

bool Error::isEnvironmental() const
{
    switch (m_code) {
    case Code::DatabaseUnreachable:
    case Code::AuthenticationFailed:
    case Code::ReadOnly:
    case Code::Corrupt:
    case Code::Network:
    case Code::CredentialsMissing:
    case Code::Internal:
        return true;
    default:
        return false;
    }
}

QString Error::codeName(Code code)
{
    switch (code) {
    case Code::None: return u"none"_s;
    case Code::InvalidInput: return u"invalid-input"_s;
    case Code::Usage: return u"usage"_s;
    case Code::Refused: return u"refused"_s;
    case Code::NotFound: return u"not-found"_s;
    case Code::Conflict: return u"conflict"_s;
    case Code::DatabaseUnreachable: return u"database-unreachable"_s;
    case Code::AuthenticationFailed: return u"authentication-failed"_s;
    case Code::ReadOnly: return u"read-only"_s;
    case Code::Corrupt: return u"corrupt"_s;
    case Code::Network: return u"network"_s;
    case Code::CredentialsMissing: return u"credentials-missing"_s;
    case Code::Integrity: return u"integrity"_s;
    case Code::Internal: return u"internal"_s;
    }
    return u"unknown"_s;
}

} // namespace moderation
