#include "storage/SqlTime.h"

namespace moderation {

namespace {

template<typename Char>
int digits(const Char* p, int n)
{
    int value = 0;
    for (int i = 0; i < n; ++i) {
        const auto c = static_cast<char16_t>(p[i]);
        if (c < u'0' || c > u'9')
            return -1;
        value = value * 10 + (c - u'0');
    }
    return value;
}

// The form sqlTimestamp() writes, "2026-11-02T14:05:09.000Z", read by hand: replaying a million
// comments through QDateTime's general parser costs more than the policy does. Invalid when
// the text has another form.
template<typename Char>
QDateTime exactTimestamp(const Char* p, qsizetype size)
{
    if (size != 24 || p[4] != Char('-') || p[10] != Char('T') || p[19] != Char('.') || p[23] != Char('Z'))
        return {};
    const int year = digits(p, 4), month = digits(p + 5, 2), day = digits(p + 8, 2);
    const int hour = digits(p + 11, 2), minute = digits(p + 14, 2), second = digits(p + 17, 2);
    const int ms = digits(p + 20, 3);
    if (year < 0 || month < 0 || day < 0 || hour < 0 || minute < 0 || second < 0 || ms < 0)
        return {};
    const QDate date(year, month, day);
    const QTime time(hour, minute, second, ms);
    if (!date.isValid() || !time.isValid())
        return {};
    return QDateTime(date, time, Qt::UTC);
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
    const QString text = value.toString();
    const QDateTime exact = exactTimestamp(text.utf16(), text.size());
    if (exact.isValid())
        return exact;
    return QDateTime::fromString(text, Qt::ISODateWithMs).toUTC();
}

QDateTime timestampFromUtf8(const char* text, qsizetype size)
{
    if (!text)
        return {};
    const QDateTime exact = exactTimestamp(text, size);
    if (exact.isValid())
        return exact;
    return QDateTime::fromString(QString::fromUtf8(text, size), Qt::ISODateWithMs).toUTC();
}

} // namespace moderation
