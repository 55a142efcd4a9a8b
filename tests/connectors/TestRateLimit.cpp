#include "connectors/RateLimit.h"

#include <gtest/gtest.h>

using namespace moderation;

TEST(RateLimit, ReadsXsWindowHeaders)
{
    const RateLimit limit = RateLimit::fromHeaders(
        { { "x-rate-limit-limit", "450" }, { "x-rate-limit-remaining", "12" }, { "x-rate-limit-reset", "1793630400" } });
    EXPECT_EQ(limit.limit, 450);
    EXPECT_EQ(limit.remaining, 12);
    EXPECT_EQ(limit.resetAt, QDateTime::fromSecsSinceEpoch(1793630400, Qt::UTC));
    EXPECT_FALSE(limit.exhausted());
}

TEST(RateLimit, NothingRemainingIsExhausted)
{
    EXPECT_TRUE(RateLimit::fromHeaders({ { "x-rate-limit-remaining", "0" } }).exhausted());
}

TEST(RateLimit, MalformedValuesAreIgnored)
{
    const RateLimit limit = RateLimit::fromHeaders({ { "x-rate-limit-limit", "lots" },
        { "x-rate-limit-remaining", "-3" }, { "x-rate-limit-reset", "soon" }, { "x-app-usage", "{not json" },
        { "x-business-use-case-usage", R"({"1":[{"call_count":"high"}]})" } });
    EXPECT_FALSE(limit.limit.has_value());
    EXPECT_FALSE(limit.remaining.has_value());
    EXPECT_FALSE(limit.resetAt.isValid());
    EXPECT_FALSE(limit.usagePercent.has_value());
    EXPECT_FALSE(limit.exhausted());
}

TEST(RateLimit, GraphUsageIsTheHighestPercentageOfAnyHeader)
{
    const RateLimit limit = RateLimit::fromHeaders({ { "x-app-usage", R"({"call_count":91,"total_cputime":15,"total_time":12})" },
        { "x-page-usage", R"({"call_count":20,"total_cputime":95,"total_time":12})" } });
    EXPECT_EQ(limit.usagePercent, 95);
    EXPECT_FALSE(limit.exhausted());
    EXPECT_TRUE(RateLimit::fromHeaders({ { "x-app-usage", R"({"call_count":100})" } }).exhausted());
}

TEST(RateLimit, BusinessUseCaseUsageGivesTheTimeToRegainAccess)
{
    const RateLimit limit = RateLimit::fromHeaders({ { "x-business-use-case-usage",
        R"({"104560123456789":[{"type":"pages","call_count":100,"total_cputime":3,"total_time":7,"estimated_time_to_regain_access":14}]})" } });
    EXPECT_EQ(limit.usagePercent, 100);
    EXPECT_EQ(limit.regainAccessMinutes, 14);
    EXPECT_TRUE(limit.exhausted());
}
