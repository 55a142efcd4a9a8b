// No failure becomes "no match" (issue 17, item 8): when the engine cannot scan a text it says
// so, and every caller stops or reports instead of deciding on a scan that did not happen.
#include "CommentBuilders.h"
#include "PolicyBuilders.h"

#include "policy/CommentSource.h"
#include "policy/MultiPatternMatcher.h"
#include "policy/PolicyEngine.h"
#include "policy/PolicySimulator.h"

#include <hs/hs.h>

#include <gtest/gtest.h>

#include <thread>

using namespace Qt::StringLiterals;
using namespace moderation;
using namespace moderation::test;

namespace {

std::shared_ptr<const PolicyEngine> visaPolicy()
{
    auto engine = PolicyEngine::compile(policy({ rule(u"visa"_s, terms({ u"visa"_s }), outcome(Action::Respond)),
                                                 rule(u"default"_s, always(), outcome(Action::Ignore)) }));
    EXPECT_TRUE(engine.ok()) << engine.error().toString().toStdString();
    return engine.ok() ? *engine : nullptr;
}

// Restores the seams whatever the test does.
struct SeamsReset
{
    ~SeamsReset() { MultiPatternMatcher::setMaxScanBytesForTesting(0); }
};

void* refuseToAllocate(size_t)
{
    return nullptr;
}

class ListSource final : public CommentSource
{
public:
    Error forEach(const QDateTime&, const QDateTime&, const std::function<bool(Comment&)>& visit) const override
    {
        for (int i = 0; i < 5000; ++i) {
            Comment c = tweet(QString::number(i), u"my visa"_s).at(kTestTime.addSecs(i));
            c.id = i + 1;
            if (!visit(c))
                break;
        }
        return {};
    }
};

} // namespace

TEST(EngineFailures, AFailedScanIsAnErrorNotAnEmptyMatch)
{
    const auto engine = visaPolicy();
    ASSERT_TRUE(engine);
    MultiPatternMatcher::failNextScanForTesting();
    const Result<Decision> failed = engine->evaluate(tweet(u"1"_s, u"my visa"_s));
    ASSERT_FALSE(failed.ok()) << "decided " << failed->ruleId.toStdString();
    EXPECT_EQ(failed.error().code(), Error::Code::Internal);
    EXPECT_TRUE(failed.error().message().contains(u"vectorscan"_s)) << failed.error().toString().toStdString();
    // The next scan works again.
    EXPECT_EQ(engine->evaluate(tweet(u"1"_s, u"my visa"_s)).value().ruleId, u"visa"_s);
}

TEST(EngineFailures, ATextLongerThanOneScanIsRefusedNeverCut)
{
    SeamsReset reset;
    const auto engine = visaPolicy();
    ASSERT_TRUE(engine);
    MultiPatternMatcher::setMaxScanBytesForTesting(64); // stands in for the 2 GB a scan takes
    // "visa" past the limit: a cut text would be ignored, not refused.
    const QString text = QString(100, u'a') + u" my visa"_s;
    const Result<Decision> refused = engine->evaluate(tweet(u"1"_s, text));
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().code(), Error::Code::InvalidInput);
    EXPECT_TRUE(refused.error().message().contains(u"longer than one scan"_s)) << refused.error().toString().toStdString();
    EXPECT_EQ(engine->evaluate(tweet(u"2"_s, u"my visa"_s)).value().ruleId, u"visa"_s);
    MultiPatternMatcher::setMaxScanBytesForTesting(0);
    EXPECT_EQ(MultiPatternMatcher::maxScanBytes(), qint64(std::numeric_limits<int>::max()));
    EXPECT_EQ(engine->evaluate(tweet(u"1"_s, text)).value().ruleId, u"visa"_s);
}

// A thread's scratch space is allocated on its first scan; vectorscan's own allocator hook makes
// that fail for real.
TEST(EngineFailures, NoScratchSpaceIsAnErrorNotAnAbort)
{
    const auto engine = visaPolicy();
    ASSERT_TRUE(engine);
    ASSERT_EQ(hs_set_scratch_allocator(refuseToAllocate, nullptr), HS_SUCCESS);
    Result<Decision> onAFreshThread = Error(Error::Code::Internal, u"not run"_s);
    std::thread([&] { onAFreshThread = engine->evaluate(tweet(u"1"_s, u"my visa"_s)); }).join();
    ASSERT_EQ(hs_set_scratch_allocator(nullptr, nullptr), HS_SUCCESS);
    ASSERT_FALSE(onAFreshThread.ok());
    EXPECT_TRUE(onAFreshThread.error().message().contains(u"scratch space"_s))
        << onAFreshThread.error().toString().toStdString();
    // With memory again, a fresh thread scans.
    Result<Decision> later = Error(Error::Code::Internal, u"not run"_s);
    std::thread([&] { later = engine->evaluate(tweet(u"1"_s, u"my visa"_s)); }).join();
    ASSERT_TRUE(later.ok()) << later.error().toString().toStdString();
}

TEST(EngineFailures, TheSimulatorStopsOnAFailedScanInAWorker)
{
    const auto engine = visaPolicy();
    ASSERT_TRUE(engine);
    const ListSource source;
    MultiPatternMatcher::failNextScanForTesting();
    auto summary = PolicySimulator::run(source, *engine, nullptr, {}, {}, {}, 2);
    ASSERT_FALSE(summary.ok());
    EXPECT_EQ(summary.error().code(), Error::Code::Internal);
    auto again = PolicySimulator::run(source, *engine, nullptr, {}, {}, {}, 2);
    ASSERT_TRUE(again.ok()) << again.error().toString().toStdString();
    EXPECT_EQ(again->comments, 5000);
}
