#include "connectors/Backoff.h"

#include <gtest/gtest.h>

using namespace moderation;

TEST(Backoff, DoublesFromOneSecondToTheCap)
{
    EXPECT_EQ(Backoff::baseMs(0), 0);
    EXPECT_EQ(Backoff::baseMs(1), 1000);
    EXPECT_EQ(Backoff::baseMs(2), 2000);
    EXPECT_EQ(Backoff::baseMs(6), 32000);
    EXPECT_EQ(Backoff::baseMs(7), 60000);
    EXPECT_EQ(Backoff::baseMs(500), 60000) << "no overflow however many failures";
    EXPECT_EQ(Backoff::baseMs(3, 2), 2000);
}

TEST(Backoff, JitterStaysWithinHalfAndOneAndAHalfOfTheBaseAndUnderTheCap)
{
    EXPECT_EQ(Backoff::jitteredMs(3, 0.0), 2000);
    EXPECT_EQ(Backoff::jitteredMs(3, 0.5), 4000);
    EXPECT_EQ(Backoff::jitteredMs(3, 0.999999), 5999);
    EXPECT_EQ(Backoff::jitteredMs(10, 0.999999), 60000) << "the cap holds with jitter too";
    for (int i = 0; i < 1000; ++i) {
        const double unit = Backoff::randomUnit();
        ASSERT_GE(unit, 0.0);
        ASSERT_LT(unit, 1.0);
    }
}
