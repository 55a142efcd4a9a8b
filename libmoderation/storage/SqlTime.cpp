#include "storage/SqlTime.h"

namespace moderation {

namespace {

int digits(const QChar* p, int n)
{
    int value = 0;
    for (int i = 0; i < n; ++i) {
        const char16_t c = p[i].unicode();
        if (c < u'0' || c > u'9')
            return -1;
        value = value * 10 + (c - u'0');
    }
    return value;
}

} // namespace

QString sqlTimestamp(const QDateTime& at)
{
    return at.isValid() ? at.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QDateTime timestampFrom(const QVariant& value)
{
    if (value.isNull())
        return {};
    if (value.userType() == QMetaType::QDateTime)
        return value.toDateTime().toUTC();
    // The form this file writes is read by hand: replaying a million comments through
    // QDateTime's general parser costs more than the policy does.
    const QString text = value.toString();
    if (text.size() == 24 && text.at(4) == u'-' && text.at(10) == u'T' && text.at(19) == u'.' && text.at(23) == u'Z') {
        const QChar* p = text.constData();
        const int year = digits(p, 4), month = digits(p + 5, 2), day = digits(p + 8, 2);
        const int hour = digits(p + 11, 2), minute = digits(p + 14, 2), second = digits(p + 17, 2);
        const int ms = digits(p + 20, 3);
        if (year >= 0 && month >= 0 && day >= 0 && hour >= 0 && minute >= 0 && second >= 0 && ms >= 0) {
            const QDate date(year, month, day);
            const QTime time(hour, minute, second, ms);
            if (date.isValid() && time.isValid())
                return QDateTime(date, time, Qt::UTC);
        }
    }
    return QDateTime::fromString(text, Qt::ISODateWithMs).toUTC();
}

} // namespace moderation
