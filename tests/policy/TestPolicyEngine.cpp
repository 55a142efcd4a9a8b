#include "PolicyBuilders.h"

#include "policy/AuthorActivity.h"
#include "policy/MultiPatternMatcher.h"
#include "policy/PolicyEngine.h"
#include "text/PreparedText.h"

#include <gtest/gtest.h>

#include <thread>

using namespace Qt::StringLiterals;
using namespace moderation;
using namespace moderation::test;

namespace {

std::shared_ptr<const PolicyEngine> compiled(const PolicyDocument& doc)
{
    auto engine = PolicyEngine::compile(doc);
    EXPECT_TRUE(engine.ok()) << engine.error().toString().toStdString();
    return engine.ok() ? engine.value() : nullptr;
}

// A policy with one rule under test and a default that ignores.
std::shared_ptr<const PolicyEngine> oneRule(const Condition& when)
{
    return compiled(policy({ rule(u"hit"_s, when, outcome(Action::Respond)),
                             rule(u"default"_s, always(), outcome(Action::Ignore)) }));
}

QString ruleFor(const std::shared_ptr<const PolicyEngine>& engine, const Comment& c,
                const AuthorActivity* activity = nullptr)
{
    return engine->evaluate(c, activity).value().ruleId;
}

QString ruleFor(const std::shared_ptr<const PolicyEngine>& engine, const QString& text)
{
    return ruleFor(engine, comment(text));
}

} // namespace

TEST(PolicyEngine, FirstRuleWhoseConditionHoldsDecides)
{
    auto engine = compiled(policy({
        rule(u"visa"_s, terms({ u"visa"_s }), outcome(Action::Respond)),
        rule(u"green-card"_s, terms({ u"green card"_s }), outcome(Action::Escalate)),
        rule(u"default"_s, always(), outcome(Action::Ignore)),
    }));
    EXPECT_EQ(ruleFor(engine, u"my green card and my visa"_s), u"visa"_s);
    EXPECT_EQ(ruleFor(engine, u"my green card"_s), u"green-card"_s);
    EXPECT_EQ(ruleFor(engine, u"nothing to see"_s), u"default"_s);
}

TEST(PolicyEngine, RuleWithoutTermsBeforeATermRuleStillComesFirst)
{
    // The question rule is evaluated for every comment, the term rule only when its term was
    // found: the order of the policy must hold across both kinds.
    auto engine = compiled(policy({
        rule(u"term-first"_s, terms({ u"passport"_s }), outcome(Action::Hide)),
        rule(u"question"_s, question(), outcome(Action::Respond)),
        rule(u"term-late"_s, terms({ u"renew"_s }), outcome(Action::Escalate)),
        rule(u"default"_s, always(), outcome(Action::Ignore)),
    }));
    EXPECT_EQ(ruleFor(engine, u"how do I renew my passport?"_s), u"term-first"_s);
    EXPECT_EQ(ruleFor(engine, u"how do I renew it?"_s), u"question"_s);
    EXPECT_EQ(ruleFor(engine, u"I renew it."_s), u"term-late"_s);
}

TEST(PolicyEngine, NoRuleHoldingIgnoresAndSaysSo)
{
    auto engine = compiled(policy({ rule(u"visa"_s, terms({ u"visa"_s }), outcome(Action::Hide)) }));
    const Decision d = engine->evaluate(comment(u"hello"_s)).value();
    EXPECT_TRUE(d.ruleId.isEmpty());
    EXPECT_EQ(d.action, Action::Ignore);
    EXPECT_EQ(d.explanation, u"Ignored: no rule of the policy applied."_s);
}

TEST(PolicyEngine, DecisionCarriesTheRulesOutcome)
{
    Outcome then = outcome(Action::Escalate, u"security"_s);
    then.queue = u"security"_s;
    then.priority = Priority::Urgent;
    then.slaSeconds = 900;
    then.answer = u"threat-ack"_s;
    auto engine = compiled(policy({ rule(u"threat"_s, terms({ u"bomb"_s }), then, u"Threats"_s) }));
    const Decision d = engine->evaluate(comment(u"there is a bomb"_s)).value();
    EXPECT_EQ(d.ruleId, u"threat"_s);
    EXPECT_EQ(d.clause, u"Threats"_s);
    EXPECT_EQ(d.action, Action::Escalate);
    EXPECT_EQ(d.category, u"security"_s);
    EXPECT_EQ(d.queue, u"security"_s);
    EXPECT_EQ(d.priority, Priority::Urgent);
    EXPECT_EQ(d.slaSeconds, std::optional<qint64>(900));
    EXPECT_EQ(d.answerId, u"threat-ack"_s);
}

TEST(PolicyEngine, TermsIgnoreCaseAccentsAndWidth)
{
    auto engine = oneRule(terms({ u"green card"_s }));
    EXPECT_EQ(ruleFor(engine, u"GREEN CARD please"_s), u"hit"_s);
    EXPECT_EQ(ruleFor(engine, u"grêen cárd"_s), u"hit"_s);
    EXPECT_EQ(ruleFor(engine, u"\uFF47\uFF52\uFF45\uFF45\uFF4E \uFF43\uFF41\uFF52\uFF44"_s), u"hit"_s); // full width
    EXPECT_EQ(ruleFor(engine, u"green\n\t  card"_s), u"hit"_s);
}

TEST(PolicyEngine, TermsInThePolicyAreNormalisedToo)
{
    auto engine = oneRule(terms({ u"  Número  de CASO "_s }));
    EXPECT_EQ(ruleFor(engine, u"mi numero de caso es"_s), u"hit"_s);
}

TEST(PolicyEngine, TermsAreWordBounded)
{
    auto engine = oneRule(terms({ u"card"_s, u"i-485"_s }));
    EXPECT_EQ(ruleFor(engine, u"card"_s), u"hit"_s);
    EXPECT_EQ(ruleFor(engine, u"my card."_s), u"hit"_s);
    EXPECT_EQ(ruleFor(engine, u"(card)"_s), u"hit"_s);
    EXPECT_EQ(ruleFor(engine, u"cardboard"_s), u"default"_s);
    EXPECT_EQ(ruleFor(engine, u"postcard"_s), u"default"_s);
    EXPECT_EQ(ruleFor(engine, u"cards"_s), u"default"_s);
    EXPECT_EQ(ruleFor(engine, u"card_holder"_s), u"default"_s);
    EXPECT_EQ(ruleFor(engine, u"filed my I-485 today"_s), u"hit"_s);
    EXPECT_EQ(ruleFor(engine, u"filed my I-4850 today"_s), u"default"_s);
    EXPECT_EQ(ruleFor(engine, u"filed my XI-485 today"_s), u"default"_s);
}

TEST(PolicyEngine, WordBoundariesKnowLettersBeyondAscii)
{
    auto engine = oneRule(terms({ u"visa"_s }));
    EXPECT_EQ(ruleFor(engine, u"\u4E2Dvisa"_s), u"default"_s); // a CJK letter continues the word
    EXPECT_EQ(ruleFor(engine, u"visa\u00DF"_s), u"default"_s);
    EXPECT_EQ(ruleFor(engine, u"\u2014visa\u2014"_s), u"hit"_s); // dashes do not
    EXPECT_EQ(ruleFor(engine, u"\U0001F600visa\U0001F600"_s), u"hit"_s); // nor emoji
}

TEST(PolicyEngine, TermsAreLiteralsNotPatterns)
{
    auto engine = oneRule(terms({ u"a.b"_s, u"c++"_s, u"(x)"_s, u"50%"_s, u"\\d"_s }));
    EXPECT_EQ(ruleFor(engine, u"see a.b now"_s), u"hit"_s);
    EXPECT_EQ(ruleFor(engine, u"see axb now"_s), u"default"_s);
    EXPECT_EQ(ruleFor(engine, u"I write c++ code"_s), u"hit"_s);
    EXPECT_EQ(ruleFor(engine, u"I write cc code"_s), u"default"_s);
    EXPECT_EQ(ruleFor(engine, u"option (x) applies"_s), u"hit"_s);
    EXPECT_EQ(ruleFor(engine, u"save 50% now"_s), u"hit"_s);
    EXPECT_EQ(ruleFor(engine, u"digit 5"_s), u"default"_s);
    EXPECT_EQ(ruleFor(engine, u"backslash \\d here"_s), u"hit"_s);
}

TEST(PolicyEngine, OverlappingOccurrencesAreAllConsidered)
{
    // The first occurrence fails its boundary, a later one passes.
    auto engine = oneRule(terms({ u"help"_s }));
    EXPECT_EQ(ruleFor(engine, u"helpful people, help!"_s), u"hit"_s);
    const Decision d = engine->evaluate(comment(u"helpful people, help!"_s)).value();
    ASSERT_EQ(d.matches.size(), 1);
    EXPECT_EQ(d.matches.at(0), (TextSpan { 16, 20 }));
}

TEST(PolicyEngine, LexiconTermsMatchLikeTerms)
{
    PolicyDocument doc = policy({ rule(u"threat"_s, lexicon({ u"threats"_s }), outcome(Action::Escalate)),
                                  rule(u"default"_s, always(), outcome(Action::Ignore)) });
    addLexicon(doc, u"threats"_s, { u"Burn it down"_s, u"kill"_s, u""_s });
    auto engine = compiled(doc);
    EXPECT_EQ(ruleFor(engine, u"we will BURN IT DOWN"_s), u"threat"_s);
    EXPECT_EQ(ruleFor(engine, u"this will kill me, lol"_s), u"threat"_s);
    EXPECT_EQ(ruleFor(engine, u"skills"_s), u"default"_s);
    EXPECT_EQ(engine->evaluate(comment(u"we will burn it down"_s)).value().explanation,
              u"Escalated by rule threat: contains \"Burn it down\" from the lexicon threats."_s);
}

TEST(PolicyEngine, UnknownLexiconIsAnErrorAtItsPosition)
{
    auto engine = PolicyEngine::compile(
        policy({ rule(u"r"_s, at(lexicon({ u"nope"_s }), 7, 15), outcome(Action::Hide)) }));
    ASSERT_FALSE(engine.ok());
    EXPECT_EQ(engine.error().line(), 7);
    EXPECT_EQ(engine.error().column(), 15);
    EXPECT_TRUE(engine.error().message().contains(u"nope"_s));
}

TEST(PolicyEngine, RegexMatchesNormalisedTextIgnoringCase)
{
    auto engine = oneRule(regex(u"EAC\\d{10}"_s));
    EXPECT_EQ(ruleFor(engine, u"receipt eac1234567890"_s), u"hit"_s);
    EXPECT_EQ(ruleFor(engine, u"receipt EAC\uFF11234567890"_s), u"hit"_s); // a full-width digit
    EXPECT_EQ(ruleFor(engine, u"receipt EAC123456789"_s), u"default"_s);
    const Decision d = engine->evaluate(comment(u"x EAC1234567890 y"_s)).value();
    ASSERT_EQ(d.matches.size(), 1);
    EXPECT_EQ(d.matches.at(0), (TextSpan { 2, 15 }));
}

TEST(PolicyEngine, RegexMatchingOverlapsGiveOneSpan)
{
    auto engine = oneRule(regex(u"[0-9]+"_s));
    const Decision d = engine->evaluate(comment(u"call 5551234 or 99"_s)).value();
    ASSERT_EQ(d.matches.size(), 2);
    EXPECT_EQ(d.matches.at(0), (TextSpan { 5, 12 }));
    EXPECT_EQ(d.matches.at(1), (TextSpan { 16, 18 }));
}

TEST(PolicyEngine, RegexTheEngineCannotCompileIsAnErrorAtTheRulesPosition)
{
    for (const QString& bad : { u"\\bvisa\\b"_s, u"(unclosed"_s, u"a.{2000}b"_s, u"x*"_s }) {
        PolicyDocument doc = policy({ rule(u"fine"_s, terms({ u"ok"_s }), outcome(Action::Respond)),
                                      rule(u"broken"_s, at(regex(bad), 12, 9), outcome(Action::Hide)) });
        auto engine = PolicyEngine::compile(doc);
        ASSERT_FALSE(engine.ok()) << bad.toStdString();
        EXPECT_EQ(engine.error().code(), Error::Code::InvalidInput);
        EXPECT_EQ(engine.error().file(), u"test-policy.json"_s);
        EXPECT_EQ(engine.error().line(), 12) << bad.toStdString();
        EXPECT_EQ(engine.error().column(), 9);
        EXPECT_TRUE(engine.error().message().startsWith(u"rule broken: the regex"_s))
            << engine.error().message().toStdString();
    }
}

TEST(PolicyEngine, CheckRegexReportsWhatVectorscanRefuses)
{
    EXPECT_FALSE(MultiPatternMatcher::checkRegex(u"eac\\d{10}"_s).isError());
    const Error error = MultiPatternMatcher::checkRegex(u"\\bvisa"_s);
    ASSERT_TRUE(error.isError());
    EXPECT_TRUE(error.message().contains(u"UCP"_s)) << error.message().toStdString();
}

TEST(PolicyEngine, TermEmptyOnceNormalisedIsAnError)
{
    auto engine = PolicyEngine::compile(
        policy({ rule(u"r"_s, at(terms({ u"ok"_s, u"\u200B "_s }), 3, 4), outcome(Action::Hide)) }));
    ASSERT_FALSE(engine.ok());
    EXPECT_EQ(engine.error().line(), 3);
    EXPECT_TRUE(engine.error().message().contains(u"empty"_s));
}

TEST(PolicyEngine, PlatformAndSource)
{
    auto engine = compiled(policy({
        rule(u"fb-reply"_s, allOf({ platform({ Platform::Facebook }), source({ Source::PageComment }) }),
             outcome(Action::Respond)),
        rule(u"x-search"_s, source({ Source::Search, Source::Reply }), outcome(Action::Ignore)),
        rule(u"default"_s, always(), outcome(Action::Escalate)),
    }));
    EXPECT_EQ(ruleFor(engine, comment(u"hi"_s, Platform::Facebook, Source::PageComment)), u"fb-reply"_s);
    EXPECT_EQ(ruleFor(engine, comment(u"hi"_s, Platform::Twitter, Source::Search)), u"x-search"_s);
    EXPECT_EQ(ruleFor(engine, comment(u"hi"_s, Platform::Twitter, Source::Reply)), u"x-search"_s);
    EXPECT_EQ(ruleFor(engine, comment(u"hi"_s, Platform::Twitter, Source::Mention)), u"default"_s);
}

TEST(PolicyEngine, PiiPredicateHoldsForTheListedKinds)
{
    auto engine = compiled(policy({
        rule(u"receipt"_s, pii({ PiiKind::UscisReceipt }), outcome(Action::Hide, u"privacy"_s, HideMode::Automatic)),
        rule(u"any-pii"_s, pii(), outcome(Action::Hide)),
        rule(u"default"_s, always(), outcome(Action::Ignore)),
    }));
    const Decision receipt = engine->evaluate(comment(u"my case EAC1234567890 is stuck"_s)).value();
    EXPECT_EQ(receipt.ruleId, u"receipt"_s);
    EXPECT_EQ(receipt.hideMode, HideMode::Automatic);
    EXPECT_EQ(receipt.explanation, u"Hidden by rule receipt: contains a USCIS receipt number."_s);
    ASSERT_EQ(receipt.matches.size(), 1);
    EXPECT_EQ(receipt.matches.at(0), (TextSpan { 8, 21 }));
    EXPECT_EQ(ruleFor(engine, u"my SSN is 123-45-6789"_s), u"any-pii"_s);
    EXPECT_EQ(ruleFor(engine, u"form I-485 filed on 2024-01-15"_s), u"default"_s);
}

TEST(PolicyEngine, EveryPiiSpanIsListedWhicheverRuleFires)
{
    auto engine = compiled(policy({ rule(u"question"_s, question(), outcome(Action::Respond)) }));
    const QString text = u"is 123-45-6789 mine? also EAC1234567890"_s;
    const Decision d = engine->evaluate(comment(text)).value();
    EXPECT_EQ(d.ruleId, u"question"_s);
    const QList<PiiSpan> expected = PreparedText(text).pii();
    ASSERT_EQ(expected.size(), 2);
    EXPECT_EQ(d.pii, expected);
}

TEST(PolicyEngine, LinkMentionAndHashtagCounts)
{
    auto engine = compiled(policy({
        rule(u"spammy-links"_s, counted(Condition::Kind::Links, 2), outcome(Action::Hide)),
        rule(u"many-mentions"_s, counted(Condition::Kind::Mentions, 3), outcome(Action::Hide)),
        rule(u"hashtags"_s, counted(Condition::Kind::Hashtags, 2, 3), outcome(Action::Ignore)),
        rule(u"default"_s, always(), outcome(Action::Respond)),
    }));
    EXPECT_EQ(ruleFor(engine, u"see https://a.example/x and www.b.example"_s), u"spammy-links"_s);
    EXPECT_EQ(ruleFor(engine, u"see https://a.example/x"_s), u"default"_s);
    EXPECT_EQ(ruleFor(engine, u"@a @b @c_d hi"_s), u"many-mentions"_s);
    EXPECT_EQ(ruleFor(engine, u"mail a@b.com c@d.com e@f.com"_s), u"default"_s); // e-mail is no mention
    EXPECT_EQ(ruleFor(engine, u"#one #two"_s), u"hashtags"_s);
    EXPECT_EQ(ruleFor(engine, u"#one #two #three #four"_s), u"default"_s);
    EXPECT_EQ(ruleFor(engine, u"#one a#two #"_s), u"default"_s);
    EXPECT_EQ(engine->evaluate(comment(u"#uno #dós"_s)).value().explanation, u"Ignored by rule hashtags: has 2 hashtags."_s);
}

TEST(PolicyEngine, LengthCountsCodePointsOfTheOriginalText)
{
    auto engine = oneRule(counted(Condition::Kind::Length, std::nullopt, 3));
    EXPECT_EQ(ruleFor(engine, u"\U0001F600\U0001F600\U0001F600"_s), u"hit"_s); // 3 code points, 6 units
    EXPECT_EQ(ruleFor(engine, u"abcd"_s), u"default"_s);
    EXPECT_EQ(ruleFor(engine, u"a\u200Bbc"_s), u"default"_s); // invisible, but still a character
}

TEST(PolicyEngine, AuthorsByHandleIdOrList)
{
    PolicyDocument doc = policy({
        rule(u"vip"_s, authors({ u"@CDCgov"_s, u"777"_s }), outcome(Action::Escalate)),
        rule(u"partner"_s, authorList(u"partners"_s), outcome(Action::Respond)),
        rule(u"default"_s, always(), outcome(Action::Ignore)),
    });
    doc.authorLists.insert(u"partners"_s, { u"@fema"_s, u"1234"_s });
    auto engine = compiled(doc);
    Comment c = comment(u"hi"_s);
    c.author = { u"1"_s, u"cdcGOV"_s, u"CDC"_s };
    EXPECT_EQ(ruleFor(engine, c), u"vip"_s);
    c.author = { u"777"_s, {}, u"Page"_s };
    EXPECT_EQ(ruleFor(engine, c), u"vip"_s);
    c.author = { u"9"_s, u"FEMA"_s, {} };
    EXPECT_EQ(ruleFor(engine, c), u"partner"_s);
    EXPECT_EQ(engine->evaluate(c).value().explanation, u"Queued for a response by rule partner: is by @fema, on the list partners."_s);
    c.author = { u"1234"_s, {}, {} };
    EXPECT_EQ(ruleFor(engine, c), u"partner"_s);
    c.author = { u"5"_s, u"someone"_s, {} };
    EXPECT_EQ(ruleFor(engine, c), u"default"_s);
}

TEST(PolicyEngine, UnknownAuthorListIsAnError)
{
    auto engine = PolicyEngine::compile(policy({ rule(u"r"_s, authorList(u"nobody"_s), outcome(Action::Hide)) }));
    ASSERT_FALSE(engine.ok());
    EXPECT_TRUE(engine.error().message().contains(u"nobody"_s));
}

TEST(PolicyEngine, LanguageFromThePlatformOrGuessed)
{
    auto engine = oneRule(lang({ u"es"_s }));
    Comment c = comment(u"whatever the text"_s);
    c.lang = u"es-MX"_s;
    EXPECT_EQ(ruleFor(engine, c), u"hit"_s);
    c.lang = u"en"_s;
    EXPECT_EQ(ruleFor(engine, c), u"default"_s);
    c.lang = u"und"_s;
    c.text = u"hola, necesito ayuda con mi tarjeta por favor"_s;
    EXPECT_EQ(ruleFor(engine, c), u"hit"_s);
    EXPECT_EQ(engine->evaluate(c).value().explanation, u"Queued for a response by rule hit: appears to be in Spanish."_s);
    c.lang.clear();
    c.text = u"hello, I need help with my card please"_s;
    EXPECT_EQ(ruleFor(engine, c), u"default"_s);
}

TEST(PolicyEngine, QuestionsInEnglishAndSpanish)
{
    auto engine = oneRule(question());
    EXPECT_EQ(ruleFor(engine, u"is it open?"_s), u"hit"_s);
    EXPECT_EQ(ruleFor(engine, u"¿Dónde está mi caso"_s), u"hit"_s);
    EXPECT_EQ(ruleFor(engine, u"How do I renew my card"_s), u"hit"_s);
    EXPECT_EQ(ruleFor(engine, u"@uscis @dhs when will my card arrive"_s), u"hit"_s);
    EXPECT_EQ(ruleFor(engine, u"Thanks. Where do I send it"_s), u"hit"_s);
    EXPECT_EQ(ruleFor(engine, u"Cuándo llega mi tarjeta"_s), u"hit"_s);
    EXPECT_EQ(ruleFor(engine, u"Por qué tardan tanto"_s), u"hit"_s);
    EXPECT_EQ(ruleFor(engine, u"Porque tardan tanto"_s), u"default"_s);
    EXPECT_EQ(ruleFor(engine, u"Thanks for the help"_s), u"default"_s);
    EXPECT_EQ(ruleFor(engine, u"I know how it works"_s), u"default"_s);
    EXPECT_EQ(ruleFor(engine, u"Whatever works"_s), u"default"_s);
    auto negated = oneRule(question(false));
    EXPECT_EQ(ruleFor(negated, u"Thanks for the help"_s), u"hit"_s);
    EXPECT_EQ(ruleFor(negated, u"why?"_s), u"default"_s);
}

TEST(PolicyEngine, RepeatCountsTheAuthorsRecentComments)
{
    auto engine = oneRule(repeat(3, 600));
    InMemoryAuthorActivity activity;
    Comment c = comment(u"buy now"_s);
    const QDateTime start = c.createdAt;
    QStringList rules;
    for (int minute : { 0, 4, 8, 20 }) {
        c.createdAt = start.addSecs(minute * 60);
        activity.record(c);
        rules << ruleFor(engine, c, &activity);
    }
    EXPECT_EQ(rules, (QStringList { u"default"_s, u"default"_s, u"hit"_s, u"default"_s }));
    // Another author is counted apart.
    Comment other = c;
    other.author = { u"43"_s, u"other"_s, {} };
    other.createdAt = start.addSecs(9 * 60);
    activity.record(other);
    EXPECT_EQ(ruleFor(engine, other, &activity), u"default"_s);
    // Without an activity, a comment counts itself only.
    EXPECT_EQ(ruleFor(oneRule(repeat(1, 60)), c), u"hit"_s);
    EXPECT_EQ(ruleFor(engine, c), u"default"_s);
}

// With a window, an author's activity is kept only that far behind the newest comment: memory
// stays bounded, and counts within the window are what they would be with everything kept.
TEST(PolicyEngine, RepeatActivityIsKeptToTheLongestWindow)
{
    constexpr qint64 window = 600;
    InMemoryAuthorActivity bounded(window);
    InMemoryAuthorActivity everything;
    Comment c = comment(u"buy now"_s);
    const QDateTime start = c.createdAt;
    for (int i = 0; i < 200000; ++i) {
        c.author.id = QString::number(i % 50); // 50 authors, one comment each a second between them
        c.createdAt = start.addSecs(i);
        bounded.record(c);
        everything.record(c);
        if (i % 997 == 0) {
            ASSERT_EQ(bounded.countWithin(c, window), everything.countWithin(c, window)) << i;
            ASSERT_EQ(bounded.countWithin(c, 60), everything.countWithin(c, 60)) << i;
        }
    }
    EXPECT_EQ(everything.retainedCount(), 200000);
    // At most about a window's worth (601 seconds), with the slack the amortised sweep leaves.
    EXPECT_LE(bounded.retainedCount(), 4 * 1024);
    EXPECT_LE(bounded.authorCount(), 50);
}

TEST(PolicyEngine, RepeatActivityTakesNewestFirstInputToo)
{
    InMemoryAuthorActivity bounded(600);
    Comment c = comment(u"buy now"_s);
    const QDateTime start = c.createdAt;
    // Newest first: each comment counts only those older than itself, recorded after it.
    for (int i = 100000; i >= 0; --i) {
        c.createdAt = start.addSecs(i);
        bounded.record(c);
    }
    EXPECT_LE(bounded.retainedCount(), 601);
    c.createdAt = start.addSecs(100000);
    EXPECT_EQ(bounded.countWithin(c, 600), 601);
}

TEST(PolicyEngine, TimeWindowIsInThePolicysTimeZone)
{
    auto engine = compiled(policy({ rule(u"lunch"_s, timeWindow({ 1, 2, 3, 4, 5 }, QTime(13, 0), QTime(14, 0)),
                                         outcome(Action::Respond)),
                                    rule(u"default"_s, always(), outcome(Action::Ignore)) },
                                  u"America/New_York"_s));
    Comment c = comment(u"hi"_s);
    c.createdAt = QDateTime(QDate(2026, 11, 2), QTime(18, 30), Qt::UTC); // Monday 13:30 EST
    EXPECT_EQ(ruleFor(engine, c), u"lunch"_s);
    EXPECT_EQ(engine->evaluate(c).value().explanation,
              u"Queued for a response by rule lunch: was posted on Mon at 13:30 (America/New_York), between 13:00 and "
              "14:00 on Mon, Tue, Wed, Thu, Fri."_s);
    c.createdAt = QDateTime(QDate(2026, 7, 6), QTime(17, 30), Qt::UTC); // Monday 13:30 EDT
    EXPECT_EQ(ruleFor(engine, c), u"lunch"_s);
    c.createdAt = QDateTime(QDate(2026, 11, 2), QTime(13, 30), Qt::UTC); // 08:30 in New York
    EXPECT_EQ(ruleFor(engine, c), u"default"_s);
    c.createdAt = QDateTime(QDate(2026, 11, 7), QTime(18, 30), Qt::UTC); // Saturday
    EXPECT_EQ(ruleFor(engine, c), u"default"_s);
    c.createdAt = QDateTime(QDate(2026, 11, 2), QTime(19, 0), Qt::UTC); // 14:00: the end is excluded
    EXPECT_EQ(ruleFor(engine, c), u"default"_s);
}

TEST(PolicyEngine, TimeWindowPastMidnightBelongsToTheDayItStarts)
{
    auto engine = oneRule(timeWindow({ 5 }, QTime(22, 0), QTime(2, 0))); // Friday night
    Comment c = comment(u"hi"_s);
    c.createdAt = QDateTime(QDate(2026, 11, 6), QTime(23, 0), Qt::UTC); // Friday 23:00
    EXPECT_EQ(ruleFor(engine, c), u"hit"_s);
    c.createdAt = QDateTime(QDate(2026, 11, 7), QTime(1, 0), Qt::UTC); // Saturday 01:00
    EXPECT_EQ(ruleFor(engine, c), u"hit"_s);
    c.createdAt = QDateTime(QDate(2026, 11, 6), QTime(1, 0), Qt::UTC); // Friday 01:00 is Thursday's night
    EXPECT_EQ(ruleFor(engine, c), u"default"_s);
}

TEST(PolicyEngine, AllAnyAndNotCombine)
{
    auto engine = compiled(policy({
        rule(u"case-question"_s,
             allOf({ question(), anyOf({ terms({ u"case"_s }), regex(u"[a-z]{3}[0-9]{10}"_s) }),
                     notOf(terms({ u"thanks"_s })) }),
             outcome(Action::Respond)),
        rule(u"default"_s, always(), outcome(Action::Ignore)),
    }));
    EXPECT_EQ(ruleFor(engine, u"what about my case?"_s), u"case-question"_s);
    EXPECT_EQ(ruleFor(engine, u"what about ioe0123456789?"_s), u"case-question"_s);
    EXPECT_EQ(ruleFor(engine, u"what about my case? thanks"_s), u"default"_s);
    EXPECT_EQ(ruleFor(engine, u"my case is fine"_s), u"default"_s);
    EXPECT_EQ(engine->evaluate(comment(u"what about my case?"_s)).value().explanation,
              u"Queued for a response by rule case-question: is a question, contains \"case\" and does not contain "
              "\"thanks\"."_s);
}

TEST(PolicyEngine, AnyOfNothingNeverHoldsAndAllOfNothingAlwaysDoes)
{
    auto never = oneRule(group(Condition::Kind::Any, {}));
    EXPECT_EQ(ruleFor(never, u"x"_s), u"default"_s);
    auto always = oneRule(group(Condition::Kind::All, {}));
    EXPECT_EQ(ruleFor(always, u"x"_s), u"hit"_s);
}

TEST(PolicyEngine, SameTermInTwoRulesKeepsEachRulesSpelling)
{
    auto engine = compiled(policy({
        rule(u"first"_s, allOf({ terms({ u"Green Card"_s }), question() }), outcome(Action::Respond)),
        rule(u"second"_s, terms({ u"green  card"_s }), outcome(Action::Ignore)),
    }));
    EXPECT_EQ(engine->matcher().patternCount(), 1);
    EXPECT_EQ(engine->evaluate(comment(u"green card?"_s)).value().explanation,
              u"Queued for a response by rule first: contains \"Green Card\" and is a question."_s);
    EXPECT_EQ(engine->evaluate(comment(u"green card"_s)).value().explanation,
              u"Ignored by rule second: contains \"green  card\"."_s);
}

TEST(PolicyEngine, ExplanationOfTheDefaultRule)
{
    auto engine = compiled(policy({ rule(u"default"_s, always(), outcome(Action::Ignore)) }));
    EXPECT_EQ(engine->evaluate(comment(u"x"_s)).value().explanation, u"Ignored by rule default: no earlier rule applied."_s);
}

TEST(PolicyEngine, ExplanationNamesTheEarliestTermInTheText)
{
    auto engine = oneRule(terms({ u"visa"_s, u"passport"_s }));
    const Decision d = engine->evaluate(comment(u"passport then visa then passport"_s)).value();
    EXPECT_EQ(d.explanation, u"Queued for a response by rule hit: contains \"passport\"."_s);
    EXPECT_EQ(d.matches, (QList<TextSpan> { { 0, 8 }, { 14, 18 }, { 24, 32 } }));
}

TEST(PolicyEngine, SpansCountCodePointsOfTheOriginalText)
{
    auto engine = oneRule(terms({ u"green card"_s }));
    // An emoji (two UTF-16 units, one code point) and a zero-width space before the term, a
    // combining accent inside it.
    const Decision d = engine->evaluate(comment(u"\U0001F600\u200B gre\u0301en card!"_s)).value();
    EXPECT_EQ(d.ruleId, u"hit"_s);
    ASSERT_EQ(d.matches.size(), 1);
    EXPECT_EQ(d.matches.at(0), (TextSpan { 3, 14 }));
}

TEST(PolicyEngine, BidiOverridesCannotHideATerm)
{
    auto engine = oneRule(terms({ u"green card"_s }));
    EXPECT_EQ(ruleFor(engine, u"my gr\u202Eeen\u202C card"_s), u"hit"_s);
    EXPECT_EQ(ruleFor(engine, u"\u2067green card\u2069"_s), u"hit"_s);
}

TEST(PolicyEngine, ZeroWidthCharactersCannotHideATerm)
{
    auto engine = oneRule(terms({ u"green card"_s }));
    EXPECT_EQ(ruleFor(engine, u"g\u200Dr\u200Ce\u200Be\uFEFFn card"_s), u"hit"_s);
    EXPECT_EQ(ruleFor(engine, u"gr\u00ADeen card"_s), u"hit"_s);
}

TEST(PolicyEngine, CombiningMarksCannotHideATerm)
{
    auto engine = oneRule(terms({ u"green card"_s }));
    EXPECT_EQ(ruleFor(engine, u"g\u0336r\u0336e\u0336e\u0336n\u0336 c\u0336a\u0336r\u0336d\u0336"_s), u"hit"_s);
    EXPECT_EQ(ruleFor(engine, u"gr\u0308\u0308\u0308een card"_s), u"hit"_s);
}

TEST(PolicyEngine, HundredKilobyteCommentIsScannedToTheEnd)
{
    auto engine = compiled(policy({
        rule(u"threat"_s, terms({ u"burn it down"_s }), outcome(Action::Escalate)),
        rule(u"long"_s, counted(Condition::Kind::Length, 50000), outcome(Action::Ignore)),
    }));
    QString text;
    while (text.size() < 100000)
        text += u"lorem ipsum dolor sit amet \u00E9\U0001F600 "_s;
    EXPECT_EQ(ruleFor(engine, text), u"long"_s);
    const int before = PreparedText(text).originalLength();
    text += u"burn it down"_s;
    const Decision d = engine->evaluate(comment(text)).value();
    EXPECT_EQ(d.ruleId, u"threat"_s);
    ASSERT_EQ(d.matches.size(), 1);
    EXPECT_EQ(d.matches.at(0), (TextSpan { before, before + 12 }));
}

TEST(PolicyEngine, LoneSurrogatesAndControlCharactersDoNotBreakEvaluation)
{
    auto engine = oneRule(terms({ u"visa"_s }));
    QString text = u"visa "_s;
    text += QChar(0xD800);
    text += u" \u0000\u0001 "_s;
    text += QChar(0xDC00);
    text += u" visa"_s;
    const Decision d = engine->evaluate(comment(text)).value();
    EXPECT_EQ(d.ruleId, u"hit"_s);
    EXPECT_EQ(d.matches.size(), 2);
}

TEST(PolicyEngine, ManyThreadsShareOneEngine)
{
    auto engine = compiled(policy({
        rule(u"visa"_s, terms({ u"visa"_s }), outcome(Action::Respond)),
        rule(u"receipt"_s, regex(u"eac[0-9]{10}"_s), outcome(Action::Hide)),
        rule(u"default"_s, always(), outcome(Action::Ignore)),
    }));
    const QStringList texts { u"my visa"_s, u"EAC1234567890"_s, u"nothing"_s };
    const QStringList expected { u"visa"_s, u"receipt"_s, u"default"_s };
    std::atomic<int> wrong { 0 };
    std::vector<std::thread> threads;
    for (int t = 0; t < 4; ++t) {
        threads.emplace_back([&, t] {
            for (int i = 0; i < 2000; ++i) {
                const int k = (i + t) % 3;
                if (engine->evaluate(comment(texts.at(k))).value().ruleId != expected.at(k))
                    ++wrong;
            }
        });
    }
    for (auto& thread : threads)
        thread.join();
    EXPECT_EQ(wrong.load(), 0);
}

TEST(PolicyEngine, TwoEnginesInterleavedOnOneThread)
{
    // policy simulate alternates between the candidate and the active engine.
    auto a = oneRule(terms({ u"alpha"_s }));
    auto b = oneRule(anyOf({ terms({ u"beta"_s, u"gamma"_s }), regex(u"de+lta"_s) }));
    for (int i = 0; i < 3; ++i) {
        EXPECT_EQ(ruleFor(a, u"alpha beta"_s), u"hit"_s);
        EXPECT_EQ(ruleFor(b, u"alpha deeelta"_s), u"hit"_s);
        EXPECT_EQ(ruleFor(a, u"beta"_s), u"default"_s);
        EXPECT_EQ(ruleFor(b, u"alpha"_s), u"default"_s);
    }
}

TEST(PolicyEngine, EngineOutlivesTheDocumentItWasCompiledFrom)
{
    std::shared_ptr<const PolicyEngine> engine;
    {
        PolicyDocument doc = policy({ rule(u"visa"_s, terms({ u"visa"_s }), outcome(Action::Respond)) });
        engine = compiled(doc);
        doc.rules.clear();
    }
    EXPECT_EQ(ruleFor(engine, u"visa"_s), u"visa"_s);
    EXPECT_EQ(engine->document().rules.size(), 1);
}

// A decision carries its rule's strings without copying them (StringPool): it must stay whole
// after the engine that made it is gone, as decisions outlive a policy that is replaced.
TEST(PolicyEngine, DecisionOutlivesItsEngine)
{
    Decision kept;
    Decision defaulted;
    {
        Outcome then = outcome(Action::Escalate);
        then.category = u"threat-%1"_s.arg(42);
        then.queue = u"supervisors-%1"_s.arg(7);
        then.answer = u"answer-%1"_s.arg(3);
        auto engine = compiled(policy({ rule(u"threat-rule-%1"_s.arg(1), terms({ u"burn"_s }), then),
                                        rule(u"default"_s, always(), outcome(Action::Ignore)) }));
        kept = engine->evaluate(comment(u"we will burn it"_s)).value();
        defaulted = engine->evaluate(comment(u"hello"_s)).value();
    }
    // Churn the heap so that freed memory is reused.
    QStringList churn;
    for (int i = 0; i < 1000; ++i)
        churn << QString(64, QChar(u'x' + i % 3));
    EXPECT_EQ(kept.ruleId, u"threat-rule-1"_s);
    EXPECT_EQ(kept.category, u"threat-42"_s);
    EXPECT_EQ(kept.queue, u"supervisors-7"_s);
    EXPECT_EQ(kept.answerId, u"answer-3"_s);
    EXPECT_TRUE(kept.explanation.contains(u"\"burn\""_s)) << kept.explanation.toStdString();
    EXPECT_EQ(defaulted.ruleId, u"default"_s);
    EXPECT_FALSE(defaulted.explanation.isEmpty());
    // Changing a copy changes only the copy.
    Decision copy = kept;
    copy.ruleId.append(u"-edited"_s);
    EXPECT_EQ(kept.ruleId, u"threat-rule-1"_s);
    EXPECT_EQ(copy.ruleId, u"threat-rule-1-edited"_s);
}
