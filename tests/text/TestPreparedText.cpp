// PreparedText folds plain ASCII comments on a path of its own and asks the PII detector only
// when a text has what PII needs; both must give exactly what TextNormalizer and PiiDetector give.

#include "text/PiiDetector.h"
#include "text/PreparedText.h"
#include "text/TextFeatures.h"

#include <QRandomGenerator>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace moderation;

namespace {

void expectSameAsTheNormalizer(const QString& text)
{
    const NormalizedText expected = TextNormalizer::normalize(text);
    const PreparedText prepared(text);
    ASSERT_EQ(prepared.utf8(), expected.text.toUtf8()) << text.toStdString();
    ASSERT_EQ(prepared.folded(), expected.text) << text.toStdString();
    ASSERT_EQ(prepared.originalLength(), TextNormalizer::codePointLength(text));
    ASSERT_EQ(prepared.pii(), PiiDetector().detect(text)) << text.toStdString();
    ASSERT_EQ(prepared.normalized().text, expected.text);
    ASSERT_EQ(prepared.normalized().toOriginal, expected.toOriginal);
    // Spans: on a fresh text too, where the ASCII path answers without the map.
    const PreparedText fresh(text);
    const QByteArray utf8 = expected.text.toUtf8();
    if (utf8.size() == expected.text.size()) { // byte offsets are UTF-16 offsets
        for (qsizetype from = 0; from <= utf8.size(); from += 3) {
            for (qsizetype to = from; to <= utf8.size(); to += 2) {
                const TextSpan want { expected.originalStart(from), expected.originalEnd(to) };
                ASSERT_EQ(fresh.originalSpanOfBytes(from, to), want) << text.toStdString() << " " << from << " " << to;
            }
        }
    }
    // What the predicates read, from the bytes (ASCII) or the UTF-16 (anything else).
    ASSERT_EQ(fresh.links(), TextFeatures::countLinks(expected.text)) << text.toStdString();
    ASSERT_EQ(fresh.mentions(), TextFeatures::countMentions(expected.text)) << text.toStdString();
    ASSERT_EQ(fresh.hashtags(), TextFeatures::countHashtags(expected.text)) << text.toStdString();
    ASSERT_EQ(fresh.isQuestion(), TextFeatures::isQuestion(expected.text)) << text.toStdString();
    ASSERT_EQ(fresh.guessedLanguage(), TextFeatures::guessLanguage(expected.text)) << text.toStdString();
}

} // namespace

TEST(PreparedText, AsciiFoldingIsTheNormalizersToTheByte)
{
    QRandomGenerator random(2026);
    // Texts short and long (the vector paths take sixteen characters at a time, and the last
    // sixteen again), with what makes them step aside: runs of spaces, tabs and newlines,
    // controls, DEL, capitals, digits, '@'; and what the feature scanners look for.
    const QStringList pieces { u"Hello"_s, u"WORLD"_s, u"  "_s, u" "_s, u"\t"_s, u"\r\n"_s, u"\u0001"_s, u"\u007F"_s,
                               u"123-45-6789"_s, u"a@b.example"_s, u"@"_s, u"@uscis"_s, u"."_s, u"mail.example"_s, u"EAC1234567890"_s, u"green card"_s,
                               u"ABCDEFGHIJKLMNOPQRSTUVWXYZ"_s, u"[\\]^_`{|}~"_s, u"?!.,;:"_s, u"0"_s,
                               u"https://x.example/a "_s, u"www.example.gov"_s, u"http:"_s, u"#AskUSCIS"_s, u"#"_s,
                               u"How "_s, u"Por que "_s, u"por "_s, u"que"_s, u"donde"_s, u"the "_s, u"el "_s, u"la "_s,
                               u"is "_s, u"What"_s, u": "_s, u"! "_s };
    // Every vector path the processor has: 256 bits (AVX2) and 128 (SSE2).
    for (const int bits : { 256, 128 }) {
        const int previous = PreparedText::limitVectorWidth(bits);
        for (int round = 0; round < 10000; ++round) {
            QString text;
            const int count = int(random.bounded(12));
            for (int k = 0; k < count; ++k)
                text += pieces.at(int(random.bounded(int(pieces.size()))));
            expectSameAsTheNormalizer(text);
            if (HasFatalFailure())
                break;
        }
        PreparedText::limitVectorWidth(previous);
    }
}

TEST(PreparedText, NonAsciiTextTakesTheNormalizersPath)
{
    const QStringList texts { u"GRÜN card"_s, u"12345678 é"_s, u"\uFF11\uFF12\uFF13-45-6789 ssn"_s,
                              u"gr\u0435\u0435n card \U0001F600"_s, u"ÿ"_s + QString(40, u'A') };
    for (const QString& text : texts)
        expectSameAsTheNormalizer(text);
}

TEST(PreparedText, PiiIsFoundWhateverTheTextLooksLike)
{
    // Short PII (a labelled passport number has the fewest digits), e-mail without digits, and
    // numbers the detector must see even on the ASCII path.
    for (const QString& text :
         { u"passport number 12345"_s, u"my passport: X1234567"_s, u"write to a@b.example"_s, u"@uscis @dhs hi"_s,
           u"x.@y.example"_s, u"+@y.example"_s, u"-@mail.example"_s, u"%@b.example"_s, u"_@b.example"_s,
           u"A@B.EXAMPLE"_s, u"me @ home.example"_s,
           u"SSN 123 45 6789 thanks"_s, u"call (202) 555-0143"_s, u"1234"_s, u"receipt EAC1234567890"_s,
           u"A-123-456-789"_s, u"card 4111 1111 1111 1111"_s })
        expectSameAsTheNormalizer(text);
}

TEST(PreparedText, ResetReusesAndForgetsTheLastText)
{
    PreparedText text(u"my SSN is 123-45-6789"_s);
    EXPECT_EQ(text.pii().size(), 1);
    text.reset(u"nothing here"_s);
    EXPECT_TRUE(text.pii().isEmpty());
    EXPECT_EQ(text.folded(), u"nothing here"_s);
    text.reset(u"ÉTÉ 2026"_s);
    EXPECT_EQ(text.folded(), u"ete 2026"_s);
    EXPECT_EQ(text.originalSpanOfBytes(0, 3), (TextSpan { 0, 3 }));
}
