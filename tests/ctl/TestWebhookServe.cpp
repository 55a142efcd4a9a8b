#include "CtlRunner.h"

#include "connectors/NetworkTransport.h"
#include "connectors/WebhookSignature.h"
#include "storage/CommentStore.h"
#include "storage/Database.h"

#include <QRegularExpression>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;
using namespace moderation;
using namespace moderation::test;

namespace {

QByteArray delivery(const QString& verb, const QString& message)
{
    return uR"({"object":"page","entry":[{"id":"1000","time":1765100000,"changes":[{"field":"feed","value":{
        "from":{"id":"555","name":"A Neighbour"},"item":"comment","comment_id":"1000_1_77","post_id":"1000_1",
        "parent_id":"1000_1","verb":"%1","created_time":1765100000,"message":"%2"}}]}]})"_s.arg(verb, message)
        .toUtf8();
}

} // namespace

// `moderationctl webhook serve` as a site runs it: the handshake, signed deliveries stored as a
// poll would store them, forged ones refused, SIGTERM to stop.
TEST(WebhookServe, AnswersTheHandshakeStoresSignedDeliveriesAndRefusesForgedOnes)
{
    QTemporaryDir dir;
    const QString db = u"sqlite:"_s + dir.filePath(u"store.sqlite"_s);
    ASSERT_EQ(runCtlWith({ u"--db"_s, db, u"account"_s, u"add"_s, u"--platform"_s, u"facebook"_s, u"--name"_s,
                           u"agency-fb"_s, u"--page-id"_s, u"1000"_s, u"--token-stdin"_s },
                         u"page-token\n"_s)
                  .exitCode,
              0);
    const CtlRun set = runCtlWith({ u"--db"_s, db, u"account"_s, u"set"_s, u"agency-fb"_s, u"--webhook-secrets-stdin"_s },
                                  u"the-app-secret\nthe-verify-token\n"_s);
    ASSERT_EQ(set.exitCode, 0) << set.err.toStdString();

    QProcess server;
    server.setStandardInputFile(QProcess::nullDevice());
    server.start(QStringLiteral(MODERATIONCTL_PATH),
                 { u"--db"_s, db, u"webhook"_s, u"serve"_s, u"--account"_s, u"agency-fb"_s, u"--port"_s, u"0"_s });
    static const QRegularExpression kListening(u"listening on 127\\.0\\.0\\.1:(\\d+)"_s);
    QString out;
    quint16 port = 0;
    while (!port && server.waitForReadyRead(20000)) {
        out += QString::fromUtf8(server.readAllStandardOutput());
        if (const auto match = kListening.match(out); match.hasMatch())
            port = quint16(match.captured(1).toUInt());
    }
    ASSERT_NE(port, 0) << out.toStdString() << server.readAllStandardError().toStdString();
    const QString base = u"http://127.0.0.1:%1/"_s.arg(port);

    NetworkTransport transport;
    HttpRequest handshake;
    handshake.url = QUrl(base + u"?hub.mode=subscribe&hub.challenge=1158201444&hub.verify_token=the-verify-token"_s);
    HttpResponse answer = transport.send(handshake);
    EXPECT_EQ(answer.status, 200);
    EXPECT_EQ(answer.body, QByteArray("1158201444"));
    handshake.url = QUrl(base + u"?hub.mode=subscribe&hub.challenge=1&hub.verify_token=guess"_s);
    EXPECT_EQ(transport.send(handshake).status, 403);

    const auto post = [&](const QByteArray& body, const QByteArray& signature) {
        HttpRequest request;
        request.method = "POST";
        request.url = QUrl(base);
        request.body = body;
        request.contentType = "application/json";
        request.headers.append({ "X-Hub-Signature-256", signature });
        return transport.send(request).status;
    };
    EXPECT_EQ(post(delivery(u"add"_s, u"When do you open?"_s),
                   WebhookSignature::sign(delivery(u"add"_s, u"When do you open?"_s), "the-app-secret")),
              200);
    EXPECT_EQ(post(delivery(u"add"_s, u"forged"_s), WebhookSignature::sign(delivery(u"add"_s, u"forged"_s), "guess")), 401);
    EXPECT_EQ(post(delivery(u"edited"_s, u"When do you open on Saturday?"_s),
                   WebhookSignature::sign(delivery(u"edited"_s, u"When do you open on Saturday?"_s), "the-app-secret")),
              200);

    server.terminate();
    ASSERT_TRUE(server.waitForFinished(10000));
    EXPECT_EQ(server.exitCode(), 0) << server.readAllStandardError().toStdString();

    auto url = DatabaseUrl::parse(db);
    auto database = Database::open(*url);
    ASSERT_TRUE(database.ok());
    CommentStore comments(**database);
    EXPECT_EQ(*comments.count(), 1) << "the forged delivery stored nothing";
    auto stored = comments.byPlatformId(Platform::Facebook, u"1000_1_77"_s);
    ASSERT_TRUE(stored.ok()) << stored.error().toString().toStdString();
    EXPECT_EQ(stored->text, u"When do you open on Saturday?"_s);
    EXPECT_EQ(*comments.history(stored->id), QStringList { u"When do you open?"_s });
    EXPECT_EQ(stored->accountName, u"agency-fb"_s);
}
