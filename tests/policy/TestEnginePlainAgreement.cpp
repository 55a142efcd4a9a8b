// The compiled engine and the plain rule-by-rule evaluator must reach the same decision, for
// the same reasons, on comments built from the rules' own terms, PII samples, look-alikes and
// noise, bent the ways adversaries bend text.

#include "PolicyBuilders.h"

#include "policy/AuthorActivity.h"
#include "policy/PlainEvaluator.h"
#include "policy/PolicyEngine.h"
#include "text/PreparedText.h"

#include <QRandomGenerator>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace moderation;
using namespace moderation::test;

namespace {

PolicyDocument agreementPolicy()
{
    Outcome autoHide = outcome(Action::Hide, u"privacy"_s, HideMode::Automatic);
    PolicyDocument doc = policy(
        {
            rule(u"pii-ids"_s, pii({ PiiKind::Ssn, PiiKind::UscisReceipt, PiiKind::ANumber }), autoHide,
                 u"Personal information"_s),
            rule(u"threat"_s, lexicon({ u"threats"_s }), outcome(Action::Escalate, u"threat"_s)),
            rule(u"partners"_s, authorList(u"partners"_s), outcome(Action::Ignore)),
            rule(u"spam"_s,
                 anyOf({ lexicon({ u"spam"_s }), counted(Condition::Kind::Hashtags, 4),
                         allOf({ counted(Condition::Kind::Links, 1), repeat(3, 600) }) }),
                 outcome(Action::Hide, u"spam"_s)),
            rule(u"reference"_s, regex(u"ref(erence)? ?#?[0-9]{6}"_s), outcome(Action::Respond)),
            rule(u"other-pii"_s, pii({ PiiKind::Phone, PiiKind::Email, PiiKind::PaymentCard, PiiKind::Passport }),
                 outcome(Action::Hide, u"privacy"_s)),
            rule(u"fb-question-es"_s,
                 allOf({ platform({ Platform::Facebook }), source({ Source::PageComment }), question(),
                         lang({ u"es"_s }) }),
                 outcome(Action::Respond)),
            rule(u"case-question"_s,
                 allOf({ question(),
                         anyOf({ terms({ u"green card"_s, u"I-485"_s, u"case status"_s, u"work permit"_s }),
                                 regex(u"eac[0-9]{10}"_s) }),
                         notOf(terms({ u"thanks"_s, u"gracias"_s })) }),
                 outcome(Action::Respond, u"case"_s)),
            rule(u"mentions"_s, counted(Condition::Kind::Mentions, 3), outcome(Action::Ignore)),
            rule(u"long"_s, counted(Condition::Kind::Length, 120), outcome(Action::Ignore)),
            rule(u"short-question"_s, allOf({ question(), counted(Condition::Kind::Length, std::nullopt, 25) }),
                 outcome(Action::Respond)),
            rule(u"lunch-help"_s,
                 allOf({ timeWindow({ 1, 2, 3, 4, 5 }, QTime(12, 0), QTime(13, 0)), terms({ u"help"_s }) }),
                 outcome(Action::Respond)),
            rule(u"statement"_s, allOf({ question(false), terms({ u"card"_s, u"visa"_s, u"passport"_s }) }),
                 outcome(Action::Ignore)),
            rule(u"spanish"_s, lexicon({ u"es"_s, u"threats"_s }), outcome(Action::Respond)),
            rule(u"search-tags"_s, allOf({ source({ Source::Search }), counted(Condition::Kind::Hashtags, 1) }),
                 outcome(Action::Ignore)),
            rule(u"renew-or-buy"_s,
                 anyOf({ terms({ u"renew"_s, u"renewal"_s, u"a.b"_s }), regex(u"(free|cheap) (followers|likes)"_s) }),
                 outcome(Action::Respond)),
            rule(u"vip"_s, authors({ u"@VIP_user"_s, u"1001"_s }), outcome(Action::Escalate)),
            rule(u"saturday-night"_s, timeWindow({ 6 }, QTime(22, 0), QTime(2, 0)), outcome(Action::Ignore)),
            rule(u"fees-not-en"_s, allOf({ notOf(lang({ u"en"_s })), terms({ u"fee"_s, u"fees"_s }) }),
                 outcome(Action::Respond)),
            rule(u"default"_s, always(), outcome(Action::Ignore)),
        },
        u"America/New_York"_s);
    addLexicon(doc, u"threats"_s, { u"kill"_s, u"burn it down"_s, u"bomb"_s, u"shoot"_s, u"te voy a matar"_s });
    addLexicon(doc, u"spam"_s, { u"free followers"_s, u"click here"_s, u"crypto"_s, u"giveaway"_s });
    addLexicon(doc, u"es"_s, { u"tarjeta verde"_s, u"cita"_s, u"ciudadanía"_s, u"permiso de trabajo"_s });
    doc.authorLists.insert(u"partners"_s, { u"@CDCgov"_s, u"2002"_s });
    return doc;
}

class CommentMaker
{
public:
    explicit CommentMaker(quint32 seed)
        : m_random(seed)
    {
    }

    Comment next()
    {
        Comment c;
        c.platform = pick<Platform>({ Platform::Twitter, Platform::Facebook });
        c.source = c.platform == Platform::Facebook
            ? Source::PageComment
            : pick<Source>({ Source::Mention, Source::Reply, Source::Search });
        c.platformId = QString::number(++m_count);
        const int author = int(m_random.bounded(40));
        c.author.id = author == 0 ? u"1001"_s : author == 1 ? u"2002"_s : QString::number(author);
        c.author.handle = author == 0 ? u"vip_USER"_s : author == 2 ? u"CDCGOV"_s : u"user%1"_s.arg(author);
        if (c.platform == Platform::Facebook && m_random.bounded(2))
            c.author.handle.clear();
        c.lang = pick<QString>({ QString(), u"en"_s, u"es"_s, u"und"_s, u"fr"_s, u"es-MX"_s });
        m_time = m_time.addSecs(qint64(m_random.bounded(240)));
        c.createdAt = m_time;
        const int pieces = 1 + int(m_random.bounded(12));
        QStringList words;
        for (int i = 0; i < pieces; ++i)
            words << bend(piece());
        c.text = words.join(pick<QString>({ u" "_s, u" "_s, u" "_s, u"  "_s, u", "_s, u". "_s, u"\n"_s }));
        if (m_random.bounded(4) == 0)
            c.text += pick<QString>({ u"?"_s, u" ?"_s, u"？"_s });
        if (m_random.bounded(10) == 0)
            c.text.prepend(u"¿"_s);
        return c;
    }

private:
    template<typename T>
    T pick(std::initializer_list<T> items)
    {
        return *(items.begin() + m_random.bounded(int(items.size())));
    }

    QString piece()
    {
        static const QStringList terms { u"green card"_s, u"I-485"_s, u"case status"_s, u"work permit"_s,
                                         u"thanks"_s, u"gracias"_s, u"help"_s, u"card"_s, u"visa"_s,
                                         u"passport"_s, u"renew"_s, u"renewal"_s, u"a.b"_s, u"fee"_s, u"fees"_s,
                                         u"kill"_s, u"burn it down"_s, u"bomb"_s, u"shoot"_s, u"te voy a matar"_s,
                                         u"free followers"_s, u"click here"_s, u"crypto"_s, u"giveaway"_s,
                                         u"tarjeta verde"_s, u"cita"_s, u"ciudadanía"_s, u"permiso de trabajo"_s,
                                         u"cheap likes"_s, u"ref #123456"_s, u"reference 654321"_s };
        static const QStringList pii { u"123-45-6789"_s, u"SSN 123456789"_s, u"EAC1234567890"_s,
                                       u"IOE 0123456789"_s, u"A-123-456-789"_s, u"A12345678"_s,
                                       u"(202) 555-0143"_s, u"john.doe@example.com"_s, u"4111 1111 1111 1111"_s,
                                       u"passport number 123456789"_s, u"receipt number ABC1234567890"_s };
        static const QStringList lookAlikes { u"I-485"_s, u"2024-01-15"_s, u"order #123456789"_s,
                                              u"tracking 1Z999AA10123456784"_s, u"flight UA 1234"_s,
                                              u"000-12-3456"_s, u"666-12-3456"_s, u"901-12-3456"_s,
                                              u"\uFF25\uFF21\uFF23\uFF11\uFF12\uFF13\uFF14\uFF15\uFF16\uFF17\uFF18\uFF19\uFF10"_s,
                                              u"gr\u0435\u0435n card"_s, u"cardboard"_s, u"visas"_s,
                                              u"helpful"_s, u"postcard"_s, u"axb"_s, u"renewing"_s };
        static const QStringList noise { u"the"_s, u"my"_s, u"is"_s, u"what"_s, u"how"_s, u"when"_s,
                                         u"por qué"_s, u"dónde"_s, u"hola"_s, u"please"_s, u"today"_s,
                                         u"still"_s, u"waiting"_s, u"office"_s, u"\U0001F600"_s, u"\U0001F1FA\U0001F1F8"_s,
                                         u"@uscis"_s, u"@dhsgov"_s, u"@a_b"_s, u"x@y.example"_s, u"#AskUSCIS"_s,
                                         u"#help"_s, u"#1"_s, u"https://x.example/a?b=1"_s, u"www.site.example"_s,
                                         u"http://t.co/xyz"_s, u"..."_s, u"!"_s, u";"_s, u":"_s, u"ñandú"_s,
                                         u"日本語"_s, u"Ωμέγα"_s, u"_"_s, u"-"_s, u"1234"_s };
        switch (m_random.bounded(10)) {
        case 0:
        case 1:
        case 2: return terms.at(int(m_random.bounded(int(terms.size()))));
        case 3: return pii.at(int(m_random.bounded(int(pii.size()))));
        case 4: return lookAlikes.at(int(m_random.bounded(int(lookAlikes.size()))));
        default: return noise.at(int(m_random.bounded(int(noise.size()))));
        }
    }

    // Case changes, invisible characters, combining marks, full-width letters, glued neighbours.
    QString bend(QString text)
    {
        switch (m_random.bounded(12)) {
        case 0: return text.toUpper();
        case 1: {
            const qsizetype at = text.isEmpty() ? 0 : qsizetype(m_random.bounded(int(text.size())));
            if (at > 0 && text.at(at - 1).isHighSurrogate())
                return text;
            return text.insert(at, pick<QString>({ u"\u200B"_s, u"\u200D"_s, u"\u202E"_s, u"\u2066"_s, u"\u00AD"_s,
                                                   u"\uFEFF"_s }));
        }
        case 2: {
            QString out;
            for (QChar ch : text) {
                out += ch;
                if (ch.isLetter() && m_random.bounded(3) == 0)
                    out += pick<QString>({ u"\u0301"_s, u"\u0308"_s, u"\u0336"_s });
            }
            return out;
        }
        case 3: {
            QString out;
            for (QChar ch : text)
                out += (ch.unicode() > 0x20 && ch.unicode() < 0x7F) ? QChar(ch.unicode() - 0x20 + 0xFF00) : ch;
            return out;
        }
        case 4: return pick<QString>({ u"x"_s, u"_"_s, u"9"_s, u"é"_s, u"-"_s, u"("_s }) + text;
        case 5: return text + pick<QString>({ u"s"_s, u"_"_s, u"1"_s, u")"_s, u"."_s, u"-"_s });
        default: return text;
        }
    }

    QRandomGenerator m_random;
    QDateTime m_time { QDate(2026, 11, 2), QTime(11, 0), Qt::UTC };
    int m_count = 0;
};

bool containsRegex(const Condition& c)
{
    if (c.kind == Condition::Kind::Regex)
        return true;
    return std::any_of(c.children.begin(), c.children.end(), containsRegex);
}

QString visible(const QString& text)
{
    QString out;
    for (QChar ch : text)
        out += (ch.unicode() < 0x20 || ch.unicode() > 0x7E) ? u"\\u%1"_s.arg(int(ch.unicode()), 4, 16, QChar(u'0')) : QString(ch);
    return out;
}

std::string describeDecision(const Decision& d)
{
    QString spans;
    for (const TextSpan& s : d.matches)
        spans += u"[%1,%2)"_s.arg(s.start).arg(s.end);
    return QString(d.ruleId + u" | "_s + toString(d.action) + u" | "_s + spans + u" | "_s + d.explanation).toStdString();
}

} // namespace

TEST(EnginePlainAgreement, HundredThousandRandomCommentsGetTheSameDecision)
{
    const PolicyDocument doc = agreementPolicy();
    auto engine = PolicyEngine::compile(doc);
    ASSERT_TRUE(engine.ok()) << engine.error().toString().toStdString();
    auto plain = PlainEvaluator::build(doc);
    ASSERT_TRUE(plain.ok()) << plain.error().toString().toStdString();

    QHash<QString, const PolicyRule*> rulesById;
    for (const PolicyRule& r : doc.rules)
        rulesById.insert(r.id, &r);

    CommentMaker maker(20261128);
    InMemoryAuthorActivity activity;
    QHash<QString, int> fired;
    int disagreements = 0;
    int withPii = 0;
    for (int i = 0; i < 100000 && disagreements < 5; ++i) {
        const Comment c = maker.next();
        activity.record(c);
        const PreparedText text(c.text);
        const Decision fast = (*engine)->evaluate(c, text, &activity).value();
        const Decision reference = (*plain)->evaluate(c, text, &activity);
        // `policy simulate` asks only which rule decides: the same rule.
        const PolicyRule* deciding = (*engine)->decidingRule(c, text, &activity).value();
        if ((deciding ? deciding->id : QString()) != fast.ruleId) {
            ++disagreements;
            ADD_FAILURE() << "comment " << i << ": decidingRule gives "
                          << (deciding ? deciding->id.toStdString() : std::string("none")) << ", evaluate "
                          << fast.ruleId.toStdString();
        }
        ++fired[fast.ruleId];
        withPii += fast.pii.isEmpty() ? 0 : 1;
        const bool spansComparable = !containsRegex(rulesById.value(fast.ruleId)->when);
        if (fast.ruleId != reference.ruleId || fast.action != reference.action
            || fast.explanation != reference.explanation || fast.pii != reference.pii
            || (spansComparable && fast.matches != reference.matches)) {
            ++disagreements;
            ADD_FAILURE() << "comment " << i << ": \"" << visible(c.text).toStdString() << "\"\n  engine: "
                          << describeDecision(fast) << "\n  plain:  " << describeDecision(reference);
        }
    }
    EXPECT_EQ(disagreements, 0);
    if (qEnvironmentVariableIsSet("MODERATION_SHOW_RULES")) {
        for (auto it = fired.cbegin(); it != fired.cend(); ++it)
            std::printf("%s %d\n", qPrintable(it.key()), it.value());
    }
    // The generator must reach every rule, or the agreement says little.
    for (const PolicyRule& r : doc.rules)
        EXPECT_GT(fired.value(r.id), 20) << "rule " << r.id.toStdString() << " fired " << fired.value(r.id);
    EXPECT_GT(withPii, 5000);
}
