#include "connectors/NetworkTransport.h"
#include "webhook/WebhookReceiver.h"

#include <QHostAddress>
#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace moderation;

namespace {

const QByteArray kSecret = "app-secret-1234";
const QByteArray kDelivery = R"({"object":"page","entry":[{"id":"104560123456789","time":1762092431,"changes":[
 {"field":"feed","value":{"item":"comment","comment_id":"1_2","post_id":"104560123456789_1",
  "parent_id":"104560123456789_1","verb":"hide","created_time":1762092409}}]}]})";

class WebhookReceiverTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        m_port = m_receiver.listen(QHostAddress::LocalHost, 0);
        ASSERT_NE(m_port, 0);
        m_receiver.setHandler([this](const QList<WebhookChange>& changes) { m_received += changes; });
        m_transport.setTimeoutMs(5000);
    }

    HttpResponse get(const QString& query)
    {
        HttpRequest request;
        request.url = QUrl(u"http://127.0.0.1:%1/webhooks/facebook?%2"_s.arg(m_port).arg(query));
        return m_transport.send(request);
    }

    HttpResponse post(const QByteArray& body, const QByteArray& signature)
    {
        HttpRequest request;
        request.method = "POST";
        request.url = QUrl(u"http://127.0.0.1:%1/webhooks/facebook"_s.arg(m_port));
        request.body = body;
        request.contentType = "application/json";
        if (!signature.isEmpty())
            request.headers.append({ QByteArray("X-Hub-Signature-256"), QByteArray(signature) });
        return m_transport.send(request);
    }

    WebhookReceiver m_receiver { kSecret, u"verify-me"_s };
    NetworkTransport m_transport;
    QList<WebhookChange> m_received;
    quint16 m_port = 0;
};

} // namespace

TEST_F(WebhookReceiverTest, AnswersTheChallengeWhenTheVerifyTokenMatches)
{
    const HttpResponse ok = get(u"hub.mode=subscribe&hub.challenge=1158201444&hub.verify_token=verify-me"_s);
    ASSERT_TRUE(ok.completed());
    EXPECT_EQ(ok.status, 200);
    EXPECT_EQ(ok.body, "1158201444");

    const HttpResponse wrong = get(u"hub.mode=subscribe&hub.challenge=1158201444&hub.verify_token=guess"_s);
    EXPECT_EQ(wrong.status, 403);
    EXPECT_FALSE(wrong.body.contains("1158201444"));
    EXPECT_EQ(get(u"hub.mode=unsubscribe&hub.challenge=1&hub.verify_token=verify-me"_s).status, 403);
}

TEST_F(WebhookReceiverTest, ASignedDeliveryIsAcceptedAndItsChangesHandedOn)
{
    const HttpResponse response = post(kDelivery, WebhookSignature::sign(kDelivery, kSecret));
    ASSERT_TRUE(response.completed());
    EXPECT_EQ(response.status, 200);
    ASSERT_EQ(m_received.size(), 1);
    EXPECT_EQ(m_received.at(0).verb, WebhookChange::Verb::Hide);
    EXPECT_EQ(m_received.at(0).commentId, u"1_2"_s);
    EXPECT_EQ(m_receiver.deliveriesAccepted(), 1);
}

TEST_F(WebhookReceiverTest, ABadOrMissingSignatureIsUnauthorizedAndNothingIsHandedOn)
{
    EXPECT_EQ(post(kDelivery, WebhookSignature::sign(kDelivery, "wrong")).status, 401);
    EXPECT_EQ(post(kDelivery, {}).status, 401);
    EXPECT_TRUE(m_received.isEmpty());
    EXPECT_EQ(m_receiver.deliveriesRejected(), 2);
}

TEST_F(WebhookReceiverTest, ASignedBodyThatIsNotADeliveryIsCountedNotRetried)
{
    const QByteArray body = R"({"object":"user","entry":[]})";
    EXPECT_EQ(post(body, WebhookSignature::sign(body, kSecret)).status, 200);
    EXPECT_TRUE(m_received.isEmpty());
    EXPECT_EQ(m_receiver.deliveriesUnreadable(), 1);
}
