#include "connectors/DemoRecord.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace moderation {

namespace {

QByteArray toLine(const DemoSend& send)
{
    const QJsonObject object { { u"at"_s, send.at.toUTC().toString(Qt::ISODateWithMs) },
                               { u"account"_s, send.account },
                               { u"kind"_s, send.kind },
                               { u"target"_s, send.target },
                               { u"text"_s, send.text },
                               { u"id"_s, send.id } };
    return QJsonDocument(object).toJson(QJsonDocument::Compact) + '\n';
}

bool isReply(const DemoSend& send)
{
    return send.kind == u"reply"_s;
}

} // namespace

Error DemoRecord::setFile(const QString& path)
{
    QList<DemoSend> sends;
    QFile file(path);
    if (file.exists()) {
        if (!file.open(QIODevice::ReadOnly))
            return Error(Error::Code::NotFound, u"cannot read the demo record: %1"_s.arg(file.errorString())).at(path);
        int lineNumber = 0;
        while (!file.atEnd()) {
            const QByteArray line = file.readLine().trimmed();
            ++lineNumber;
            if (line.isEmpty())
                continue;
            QJsonParseError parseError;
            const QJsonDocument document = QJsonDocument::fromJson(line, &parseError);
            const QJsonObject object = document.object();
            if (parseError.error != QJsonParseError::NoError || !document.isObject()
                || !object.value(u"kind"_s).isString() || !object.value(u"target"_s).isString()
                || !object.value(u"id"_s).isString())
                return Error(Error::Code::Corrupt, u"not a demo send: expected {at, kind, target, text, id}"_s)
                    .at(path, lineNumber);
            DemoSend send;
            send.at = QDateTime::fromString(object.value(u"at"_s).toString(), Qt::ISODateWithMs);
            send.account = object.value(u"account"_s).toString();
            send.kind = object.value(u"kind"_s).toString();
            send.target = object.value(u"target"_s).toString();
            send.text = object.value(u"text"_s).toString();
            send.id = object.value(u"id"_s).toString();
            sends.append(send);
        }
    }
    m_sends = sends;
    m_replies = int(std::count_if(m_sends.cbegin(), m_sends.cend(), isReply));
    m_file = path;
    return {};
}

Result<DemoSend> DemoRecord::add(const QDateTime& at, const QString& account, const QString& kind,
                                 const QString& target, const QString& text)
{
    DemoSend send;
    send.at = at.toUTC();
    send.account = account;
    send.kind = kind;
    send.target = target;
    send.text = text;
    send.id = isReply(send) ? u"demo-reply-%1"_s.arg(m_replies + 1) : target;
    if (!m_file.isEmpty()) {
        QFile file(m_file);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Append))
            return Error(Error::Code::Refused, u"cannot write the demo record: %1"_s.arg(file.errorString())).at(m_file);
        const QByteArray line = toLine(send);
        if (file.write(line) != line.size() || !file.flush())
            return Error(Error::Code::Refused, u"cannot write the demo record: %1"_s.arg(file.errorString())).at(m_file);
    }
    if (isReply(send))
        ++m_replies;
    m_sends.append(send);
    return send;
}

std::optional<DemoSend> DemoRecord::findReply(const QString& account, const QString& target,
                                              const QString& text) const
{
    for (const DemoSend& send : m_sends) {
        if (isReply(send) && send.account == account && send.target == target && send.text == text)
            return send;
    }
    return std::nullopt;
}

} // namespace moderation
