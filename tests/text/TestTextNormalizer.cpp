#include "text/TextNormalizer.h"

#include <QRandomGenerator>

#include <gtest/gtest.h>

#include <string>

using namespace Qt::StringLiterals;
using namespace moderation;

namespace {

// Folded text as UTF-8, so that GoogleTest prints it readably when an expectation fails.
std::string fold(const QString& text)
{
    return TextNormalizer::normalize(text).text.toStdString();
}

std::vector<int> mapOf(const QString& text)
{
    const auto map = TextNormalizer::normalize(text).toOriginal;
    return { map.cbegin(), map.cend() };
}

} // namespace

TEST(TextNormalizer, LowerCasesAndCollapsesEveryRunOfWhiteSpace)
{
    EXPECT_EQ(fold(u"Hello   WORLD\t\n\r !"_s), "hello world !");
    EXPECT_EQ(fold(u"  Leading and trailing  "_s), " leading and trailing ");
}

TEST(TextNormalizer, AsciiTextMapsEachFoldedUnitToItsOwnCodePoint)
{
    EXPECT_EQ(mapOf(u"AbC"_s), (std::vector<int> { 0, 1, 2, 3 }));
    // The collapsed space maps to the first blank of its run; the next word keeps its index.
    EXPECT_EQ(mapOf(u"a   b"_s), (std::vector<int> { 0, 1, 4, 5 }));
}

TEST(TextNormalizer, EmptyTextMapsToZero)
{
    const auto folded = TextNormalizer::normalize(QString());
    EXPECT_TRUE(folded.text.isEmpty());
    ASSERT_EQ(folded.toOriginal.size(), 1);
    EXPECT_EQ(folded.toOriginal[0], 0);
    EXPECT_EQ(folded.originalEnd(0), 0);
}

TEST(TextNormalizer, FullWidthDigitsLettersAndPunctuationBecomeAscii)
{
    EXPECT_EQ(fold(u"\uFF11\uFF12\uFF13\uFF0D\uFF14\uFF15\uFF0D\uFF16\uFF17\uFF18\uFF19"_s), "123-45-6789");
    EXPECT_EQ(fold(u"\uFF33\uFF33\uFF2E\uFF1A"_s), "ssn:");
    EXPECT_EQ(fold(u"john\uFF20example\uFF0Ecom"_s), "john@example.com");
}

TEST(TextNormalizer, ZeroWidthCharactersAreDroppedFromInsideANumber)
{
    EXPECT_EQ(fold(u"12\u200B3\u200C4\u200D5\u2060 6\uFEFF7\u00AD8"_s), "12345 678");
}

TEST(TextNormalizer, BidiControlsAreDroppedAroundAndInside)
{
    EXPECT_EQ(fold(u"\u202E123\u202C-\u202D45\u202A-\u202B6789\u2066\u2067\u2068\u2069\u200E\u200F"_s),
              "123-45-6789");
}

TEST(TextNormalizer, UnusualDashesAndMinusSignsBecomeHyphens)
{
    const QString dashes = u"\u2010\u2011\u2012\u2013\u2014\u2015\u2212\uFE58\uFE63\uFF0D\u2796\u02D7"_s;
    EXPECT_EQ(fold(dashes), std::string(size_t(dashes.size()), '-'));
}

TEST(TextNormalizer, CombiningMarksAreDroppedPrecomposedOrNot)
{
    EXPECT_EQ(fold(u"N\u0303U\u0301MERO"_s), "numero");
    EXPECT_EQ(fold(u"Número de Pasaporte, señor"_s), "numero de pasaporte, senor");
    EXPECT_EQ(fold(u"S\u0336S\u0336N\u0336"_s), "ssn"); // strike-through overlay
}

TEST(TextNormalizer, CyrillicLookAlikesBecomeLatinLetters)
{
    EXPECT_EQ(fold(u"\u0415\u0410\u0421"_s), "eac"); // ЕАС
    EXPECT_EQ(fold(u"I\u041EE"_s), "ioe"); // Cyrillic О inside IOE
    EXPECT_EQ(fold(u"\u0410123456789"_s), "a123456789");
    EXPECT_EQ(fold(u"\u0440\u0430\u0455\u0455\u0440\u043Ert"_s), "passport");
}

TEST(TextNormalizer, GreekLookAlikesBecomeLatinLetters)
{
    EXPECT_EQ(fold(u"\u0395\u0391C"_s), "eac"); // ΕΑC
    EXPECT_EQ(fold(u"\u0399\u039F\u0395"_s), "ioe"); // ΙΟΕ
    EXPECT_EQ(fold(u"\u039D\u0392C"_s), "nbc"); // ΝΒC
}

TEST(TextNormalizer, DecimalDigitsOfEveryScriptBecomeAsciiDigits)
{
    EXPECT_EQ(fold(u"\u0661\u0662\u0663"_s), "123"); // Arabic-Indic
    EXPECT_EQ(fold(u"\u0967\u0968\u0969"_s), "123"); // Devanagari
    EXPECT_EQ(fold(u"\U0001D7CF\U0001D7D0\U0001D7D1"_s), "123"); // mathematical bold
    EXPECT_EQ(fold(u"\u00B9\u00B2\u00B3\u2074"_s), "1234"); // superscripts
}

TEST(TextNormalizer, MathematicalAndCircledLettersBecomeAscii)
{
    EXPECT_EQ(fold(u"\U0001D412\U0001D412\U0001D40D"_s), "ssn"); // 𝐒𝐒𝐍
    EXPECT_EQ(fold(u"\u24C8\u24C8\u24C3"_s), "ssn"); // ⓈⓈⓃ
    EXPECT_EQ(fold(u"\u1D00\u0299\u1D04"_s), "abc"); // small capitals
}

TEST(TextNormalizer, UnicodeBlanksCollapseWithAsciiOnes)
{
    EXPECT_EQ(fold(u"a\u00A0\u3000 \u2003\u202F\u2028b"_s), "a b");
}

TEST(TextNormalizer, InvisibleCharactersBetweenBlanksDoNotSplitTheRun)
{
    EXPECT_EQ(fold(u"a \u200B \u202E b"_s), "a b");
}

TEST(TextNormalizer, OffsetsCountASurrogatePairAsOneCodePoint)
{
    const QString text = u"\U0001F600\U0001F600 123"_s;
    const auto folded = TextNormalizer::normalize(text);
    const auto digit = folded.text.indexOf(u'1');
    ASSERT_GE(digit, 0);
    EXPECT_EQ(folded.originalStart(digit), 3);
    EXPECT_EQ(folded.originalEnd(folded.text.size()), 6);
    EXPECT_EQ(folded.toOriginal.last(), TextNormalizer::codePointLength(text));
}

TEST(TextNormalizer, EmojiAreKeptAsTheyAre)
{
    const QString text = u"ok \U0001F44D\U0001F3FD"_s;
    EXPECT_EQ(TextNormalizer::normalize(text).text, text.toLower());
}

TEST(TextNormalizer, EveryUnitOfAnExpansionMapsToItsSource)
{
    const auto folded = TextNormalizer::normalize(u"\uFB01x \u33A1"_s); // ﬁ, ㎡
    EXPECT_EQ(folded.text.toStdString(), "fix m2");
    EXPECT_EQ(std::vector<int>(folded.toOriginal.cbegin(), folded.toOriginal.cend()),
              (std::vector<int> { 0, 0, 1, 2, 3, 3, 4 }));
    // A range ending inside an expansion still covers the whole source character.
    EXPECT_EQ(folded.originalEnd(1), 1);
}

TEST(TextNormalizer, OriginalEndTakesInDroppedCombiningMarks)
{
    const auto folded = TextNormalizer::normalize(u"cafe\u0301 x"_s);
    ASSERT_EQ(folded.text.toStdString(), "cafe x");
    EXPECT_EQ(folded.originalStart(0), 0);
    EXPECT_EQ(folded.originalEnd(4), 5);
}

TEST(TextNormalizer, OriginalEndOfTheWholeTextIsItsCodePointLength)
{
    const QString text = u"A\u200B\U0001D412 \u0301"_s;
    const auto folded = TextNormalizer::normalize(text);
    EXPECT_EQ(folded.originalEnd(folded.text.size()), TextNormalizer::codePointLength(text));
    EXPECT_EQ(folded.originalEnd(folded.text.size()), 5);
}

TEST(TextNormalizer, BufferOverloadReusesItsCapacity)
{
    NormalizedText buffer;
    TextNormalizer::normalize(QString(500, u'x'), buffer);
    const auto* textData = buffer.text.constData();
    const auto* mapData = buffer.toOriginal.constData();
    TextNormalizer::normalize(u"Short Text"_s, buffer);
    EXPECT_EQ(buffer.text.toStdString(), "short text");
    EXPECT_EQ(buffer.text.constData(), textData);
    EXPECT_EQ(buffer.toOriginal.constData(), mapData);
}

TEST(TextNormalizer, BufferOverloadGrowsForExpansionsLongerThanTheInput)
{
    NormalizedText buffer;
    TextNormalizer::normalize(u"x"_s, buffer);
    const QString text = u"\uFDFA\uFDFA\U0001D412"_s; // each ligature expands to 18 units
    TextNormalizer::normalize(text, buffer);
    const auto expected = TextNormalizer::normalize(text);
    EXPECT_GT(buffer.text.size(), text.size());
    EXPECT_EQ(buffer.text, expected.text);
    EXPECT_EQ(buffer.toOriginal, expected.toOriginal);
    EXPECT_EQ(buffer.toOriginal.last(), 3);
}

TEST(TextNormalizer, CodePointLengthCountsSurrogatePairsOnceAndLoneSurrogatesAsOne)
{
    EXPECT_EQ(TextNormalizer::codePointLength(u"a\U0001F600b"_s), 3);
    const QChar lone[] = { QChar(u'a'), QChar(char16_t(0xD83D)), QChar(u'b'), QChar(char16_t(0xDE00)) };
    EXPECT_EQ(TextNormalizer::codePointLength(QStringView(lone, 4)), 4);
}

TEST(TextNormalizer, LoneSurrogatesSurviveAndKeepTheMapping)
{
    const QChar lone[] = { QChar(char16_t(0xDE00)), QChar(u'B') };
    const auto folded = TextNormalizer::normalize(QStringView(lone, 2));
    ASSERT_EQ(folded.text.size(), 2);
    EXPECT_EQ(folded.text[0].unicode(), 0xDE00);
    EXPECT_EQ(folded.text[1], u'b');
    EXPECT_EQ(folded.toOriginal.last(), 2);
}

TEST(TextNormalizer, FoldingIsIdempotent)
{
    const QStringList samples {
        u"Número de CASO: \u0415\u0410\u0421\u200B2190012345"_s,
        u"\uFF11\uFF12\uFF13\u2013\uFF14\uFF15 \u00A8 \u00BD \u2474 \uFB03"_s,
        u"\U0001D412\U0001D412\U0001D40D \u0399\u039F\u0395 \u0130stanbul \u1E9E"_s,
        u"\u3131\uAC00\uD55C \u2126 \u212A"_s,
    };
    for (const QString& sample : samples) {
        const QString once = TextNormalizer::normalize(sample).text;
        EXPECT_EQ(TextNormalizer::normalize(once).text.toStdString(), once.toStdString())
            << sample.toStdString();
    }
}

TEST(TextNormalizer, MapIsMonotonicAndInRangeOnRandomText)
{
    // Random code points from blocks that exercise every folding path.
    const std::vector<std::pair<char32_t, char32_t>> blocks {
        { 0x20, 0x7E }, { 0xA0, 0x24F }, { 0x300, 0x36F }, { 0x370, 0x52F }, { 0x2000, 0x206F },
        { 0xFB00, 0xFDFF }, { 0xFF00, 0xFFEF }, { 0xAC00, 0xD7A3 }, { 0x1D400, 0x1D7FF }, { 0x1F300, 0x1F64F },
    };
    QRandomGenerator random(20240115);
    for (int round = 0; round < 200; ++round) {
        QString text;
        for (int k = 0; k < 60; ++k) {
            const auto& [low, high] = blocks[random.bounded(int(blocks.size()))];
            const char32_t c = low + char32_t(random.bounded(int(high - low + 1)));
            text += QString::fromUcs4(&c, 1);
        }
        NormalizedText folded;
        TextNormalizer::normalize(text, folded);
        ASSERT_EQ(folded.toOriginal.size(), folded.text.size() + 1);
        EXPECT_EQ(folded.toOriginal.last(), TextNormalizer::codePointLength(text));
        for (qsizetype i = 1; i < folded.toOriginal.size(); ++i)
            ASSERT_LE(folded.toOriginal[i - 1], folded.toOriginal[i]) << text.toStdString();
        EXPECT_FALSE(folded.text.contains(u"  "_s));
    }
}

TEST(TextNormalizer, HundredKilobyteCommentFoldsCompletely)
{
    QString text;
    while (text.size() < 100 * 1024)
        text += u"Mi N\u00DAMERO \u200Bde caso \u0415\u0410\u0421\u20132190012345 \U0001F600 "_s;
    const auto folded = TextNormalizer::normalize(text);
    EXPECT_EQ(folded.toOriginal.last(), TextNormalizer::codePointLength(text));
    EXPECT_EQ(folded.text.count(u"mi numero de caso eac-2190012345"_s), text.count(u"Mi N"_s));
}

TEST(TextNormalizer, AsciiFoldingMatchesAPlainLowerCaseAndCollapse)
{
    // Blank runs and capitals at every position, so that any shortcut taken in blocks of units
    // meets them at each offset within and across blocks.
    const QString alphabet = u"aZ09 -\t\n.@Q  x\x01"_s;
    QRandomGenerator random(7);
    for (int round = 0; round < 500; ++round) {
        QString text;
        const int length = random.bounded(80);
        for (int k = 0; k < length; ++k)
            text += alphabet[random.bounded(int(alphabet.size()))];
        std::string expected;
        std::vector<int> map;
        for (int k = 0; k < text.size(); ++k) {
            const char16_t c = text[k].unicode();
            if (c == u' ' || c == u'\t' || c == u'\n') {
                if (expected.empty() || expected.back() != ' ') {
                    expected += ' ';
                    map.push_back(k);
                }
            } else if (c >= 0x20) {
                expected += char(c >= u'A' && c <= u'Z' ? c + 0x20 : c);
                map.push_back(k);
            }
        }
        map.push_back(int(text.size()));
        ASSERT_EQ(fold(text), expected) << text.toStdString();
        ASSERT_EQ(mapOf(text), map) << text.toStdString();
    }
}
