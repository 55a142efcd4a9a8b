#include "connectors/NetworkTransport.h"

#include "FakeHttpServer.h"

#include <QTcpServer>
#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace moderation;
using moderation::test::FakeHttpServer;
using moderation::test::FakeRequest;
using moderation::test::FakeResponse;

namespace {

// Answers every request with the scripted response and remembers the request.
class ScriptedServer final : public FakeHttpServer
{
public:
    FakeResponse next;
    FakeRequest seen;

protected:
    FakeResponse serve(const FakeRequest& request) override
    {
        seen = request;
        return next;
    }
};

class NetworkTransportTest : public ::testing::Test
{
protected:
    void SetUp() override { ASSERT_NE(m_server.start(), 0); }

    HttpRequest get(const QString& path) const
    {
        HttpRequest request;
        request.url = m_server.baseUrl().resolved(QUrl(path));
        return request;
    }

    ScriptedServer m_server;
    NetworkTransport m_transport;
};

} // namespace

TEST_F(NetworkTransportTest, DefaultTimeoutIsThirtySeconds)
{
    EXPECT_EQ(NetworkTransport().timeoutMs(), 30000);
}

TEST_F(NetworkTransportTest, ACompletedExchangeHasStatusBodyAndLowerCasedHeaders)
{
    m_server.next.status = 404;
    m_server.next.body = R"({"title":"Not Found"})";
    m_server.next.headers = { { "X-Rate-Limit-Remaining", "7" } };
    const HttpResponse response = m_transport.send(get(u"/2/tweets/1"_s));
    EXPECT_EQ(response.outcome, HttpResponse::Outcome::Completed);
    EXPECT_EQ(response.status, 404);
    EXPECT_EQ(response.body, m_server.next.body);
    EXPECT_EQ(response.header("x-rate-limit-remaining"), "7");
}

TEST_F(NetworkTransportTest, SendsTheRealMethodBodyAndHeaders)
{
    HttpRequest request = get(u"/thing"_s);
    request.method = "DELETE";
    request.headers.append({ QByteArray("Authorization"), QByteArray("Bearer abc") });
    m_transport.send(request);
    EXPECT_EQ(m_server.seen.method, "DELETE");
    EXPECT_EQ(m_server.seen.headers.value("authorization"), "Bearer abc");

    request.method = "PUT";
    request.body = R"({"hidden":true})";
    request.contentType = "application/json";
    m_transport.send(request);
    EXPECT_EQ(m_server.seen.method, "PUT");
    EXPECT_EQ(m_server.seen.body, request.body);
    EXPECT_EQ(m_server.seen.headers.value("content-type"), "application/json");
}

TEST_F(NetworkTransportTest, ABodyShorterThanItsContentLengthIsTruncated)
{
    m_server.next.body = R"({"data":[{"id":"1","text":"a long enough body"}]})";
    m_server.next.delivery = FakeResponse::Delivery::Truncated;
    const HttpResponse response = m_transport.send(get(u"/x"_s));
    EXPECT_EQ(response.outcome, HttpResponse::Outcome::Truncated);
}

TEST_F(NetworkTransportTest, NoAnswerWithinTheTimeoutIsTimedOut)
{
    m_transport.setTimeoutMs(300);
    m_server.next.delivery = FakeResponse::Delivery::Delayed;
    HttpRequest request = get(u"/slow?access_token=secret-token-123"_s);
    const HttpResponse response = m_transport.send(request);
    EXPECT_EQ(response.outcome, HttpResponse::Outcome::TimedOut);
    EXPECT_FALSE(response.errorText.contains(u"secret-token-123"_s));
}

TEST_F(NetworkTransportTest, ARefusedConnectionFailsWithoutTheToken)
{
    const quint16 port = m_server.port();
    for (QTcpServer* listener : m_server.servers())
        listener->close();
    HttpRequest request;
    request.url = QUrl(u"http://127.0.0.1:%1/x?access_token=secret-token-123"_s.arg(port));
    request.headers.append({ QByteArray("Authorization"), QByteArray("Bearer secret-token-123") });
    const HttpResponse response = m_transport.send(request);
    EXPECT_EQ(response.outcome, HttpResponse::Outcome::ConnectionFailed);
    EXPECT_FALSE(response.errorText.contains(u"secret-token-123"_s)) << response.errorText.toStdString();
}

TEST(DescribeRequest, RedactsTheAuthorizationHeaderAndAccessTokens)
{
    HttpRequest request;
    request.method = "POST";
    request.url = QUrl(u"https://graph.facebook.com/v27.0/1_2/comments?access_token=EAAB-secret&limit=5"_s);
    request.headers.append({ QByteArray("Authorization"), QByteArray("OAuth EAAB-secret") });
    const QString text = describeRequest(request);
    EXPECT_FALSE(text.contains(u"EAAB-secret"_s)) << text.toStdString();
    EXPECT_TRUE(text.startsWith(u"POST https://graph.facebook.com/v27.0/1_2/comments?"_s)) << text.toStdString();
    EXPECT_TRUE(text.contains(u"access_token=[redacted]"_s) || text.contains(u"access_token=%5Bredacted%5D"_s));
    EXPECT_TRUE(text.contains(u"limit=5"_s));
}
