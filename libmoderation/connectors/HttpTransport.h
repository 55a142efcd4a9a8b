#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QPair>
#include <QString>
#include <QThread>
#include <QUrl>
#include <QUrlQuery>

namespace moderation {

// One HTTP exchange with a platform, as the clients build it.
struct HttpRequest
{
    QByteArray method = "GET"; // GET, POST, PUT, DELETE: real methods, never an override
    QUrl url;
    QList<QPair<QByteArray, QByteArray>> headers; // Authorization among them: never logged
    QByteArray body;
    QByteArray contentType; // empty: no body
};

// What came back, or why nothing did.
struct HttpResponse
{
    enum class Outcome {
        Completed, // a status line and a whole body arrived (any status)
        ConnectionFailed, // refused, reset, DNS, TLS: the request may not have reached the platform
        TimedOut, // no whole response within the timeout: it may or may not have been acted on
        Truncated, // the connection closed before the announced body was complete
    };

    Outcome outcome = Outcome::Completed;
    int status = 0; // HTTP status when Completed
    QByteArray body;
    QHash<QByteArray, QByteArray> headers; // names lower-cased
    QString errorText; // for logs and messages; never holds a token

    bool completed() const { return outcome == Outcome::Completed; }
    QByteArray header(const QByteArray& lowerName) const { return headers.value(lowerName); }
};

// Sends one request and waits for its answer. A client owns one; tests hand it a transport to a
// local server, or a scripted one. Implementations are used from one thread.
class HttpTransport
{
public:
    virtual ~HttpTransport() = default;
    virtual HttpResponse send(const HttpRequest& request) = 0;

    // A thread that must never wait for the network: the desktop app names its GUI thread (its
    // sync runs on a worker thread). A request sent on it still goes, and is counted and logged;
    // tests assert the count stays 0.
    static void forbidThread(QThread* thread);
    static int forbiddenThreadCalls();

protected:
    // What an implementation calls as it sends.
    static void checkThread();
};

// The request as text for a log or an error message: method and URL, with the Authorization
// header and any access_token query item replaced by "[redacted]".
QString describeRequest(const HttpRequest& request);

// A request to `path` under `baseUrl` (a versioned base keeps its path: /v27.0 + /me) with the
// query, authorised by a bearer token. Both platform clients build theirs here.
HttpRequest bearerRequest(const QByteArray& method, const QUrl& baseUrl, const QString& path, const QUrlQuery& query,
                          const QByteArray& token);

// `text` with every occurrence of the token replaced by "[redacted]": a platform may echo the
// token back in an error's text. Tokens shorter than 8 bytes are not searched for (a short one
// would blank out ordinary words).
QString redactToken(QString text, const QByteArray& token);

} // namespace moderation
