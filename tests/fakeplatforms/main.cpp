// md-fake-platforms: the fake X and Graph APIs as one process, for tests that run the real
// client as a separate process and kill it mid-run (then ask what was posted, and how often).
//
//   md-fake-platforms [--x-port N] [--graph-port N] [--seed FILE] [--faults SPEC] [--slow-ms N]
//                     [--x-user-id ID] [--x-username NAME] [--x-token T] [--x-reset-seconds N]
//                     [--latency-ms N]
//                     [--graph-page-id ID] [--graph-token T]
//
// Ports default to 0 (free ports). When both listen it prints "listening x=PORT graph=PORT".
// GET /_fake/state on either port answers that fake's record (what was posted, hidden and
// deleted, with counts per target). SPEC is FakeFaults::parse's ("429x2,503x3,truncate-x1").
// The seed file: {"x": {"user_id", "username", "token", "users": [{id, username, name}],
// "posts": [{id, text, author_id, created_at, replied_to, conversation_id, in_reply_to_user_id,
// retweet_of}], "removed_users": [id]}, "graph": {"page_id", "token", "posts": [{id, message,
// created_time, "comments": [{id, message, from_id, from_name, created_time, parent_id,
// can_hide}]}]}}.

#include "FakeGraph.h"
#include "FakeX.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QJsonDocument>
#include <QTextStream>

#include <cstdio>
#include <memory>

using namespace Qt::StringLiterals;
using namespace moderation::test;

namespace {

int fail(const QString& message)
{
    QTextStream(stderr) << "md-fake-platforms: " << message << Qt::endl;
    return 2;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"md-fake-platforms"_s);

    QCommandLineParser parser;
    parser.setApplicationDescription(u"Fake X API v2 and Graph API servers for tests"_s);
    parser.addHelpOption();
    const QCommandLineOption xPort(u"x-port"_s, u"Port of the fake X (0: a free one)."_s, u"port"_s, u"0"_s);
    const QCommandLineOption graphPort(u"graph-port"_s, u"Port of the fake Graph (0: a free one)."_s, u"port"_s, u"0"_s);
    const QCommandLineOption seed(u"seed"_s, u"JSON file of accounts, posts and comments."_s, u"file"_s);
    const QCommandLineOption faults(u"faults"_s, u"Faults to inject, e.g. 429x2,503x3,truncate-x1."_s, u"spec"_s);
    const QCommandLineOption slowMs(u"slow-ms"_s, u"How late a slow answer comes (ms)."_s, u"ms"_s, u"60000"_s);
    const QCommandLineOption xUser(u"x-user-id"_s, u"The X account's user id."_s, u"id"_s);
    const QCommandLineOption xName(u"x-username"_s, u"The X account's username."_s, u"name"_s);
    const QCommandLineOption xToken(u"x-token"_s, u"The bearer token the fake X accepts."_s, u"token"_s);
    const QCommandLineOption pageId(u"graph-page-id"_s, u"The Facebook Page id."_s, u"id"_s);
    const QCommandLineOption pageToken(u"graph-token"_s, u"The Page token the fake Graph accepts."_s, u"token"_s);
    const QCommandLineOption xReset(u"x-reset-seconds"_s,
                                    u"Seconds from start to the x-rate-limit-reset the fake X announces (default 900)."_s,
                                    u"seconds"_s, u"900"_s);
    const QCommandLineOption latency(u"latency-ms"_s, u"Every answer comes this late, after the request was acted on."_s,
                                     u"ms"_s, u"0"_s);
    parser.addOptions({ xPort, graphPort, seed, faults, slowMs, xUser, xName, xToken, pageId, pageToken, xReset, latency });
    parser.process(app);

    QJsonObject seedX;
    QJsonObject seedGraph;
    if (parser.isSet(seed)) {
        QFile file(parser.value(seed));
        if (!file.open(QIODevice::ReadOnly))
            return fail(u"cannot read the seed %1: %2"_s.arg(file.fileName(), file.errorString()));
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &error);
        if (!document.isObject())
            return fail(u"the seed %1 is not a JSON object: %2"_s.arg(file.fileName(), error.errorString()));
        seedX = document.object().value(u"x"_s).toObject();
        seedGraph = document.object().value(u"graph"_s).toObject();
    }
    const auto pick = [&](const QCommandLineOption& option, const QJsonObject& object, const QString& key,
                          const QString& fallback) {
        if (parser.isSet(option))
            return parser.value(option);
        return object.value(key).toString(fallback);
    };

    QString faultError;
    const QString spec = parser.value(faults);
    FakeFaults xFaults = FakeFaults::parse(spec, u"x"_s, &faultError);
    FakeFaults graphFaults = FakeFaults::parse(spec, u"graph"_s, &faultError);
    if (!faultError.isEmpty())
        return fail(faultError);

    FakeX x(pick(xUser, seedX, u"user_id"_s, u"1720000000000000001"_s), pick(xName, seedX, u"username"_s, u"USImmigDemo"_s),
        pick(xToken, seedX, u"token"_s, u"fake-x-token"_s).toUtf8());
    FakeGraph graph(pick(pageId, seedGraph, u"page_id"_s, u"104560123456789"_s),
        pick(pageToken, seedGraph, u"token"_s, u"fake-graph-token"_s).toUtf8());
    x.seed(seedX);
    graph.seed(seedGraph);
    x.faults() = xFaults;
    graph.faults() = graphFaults;
    x.setDelayMs(parser.value(slowMs).toInt());
    x.setLatencyMs(parser.value(latency).toInt());
    graph.setLatencyMs(parser.value(latency).toInt());
    x.setRateLimitReset(QDateTime::currentDateTimeUtc().addSecs(parser.value(xReset).toInt()));
    graph.setDelayMs(parser.value(slowMs).toInt());

    const quint16 xListening = x.start(quint16(parser.value(xPort).toUInt()));
    const quint16 graphListening = graph.start(quint16(parser.value(graphPort).toUInt()));
    if (xListening == 0 || graphListening == 0)
        return fail(u"cannot listen on the ports asked for"_s);
    std::printf("listening x=%u graph=%u\n", unsigned(xListening), unsigned(graphListening));
    std::fflush(stdout);
    return app.exec();
}
