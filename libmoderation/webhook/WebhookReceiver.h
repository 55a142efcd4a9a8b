#pragma once

#include "connectors/WebhookSignature.h"

#include <QAbstractHttpServer>
#include <QByteArray>
#include <QString>

#include <functional>

namespace moderation {

// The Facebook Page webhook's endpoint (PLATFORMS.md section 7), on any path:
// - GET ?hub.mode=subscribe&hub.challenge=…&hub.verify_token=…: 200 with the challenge when the
//   verify token matches, 403 otherwise;
// - POST: 401 when X-Hub-Signature-256 does not sign the raw body with the app secret, otherwise
//   200, and the comment changes go to the handler (a signed body that is not a Page delivery is
//   counted as unreadable, not refused: Meta would only send it again).
// Listen on a port with listen(); TLS belongs to the reverse proxy in front of it.
class WebhookReceiver final : public QAbstractHttpServer
{
public:
    using Handler = std::function<void(const QList<WebhookChange>&)>;

    WebhookReceiver(QByteArray appSecret, QString verifyToken, QObject* parent = nullptr);

    void setHandler(Handler handler) { m_handler = std::move(handler); }

    int deliveriesAccepted() const { return m_accepted; }
    int deliveriesRejected() const { return m_rejected; } // bad signatures
    int deliveriesUnreadable() const { return m_unreadable; }

protected:
    bool handleRequest(const QHttpServerRequest& request, QTcpSocket* socket) override;
    void missingHandler(const QHttpServerRequest& request, QTcpSocket* socket) override;

private:
    QByteArray m_appSecret;
    QString m_verifyToken;
    Handler m_handler;
    int m_accepted = 0;
    int m_rejected = 0;
    int m_unreadable = 0;
};

} // namespace moderation
