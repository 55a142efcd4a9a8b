#include "SyncStandIn.h"

#include "connectors/NetworkTransport.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace moderation::test {

namespace {

QString xTime(const QDateTime& at)
{
    return at.toUTC().toString(u"yyyy-MM-ddTHH:mm:ss.zzzZ"_s);
}

QJsonObject seed(int fillerMentions, int questions)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QString ours = u"1870000000000000900"_s;
    QJsonArray posts {
        QJsonObject { { u"id"_s, ours }, { u"text"_s, u"Ask us anything today! #AskAgency"_s }, { u"author_id"_s, u"42"_s },
                      { u"created_at"_s, xTime(now.addSecs(-3600)) }, { u"conversation_id"_s, ours } },
        QJsonObject { { u"id"_s, SyncStandIn::xSsnReply() },
                      { u"text"_s, u"@agency my SSN is 123-45-6789, where is my card?"_s },
                      { u"author_id"_s, u"7"_s }, { u"created_at"_s, xTime(now.addSecs(-3000)) },
                      { u"replied_to"_s, ours }, { u"conversation_id"_s, ours }, { u"in_reply_to_user_id"_s, u"42"_s } },
        QJsonObject { { u"id"_s, SyncStandIn::xSpamReply() },
                      { u"text"_s, u"@agency cheap followers at spam.example"_s }, { u"author_id"_s, u"8"_s },
                      { u"created_at"_s, xTime(now.addSecs(-2900)) }, { u"replied_to"_s, ours },
                      { u"conversation_id"_s, ours }, { u"in_reply_to_user_id"_s, u"42"_s } },
        QJsonObject { { u"id"_s, SyncStandIn::xQuestion() }, { u"text"_s, u"@agency when is my interview?"_s },
                      { u"author_id"_s, u"9"_s }, { u"created_at"_s, xTime(now.addSecs(-2800)) },
                      { u"conversation_id"_s, SyncStandIn::xQuestion() } },
    };
    for (int i = 0; i < fillerMentions; ++i) {
        const QString id = u"18700000000001%1"_s.arg(i, 5, 10, QChar(u'0'));
        posts.append(QJsonObject { { u"id"_s, id }, { u"text"_s, u"@agency thanks for the help #%1"_s.arg(i) },
                                   { u"author_id"_s, u"9"_s }, { u"created_at"_s, xTime(now.addSecs(-2000 + i)) },
                                   { u"conversation_id"_s, id } });
    }
    for (int i = 0; i < questions; ++i) {
        const QString id = SyncStandIn::question(i);
        posts.append(QJsonObject { { u"id"_s, id }, { u"text"_s, u"@agency question %1: when is my interview?"_s.arg(i) },
                                   { u"author_id"_s, u"7"_s }, { u"created_at"_s, xTime(now.addSecs(-1000 + i)) },
                                   { u"conversation_id"_s, id } });
    }
    const QJsonObject x { { u"user_id"_s, u"42"_s }, { u"username"_s, u"agency"_s },
                          { u"token"_s, QString::fromLatin1(SyncStandIn::xToken()) },
                          { u"users"_s, QJsonArray { QJsonObject { { u"id"_s, u"7"_s }, { u"username"_s, u"ana_p"_s },
                                                                   { u"name"_s, u"Ana P"_s } },
                                                     QJsonObject { { u"id"_s, u"8"_s }, { u"username"_s, u"promo"_s },
                                                                   { u"name"_s, u"Promo"_s } },
                                                     QJsonObject { { u"id"_s, u"9"_s }, { u"username"_s, u"luis"_s },
                                                                   { u"name"_s, u"Luis"_s } } } },
                          { u"posts"_s, posts } };
    const auto comment = [&](const QString& id, const QString& message, int ago) {
        return QJsonObject { { u"id"_s, id }, { u"message"_s, message }, { u"from_id"_s, u"555"_s },
                             { u"from_name"_s, u"A Neighbour"_s },
                             { u"created_time"_s, now.addSecs(-ago).toString(Qt::ISODate) }, { u"can_hide"_s, true } };
    };
    const QJsonObject graph {
        { u"page_id"_s, u"1000"_s },
        { u"token"_s, QString::fromLatin1(SyncStandIn::graphToken()) },
        { u"posts"_s,
          QJsonArray { QJsonObject { { u"id"_s, u"1000_1"_s }, { u"message"_s, u"Office hours today"_s },
                                     { u"created_time"_s, now.addSecs(-7200).toString(Qt::ISODate) },
                                     { u"comments"_s,
                                       QJsonArray { comment(SyncStandIn::graphSsn(), u"My SSN is 123-45-6789"_s, 3000),
                                                    comment(SyncStandIn::graphQuestion(), u"When do you open?"_s, 2900),
                                                    comment(SyncStandIn::graphSpam(), u"cheap followers here"_s, 2800) } } } } },
    };
    return QJsonObject { { u"x"_s, x }, { u"graph"_s, graph } };
}

} // namespace

SyncStandIn::SyncStandIn(const QString& faults, int fillerMentions, const QStringList& extraArguments, int questions)
{
    const QString seedPath = m_dir.filePath(u"seed.json"_s);
    QFile file(seedPath);
    if (!file.open(QIODevice::WriteOnly) || file.write(QJsonDocument(seed(fillerMentions, questions)).toJson()) < 0) {
        m_problem = u"cannot write the seed"_s;
        return;
    }
    file.close();
    m_process = std::make_unique<QProcess>();
    QStringList arguments { u"--seed"_s, seedPath, u"--x-reset-seconds"_s, u"0"_s };
    if (!faults.isEmpty())
        arguments << u"--faults"_s << faults;
    arguments << extraArguments;
    m_process->start(QStringLiteral(MD_FAKE_PLATFORMS_PATH), arguments);
    static const QRegularExpression kListening(u"listening x=(\\d+) graph=(\\d+)"_s);
    QString output;
    while (m_process->waitForReadyRead(10000)) {
        output += QString::fromUtf8(m_process->readAllStandardOutput());
        const auto match = kListening.match(output);
        if (match.hasMatch()) {
            m_xPort = quint16(match.captured(1).toUInt());
            m_graphPort = quint16(match.captured(2).toUInt());
            return;
        }
    }
    m_problem = u"md-fake-platforms did not start: "_s + output + QString::fromUtf8(m_process->readAllStandardError());
}

SyncStandIn::~SyncStandIn()
{
    if (m_process) {
        m_process->kill();
        m_process->waitForFinished();
    }
}

QString SyncStandIn::xBaseUrl() const
{
    return u"http://127.0.0.1:%1"_s.arg(m_xPort);
}

QString SyncStandIn::graphBaseUrl() const
{
    return u"http://127.0.0.1:%1/v27.0"_s.arg(m_graphPort);
}

QJsonObject SyncStandIn::state(const QString& which) const
{
    NetworkTransport transport;
    HttpRequest request;
    request.url = QUrl(u"http://127.0.0.1:%1/_fake/state"_s.arg(which == u"x"_s ? m_xPort : m_graphPort));
    const HttpResponse response = transport.send(request);
    return QJsonDocument::fromJson(response.body).object();
}

QByteArray syncTestPolicy()
{
    return R"({
  "policy": "Sync end to end", "version": 1, "timezone": "UTC",
  "rules": [
    { "id": "pii", "clause": "Personal information", "when": { "pii": ["ssn"] },
      "then": { "action": "hide", "hide": "automatic", "category": "privacy" } },
    { "id": "spam", "clause": "Spam", "when": { "terms": ["cheap followers"] },
      "then": { "action": "hide", "hide": "automatic", "category": "spam" } },
    { "id": "question", "when": { "question": true }, "then": { "action": "respond", "sla": "1h" } },
    { "id": "default", "when": { "always": true }, "then": { "action": "ignore" } }
  ]
})";
}

} // namespace moderation::test
