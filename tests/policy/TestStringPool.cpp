#include "PolicyBuilders.h"

#include "policy/PolicyEngine.h"
#include "policy/StringPool.h"

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace moderation;
using namespace moderation::test;

namespace {

// A policy whose every string is its own: rule ids, clause, category, queue, answer, terms (and
// so the sentences made per term) all carry `n`.
PolicyDocument distinctPolicy(int n)
{
    Outcome then = outcome(Action::Escalate, u"category-%1"_s.arg(n));
    then.queue = u"queue-%1"_s.arg(n);
    then.answer = u"answer-%1"_s.arg(n);
    return policy({ rule(u"rule-%1"_s.arg(n), terms({ u"word%1"_s.arg(n), u"other%1"_s.arg(n) }), then,
                         u"clause %1"_s.arg(n)),
                    rule(u"default-%1"_s.arg(n), always(), outcome(Action::Ignore)) });
}

} // namespace

TEST(StringPool, EqualStringsShareOneCopyAndTheCountersFollowThePool)
{
    const qint64 strings = StringPool::liveStrings();
    const qint64 bytes = StringPool::liveBytes();
    {
        StringPool pool(StringPool::Lifetime::Owner);
        const QString a = pool.intern(u"queue-"_s + u"supervisors"_s);
        const QString b = pool.intern(u"queue-supervisors"_s);
        EXPECT_EQ(a, u"queue-supervisors"_s);
        EXPECT_EQ(a.constData(), b.constData()); // one copy
        EXPECT_TRUE(pool.intern(QString()).isNull());
        EXPECT_TRUE(pool.intern(u""_s).isEmpty());
        EXPECT_EQ(pool.size(), 1);
        EXPECT_EQ(pool.bytes(), qint64(sizeof(QChar)) * 17);
        EXPECT_EQ(StringPool::liveStrings(), strings + 1);
        EXPECT_EQ(StringPool::liveBytes(), bytes + pool.bytes());
    }
    EXPECT_EQ(StringPool::liveStrings(), strings);
    EXPECT_EQ(StringPool::liveBytes(), bytes);
}

// A supervisor edits and previews a policy all day: every draft is compiled, used and dropped.
// What the drafts pooled must go with them (a process-wide pool kept every draft's strings).
TEST(StringPool, CompilingAndDroppingPoliciesLeavesNothingPooled)
{
    const qint64 strings = StringPool::liveStrings();
    const qint64 bytes = StringPool::liveBytes();
    QList<Decision> kept; // decisions outlive their engines, as stored ones do
    for (int n = 0; n < 1000; ++n) {
        auto engine = PolicyEngine::compile(distinctPolicy(n), PolicyEngine::Strings::Engine);
        ASSERT_TRUE(engine.ok()) << engine.error().toString().toStdString();
        EXPECT_GT(StringPool::liveBytes(), bytes); // the live engine holds its strings
        const Decision decision = engine.value()->evaluate(comment(u"we say word%1 here"_s.arg(n))).value();
        ASSERT_EQ(decision.ruleId, u"rule-%1"_s.arg(n));
        if (n % 100 == 0)
            kept.append(decision);
    }
    EXPECT_EQ(StringPool::liveStrings(), strings);
    EXPECT_EQ(StringPool::liveBytes(), bytes);

    // The decisions kept are whole although their engines and pools are gone.
    QStringList churn; // freed memory gets reused
    for (int i = 0; i < 1000; ++i)
        churn << QString(64, QChar(u'a' + i % 26));
    for (int i = 0; i < kept.size(); ++i) {
        const int n = i * 100;
        EXPECT_EQ(kept[i].ruleId, u"rule-%1"_s.arg(n));
        EXPECT_EQ(kept[i].clause, u"clause %1"_s.arg(n));
        EXPECT_EQ(kept[i].category, u"category-%1"_s.arg(n));
        EXPECT_EQ(kept[i].queue, u"queue-%1"_s.arg(n));
        EXPECT_EQ(kept[i].answerId, u"answer-%1"_s.arg(n));
        EXPECT_TRUE(kept[i].explanation.contains(u"word%1"_s.arg(n))) << kept[i].explanation.toStdString();
    }
}

// Two policies live at once (the active one and a draft under preview) each keep their own
// strings, also where they share a rule id, and dropping one leaves the other whole.
TEST(StringPool, TwoLivePoliciesKeepTheirOwnStrings)
{
    auto compiled = [](const PolicyDocument& document) {
        auto engine = PolicyEngine::compile(document, PolicyEngine::Strings::Engine);
        EXPECT_TRUE(engine.ok()) << engine.error().toString().toStdString();
        return engine.ok() ? engine.value() : nullptr;
    };
    std::shared_ptr<const PolicyEngine> first = compiled(distinctPolicy(1));
    std::shared_ptr<const PolicyEngine> second = compiled(distinctPolicy(2));
    Outcome then = outcome(Action::Respond, u"category-shared"_s);
    std::shared_ptr<const PolicyEngine> third
        = compiled(policy({ rule(u"rule-1"_s, terms({ u"word1"_s }), then) }));
    ASSERT_TRUE(first && second && third);

    const Decision one = first->evaluate(comment(u"word1"_s)).value();
    const Decision two = second->evaluate(comment(u"word2"_s)).value();
    const Decision three = third->evaluate(comment(u"word1"_s)).value();
    EXPECT_EQ(one.ruleId, u"rule-1"_s);
    EXPECT_EQ(one.category, u"category-1"_s);
    EXPECT_EQ(two.ruleId, u"rule-2"_s);
    EXPECT_EQ(two.queue, u"queue-2"_s);
    EXPECT_EQ(three.ruleId, u"rule-1"_s);
    EXPECT_EQ(three.category, u"category-shared"_s);

    first.reset();
    QStringList churn;
    for (int i = 0; i < 1000; ++i)
        churn << QString(64, QChar(u'x' + i % 3));
    const Decision twoAgain = second->evaluate(comment(u"word2 other2"_s)).value();
    EXPECT_EQ(twoAgain.ruleId, u"rule-2"_s);
    EXPECT_EQ(twoAgain.clause, u"clause 2"_s);
    EXPECT_EQ(twoAgain.category, u"category-2"_s);
    EXPECT_EQ(twoAgain.answerId, u"answer-2"_s);
    EXPECT_EQ(third->evaluate(comment(u"word1"_s)).value().category, u"category-shared"_s);
    EXPECT_EQ(one.ruleId, u"rule-1"_s);
    EXPECT_EQ(one.category, u"category-1"_s);
    EXPECT_EQ(one.queue, u"queue-1"_s);
}

// The active policy's strings live in the process-wide pool (decisions copy them without a
// reference count); compiling the same policy again, as every preview's comparison does, adds
// nothing to it.
TEST(StringPool, TheProcessPoolGrowsOnlyByNewStrings)
{
    auto first = PolicyEngine::compile(distinctPolicy(5000));
    ASSERT_TRUE(first.ok());
    const qint64 strings = StringPool::liveStrings();
    const qint64 bytes = StringPool::liveBytes();
    for (int i = 0; i < 10; ++i) {
        auto again = PolicyEngine::compile(distinctPolicy(5000));
        ASSERT_TRUE(again.ok());
        EXPECT_EQ(again.value()->evaluate(comment(u"word5000"_s)).value().ruleId, u"rule-5000"_s);
    }
    EXPECT_EQ(StringPool::liveStrings(), strings);
    EXPECT_EQ(StringPool::liveBytes(), bytes);
    EXPECT_EQ(StringPool::process().lifetime(), StringPool::Lifetime::Process);
}
