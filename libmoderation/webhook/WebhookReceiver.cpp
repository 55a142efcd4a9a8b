#include "webhook/WebhookReceiver.h"

#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace moderation {

namespace {

bool sameText(const QString& a, const QString& b)
{
    const QByteArray x = a.toUtf8();
    const QByteArray y = b.toUtf8();
    if (x.size() != y.size())
        return false;
    unsigned char difference = 0;
    for (qsizetype i = 0; i < x.size(); ++i)
        difference |= static_cast<unsigned char>(x.at(i) ^ y.at(i));
    return difference == 0;
}

} // namespace

WebhookReceiver::WebhookReceiver(QByteArray appSecret, QString verifyToken, QObject* parent)
    : QAbstractHttpServer(parent)
    , m_appSecret(std::move(appSecret))
    , m_verifyToken(std::move(verifyToken))
{
}

bool WebhookReceiver::handleRequest(const QHttpServerRequest& request, QTcpSocket* socket)
{
    using Status = QHttpServerResponder::StatusCode;
    QHttpServerResponder responder = makeResponder(request, socket);
    if (request.method() == QHttpServerRequest::Method::Get) {
        const QUrlQuery query = request.query();
        const QString mode = query.queryItemValue(u"hub.mode"_s, QUrl::FullyDecoded);
        const QString token = query.queryItemValue(u"hub.verify_token"_s, QUrl::FullyDecoded);
        const QString challenge = query.queryItemValue(u"hub.challenge"_s, QUrl::FullyDecoded);
        if (mode == u"subscribe"_s && !m_verifyToken.isEmpty() && sameText(token, m_verifyToken))
            responder.write(challenge.toUtf8(), "text/plain", Status::Ok);
        else
            responder.write("verification refused", "text/plain", Status::Forbidden);
        return true;
    }
    if (request.method() != QHttpServerRequest::Method::Post) {
        responder.write("method not allowed", "text/plain", Status::MethodNotAllowed);
        return true;
    }
    const QByteArray body = request.body();
    QByteArray signature;
    for (const auto& [name, value] : request.headers()) {
        if (name.compare("x-hub-signature-256", Qt::CaseInsensitive) == 0)
            signature = value;
    }
    if (!WebhookSignature::verify(body, signature, m_appSecret)) {
        ++m_rejected;
        responder.write("bad signature", "text/plain", Status::Unauthorized);
        return true;
    }
    auto changes = WebhookSignature::parse(body);
    if (!changes) {
        // Signed by Meta but not a Page delivery we read: answering an error would only make
        // Meta send it again and again.
        ++m_unreadable;
        responder.write("ok", "text/plain", Status::Ok);
        return true;
    }
    ++m_accepted;
    responder.write("ok", "text/plain", Status::Ok);
    if (m_handler)
        m_handler(*changes);
    return true;
}

void WebhookReceiver::missingHandler(const QHttpServerRequest& request, QTcpSocket* socket)
{
    makeResponder(request, socket).write("not found", "text/plain", QHttpServerResponder::StatusCode::NotFound);
}

} // namespace moderation
