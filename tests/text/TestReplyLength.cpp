#include "text/ReplyLength.h"

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace moderation;

namespace {

int onX(const QString& text)
{
    return ReplyLength::of(text, Platform::Twitter).length;
}

} // namespace

// twitter-text v3 (PLATFORMS.md §3): Latin and punctuation weigh 1, CJK and emoji 2, a URL 23.
TEST(ReplyLength, LatinAndPunctuationWeighOne)
{
    EXPECT_EQ(onX(u"Hello, world!"_s), 13);
    EXPECT_EQ(onX(u"¿Dónde está?"_s), 12);
    EXPECT_EQ(onX(u"“quoted” – dash"_s), 15);
    // The ellipsis (U+2026) is outside twitter-text's light ranges: it weighs 2.
    EXPECT_EQ(onX(u"wait…"_s), 6);
}

TEST(ReplyLength, CjkAndEmojiWeighTwo)
{
    EXPECT_EQ(onX(u"你好"_s), 4);
    EXPECT_EQ(onX(u"ok 😀"_s), 5);
    // A sequence counts once: a family joined with ZWJ, a flag, a skin tone.
    EXPECT_EQ(onX(u"👨‍👩‍👧"_s), 2);
    EXPECT_EQ(onX(u"🇺🇸"_s), 2);
    EXPECT_EQ(onX(u"👍🏽"_s), 2);
}

TEST(ReplyLength, AUrlWeighsTwentyThreeWhateverItsLength)
{
    EXPECT_EQ(onX(u"See https://www.uscis.gov/processing-times/a/very/long/path?with=query"_s), 4 + 23);
    EXPECT_EQ(onX(u"See uscis.gov/processing-times"_s), 4 + 23);
    EXPECT_EQ(onX(u"See https://t.co/x"_s), 4 + 23);
}

TEST(ReplyLength, TheLimitIsTwoHundredEightyWeighted)
{
    const QString fits(280, u'a');
    EXPECT_TRUE(ReplyLength::of(fits, Platform::Twitter).fits());
    const ReplyLength::Measure over = ReplyLength::of(fits + u'b', Platform::Twitter);
    EXPECT_FALSE(over.fits());
    EXPECT_EQ(over.length, 281);
    EXPECT_EQ(over.overflowAt, 280);
    // 140 CJK characters fill it; the 141st does not fit.
    EXPECT_TRUE(ReplyLength::of(QString(140, QChar(0x4F60)), Platform::Twitter).fits());
    EXPECT_FALSE(ReplyLength::of(QString(141, QChar(0x4F60)), Platform::Twitter).fits());
}

TEST(ReplyLength, FacebookTakesEightThousandCharacters)
{
    EXPECT_TRUE(ReplyLength::of(QString(8000, u'a'), Platform::Facebook).fits());
    const ReplyLength::Measure over = ReplyLength::of(QString(8001, u'a'), Platform::Facebook);
    EXPECT_FALSE(over.fits());
    EXPECT_EQ(over.overflowAt, 8000);
}
