#pragma once

#include "connectors/HttpTransport.h"

#include <memory>

class QNetworkAccessManager;

namespace moderation {

// HttpTransport over QNetworkAccessManager. send() blocks on a local event loop until the whole
// response arrived, the connection failed or the timeout passed (the reply is then aborted).
// Redirects are not followed: a platform API answers, it does not redirect.
class NetworkTransport final : public HttpTransport
{
public:
    static constexpr int kDefaultTimeoutMs = 30000;

    NetworkTransport();
    ~NetworkTransport() override;

    HttpResponse send(const HttpRequest& request) override;

    int timeoutMs() const { return m_timeoutMs; }
    void setTimeoutMs(int ms) { m_timeoutMs = ms; }

private:
    std::unique_ptr<QNetworkAccessManager> m_manager;
    int m_timeoutMs = kDefaultTimeoutMs;
};

} // namespace moderation
