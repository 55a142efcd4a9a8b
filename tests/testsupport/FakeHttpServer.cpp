#include "FakeHttpServer.h"

#include <QHostAddress>
#include <QHttpServerRequest>
#include <QPointer>
#include <QTcpSocket>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace moderation::test {

namespace {

QByteArray methodName(QHttpServerRequest::Method method)
{
    switch (method) {
    case QHttpServerRequest::Method::Get:
        return "GET";
    case QHttpServerRequest::Method::Put:
        return "PUT";
    case QHttpServerRequest::Method::Delete:
        return "DELETE";
    case QHttpServerRequest::Method::Post:
        return "POST";
    case QHttpServerRequest::Method::Head:
        return "HEAD";
    case QHttpServerRequest::Method::Options:
        return "OPTIONS";
    case QHttpServerRequest::Method::Patch:
        return "PATCH";
    default:
        return "OTHER";
    }
}

QByteArray reason(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 201:
        return "Created";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 429:
        return "Too Many Requests";
    case 500:
        return "Internal Server Error";
    case 503:
        return "Service Unavailable";
    default:
        return "Status";
    }
}

} // namespace

QUrlQuery FakeRequest::form() const
{
    QByteArray text = body;
    text.replace('+', ' ');
    return QUrlQuery(QString::fromUtf8(text));
}

FakeHttpServer::FakeHttpServer(QObject* parent)
    : QAbstractHttpServer(parent)
{
}

quint16 FakeHttpServer::start(quint16 port)
{
    m_port = listen(QHostAddress::LocalHost, port);
    return m_port;
}

QUrl FakeHttpServer::baseUrl() const
{
    return QUrl(u"http://127.0.0.1:%1"_s.arg(m_port));
}

bool FakeHttpServer::handleRequest(const QHttpServerRequest& request, QTcpSocket* socket)
{
    FakeRequest fake;
    fake.method = methodName(request.method());
    fake.path = request.url().path();
    fake.query = request.query();
    for (const auto& [name, value] : request.headers())
        fake.headers.insert(name.toLower(), value);
    fake.body = request.body();

    const FakeResponse response = serve(fake);
    const bool control = fake.path.startsWith(u"/_fake/"_s);
    if (response.delivery == FakeResponse::Delivery::Delayed || (m_latencyMs > 0 && !control)) {
        QPointer<QTcpSocket> held(socket);
        const int delay = response.delivery == FakeResponse::Delivery::Delayed ? m_delayMs : m_latencyMs;
        QTimer::singleShot(delay, this, [held, response] {
            if (held && held->state() == QAbstractSocket::ConnectedState)
                write(held, response);
        });
        return true;
    }
    write(socket, response);
    return true;
}

void FakeHttpServer::missingHandler(const QHttpServerRequest&, QTcpSocket* socket)
{
    write(socket, FakeResponse { 404, "text/plain", {}, "not found", FakeResponse::Delivery::Normal });
}

void FakeHttpServer::write(QTcpSocket* socket, const FakeResponse& response)
{
    const bool truncated = response.delivery == FakeResponse::Delivery::Truncated;
    const QByteArray body = truncated ? response.body.left(response.body.size() / 2) : response.body;
    QByteArray head = "HTTP/1.1 " + QByteArray::number(response.status) + ' ' + reason(response.status) + "\r\n";
    head += "Content-Type: " + response.contentType + "\r\n";
    head += "Content-Length: " + QByteArray::number(response.body.size()) + "\r\n";
    for (const auto& [name, value] : response.headers)
        head += name + ": " + value + "\r\n";
    if (truncated)
        head += "Connection: close\r\n";
    head += "\r\n";
    socket->write(head + body);
    if (truncated) {
        socket->flush();
        socket->disconnectFromHost();
    }
}

} // namespace moderation::test
