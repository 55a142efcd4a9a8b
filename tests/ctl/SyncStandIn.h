#pragma once

#include <QJsonObject>
#include <QProcess>
#include <QString>
#include <QTemporaryDir>

#include <memory>

namespace moderation::test {

// md-fake-platforms as a process of its own (the stand-in for X and Facebook), seeded with a
// small world: our X account (id 42, @agency) with a post of its own, replies to it carrying an
// SSN and spam, a question and `fillerMentions` thank-yous (so that the mentions take pages); a
// Facebook page (1000) with a post and three comments: an SSN, a question, spam.
class SyncStandIn
{
public:
    // `questions` more mentions ask a question each (one case each).
    SyncStandIn(const QString& faults, int fillerMentions = 0, const QStringList& extraArguments = {},
                int questions = 0);
    ~SyncStandIn();

    bool ready() const { return m_xPort != 0 && m_graphPort != 0; }
    const QString& problem() const { return m_problem; }
    QString xBaseUrl() const;
    QString graphBaseUrl() const;
    // GET /_fake/state of one fake: "x" or "graph".
    QJsonObject state(const QString& which) const;

    static QByteArray xToken() { return "fake-x-token"; }
    static QByteArray graphToken() { return "fake-graph-token"; }
    static QString xSsnReply() { return QStringLiteral("1870000000000000901"); }
    static QString xSpamReply() { return QStringLiteral("1870000000000000902"); }
    static QString xQuestion() { return QStringLiteral("1870000000000000903"); }
    static QString graphSsn() { return QStringLiteral("1000_1_11"); }
    static QString graphQuestion() { return QStringLiteral("1000_1_12"); }
    static QString graphSpam() { return QStringLiteral("1000_1_13"); }
    static int commentCount(int fillerMentions, int questions = 0) { return 4 + fillerMentions + questions + 3; } // ours included
    static QString question(int i) { return QStringLiteral("18700000000002%1").arg(i, 5, 10, QChar(u'0')); }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<QProcess> m_process;
    quint16 m_xPort = 0;
    quint16 m_graphPort = 0;
    QString m_problem;
};

// The policy the sync tests activate: SSNs and spam hidden automatically, questions answered.
QByteArray syncTestPolicy();

} // namespace moderation::test
