#include "reports/TrendingTerms.h"

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace moderation;

TEST(TrendingTerms, WordsHashtagsAndWhatIsLeftOut)
{
    EXPECT_EQ(TrendingTerms::termsOf(u"The FORM fails, the form! @Agency https://x.gov/a #AskUSCIS #2026 it's 12345 ¿Cómo está el trámite?"_s),
              (QStringList { u"form"_s, u"fails"_s, u"#askuscis"_s, u"#2026"_s, u"trámite"_s }));
    EXPECT_TRUE(TrendingTerms::termsOf(u"a an I to @only http://link"_s).isEmpty());
}

TEST(TrendingTerms, RanksByRateAgainstTheBaselineAndCountsACommentOnce)
{
    TrendingTerms terms;
    for (int i = 0; i < 7; ++i)
        terms.addBaseline(u"passport renewal"_s);
    terms.addBaseline(u"portal portal portal"_s); // one comment: counts once
    for (int i = 0; i < 4; ++i)
        terms.add(u"portal down again, portal error"_s);
    terms.add(u"passport renewal"_s);
    terms.add(u"passport"_s);
    terms.add(u"passport"_s);
    const QList<TrendingTerms::Term> top = terms.top(1, 7);
    // portal: (4 + 1) / (1/7 + 1) = 4.375; "down" and "error": (4 + 1) / 1 = 5; passport (3 + 1) / (1 + 1) = 2.
    ASSERT_EQ(top.size(), 5);
    EXPECT_EQ(top.at(0).term, u"again"_s);
    EXPECT_DOUBLE_EQ(top.at(0).ratio, 5.0);
    EXPECT_EQ(top.at(3).term, u"portal"_s);
    EXPECT_EQ(top.at(3).count, 4);
    EXPECT_DOUBLE_EQ(top.at(3).ratio, 5.0 / (1.0 / 7.0 + 1.0));
    EXPECT_EQ(top.at(3).examples, (QStringList { u"portal down again, portal error"_s, u"portal down again, portal error"_s }));
    EXPECT_EQ(top.at(4).term, u"passport"_s);
    EXPECT_DOUBLE_EQ(top.at(4).ratio, 2.0);
}

TEST(TrendingTerms, AHiddenCommentCountsButIsNeverQuoted)
{
    TrendingTerms terms;
    terms.add(u"portal down, my SSN is 123-45-6789"_s, false);
    terms.add(u"portal down"_s);
    terms.add(u"portal down again"_s);
    terms.add(u"portal down today"_s);
    const QList<TrendingTerms::Term> top = terms.top(1, 7);
    ASSERT_FALSE(top.isEmpty());
    EXPECT_EQ(top.at(0).count, 4);
    EXPECT_EQ(top.at(0).examples, (QStringList { u"portal down"_s, u"portal down again"_s }));
}
