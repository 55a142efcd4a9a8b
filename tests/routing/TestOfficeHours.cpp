#include "routing/OfficeHours.h"

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace moderation;

namespace {

const QTimeZone kNewYork("America/New_York");

QDateTime newYork(int year, int month, int day, int hour, int minute = 0)
{
    return QDateTime(QDate(year, month, day), QTime(hour, minute), kNewYork);
}

OfficeHours parsed(const QString& hours, const QString& zone = u"America/New_York"_s)
{
    auto result = OfficeHours::parse(hours, zone);
    EXPECT_TRUE(result.ok()) << result.error().toString().toStdString();
    return result.ok() ? *result : OfficeHours();
}

QString parseError(const QString& hours, const QString& zone = u"America/New_York"_s)
{
    auto result = OfficeHours::parse(hours, zone);
    EXPECT_FALSE(result.ok()) << hours.toStdString() << " was accepted";
    if (result.ok())
        return {};
    EXPECT_EQ(result.error().code(), Error::Code::InvalidInput);
    return result.error().message();
}

} // namespace

TEST(OfficeHours, EmptyHoursAreAlwaysOpenAndAddPlainTime)
{
    auto hours = OfficeHours::parse(QString(), QString());
    ASSERT_TRUE(hours.ok());
    EXPECT_TRUE(hours->alwaysOpen());
    const QDateTime start(QDate(2026, 12, 5), QTime(23, 0), Qt::UTC); // a Saturday night
    EXPECT_TRUE(hours->isOpen(start));
    EXPECT_EQ(*hours->addOpenSeconds(start, 3600), start.addSecs(3600));
}

TEST(OfficeHours, OpenOnlyInsideTheSpansOfTheirDays)
{
    const OfficeHours hours = parsed(u"mon-fri 08:00-20:00, sat 10:00-14:00"_s);
    EXPECT_FALSE(hours.alwaysOpen());
    EXPECT_TRUE(hours.isOpen(newYork(2026, 12, 7, 8, 0))); // Monday, opening minute
    EXPECT_TRUE(hours.isOpen(newYork(2026, 12, 7, 19, 59)));
    EXPECT_FALSE(hours.isOpen(newYork(2026, 12, 7, 20, 0))); // closing minute is closed
    EXPECT_FALSE(hours.isOpen(newYork(2026, 12, 7, 7, 59)));
    EXPECT_TRUE(hours.isOpen(newYork(2026, 12, 12, 11, 0))); // Saturday
    EXPECT_FALSE(hours.isOpen(newYork(2026, 12, 12, 15, 0)));
    EXPECT_FALSE(hours.isOpen(newYork(2026, 12, 13, 11, 0))); // Sunday
}

TEST(OfficeHours, TheClockPausesOverTheWeekend)
{
    const OfficeHours hours = parsed(u"mon-fri 08:00-20:00"_s);
    // Friday 19:30: half an hour today, the rest from Monday 08:00.
    const QDateTime friday = newYork(2026, 12, 4, 19, 30);
    EXPECT_EQ(*hours.addOpenSeconds(friday, 3600), newYork(2026, 12, 7, 8, 30));
    EXPECT_EQ(*hours.addOpenSeconds(friday, 1800), newYork(2026, 12, 4, 20, 0));
    // Opened while closed: the clock starts at the next opening.
    EXPECT_EQ(*hours.addOpenSeconds(newYork(2026, 12, 5, 12, 0), 600), newYork(2026, 12, 7, 8, 10));
    EXPECT_EQ(*hours.addOpenSeconds(newYork(2026, 12, 5, 12, 0), 0), newYork(2026, 12, 7, 8, 0));
}

TEST(OfficeHours, WallTimesHoldAcrossDaylightSavingChanges)
{
    const OfficeHours hours = parsed(u"daily 08:00-20:00"_s);
    // 2026-03-08 is the spring change in New York (02:00 EST -> 03:00 EDT); 2026-11-01 the fall one.
    const QDateTime saturday = newYork(2026, 3, 7, 19, 0);
    EXPECT_EQ(saturday.toUTC(), QDateTime(QDate(2026, 3, 8), QTime(0, 0), Qt::UTC)); // EST, UTC-5
    const QDateTime due = *hours.addOpenSeconds(saturday, 2 * 3600);
    EXPECT_EQ(due, newYork(2026, 3, 8, 9, 0));
    EXPECT_EQ(due.toUTC(), QDateTime(QDate(2026, 3, 8), QTime(13, 0), Qt::UTC)); // EDT, UTC-4
    const QDateTime fall = *hours.addOpenSeconds(newYork(2026, 10, 31, 19, 0), 2 * 3600);
    EXPECT_EQ(fall.toUTC(), QDateTime(QDate(2026, 11, 1), QTime(14, 0), Qt::UTC)); // 09:00 EST
}

TEST(OfficeHours, AnOpeningInsideTheSpringGapStartsAtTheFirstRealMinute)
{
    const OfficeHours hours = parsed(u"sun 02:30-04:00"_s);
    // 02:30 does not exist on 2026-03-08 in New York: the span runs 03:00-04:00 EDT.
    EXPECT_EQ(*hours.addOpenSeconds(newYork(2026, 3, 8, 0, 0), 0), newYork(2026, 3, 8, 3, 0));
    EXPECT_EQ(*hours.addOpenSeconds(newYork(2026, 3, 8, 0, 0), 3600), newYork(2026, 3, 8, 4, 0).addSecs(0));
}

TEST(OfficeHours, RangesWrapAndSpansJoin)
{
    const OfficeHours hours = parsed(u"fri-mon 09:00-12:00, mon 11:00-13:00"_s);
    EXPECT_TRUE(hours.isOpen(newYork(2026, 12, 6, 10, 0))); // Sunday
    EXPECT_FALSE(hours.isOpen(newYork(2026, 12, 8, 10, 0))); // Tuesday
    EXPECT_TRUE(hours.isOpen(newYork(2026, 12, 7, 12, 30))); // Monday, joined 09:00-13:00
    // Four hours of Monday's joined span: 09:00 to 13:00 exactly.
    EXPECT_EQ(*hours.addOpenSeconds(newYork(2026, 12, 7, 9, 0), 4 * 3600), newYork(2026, 12, 7, 13, 0));
    EXPECT_TRUE(parsed(u"daily 00:00-24:00"_s).isOpen(newYork(2026, 12, 7, 23, 59)));
}

TEST(OfficeHours, ErrorsNameTheColumnOfTheProblem)
{
    EXPECT_TRUE(parseError(u"mon-fri 08:00-20:00, sat 10:00"_s).contains(u"column 31"_s))
        << parseError(u"mon-fri 08:00-20:00, sat 10:00"_s).toStdString();
    EXPECT_TRUE(parseError(u"weekdays 08:00-20:00"_s).contains(u"column 1: expected a day"_s));
    EXPECT_TRUE(parseError(u"mon-xyz 08:00-20:00"_s).contains(u"column 5"_s));
    EXPECT_TRUE(parseError(u"mon 8am-20:00"_s).contains(u"column 5: expected an opening time"_s));
    EXPECT_TRUE(parseError(u"mon 20:00-08:00"_s).contains(u"after the opening time"_s));
    EXPECT_TRUE(parseError(u"mon 08:00-24:30"_s).contains(u"closing time"_s));
    EXPECT_TRUE(parseError(u"mon 08:00-20:00 tue 08:00-20:00"_s).contains(u"expected ','"_s));
    EXPECT_TRUE(parseError(u"mon 08:00-20:00"_s, QString()).contains(u"need a time zone"_s));
    EXPECT_TRUE(parseError(u"mon 08:00-20:00"_s, u"Mars/Olympus_Mons"_s).contains(u"Mars/Olympus_Mons"_s));
}
