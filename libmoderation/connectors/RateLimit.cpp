#include "connectors/RateLimit.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace moderation {

namespace {

std::optional<int> number(const QByteArray& text)
{
    bool ok = false;
    const int value = text.trimmed().toInt(&ok);
    if (!ok || value < 0)
        return std::nullopt;
    return value;
}

void raise(std::optional<int>& highest, const QJsonValue& value)
{
    if (!value.isDouble())
        return;
    const double d = value.toDouble();
    if (d < 0 || d > 1e6)
        return;
    highest = std::max(highest.value_or(0), int(d));
}

// {"call_count":91,"total_cputime":15,"total_time":12}
void readUsage(const QJsonObject& usage, RateLimit& limit)
{
    for (const char16_t* key : { u"call_count", u"total_cputime", u"total_time" })
        raise(limit.usagePercent, usage.value(QStringView(key)));
}

} // namespace

bool RateLimit::exhausted() const
{
    if (remaining && *remaining <= 0)
        return true;
    if (usagePercent && *usagePercent >= 100)
        return true;
    return regainAccessMinutes && *regainAccessMinutes > 0;
}

RateLimit RateLimit::fromHeaders(const QHash<QByteArray, QByteArray>& headers)
{
    RateLimit limit;
    limit.limit = number(headers.value("x-rate-limit-limit"));
    limit.remaining = number(headers.value("x-rate-limit-remaining"));
    bool ok = false;
    const qint64 reset = headers.value("x-rate-limit-reset").trimmed().toLongLong(&ok);
    if (ok && reset > 0 && reset < 32503680000LL) // before year 3000: an epoch in seconds
        limit.resetAt = QDateTime::fromSecsSinceEpoch(reset, Qt::UTC);

    for (const QByteArray& name : { QByteArray("x-app-usage"), QByteArray("x-page-usage") }) {
        const QJsonDocument document = QJsonDocument::fromJson(headers.value(name));
        if (document.isObject())
            readUsage(document.object(), limit);
    }
    // {"<id>":[{"type":"pages","call_count":1,…,"estimated_time_to_regain_access":0}]}
    const QJsonDocument buc = QJsonDocument::fromJson(headers.value("x-business-use-case-usage"));
    if (buc.isObject()) {
        const QJsonObject byId = buc.object();
        for (auto it = byId.begin(); it != byId.end(); ++it) {
            const QJsonArray entries = it.value().toArray();
            for (const QJsonValue& entry : entries) {
                const QJsonObject usage = entry.toObject();
                readUsage(usage, limit);
                raise(limit.regainAccessMinutes, usage.value(QStringLiteral("estimated_time_to_regain_access")));
            }
        }
    }
    return limit;
}

} // namespace moderation
