// What the bundled sample policies decide for the comments each was written for.

#include "CommentBuilders.h"
#include "TestPaths.h"

#include "policy/AuthorActivity.h"
#include "policy/PolicyEngine.h"

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace moderation;
using namespace moderation::test;

namespace {

std::shared_ptr<const PolicyEngine> samplePolicy(const QString& name)
{
    auto document = PolicyDocument::load(QStringLiteral(MODERATION_SOURCE_DIR) + u"/resources/policies/"_s + name);
    EXPECT_TRUE(document.ok()) << document.error().toString().toStdString();
    if (!document)
        return nullptr;
    auto engine = PolicyEngine::compile(*document);
    EXPECT_TRUE(engine.ok()) << engine.error().toString().toStdString();
    return engine.ok() ? engine.value() : nullptr;
}

Comment post(const QString& text, const QDateTime& at = QDateTime(QDate(2026, 11, 4), QTime(16, 0), Qt::UTC),
             const QString& handle = u"traveler1"_s)
{
    return tweet(u"1"_s, text).at(at).by(u"id-"_s + handle, handle);
}

class SamplePolicy : public ::testing::Test
{
protected:
    Decision decide(const std::shared_ptr<const PolicyEngine>& engine, const Comment& c) const
    {
        return engine ? engine->evaluate(c).value() : Decision {};
    }
};

} // namespace

TEST_F(SamplePolicy, OfficeHoursHidesReceiptAndANumbersAtOnce)
{
    auto engine = samplePolicy(u"office-hours.json"_s);
    const Decision receipt = decide(engine, post(u"@USCIS my receipt is IOE0912345678, any news?"_s));
    EXPECT_EQ(receipt.ruleId, u"case-numbers"_s);
    EXPECT_EQ(receipt.action, Action::Hide);
    EXPECT_EQ(receipt.hideMode, HideMode::Automatic);
    EXPECT_EQ(receipt.clause, u"Personal information"_s);
    EXPECT_EQ(receipt.explanation, u"Hidden by rule case-numbers: contains a USCIS receipt number."_s);
    const Decision aNumber = decide(engine, post(u"My A-number is A 123 456 789"_s));
    EXPECT_EQ(aNumber.ruleId, u"case-numbers"_s);
    EXPECT_EQ(aNumber.hideMode, HideMode::Automatic);
}

TEST_F(SamplePolicy, OfficeHoursProposesHidingOtherPersonalData)
{
    auto engine = samplePolicy(u"office-hours.json"_s);
    const Decision d = decide(engine, post(u"call me at (202) 555-0143 about my visa"_s));
    EXPECT_EQ(d.ruleId, u"other-personal-data"_s);
    EXPECT_EQ(d.hideMode, HideMode::Proposed);
    EXPECT_EQ(d.answerId, u"contact-us-privately"_s);
}

TEST_F(SamplePolicy, OfficeHoursAnswersCaseQuestionsPrivately)
{
    auto engine = samplePolicy(u"office-hours.json"_s);
    const Decision d = decide(engine, post(u"When will my green card arrive? It has been 8 months"_s));
    EXPECT_EQ(d.ruleId, u"case-specific"_s);
    EXPECT_EQ(d.action, Action::Respond);
    EXPECT_EQ(d.answerId, u"contact-us-privately"_s);
    EXPECT_EQ(d.slaSeconds, std::optional<qint64>(3600));
}

TEST_F(SamplePolicy, OfficeHoursEscalatesThreatsUrgently)
{
    auto engine = samplePolicy(u"office-hours.json"_s);
    const Decision d = decide(engine, post(u"If my case is denied I will kill everyone at that office"_s));
    EXPECT_EQ(d.ruleId, u"threat"_s);
    EXPECT_EQ(d.action, Action::Escalate);
    EXPECT_EQ(d.priority, Priority::Urgent);
    EXPECT_EQ(d.queue, u"security"_s);
    EXPECT_EQ(d.slaSeconds, std::optional<qint64>(900));
}

TEST_F(SamplePolicy, OfficeHoursEscalatesVeiledThreatsInBothLanguages)
{
    auto engine = samplePolicy(u"office-hours.json"_s);
    const Decision en = decide(engine, post(u"If my case isn't approved by Friday I'm coming to the field office and "
                                            "someone there is going to get hurt. You've been warned."_s));
    EXPECT_EQ(en.ruleId, u"threat"_s);
    EXPECT_EQ(en.action, Action::Escalate);
    const Decision es = decide(engine, post(u"Si no aprueban mi caso alguien va a salir herido."_s));
    EXPECT_EQ(es.ruleId, u"threat"_s);
    // A question about injuries is not a threat.
    const Decision question = decide(engine, post(u"I got hurt at work, does that affect my green card?"_s));
    EXPECT_NE(question.ruleId, u"threat"_s);
}

TEST_F(SamplePolicy, OfficeHoursPrioritisesTheLiveSessionOnlyWhileItRuns)
{
    auto engine = samplePolicy(u"office-hours.json"_s);
    const QString text = u"How do I prepare for the citizenship test? #AskUSCIS"_s;
    // Tuesday 3 November 2026, 14:30 in New York.
    const Decision live = decide(engine, post(text, QDateTime(QDate(2026, 11, 3), QTime(19, 30), Qt::UTC)));
    EXPECT_EQ(live.ruleId, u"live-session"_s);
    EXPECT_EQ(live.priority, Priority::High);
    const Decision later = decide(engine, post(text, QDateTime(QDate(2026, 11, 3), QTime(21, 0), Qt::UTC)));
    EXPECT_EQ(later.ruleId, u"question"_s);
    EXPECT_EQ(later.priority, Priority::Normal);
}

TEST_F(SamplePolicy, OfficeHoursSendsSpanishQuestionsToTheSpanishQueue)
{
    auto engine = samplePolicy(u"office-hours.json"_s);
    Comment c = post(u"¿Cuánto cuesta la solicitud de ciudadanía?"_s);
    const Decision d = decide(engine, c);
    EXPECT_EQ(d.ruleId, u"question-es"_s);
    EXPECT_EQ(d.queue, u"spanish"_s);
}

TEST_F(SamplePolicy, OfficeHoursIgnoresPartnersAndOffTopicComments)
{
    auto engine = samplePolicy(u"office-hours.json"_s);
    EXPECT_EQ(decide(engine, post(u"Join us at 2pm for #AskUSCIS about green cards!"_s,
                                  QDateTime(QDate(2026, 11, 3), QTime(18, 0), Qt::UTC), u"USCIS"_s))
                  .ruleId,
              u"partner-accounts"_s);
    EXPECT_EQ(decide(engine, post(u"Nice weather in DC today"_s)).ruleId, u"off-topic"_s);
}

TEST_F(SamplePolicy, OfficeHoursLooksAlikeAreNotPersonalData)
{
    auto engine = samplePolicy(u"office-hours.json"_s);
    const Decision d = decide(engine, post(u"Filed form I-485 on 2024-01-15, order 123456789, flight UA 1234"_s));
    EXPECT_TRUE(d.pii.isEmpty());
    EXPECT_NE(d.action, Action::Hide);
}

TEST_F(SamplePolicy, ContactCenterHidesMedicalDetailsAndProposesAPrivateFollowUp)
{
    auto engine = samplePolicy(u"contact-center.json"_s);
    const Decision d = decide(engine, post(u"I was diagnosed with stage 2 lymphoma last week, what now?"_s));
    EXPECT_EQ(d.ruleId, u"medical-details"_s);
    EXPECT_EQ(d.action, Action::Hide);
    EXPECT_EQ(d.hideMode, HideMode::Proposed);
    EXPECT_EQ(d.answerId, u"private-follow-up"_s);
    EXPECT_EQ(d.clause, u"Personal health information"_s);
    const Decision email = decide(engine, post(u"write to me at jane.doe@example.com please"_s));
    EXPECT_EQ(email.ruleId, u"personal-identifiers"_s);
    EXPECT_EQ(email.queue, u"information-specialists"_s);
}

TEST_F(SamplePolicy, ContactCenterAnswersQuestionsAndHidesSpam)
{
    auto engine = samplePolicy(u"contact-center.json"_s);
    EXPECT_EQ(decide(engine, post(u"What are the side effects of immunotherapy?"_s)).ruleId, u"question-cancer"_s);
    const Decision other = decide(engine, post(u"Are you open on Saturdays?"_s));
    EXPECT_EQ(other.ruleId, u"question-other"_s);
    EXPECT_EQ(other.priority, Priority::Low);
    EXPECT_EQ(decide(engine, post(u"Guaranteed approval loans, dm me for details"_s)).ruleId, u"spam"_s);
    EXPECT_EQ(decide(engine, post(u"Thank you for this post"_s)).ruleId, u"default"_s);
}

TEST_F(SamplePolicy, ContactCenterHidesALinkFloodAutomatically)
{
    auto engine = samplePolicy(u"contact-center.json"_s);
    InMemoryAuthorActivity activity;
    QDateTime at(QDate(2026, 11, 4), QTime(16, 0), Qt::UTC);
    QStringList rules;
    for (int i = 0; i < 4; ++i) {
        Comment c = post(u"great info here https://example.test/x%1"_s.arg(i), at.addSecs(i * 300), u"flooder"_s);
        activity.record(c);
        const Decision d = engine->evaluate(c, &activity).value();
        rules << d.ruleId;
        if (i == 3) {
            EXPECT_EQ(d.hideMode, HideMode::Automatic);
        }
    }
    EXPECT_EQ(rules, (QStringList { u"default"_s, u"default"_s, u"default"_s, u"spam-flood"_s }));
}

TEST_F(SamplePolicy, TravelSecurityEscalatesThreatsButNotBathBombs)
{
    auto engine = samplePolicy(u"travel-security.json"_s);
    const Decision threat = decide(engine, post(u"I packed a bomb in my checked bag"_s));
    EXPECT_EQ(threat.ruleId, u"threat"_s);
    EXPECT_EQ(threat.priority, Priority::Urgent);
    EXPECT_EQ(threat.action, Action::Escalate);
    const Decision bathBomb = decide(engine, post(u"Can I bring a bath bomb in my carry-on?"_s));
    EXPECT_EQ(bathBomb.ruleId, u"prohibited-items"_s);
    EXPECT_EQ(bathBomb.action, Action::Respond);
}

TEST_F(SamplePolicy, TravelSecurityRoutesEachCategory)
{
    auto engine = samplePolicy(u"travel-security.json"_s);
    const Decision medical = decide(engine, post(u"Can I bring my insulin pump through the scanner?"_s));
    EXPECT_EQ(medical.ruleId, u"disabilities-medical"_s);
    EXPECT_EQ(medical.queue, u"tsa-cares"_s);
    EXPECT_EQ(medical.priority, Priority::High);
    EXPECT_EQ(decide(engine, post(u"Do I need a REAL ID to fly next month?"_s)).ruleId, u"identification"_s);
    EXPECT_EQ(decide(engine, post(u"How long does Global Entry renewal take?"_s)).ruleId, u"trusted-traveler"_s);
    EXPECT_EQ(decide(engine, post(u"What time does the checkpoint open?"_s)).ruleId, u"other-question"_s);
    EXPECT_EQ(decide(engine, post(u"Smooth line this morning"_s)).ruleId, u"default"_s);
}

TEST_F(SamplePolicy, TravelSecurityHidesKnownTravelerNumbers)
{
    auto engine = samplePolicy(u"travel-security.json"_s);
    const Decision d = decide(engine, post(u"my known traveler number: 98765432 is not working"_s));
    EXPECT_EQ(d.ruleId, u"traveler-numbers"_s);
    EXPECT_EQ(d.action, Action::Hide);
    EXPECT_EQ(d.queue, u"trusted-traveler"_s);
}
