#include "FakeFaults.h"

#include <QJsonArray>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace moderation::test {

void FakeFaults::add(Kind kind, int times, int code)
{
    if (times > 0)
        m_faults.append(Fault { kind, times, code });
}

std::optional<FakeFaults::Fault> FakeFaults::take(bool isReply, bool isWrite)
{
    for (qsizetype i = 0; i < m_faults.size(); ++i) {
        Fault& fault = m_faults[i];
        if (fault.kind == Kind::Duplicate && !isWrite)
            continue;
        if (fault.kind == Kind::ReplyRefused && !isReply)
            continue;
        Fault taken = fault;
        if (--fault.remaining <= 0)
            m_faults.removeAt(i);
        return taken;
    }
    return std::nullopt;
}

QString FakeFaults::kindName(Kind kind)
{
    switch (kind) {
    case Kind::RevokedToken:
        return u"revoked"_s;
    case Kind::TooManyRequests:
        return u"429"_s;
    case Kind::Unavailable:
        return u"503"_s;
    case Kind::Slow:
        return u"slow"_s;
    case Kind::Truncate:
        return u"truncate"_s;
    case Kind::Duplicate:
        return u"duplicate"_s;
    case Kind::ReplyRefused:
        return u"reply-refused"_s;
    case Kind::GraphCode:
        return u"code"_s;
    }
    return u"unknown"_s;
}

QJsonObject FakeFaults::toJson() const
{
    QJsonObject left;
    for (const Fault& fault : m_faults) {
        QString name = kindName(fault.kind);
        if (fault.kind == Kind::GraphCode)
            name += QString::number(fault.code);
        left.insert(name, left.value(name).toInt() + fault.remaining);
    }
    return left;
}

FakeFaults FakeFaults::parse(const QString& spec, const QString& platform, QString* error)
{
    static const QRegularExpression item(
        uR"(^(429|503|slow|truncate|revoked|duplicate|reply-refused|code(\d+))(?:-(x|graph))?(?:x?(\d+))?$)"_s);
    FakeFaults faults;
    const QStringList parts = spec.split(u',', Qt::SkipEmptyParts);
    for (const QString& raw : parts) {
        const QString part = raw.trimmed();
        const QRegularExpressionMatch m = item.match(part);
        if (!m.hasMatch()) {
            if (error)
                *error = u"unknown fault \"%1\""_s.arg(part);
            return {};
        }
        if (m.hasCaptured(3) && m.captured(3) != platform)
            continue;
        const int times = m.hasCaptured(4) ? m.captured(4).toInt() : 1;
        const QString name = m.captured(1);
        if (name == u"429"_s)
            faults.add(Kind::TooManyRequests, times);
        else if (name == u"503"_s)
            faults.add(Kind::Unavailable, times);
        else if (name == u"slow"_s)
            faults.add(Kind::Slow, times);
        else if (name == u"truncate"_s)
            faults.add(Kind::Truncate, times);
        else if (name == u"revoked"_s)
            faults.add(Kind::RevokedToken, times);
        else if (name == u"duplicate"_s)
            faults.add(Kind::Duplicate, times);
        else if (name == u"reply-refused"_s)
            faults.add(Kind::ReplyRefused, times);
        else if (platform == u"graph"_s)
            faults.add(Kind::GraphCode, times, m.captured(2).toInt());
    }
    return faults;
}

} // namespace moderation::test
