// A hashtag matched whole and in any case (text/Hashtags), as the Office Hours recap needs it.
#include "text/Hashtags.h"

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace moderation;

TEST(Hashtags, MatchesTheWholeTagInAnyCase)
{
    EXPECT_TRUE(Hashtags::contains(u"#AskUSCIS when?"_s, u"AskUSCIS"_s));
    EXPECT_TRUE(Hashtags::contains(u"when? #askuscis"_s, u"AskUSCIS"_s));
    EXPECT_TRUE(Hashtags::contains(u"(#AskUSCIS)"_s, u"askuscis"_s));
    EXPECT_TRUE(Hashtags::contains(u"#AskUSCIS's answer"_s, u"AskUSCIS"_s));
    EXPECT_TRUE(Hashtags::contains(u"#AskUSCISToday and #AskUSCIS"_s, u"AskUSCIS"_s));
    EXPECT_TRUE(Hashtags::contains(u"#PregúntaleAUSCIS ¿cuándo?"_s, u"PREGÚNTALEAUSCIS"_s));
}

TEST(Hashtags, ALookAlikeOrAWordIsNotTheTag)
{
    EXPECT_FALSE(Hashtags::contains(u"#AskUSCISToday when?"_s, u"AskUSCIS"_s));
    EXPECT_FALSE(Hashtags::contains(u"#AskUSCIS_2026"_s, u"AskUSCIS"_s));
    EXPECT_FALSE(Hashtags::contains(u"x#AskUSCIS"_s, u"AskUSCIS"_s));
    EXPECT_FALSE(Hashtags::contains(u"##AskUSCIS"_s, u"AskUSCIS"_s));
    EXPECT_FALSE(Hashtags::contains(u"AskUSCIS without the sign"_s, u"AskUSCIS"_s));
    EXPECT_FALSE(Hashtags::contains(u"#Ask"_s, u"AskUSCIS"_s));
    EXPECT_FALSE(Hashtags::contains(u"#AskUSCIS"_s, u""_s));
}

TEST(Hashtags, InputIsATagWithOrWithoutItsSign)
{
    EXPECT_EQ(Hashtags::fromInput(u"#AskUSCIS"_s), u"AskUSCIS"_s);
    EXPECT_EQ(Hashtags::fromInput(u" AskUSCIS "_s), u"AskUSCIS"_s);
    EXPECT_EQ(Hashtags::fromInput(u"Office_Hours2026"_s), u"Office_Hours2026"_s);
    for (const QString& bad : { u""_s, u"#"_s, u"##Ask"_s, u"Ask USCIS"_s, u"Ask-USCIS"_s, u"<b>"_s, QString(101, u'a') })
        EXPECT_EQ(Hashtags::fromInput(bad), std::nullopt) << bad.toStdString();
}
