#pragma once

#include <QAbstractHttpServer>
#include <QByteArray>
#include <QHash>
#include <QList>
#include <QPair>
#include <QUrl>
#include <QUrlQuery>

namespace moderation::test {

// One request as a fake platform sees it.
struct FakeRequest
{
    QByteArray method; // "GET", "POST", "PUT", "DELETE", …
    QString path; // decoded, e.g. "/2/tweets/123/hidden"
    QUrlQuery query;
    QHash<QByteArray, QByteArray> headers; // names lower-cased
    QByteArray body;

    // A form body (application/x-www-form-urlencoded) as a query.
    QUrlQuery form() const;
};

// What the fake answers, and how the answer travels.
struct FakeResponse
{
    enum class Delivery {
        Normal,
        Truncated, // Content-Length announces more than is sent, then the connection closes
        Delayed, // answered only after the server's delay (longer than a client's short timeout)
    };

    int status = 200;
    QByteArray contentType = "application/json; charset=utf-8";
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    Delivery delivery = Delivery::Normal;
};

// A local HTTP/1.1 server on 127.0.0.1 that hands each request to serve() and writes the answer
// on the socket itself, so a fake can also break the wire (a short body, a late answer).
// QAbstractHttpServer parses the requests; QHttpServer's responder cannot close mid-body.
class FakeHttpServer : public QAbstractHttpServer
{
public:
    explicit FakeHttpServer(QObject* parent = nullptr);

    // Listens on 127.0.0.1; port 0 picks a free one. Returns the port, 0 on failure.
    quint16 start(quint16 port = 0);
    quint16 port() const { return m_port; }
    QUrl baseUrl() const;

    // How long a Delayed answer waits (default 60 s: beyond any short client timeout).
    void setDelayMs(int ms) { m_delayMs = ms; }
    // Every answer (but /_fake/state) comes this late, after the request was acted on: a client
    // killed meanwhile never learns what happened (the crash tests' window).
    void setLatencyMs(int ms) { m_latencyMs = ms; }

protected:
    virtual FakeResponse serve(const FakeRequest& request) = 0;

    bool handleRequest(const QHttpServerRequest& request, QTcpSocket* socket) override;
    void missingHandler(const QHttpServerRequest& request, QTcpSocket* socket) override;

private:
    static void write(QTcpSocket* socket, const FakeResponse& response);

    quint16 m_port = 0;
    int m_delayMs = 60000;
    int m_latencyMs = 0;
};

} // namespace moderation::test
