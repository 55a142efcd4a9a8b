#include "connectors/NetworkTransport.h"

#include <QEventLoop>
#include <QMetaEnum>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QPointer>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace moderation {

namespace {

QNetworkRequest toNetworkRequest(const HttpRequest& request)
{
    QNetworkRequest out(request.url);
    out.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    // Keep the raw body: a gzip body whose length is off would otherwise hide a truncation.
    out.setRawHeader("Accept-Encoding", "identity");
    for (const auto& [name, value] : request.headers)
        out.setRawHeader(name, value);
    if (!request.contentType.isEmpty())
        out.setHeader(QNetworkRequest::ContentTypeHeader, request.contentType);
    return out;
}

} // namespace

NetworkTransport::NetworkTransport()
    : m_manager(std::make_unique<QNetworkAccessManager>())
{
}

NetworkTransport::~NetworkTransport() = default;

HttpResponse NetworkTransport::send(const HttpRequest& request)
{
    checkThread();
    const QNetworkRequest networkRequest = toNetworkRequest(request);
    QPointer<QNetworkReply> reply = m_manager->sendCustomRequest(networkRequest, request.method, request.body);

    QEventLoop loop;
    QTimer timer;
    timer.setSingleShot(true);
    bool timedOut = false;
    QObject::connect(&timer, &QTimer::timeout, &loop, [&] {
        timedOut = true;
        loop.quit();
    });
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    timer.start(m_timeoutMs);
    if (!reply->isFinished())
        loop.exec(QEventLoop::ExcludeUserInputEvents);
    timer.stop();

    HttpResponse response;
    const QString where = describeRequest(request);
    if (timedOut && reply && !reply->isFinished()) {
        reply->abort();
        reply->deleteLater();
        response.outcome = HttpResponse::Outcome::TimedOut;
        response.errorText = u"%1: no whole response within %2 ms"_s.arg(where).arg(m_timeoutMs);
        return response;
    }

    const QVariant status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    response.status = status.isValid() ? status.toInt() : 0;
    for (const auto& [name, value] : reply->rawHeaderPairs())
        response.headers.insert(name.toLower(), value);
    response.body = reply->readAll();
    const QNetworkReply::NetworkError error = reply->error();
    reply->deleteLater();

    // An HTTP error status (4xx, 5xx) is still a completed exchange: the status and body arrived.
    const bool httpError = error >= QNetworkReply::ContentAccessDenied && error <= QNetworkReply::UnknownServerError;
    if (error == QNetworkReply::NoError || httpError) {
        bool ok = false;
        const qint64 announced = response.headers.value("content-length").toLongLong(&ok);
        if (ok && response.body.size() < announced) {
            response.outcome = HttpResponse::Outcome::Truncated;
            response.errorText = u"%1: the body ended after %2 of %3 bytes"_s.arg(where)
                                     .arg(response.body.size())
                                     .arg(announced);
            return response;
        }
        response.outcome = HttpResponse::Outcome::Completed;
        return response;
    }
    // The status line arrived but the body did not finish: the connection closed mid-body.
    response.outcome = response.status > 0 || error == QNetworkReply::RemoteHostClosedError
        ? HttpResponse::Outcome::Truncated
        : HttpResponse::Outcome::ConnectionFailed;
    // Qt's errorString() quotes the whole URL, query and token included: name the error only.
    const char* name = QMetaEnum::fromType<QNetworkReply::NetworkError>().valueToKey(error);
    response.errorText = u"%1: %2"_s.arg(where, name ? QString::fromLatin1(name) : QString::number(int(error)));
    return response;
}

} // namespace moderation
