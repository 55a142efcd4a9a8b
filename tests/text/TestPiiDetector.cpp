#include "text/PiiDetector.h"

#include <QRandomGenerator>

#include <gtest/gtest.h>

#include <string>
#include <vector>

using namespace Qt::StringLiterals;
using namespace moderation;

namespace {

// What was found, as "kind:original text" (the span cut from the original by code points), so
// that a failure shows what the detector saw.
std::vector<std::string> found(const QString& text)
{
    const auto ucs4 = text.toUcs4();
    std::vector<std::string> result;
    for (const PiiSpan& span : PiiDetector().detect(text)) {
        const QString cut = QString::fromUcs4(reinterpret_cast<const char32_t*>(ucs4.constData()) + span.start,
                                              span.end - span.start);
        result.push_back(QString(toString(span.kind) + u':' + cut).toStdString());
    }
    return result;
}

using Found = std::vector<std::string>;

void expectNothingIn(const QStringList& texts)
{
    for (const QString& text : texts)
        EXPECT_EQ(found(text), Found {}) << text.toStdString();
}

} // namespace

// --- SSN ---------------------------------------------------------------------------------------

TEST(PiiDetector, FindsSsnWithDashesOrSpaces)
{
    EXPECT_EQ(found(u"my ssn is 123-45-6789 thanks"_s), Found { "ssn:123-45-6789" });
    EXPECT_EQ(found(u"123 45 6789"_s), Found { "ssn:123 45 6789" });
    EXPECT_EQ(found(u"number 123 - 45 - 6789."_s), Found { "ssn:123 - 45 - 6789" });
    EXPECT_EQ(found(u"(078-05-1120)"_s), Found { "ssn:078-05-1120" });
}

TEST(PiiDetector, FindsNineBareDigitsOnlyWhenLabelledSsnInEnglishOrSpanish)
{
    EXPECT_EQ(found(u"SSN 123456789"_s), Found { "ssn:123456789" });
    EXPECT_EQ(found(u"Social Security number: 123456789"_s), Found { "ssn:123456789" });
    EXPECT_EQ(found(u"social security #123456789"_s), Found { "ssn:123456789" });
    EXPECT_EQ(found(u"Mi número de seguro social es 123456789"_s), Found { "ssn:123456789" });
    EXPECT_EQ(found(u"SSN: 123.45.6789"_s), Found { "ssn:123.45.6789" });
    EXPECT_EQ(found(u"Reference 123456789 for your call"_s), Found {});
}

TEST(PiiDetector, RejectsSsnOutsideValidRanges)
{
    expectNothingIn({
        u"000-12-3456"_s, u"666-12-3456"_s, u"900-12-3456"_s, u"999-12-3456"_s,
        u"123-00-4567"_s, u"123-45-0000"_s, u"SSN 000123456"_s, u"SSN 666123456"_s,
        u"SSN 912345678"_s, u"ssn 123004567"_s, u"ssn 123450000"_s,
    });
}

TEST(PiiDetector, LabelDoesNotReachPastAnotherNumberOrFarAway)
{
    EXPECT_EQ(found(u"SSN question 12 and 123456789"_s), Found {});
    EXPECT_EQ(found(u"SSN " + QString(70, u'x').replace(u"xxxxx"_s, u"word "_s) + u" 123456789"), Found {});
}

// --- USCIS receipt -------------------------------------------------------------------------------

TEST(PiiDetector, FindsReceiptNumbersWithEveryServiceCenterPrefix)
{
    for (const QString& prefix : { u"EAC"_s, u"WAC"_s, u"LIN"_s, u"SRC"_s, u"NBC"_s, u"MSC"_s, u"IOE"_s, u"YSC"_s }) {
        const QString number = prefix + u"2190012345"_s;
        EXPECT_EQ(found(u"my case " + number + u" is stuck"),
                  Found { "uscis_receipt:" + number.toStdString() });
    }
}

TEST(PiiDetector, FindsReceiptNumbersInAnyCaseAndWithSeparators)
{
    EXPECT_EQ(found(u"eac2190012345"_s), Found { "uscis_receipt:eac2190012345" });
    EXPECT_EQ(found(u"Ioe0912345678"_s), Found { "uscis_receipt:Ioe0912345678" });
    EXPECT_EQ(found(u"EAC-21-900-12345"_s), Found { "uscis_receipt:EAC-21-900-12345" });
    EXPECT_EQ(found(u"IOE 0912345678"_s), Found { "uscis_receipt:IOE 0912345678" });
    EXPECT_EQ(found(u"WAC-2190012345."_s), Found { "uscis_receipt:WAC-2190012345" });
    EXPECT_EQ(found(u"EAC*2190012345"_s), Found { "uscis_receipt:EAC*2190012345" });
    EXPECT_EQ(found(u"LIN 21 900 12345"_s), Found { "uscis_receipt:LIN 21 900 12345" });
}

TEST(PiiDetector, FindsAnyThreeLettersAsReceiptOnlyWhenLabelled)
{
    EXPECT_EQ(found(u"receipt number ABC1234567890"_s), Found { "uscis_receipt:ABC1234567890" });
    EXPECT_EQ(found(u"Recibo: XYZ 1234567890"_s), Found { "uscis_receipt:XYZ 1234567890" });
    EXPECT_EQ(found(u"case number: QQQ1234567890"_s), Found { "uscis_receipt:QQQ1234567890" });
    EXPECT_EQ(found(u"Número de caso QRS-1234567890"_s), Found { "uscis_receipt:QRS-1234567890" });
    EXPECT_EQ(found(u"code ABC1234567890"_s), Found {});
}

TEST(PiiDetector, RejectsReceiptWithTheWrongNumberOfDigits)
{
    expectNothingIn({ u"EAC219001234"_s, u"EAC21900123456"_s, u"EACX2190012345"_s, u"EAC-21-900-1234"_s });
}

// --- A-number ----------------------------------------------------------------------------------

TEST(PiiDetector, FindsANumbersWithEightOrNineDigits)
{
    EXPECT_EQ(found(u"A123456789"_s), Found { "a_number:A123456789" });
    EXPECT_EQ(found(u"my a12345678."_s), Found { "a_number:a12345678" });
    EXPECT_EQ(found(u"A-123-456-789"_s), Found { "a_number:A-123-456-789" });
    EXPECT_EQ(found(u"A 123 456 789"_s), Found { "a_number:A 123 456 789" });
    EXPECT_EQ(found(u"A#123456789"_s), Found { "a_number:A#123456789" });
    EXPECT_EQ(found(u"A# 12-345-678"_s), Found { "a_number:A# 12-345-678" });
}

TEST(PiiDetector, FindsBareANumberDigitsWhenLabelledInEnglishOrSpanish)
{
    EXPECT_EQ(found(u"alien number 123456789"_s), Found { "a_number:123456789" });
    EXPECT_EQ(found(u"A-number: 12345678"_s), Found { "a_number:12345678" });
    EXPECT_EQ(found(u"Número A 123456789"_s), Found { "a_number:A 123456789" });
    EXPECT_EQ(found(u"número de extranjero: 123-456-789"_s), Found { "a_number:123-456-789" });
    EXPECT_EQ(found(u"USCIS # 123456789"_s), Found { "a_number:123456789" });
}

TEST(PiiDetector, RejectsANumberShapesThatAreNot)
{
    expectNothingIn({ u"A1234567"_s, u"A1234567890"_s, u"a 2024-01-15"_s, u"BA123456789"_s, u"12345678"_s });
}

// --- Phone -------------------------------------------------------------------------------------

TEST(PiiDetector, FindsUsPhoneNumbersInTheUsualWritings)
{
    for (const QString& phone : {
             u"(202) 555-0143"_s, u"(202)555-0143"_s, u"202-555-0143"_s, u"202.555.0143"_s, u"202 555 0143"_s,
             u"2025550143"_s, u"+1 202 555 0143"_s, u"+1-202-555-0143"_s, u"1 (202) 555-0143"_s, u"+12025550143"_s,
             u"1-202-555-0143"_s, u"12025550143"_s, u"+1 (202) 555-0143"_s, u"202 - 555 - 0143"_s }) {
        EXPECT_EQ(found(u"call me at " + phone + u", thanks"), Found { "phone:" + phone.toStdString() });
    }
}

TEST(PiiDetector, RejectsNumbersThatAreNotUsPhones)
{
    expectNothingIn({
        u"123-456-7890"_s, // area code cannot start with 1
        u"(202) 155-0143"_s, // nor the exchange
        u"44 20 7946 0958"_s, // another country's number, but without its '+'
        u"202-555-01434"_s, u"202-555-0143-12"_s,
    });
}

TEST(PiiDetector, TollFreeNumbersAreNotPersonal)
{
    expectNothingIn({ u"Call us at 1-800-375-5283"_s, u"(888) 555-0143"_s, u"8775550143"_s, u"+1 800 375 5283"_s,
                      u"+44 800 123 4567"_s, u"+34 900 123 456"_s });
}

TEST(PiiDetector, FindsPhoneNumbersWrittenWithACountryCode)
{
    for (const QString& phone : {
             u"+52 55 1234 5678"_s, // Mexico City
             u"+44 20 7946 0958"_s, // London
             u"+34 612 34 56 78"_s, // a Spanish mobile
             u"+49 30 12345678"_s, // Berlin
             u"+91 98765 43210"_s, // an Indian mobile
             u"+1 202 555 0143"_s, // the US, by NANP's rules
             u"+442079460958"_s, u"+52-55-1234-5678"_s, u"+34.612.34.56.78"_s, u"+44 (0) 20 7946 0958"_s,
             u"+52 (55) 1234-5678"_s, u"(+34) 612 34 56 78"_s, u"+49 30/12345678"_s }) {
        EXPECT_EQ(found(u"Llámame al " + phone + u", gracias"), Found { "phone:" + phone.toStdString() });
    }
}

TEST(PiiDetector, InternationalPhoneSpansAreCodePointsOfTheOriginal)
{
    const auto spans = PiiDetector().detect(u"\U0001F4DE call +44 20 7946 0958 or +52 55 1234 5678."_s);
    ASSERT_EQ(spans.size(), 2);
    EXPECT_EQ(spans[0], (PiiSpan { PiiKind::Phone, 7, 23 }));
    EXPECT_EQ(spans[1], (PiiSpan { PiiKind::Phone, 27, 43 }));
}

TEST(PiiDetector, LookAlikesCannotHideAnInternationalPhone)
{
    // Full-width plus, digits and ideographic spaces.
    const auto wide = PiiDetector().detect(
        u"tel \uFF0B\uFF14\uFF14\u3000\uFF12\uFF10\u3000\uFF17\uFF19\uFF14\uFF16\u3000\uFF10\uFF19\uFF15\uFF18 ok"_s);
    ASSERT_EQ(wide.size(), 1);
    EXPECT_EQ(wide[0], (PiiSpan { PiiKind::Phone, 4, 20 }));
    for (const char16_t dash : { u'\u2010', u'\u2011', u'\u2012', u'\u2013', u'\u2212' }) {
        const QString d(dash);
        const QString text = u"+34" + d + u"612" + d + u"34" + d + u"56" + d + u"78";
        const auto spans = PiiDetector().detect(text);
        ASSERT_EQ(spans.size(), 1) << int(dash);
        EXPECT_EQ(spans[0], (PiiSpan { PiiKind::Phone, 0, 16 }));
    }
    EXPECT_EQ(found(u"+44\u200B 20 79\u200D46 0958"_s).size(), 1u);
}

TEST(PiiDetector, APlusSignAloneDoesNotMakeAPhoneNumber)
{
    expectNothingIn({
        u"+1"_s, u"+1 for this, 100% agree"_s, u"+1 +1 +1"_s, // agreement
        u"2+2=4"_s, u"x+44207946095"_s, u"2 + 2 = 4"_s, // arithmetic
        u"+5000"_s, u"price +5000 USD"_s, u"+5,000,000"_s, u"+2.500.000 pesos"_s, u"+$5000"_s, // prices
        u"score +3 -2 and +15 on the season"_s, u"+12.5%"_s, // scores
        u"+2024-01-15"_s, u"+31.12.2024"_s, // dates
        u"Order #112-4567890-1234567"_s, u"order ref +0034612345678"_s, // no country code 0
        u"+44 12"_s, u"+44 1234"_s, u"+49 0000 0000"_s, u"+999 1234 5678"_s, // invalid numbers
        u"+44 20 7946 0958x"_s, // glued to a word
    });
}

TEST(PiiDetector, AFloodOfCandidatesCannotHideARealNumber)
{
    // More invalid candidates than the detector asks libphonenumber about in one text.
    QString text;
    for (int i = 0; i < 20; ++i)
        text += u"+44 0000 000000 "_s;
    text += u"and mine is +52 55 1234 5678"_s;
    const auto spans = PiiDetector().detect(text);
    ASSERT_FALSE(spans.isEmpty());
    const int length = TextNormalizer::codePointLength(text);
    EXPECT_EQ(spans.last(), (PiiSpan { PiiKind::Phone, length - 16, length }));
}

// --- E-mail ------------------------------------------------------------------------------------

TEST(PiiDetector, FindsEmailAddresses)
{
    EXPECT_EQ(found(u"write to john.doe+case@example.gov please"_s), Found { "email:john.doe+case@example.gov" });
    EXPECT_EQ(found(u"maria_lopez@correo.com.mx."_s), Found { "email:maria_lopez@correo.com.mx" });
    EXPECT_EQ(found(u"<JOHN@EXAMPLE.COM>"_s), Found { "email:JOHN@EXAMPLE.COM" });
    EXPECT_EQ(found(u"john\uFF20example\uFF0Ecom"_s), Found { "email:john\xef\xbc\xa0" "example\xef\xbc\x8e" "com" });
}

TEST(PiiDetector, RejectsWhatIsNotAnAddress)
{
    expectNothingIn({ u"@uscis"_s, u"john@"_s, u"john@localhost"_s, u"me @ home"_s, u"a@b.c"_s });
}

TEST(PiiDetector, FindsAddressesWithPunycodeDomains)
{
    EXPECT_EQ(found(u"write maria@xn--bcher-kva.example now"_s), Found { "email:maria@xn--bcher-kva.example" });
    EXPECT_EQ(found(u"juan@correo.xn--p1ai."_s), Found { "email:juan@correo.xn--p1ai" });
    EXPECT_EQ(found(u"info@xn--80ak6aa92e.xn--p1ai"_s), Found { "email:info@xn--80ak6aa92e.xn--p1ai" });
    EXPECT_EQ(found(u"JUAN@CORREO.XN--P1AI"_s), Found { "email:JUAN@CORREO.XN--P1AI" });
    EXPECT_EQ(found(u"li@xn--fiqs8s.xn--fiqz9s"_s), Found { "email:li@xn--fiqs8s.xn--fiqz9s" });
}

TEST(PiiDetector, FindsAddressesWithUnicodeDomains)
{
    EXPECT_EQ(found(u"maria@bücher.example"_s), Found { "email:maria@b\xc3\xbc" "cher.example" });
    EXPECT_EQ(found(u"juan@correo.рф"_s), Found { "email:juan@correo.\xd1\x80\xd1\x84" });
    EXPECT_EQ(found(u"info@пример.рф"_s).size(), 1u);
    EXPECT_EQ(found(u"josé@correo.españa"_s), Found { "email:jos\xc3\xa9@correo.espa\xc3\xb1" "a" });
}

TEST(PiiDetector, PunycodeOutsideAnAddressIsNotPii)
{
    expectNothingIn({ u"see xn--bcher-kva.example"_s, u"@xn--p1ai"_s, u"juan@xn--p1ai"_s, u"juan@correo.xn--"_s,
                      u"juan@correo.xn--p1ai-"_s });
}

TEST(PiiDetector, PhoneDigitsInsideAnAddressAreTheAddress)
{
    EXPECT_EQ(found(u"text 2025550143@vtext.com"_s), Found { "email:2025550143@vtext.com" });
    EXPECT_EQ(found(u"a@b.com 202-555-0143"_s), (Found { "email:a@b.com", "phone:202-555-0143" }));
}

// --- Payment card ------------------------------------------------------------------------------

TEST(PiiDetector, FindsPaymentCardsPassingLuhn)
{
    for (const QString& card : {
             u"4111 1111 1111 1111"_s, u"4111-1111-1111-1111"_s, u"4111111111111111"_s, u"5555555555554444"_s,
             u"3782 822463 10005"_s, u"378282246310005"_s, u"6011 1111 1111 1117"_s, u"4222222222222"_s,
             u"6011 0000 0000 0000 001"_s, u"3622 720627 1667"_s }) {
        EXPECT_EQ(found(u"card " + card + u" exp"), Found { "payment_card:" + card.toStdString() });
    }
}

TEST(PiiDetector, FindsLabelledCardsWhateverTheirIssuer)
{
    EXPECT_EQ(found(u"my credit card: 1234 5678 9012 3452"_s), Found { "payment_card:1234 5678 9012 3452" });
    EXPECT_EQ(found(u"Debit card number 8100123456789017."_s), Found { "payment_card:8100123456789017" });
    EXPECT_EQ(found(u"card no. 0123-4567-8901-2347"_s), Found { "payment_card:0123-4567-8901-2347" });
    EXPECT_EQ(found(u"mi tarjeta de crédito es 7000 0000 0000 0005"_s), Found { "payment_card:7000 0000 0000 0005" });
    EXPECT_EQ(found(u"Número de tarjeta: 9000-1234-5678-9016"_s), Found { "payment_card:9000-1234-5678-9016" });
    // UATP (airline) cards: 15 digits from 1, printed 4-5-6.
    EXPECT_EQ(found(u"UATP card 1100 00000 000007"_s), Found { "payment_card:1100 00000 000007" });
    EXPECT_EQ(found(u"airline card 123456789012347"_s), Found { "payment_card:123456789012347" });
}

TEST(PiiDetector, UnknownIssuersNeedTheLabel)
{
    expectNothingIn({
        u"1234 5678 9012 3452"_s, u"7000000000000005"_s, u"ref 9000-1234-5678-9016"_s,
        u"110000000000007"_s, u"1100 00000 000007"_s, // UATP's shape, unlabelled
        u"facebook.com/profile.php?id=100012345678902"_s, // a Facebook id that passes Luhn
    });
}

TEST(PiiDetector, LabelledCardsMustStillPassLuhnAndEndThere)
{
    expectNothingIn({
        u"my credit card: 1234 5678 9012 3453"_s, u"tarjeta 7000 0000 0000 0006"_s, // Luhn fails
        u"card 7000 0000 0000 0005 1234"_s, // more digits follow
        u"SIM card 8901260123456789011"_s, u"tarjeta SIM 8901 2601 2345 6789 011"_s, // ICCIDs
        u"card 1234 5678 90123 452"_s, // not a card's grouping
    });
}

TEST(PiiDetector, ACardLabelDoesNotShadowAnSsnLabel)
{
    EXPECT_EQ(found(u"social security card 123456789"_s), Found { "ssn:123456789" });
    EXPECT_EQ(found(u"tarjeta de seguro social 123456789"_s), Found { "ssn:123456789" });
}

TEST(PiiDetector, RejectsCardsFailingLuhnOrOfTheWrongShape)
{
    expectNothingIn({
        u"4111 1111 1111 1112"_s, u"4111111111111112"_s, // Luhn fails
        u"41111 11111 11111 1"_s, // not a card grouping
        u"411111111111"_s, // 12 digits
        u"41111111111111111111"_s, // 20 digits
    });
}

// --- Passport ----------------------------------------------------------------------------------

TEST(PiiDetector, FindsPassportNumbersOnlyWhenLabelled)
{
    EXPECT_EQ(found(u"passport number 123456789"_s), Found { "passport:123456789" });
    EXPECT_EQ(found(u"My passport: X12345678"_s), Found { "passport:X12345678" });
    EXPECT_EQ(found(u"pasaporte G12345678"_s), Found { "passport:G12345678" });
    EXPECT_EQ(found(u"Número de pasaporte: 987654321"_s), Found { "passport:987654321" });
    EXPECT_EQ(found(u"passport A12345678"_s), Found { "passport:A12345678" });
    EXPECT_EQ(found(u"X12345678 and 987654321"_s), Found {});
    EXPECT_EQ(found(u"my passport expires 2025-06-01"_s), Found {});
}

// --- Look-alikes that are not PII --------------------------------------------------------------

TEST(PiiDetector, DatesAreNotPii)
{
    expectNothingIn({ u"Filed on 2024-01-15"_s, u"interview 01/15/2024"_s, u"15.01.2024"_s, u"20240115"_s,
                      u"from 2024-01-15 to 2024-02-15"_s, u"01/15/2024 10:30"_s });
}

TEST(PiiDetector, OrderAndTrackingNumbersAreNotPii)
{
    expectNothingIn({
        u"Order #112-4567890-1234567"_s, // Amazon order
        u"tracking 1Z999AA10123456784"_s, // UPS
        u"USPS 9400 1000 0000 0000 0000 00"_s, u"USPS 9400100000000000000000"_s,
        u"FedEx 7489 2145 6987"_s,
    });
}

TEST(PiiDetector, FormNamesAndFlightNumbersAreNotPii)
{
    expectNothingIn({ u"I filed my I-485, I-130 and N-400"_s, u"I-765 and I-131 pending"_s,
                      u"flight UA1234 and AA 100, DL2345"_s, u"zip 20001-1234"_s, u"$1,234,567.89"_s,
                      u"version 10.0.19045"_s });
}

// --- Adversarial text --------------------------------------------------------------------------

TEST(PiiDetector, FullWidthDigitsCannotHideANumber)
{
    EXPECT_EQ(found(u"SSN \uFF11\uFF12\uFF13\uFF0D\uFF14\uFF15\uFF0D\uFF16\uFF17\uFF18\uFF19"_s),
              Found { "ssn:\xef\xbc\x91\xef\xbc\x92\xef\xbc\x93\xef\xbc\x8d\xef\xbc\x94\xef\xbc\x95\xef\xbc\x8d"
                      "\xef\xbc\x96\xef\xbc\x97\xef\xbc\x98\xef\xbc\x99" });
}

TEST(PiiDetector, ZeroWidthCharactersInsideANumberCannotHideIt)
{
    const QString text = u"123\u200B-45\u200D-67\u2060" "89 and 202\u200C555\u200B0143"_s;
    const auto spans = PiiDetector().detect(text);
    ASSERT_EQ(spans.size(), 2);
    EXPECT_EQ(spans[0], (PiiSpan { PiiKind::Ssn, 0, 14 }));
    EXPECT_EQ(spans[1], (PiiSpan { PiiKind::Phone, 19, 31 }));
}

TEST(PiiDetector, BidiOverridesAroundOrInsideCannotHideANumber)
{
    const auto around = PiiDetector().detect(u"x \u202E123-45-6789\u202C y"_s);
    ASSERT_EQ(around.size(), 1);
    EXPECT_EQ(around[0].kind, PiiKind::Ssn);
    EXPECT_EQ(around[0].start, 3);
    EXPECT_GE(around[0].end, 14);
    EXPECT_LE(around[0].end, 15);
    EXPECT_EQ(found(u"EAC\u202E2190\u202D012345"_s), Found { "uscis_receipt:EAC\xe2\x80\xae" "2190\xe2\x80\xad" "012345" });
    EXPECT_EQ(found(u"A\u2067123456789\u2069"_s).size(), 1u);
}

TEST(PiiDetector, CyrillicLookAlikesCannotHideAReceiptPrefixOrAnANumber)
{
    EXPECT_EQ(found(u"\u0415\u0410\u04212190012345"_s), Found { "uscis_receipt:\xd0\x95\xd0\x90\xd0\xa1" "2190012345" });
    EXPECT_EQ(found(u"I\u041EE0912345678"_s), Found { "uscis_receipt:I\xd0\x9e" "E0912345678" });
    EXPECT_EQ(found(u"\u0410123456789"_s), Found { "a_number:\xd0\x90" "123456789" });
}

TEST(PiiDetector, GreekLookAlikesCannotHideAReceiptPrefixOrAnANumber)
{
    EXPECT_EQ(found(u"\u0395\u0391C 2190012345"_s), Found { "uscis_receipt:\xce\x95\xce\x91" "C 2190012345" });
    EXPECT_EQ(found(u"\u0399\u039F\u03950912345678"_s).size(), 1u);
    EXPECT_EQ(found(u"\u0391-123-456-789"_s), Found { "a_number:\xce\x91-123-456-789" });
}

TEST(PiiDetector, CombiningMarksOnALabelCannotHideIt)
{
    EXPECT_EQ(found(u"S\u0301S\u0308N\u0327 123456789"_s), Found { "ssn:123456789" });
    EXPECT_EQ(found(u"pa\u0301sa\u0300porte\u0303 G12345678"_s), Found { "passport:G12345678" });
    EXPECT_EQ(found(u"n\u0303u\u0301mero de caso XYZ1234567890"_s), Found { "uscis_receipt:XYZ1234567890" });
}

TEST(PiiDetector, UnusualDashesCannotHideANumber)
{
    for (const char16_t dash : { u'\u2010', u'\u2011', u'\u2012', u'\u2013', u'\u2014', u'\u2015', u'\u2212' }) {
        const QString text = u"123"_s + QChar(dash) + u"45"_s + QChar(dash) + u"6789"_s;
        const auto spans = PiiDetector().detect(text);
        ASSERT_EQ(spans.size(), 1) << int(dash);
        EXPECT_EQ(spans[0], (PiiSpan { PiiKind::Ssn, 0, 11 }));
    }
}

TEST(PiiDetector, OffsetsAreCodePointsOfTheOriginalAfterEmoji)
{
    const auto spans = PiiDetector().detect(u"\U0001F600\U0001F44D\U0001F3FD My SSN is 123-45-6789 \U0001F64F mail x@y.org"_s);
    ASSERT_EQ(spans.size(), 2);
    EXPECT_EQ(spans[0], (PiiSpan { PiiKind::Ssn, 14, 25 }));
    EXPECT_EQ(spans[1], (PiiSpan { PiiKind::Email, 33, 40 }));
}

TEST(PiiDetector, MathematicalDigitsCountOneCodePointEach)
{
    const auto spans = PiiDetector().detect(u"\U0001D7CF\U0001D7D0\U0001D7D1-\U0001D7D2\U0001D7D3-\U0001D7D4\U0001D7D5\U0001D7D6\U0001D7D7"_s);
    ASSERT_EQ(spans.size(), 1);
    EXPECT_EQ(spans[0], (PiiSpan { PiiKind::Ssn, 0, 11 }));
}

TEST(PiiDetector, HundredKilobyteCommentIsScannedToTheEnd)
{
    QString text;
    while (text.size() < 100 * 1024)
        text += u"I filed on 2024-01-15 and called 1-800-375-5283 about form I-485 \U0001F600 "_s;
    const int middle = TextNormalizer::codePointLength(text);
    text += u"EAC2190012345 "_s;
    while (text.size() < 200 * 1024)
        text += u"no numbers here, just words and more words "_s;
    text += u"123-45-6789"_s;
    const auto spans = PiiDetector().detect(text);
    ASSERT_EQ(spans.size(), 2);
    EXPECT_EQ(spans[0], (PiiSpan { PiiKind::UscisReceipt, middle, middle + 13 }));
    EXPECT_EQ(spans[1].kind, PiiKind::Ssn);
    EXPECT_EQ(spans[1].end, TextNormalizer::codePointLength(text));
}

TEST(PiiDetector, SpansAreSortedAndDoNotOverlap)
{
    const auto spans = PiiDetector().detect(
        u"SSN 123-45-6789, EAC2190012345, A123456789, (202) 555-0143, jo@ex.org, 4111 1111 1111 1111, "
        u"passport X12345678"_s);
    ASSERT_EQ(spans.size(), 7);
    const std::vector<PiiKind> kinds { PiiKind::Ssn, PiiKind::UscisReceipt, PiiKind::ANumber, PiiKind::Phone,
                                       PiiKind::Email, PiiKind::PaymentCard, PiiKind::Passport };
    for (qsizetype i = 0; i < spans.size(); ++i) {
        EXPECT_EQ(spans[i].kind, kinds[size_t(i)]);
        EXPECT_LT(spans[i].start, spans[i].end);
        if (i > 0) {
            EXPECT_LE(spans[i - 1].end, spans[i].start);
        }
    }
}

TEST(PiiDetector, NormalisedOverloadsAgreeWithTheOriginalOne)
{
    const QString text = u"\u202EMy SSN: 123\u2013 45 \u2013 6789, mail JO@EX.ORG \U0001F600"_s;
    const PiiDetector detector;
    const auto folded = TextNormalizer::normalize(text);
    QList<PiiSpan> reused { PiiSpan { PiiKind::Passport, 1, 2 } };
    detector.detect(folded, reused);
    EXPECT_EQ(detector.detect(folded), detector.detect(text));
    EXPECT_EQ(reused, detector.detect(text));
    EXPECT_EQ(reused.size(), 2);
}

TEST(PiiDetector, ContainsLooksOnlyForTheKindsAsked)
{
    const PiiDetector detector;
    const QString text = u"write to jo@ex.org"_s;
    EXPECT_TRUE(detector.contains(text, { PiiKind::Email }));
    EXPECT_FALSE(detector.contains(text, { PiiKind::Ssn, PiiKind::UscisReceipt, PiiKind::ANumber }));
    EXPECT_TRUE(detector.contains(TextNormalizer::normalize(text), { PiiKind::Phone, PiiKind::Email }));
}

TEST(PiiDetector, PlainCommentsHoldNothing)
{
    expectNothingIn({
        QString(),
        u"When will my green card arrive? I applied 3 months ago."_s,
        u"¿Cuándo llega mi tarjeta? Llevo 5 meses esperando."_s,
        u"Thanks for the help!! \U0001F64F\U0001F64F"_s,
        u"Case was approved on 12/01 and card mailed 12/05"_s,
    });
}

TEST(PiiDetector, FindingsDoNotDependOnWhereInTheTextTheyStand)
{
    // Every shift from 0 to 19 units, so that any shortcut taken in blocks of units meets the
    // number at each offset within a block.
    const QStringList numbers { u"123-45-6789"_s, u"EAC2190012345"_s, u"A123456789"_s, u"(202) 555-0143"_s,
                                u"jo@ex.org"_s, u"4111 1111 1111 1111"_s, u"+1 202 555 0143"_s,
                                u"+44 20 7946 0958"_s, u"maria@xn--bcher-kva.example"_s };
    for (const QString& number : numbers) {
        const auto alone = PiiDetector().detect(number);
        ASSERT_EQ(alone.size(), 1) << number.toStdString();
        for (int shift = 0; shift < 20; ++shift) {
            const QString padding = QString(u"word words "_s.repeated(3)).left(shift);
            const QString prefix = padding.isEmpty() || padding.endsWith(u' ') ? padding : padding + u' ';
            const QString text = prefix + number + u" and more text after it"_s;
            const auto spans = PiiDetector().detect(text);
            const int offset = int(prefix.size());
            ASSERT_EQ(spans.size(), 1) << text.toStdString();
            EXPECT_EQ(spans[0], (PiiSpan { alone[0].kind, alone[0].start + offset, alone[0].end + offset }));
        }
    }
}

TEST(PiiDetector, SpansOnRandomNumberHeavyTextAreOrderedAndInsideTheText)
{
    // Text made of the pieces numbers, labels and addresses are made of, in random order.
    const QStringList pieces { u"1"_s, u"2"_s, u"5"_s, u"9"_s, u"0"_s, u"-"_s, u" "_s, u"."_s, u"("_s, u")"_s,
                               u"+"_s, u"@"_s, u"#"_s, u"a"_s, u"eac"_s, u"ssn "_s, u"passport "_s, u"x"_s,
                               u"\u200B"_s, u"\U0001F600"_s, u"\u2013"_s, u"com"_s };
    QRandomGenerator random(485);
    const PiiDetector detector;
    int withPii = 0;
    for (int round = 0; round < 3000; ++round) {
        QString text;
        const int length = random.bounded(60);
        for (int k = 0; k < length; ++k)
            text += pieces[random.bounded(int(pieces.size()))];
        const auto spans = detector.detect(text);
        const int length32 = TextNormalizer::codePointLength(text);
        int previousEnd = 0;
        for (const PiiSpan& span : spans) {
            ASSERT_LE(previousEnd, span.start) << text.toStdString();
            ASSERT_LT(span.start, span.end) << text.toStdString();
            ASSERT_LE(span.end, length32) << text.toStdString();
            previousEnd = span.end;
        }
        withPii += !spans.isEmpty();
    }
    EXPECT_GT(withPii, 0); // the generator does reach the detector's matching paths
}
