#include "routing/OfficeHours.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace moderation {

namespace {

constexpr int kMinutesPerDay = 24 * 60;
constexpr int kSearchDays = 3653; // ten years

const std::array<QStringView, 7> kDayNames { u"mon", u"tue", u"wed", u"thu", u"fri", u"sat", u"sun" };

// A small reader over the hours text that knows its column for errors.
class HoursReader
{
public:
    explicit HoursReader(const QString& text)
        : m_text(text)
    {
    }

    void skipSpaces()
    {
        while (m_pos < m_text.size() && m_text.at(m_pos).isSpace())
            ++m_pos;
    }
    bool atEnd() const { return m_pos >= m_text.size(); }
    bool take(QChar c)
    {
        if (m_pos < m_text.size() && m_text.at(m_pos) == c) {
            ++m_pos;
            return true;
        }
        return false;
    }
    QString word()
    {
        const qsizetype start = m_pos;
        while (m_pos < m_text.size() && m_text.at(m_pos).isLetter())
            ++m_pos;
        return m_text.mid(start, m_pos - start).toLower();
    }
    // HH:MM, 00:00 to 24:00, as minutes; -1 when it is not one.
    int time()
    {
        const QString text = m_text.mid(m_pos, 5);
        if (text.size() != 5 || text.at(2) != u':' || !text.at(0).isDigit() || !text.at(1).isDigit()
            || !text.at(3).isDigit() || !text.at(4).isDigit())
            return -1;
        const int hour = text.left(2).toInt();
        const int minute = text.right(2).toInt();
        if (hour > 24 || minute > 59 || (hour == 24 && minute != 0))
            return -1;
        m_pos += 5;
        return hour * 60 + minute;
    }
    qsizetype column() const { return m_pos + 1; }

private:
    const QString& m_text;
    qsizetype m_pos = 0;
};

int dayIndex(const QString& name)
{
    for (int i = 0; i < 7; ++i) {
        if (kDayNames[i] == name)
            return i;
    }
    return -1;
}

} // namespace

Result<OfficeHours> OfficeHours::parse(const QString& hours, const QString& timeZoneId)
{
    OfficeHours result;
    if (hours.trimmed().isEmpty())
        return result;
    const auto problem = [&](qsizetype column, const QString& what) {
        return Error(Error::Code::InvalidInput, u"office hours \"%1\": at column %2: %3"_s.arg(hours).arg(column).arg(what));
    };
    if (timeZoneId.trimmed().isEmpty())
        return Error(Error::Code::InvalidInput,
                     u"office hours \"%1\" need a time zone, such as America/New_York"_s.arg(hours));
    const QTimeZone zone(timeZoneId.toUtf8());
    if (!zone.isValid())
        return Error(Error::Code::InvalidInput,
                     u"\"%1\" is not a time zone this machine knows (an IANA name such as America/New_York)"_s.arg(
                         timeZoneId));
    result.m_zone = zone;
    result.m_alwaysOpen = false;

    HoursReader reader(hours);
    for (;;) {
        reader.skipSpaces();
        const qsizetype dayColumn = reader.column();
        const QString first = reader.word();
        QList<int> days;
        if (first == u"daily") {
            days = { 0, 1, 2, 3, 4, 5, 6 };
        } else {
            const int from = dayIndex(first);
            if (from < 0)
                return problem(dayColumn, u"expected a day (mon, tue, wed, thu, fri, sat, sun) or \"daily\""_s);
            int to = from;
            if (reader.take(u'-')) {
                const qsizetype toColumn = reader.column();
                to = dayIndex(reader.word());
                if (to < 0)
                    return problem(toColumn, u"expected the day the range ends on"_s);
            }
            for (int day = from;; day = (day + 1) % 7) {
                days << day;
                if (day == to)
                    break;
            }
        }
        reader.skipSpaces();
        const qsizetype timeColumn = reader.column();
        const int start = reader.time();
        if (start < 0)
            return problem(timeColumn, u"expected an opening time HH:MM"_s);
        if (!reader.take(u'-'))
            return problem(reader.column(), u"expected '-' between the opening and closing times"_s);
        const qsizetype endColumn = reader.column();
        const int end = reader.time();
        if (end < 0)
            return problem(endColumn, u"expected a closing time HH:MM (24:00 at the latest)"_s);
        if (end <= start)
            return problem(endColumn, u"the closing time must come after the opening time (write a night as two spans)"_s);
        for (int day : days)
            result.m_days[day].append(Span { start, end });
        reader.skipSpaces();
        if (reader.atEnd())
            break;
        if (!reader.take(u','))
            return problem(reader.column(), u"expected ',' before the next span"_s);
    }
    for (QList<Span>& spans : result.m_days) {
        std::sort(spans.begin(), spans.end(), [](const Span& a, const Span& b) { return a.from < b.from; });
        QList<Span> joined;
        for (const Span& span : spans) {
            if (!joined.isEmpty() && span.from <= joined.last().to)
                joined.last().to = std::max(joined.last().to, span.to);
            else
                joined.append(span);
        }
        spans = joined;
    }
    return result;
}

QDateTime OfficeHours::instant(QDate day, int minute) const
{
    if (minute >= kMinutesPerDay)
        return QDateTime(day.addDays(1), QTime(0, 0), m_zone).toUTC();
    QDateTime at(day, QTime(minute / 60, minute % 60), m_zone);
    // A wall time inside a spring-forward gap: the first valid minute after it.
    for (int skip = 1; !at.isValid() && minute + skip < kMinutesPerDay && skip <= 180; ++skip)
        at = QDateTime(day, QTime((minute + skip) / 60, (minute + skip) % 60), m_zone);
    return at.toUTC();
}

bool OfficeHours::isOpen(const QDateTime& at) const
{
    if (m_alwaysOpen)
        return true;
    const QDateTime local = at.toTimeZone(m_zone);
    const QDate day = local.date();
    for (const Span& span : m_days[day.dayOfWeek() - 1]) {
        if (at >= instant(day, span.from) && at < instant(day, span.to))
            return true;
    }
    return false;
}

Result<QDateTime> OfficeHours::addOpenSeconds(const QDateTime& start, qint64 seconds) const
{
    if (m_alwaysOpen)
        return start.addSecs(seconds);
    qint64 left = seconds;
    QDate day = start.toTimeZone(m_zone).date().addDays(-1); // a span of the day before may still run
    for (int i = 0; i < kSearchDays; ++i, day = day.addDays(1)) {
        for (const Span& span : m_days[day.dayOfWeek() - 1]) {
            const QDateTime to = instant(day, span.to);
            if (to <= start)
                continue;
            const QDateTime from = std::max(instant(day, span.from), start);
            const qint64 open = from.secsTo(to);
            if (left <= open)
                return from.addSecs(left);
            left -= open;
        }
    }
    return Error(Error::Code::InvalidInput,
                 u"%1 s of office time do not fit in ten years of these office hours"_s.arg(seconds));
}

} // namespace moderation
