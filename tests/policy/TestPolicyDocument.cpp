#include "TestPaths.h"

#include "policy/PolicyDocument.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace moderation;

namespace {

// A test document in which each '¦' marks a place an error must point at. The markers are
// removed; their line and column (code points, 1-based) are computed from the text itself.
struct Marked
{
    QByteArray json;
    QList<SourcePosition> marks;
};

Marked marked(const QString& withMarkers)
{
    Marked result;
    QString text = withMarkers;
    for (qsizetype at = text.indexOf(u'¦'); at >= 0; at = text.indexOf(u'¦')) {
        const QString before = text.left(at);
        const qsizetype lineStart = before.lastIndexOf(u'\n') + 1;
        const int column = int(QStringView(before).mid(lineStart).toUcs4().size()) + 1;
        result.marks.append({ int(before.count(u'\n')) + 1, column });
        text.remove(at, 1);
    }
    result.json = text.toUtf8();
    return result;
}

Marked marked(const char* utf8)
{
    return marked(QString::fromUtf8(utf8));
}

// A policy around one rule under test, with a default rule after it.
QString withRule(const char* rule)
{
    return u"{\n  \"rules\": [\n    "_s + QString::fromUtf8(rule)
        + u",\n    {\"id\": \"default\", \"when\": {\"always\": true}, \"then\": {\"action\": \"ignore\"}}\n  ]\n}\n"_s;
}

PolicyDocument::CheckResult check(const QByteArray& json, const QString& baseDir = {})
{
    return PolicyDocument::check(json, u"policy.json"_s, baseDir);
}

std::string listed(const QList<Error>& errors)
{
    QString text;
    for (const Error& error : errors)
        text += u"\n  "_s + error.toString();
    return text.isEmpty() ? std::string("(no errors)") : text.toStdString();
}

// Exactly one problem, at the marked place, saying `expected`.
void expectOneError(const Marked& document, const QString& expected, const QString& baseDir = {})
{
    ASSERT_EQ(document.marks.size(), 1) << "the test document needs one marker";
    const auto result = check(document.json, baseDir);
    ASSERT_EQ(result.errors.size(), 1) << listed(result.errors);
    EXPECT_FALSE(result.document.has_value());
    const Error& error = result.errors.first();
    EXPECT_EQ(error.file(), u"policy.json"_s);
    EXPECT_EQ(error.code(), Error::Code::InvalidInput);
    EXPECT_EQ(error.line(), document.marks.first().line) << listed(result.errors);
    EXPECT_EQ(error.column(), document.marks.first().column) << listed(result.errors);
    EXPECT_TRUE(error.message().contains(expected)) << error.message().toStdString();
}

const char* const kRulesOnly = R"({"rules": [{"id": "default", "when": {"always": true}, "then": {"action": "ignore"}}]})";

QString samplePolicy(const QString& name)
{
    return QStringLiteral(MODERATION_SOURCE_DIR) + u"/resources/policies/"_s + name;
}

} // namespace

// --- Bad JSON -------------------------------------------------------------------------------

TEST(PolicyDocumentJson, TruncatedDocumentIsReportedWhereItEnds)
{
    const auto result = check(R"({"rules": [)");
    ASSERT_EQ(result.errors.size(), 1) << listed(result.errors);
    EXPECT_EQ(result.errors.first().line(), 1);
    EXPECT_EQ(result.errors.first().column(), 12);
    EXPECT_TRUE(result.errors.first().message().contains(u"unexpected end of input"_s));
}

TEST(PolicyDocumentJson, TruncatedStringNamesWhereTheStringStarted)
{
    const auto result = check("{\n  \"policy\": \"Office");
    ASSERT_EQ(result.errors.size(), 1) << listed(result.errors);
    EXPECT_EQ(result.errors.first().toString(),
              u"policy.json:2:20: unexpected end of input inside the string that starts at line 2, column 13"_s);
}

TEST(PolicyDocumentJson, InvalidUtf8IsReportedAtTheOffendingByte)
{
    // "caf" then a lone 0xFF: line 2, column 17 (the byte after "caf").
    const auto result = check("{\n  \"policy\": \"caf\xFF\",\n  \"rules\": []\n}");
    ASSERT_EQ(result.errors.size(), 1) << listed(result.errors);
    EXPECT_EQ(result.errors.first().toString(), u"policy.json:2:17: invalid UTF-8 (byte 0xFF)"_s);
}

TEST(PolicyDocumentJson, Utf8CutOffByTheEndOfInputIsInvalid)
{
    const auto result = check("{\"policy\": \"caf\xC3");
    ASSERT_EQ(result.errors.size(), 1) << listed(result.errors);
    EXPECT_EQ(result.errors.first().column(), 16);
    EXPECT_TRUE(result.errors.first().message().contains(u"cut off by the end of the input"_s));
}

TEST(PolicyDocumentJson, OverlongAndSurrogateEncodingsAreInvalidUtf8)
{
    for (const QByteArray& bytes : { QByteArray("\xC0\xAF"), QByteArray("\xE0\x80\xAF"), QByteArray("\xED\xA0\x80"),
                                     QByteArray("\xF4\x90\x80\x80"), QByteArray("\x80") }) {
        const auto result = check("{\"policy\": \"" + bytes + "\"}");
        ASSERT_EQ(result.errors.size(), 1) << listed(result.errors);
        EXPECT_EQ(result.errors.first().column(), 13) << bytes.toHex().toStdString();
        EXPECT_TRUE(result.errors.first().message().startsWith(u"invalid UTF-8"_s)) << bytes.toHex().toStdString();
    }
}

TEST(PolicyDocumentJson, ColumnsCountCharactersNotBytes)
{
    // Three two-byte and one four-byte character before the mistake: columns, not bytes.
    expectOneError(marked(R"({"policy": "Oficina de atención ñandú 😀", ¦"rulez": [],
 "rules": [{"id": "d", "when": {"always": true}, "then": {"action": "ignore"}}]})"),
                   u"unknown key \"rulez\""_s);
}

TEST(PolicyDocumentJson, CrLfCountsAsOneLineBreak)
{
    const auto result = check("{\r\n  \"rules\": [\r\n    1,\r\n  ]\r\n}\r\n");
    ASSERT_EQ(result.errors.size(), 1) << listed(result.errors);
    EXPECT_EQ(result.errors.first().toString(), u"policy.json:4:3: trailing comma before ']'"_s);
}

TEST(PolicyDocumentJson, StrictGrammarRejectsWhatLenientParsersAccept)
{
    const QList<std::pair<const char*, QString>> cases {
        { "{\"rules\": [], // note\n}", u"1:15: comments are not allowed"_s },
        { "{'rules': []}", u"1:2: strings must be in double quotes"_s },
        { "{\"version\": 01}", u"1:13: invalid number: leading zeros"_s },
        { "{\"version\": 1.}", u"1:15: invalid number: expected a digit after '.'"_s },
        { "{\"version\": NaN}", u"1:13: unexpected word 'NaN'"_s },
        { "{\"a\": \"x\ty\"}", u"1:9: control character U+0009 must be escaped"_s },
        { "{\"a\": \"\\x\"}", u"1:8: invalid escape '\\x'"_s },
        { "{\"a\": \"\\ud83d\"}", u"1:8: unpaired surrogate \\uD83D"_s },
        { "{\"a\": \"\\ude00\"}", u"1:8: unpaired surrogate \\uDE00"_s },
        { "{\"a\" 1}", u"1:6: unexpected character '1': expected ':' after the key"_s },
        { "{\"a\": 1,}", u"1:9: trailing comma before '}'"_s },
        { "{} {}", u"1:4: unexpected text after the end of the document"_s },
        { "", u"1:1: empty document"_s },
        { "{\"a\":\xC2\xA0 1}", u"1:6: unexpected character U+00A0"_s },
    };
    for (const auto& [json, expected] : cases) {
        const auto result = check(QByteArray(json));
        ASSERT_EQ(result.errors.size(), 1) << json << listed(result.errors);
        EXPECT_TRUE(result.errors.first().toString().startsWith(u"policy.json:"_s + expected))
            << json << " gave " << result.errors.first().toString().toStdString();
    }
}

TEST(PolicyDocumentJson, DeepNestingIsRefusedNotOverflowed)
{
    const QByteArray deep = QByteArray(100000, '[') + QByteArray(100000, ']');
    const auto result = check(deep);
    ASSERT_EQ(result.errors.size(), 1) << listed(result.errors);
    EXPECT_TRUE(result.errors.first().message().contains(u"nesting deeper than"_s));
}

TEST(PolicyDocumentJson, DuplicateKeyIsReportedAndCheckingGoesOn)
{
    const Marked document = marked(R"({
  "policy": "First",
  ¦"policy": "Second",
  "rules": [{"id": "default", "when": {"always": true}, "then": {"action": "ignore", ¦"actoin": "x"}}]
})");
    const auto result = check(document.json);
    ASSERT_EQ(result.errors.size(), 2) << listed(result.errors);
    EXPECT_EQ(result.errors.at(0).line(), document.marks.at(0).line);
    EXPECT_EQ(result.errors.at(0).column(), document.marks.at(0).column);
    EXPECT_EQ(result.errors.at(0).message(), u"duplicate key \"policy\" (first at line 2, column 3)"_s);
    EXPECT_EQ(result.errors.at(1).line(), document.marks.at(1).line);
    EXPECT_EQ(result.errors.at(1).column(), document.marks.at(1).column);
}

TEST(PolicyDocumentJson, ByteOrderMarkAndEscapesAreRead)
{
    const auto result = check("\xEF\xBB\xBF{\"policy\": \"caf\\u00e9 \\ud83d\\ude00 \\\"q\\\" \\/\", \"rules\": "
                              "[{\"id\": \"default\", \"when\": {\"always\": true}, \"then\": {\"action\": \"ignore\"}}]}");
    ASSERT_TRUE(result.document) << listed(result.errors);
    EXPECT_EQ(result.document->name, u"café 😀 \"q\" /"_s);
}

TEST(PolicyDocumentJson, CorruptedDocumentsAlwaysGetAPositionInsideTheFile)
{
    // Every byte-level corruption of a sound policy (flip, delete, insert, cut short) either
    // still checks or yields errors that point inside the file: never a crash, never "0:0".
    QFile file(samplePolicy(u"office-hours.json"_s));
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QByteArray original = file.readAll();
    const int lineCount = int(original.count('\n')) + 1;
    const QString baseDir = QFileInfo(file.fileName()).path();
    QRandomGenerator random(20261128); // fixed: the same cases every run
    const char insertions[] = { '"', '{', '}', '[', ']', ',', ':', '\\', '\n', '\xC3', '\xFF', '\0', 'x', '1', ' ' };
    for (int i = 0; i < 1000; ++i) {
        QByteArray bytes = original;
        const int at = int(random.bounded(bytes.size()));
        switch (random.bounded(4)) {
        case 0: bytes[at] = char(random.bounded(256)); break;
        case 1: bytes.remove(at, 1 + int(random.bounded(8))); break;
        case 2: bytes.insert(at, insertions[random.bounded(int(sizeof(insertions)))]); break;
        default: bytes.truncate(at); break;
        }
        const auto result = PolicyDocument::check(bytes, u"policy.json"_s, baseDir);
        ASSERT_NE(result.document.has_value(), !result.errors.isEmpty()) << i;
        for (const Error& error : result.errors) {
            if (error.file() != u"policy.json"_s)
                continue;
            ASSERT_GE(error.line(), 1) << i << listed(result.errors);
            ASSERT_LE(error.line(), lineCount + 1) << i << listed(result.errors);
            ASSERT_GE(error.column(), 1) << i << listed(result.errors);
        }
    }
}

// --- Keys, types and values ---------------------------------------------------------------

TEST(PolicyDocumentCheck, UnknownTopLevelKeySuggestsTheRightOne)
{
    const Marked document = marked(R"({"policy": "P", ¦"lexicon": {}, "rules": [{"id": "d", "when": {"always": true}, "then": {"action": "ignore"}}]})");
    expectOneError(document, u"unknown key \"lexicon\" at the top level"_s);
    EXPECT_TRUE(check(document.json).errors.first().message().contains(u"did you mean \"lexicons\"?"_s));
}

TEST(PolicyDocumentCheck, UnknownRuleKey)
{
    expectOneError(marked(withRule(R"({"id": "a", ¦"condition": {}, "when": {"question": true}, "then": {"action": "respond"}})")),
                   u"unknown key \"condition\" in a rule"_s);
}

TEST(PolicyDocumentCheck, UnknownOutcomeKey)
{
    expectOneError(marked(withRule(R"({"id": "a", "when": {"question": true}, "then": {"action": "respond", ¦"team": "x"}})")),
                   u"unknown key \"team\" in \"then\""_s);
}

TEST(PolicyDocumentCheck, UnknownPredicateSuggestsTheRightOne)
{
    expectOneError(marked(withRule(R"({"id": "a", "when": {¦"regexp": "x"}, "then": {"action": "hide"}})")),
                   u"unknown predicate \"regexp\" (did you mean \"regex\"?)"_s);
    expectOneError(marked(withRule(R"({"id": "a", "when": {"all": [{"question": true}, {¦"sentiment": "angry"}]}, "then": {"action": "hide"}})")),
                   u"unknown predicate \"sentiment\" (expected always, all, any"_s);
}

TEST(PolicyDocumentCheck, WrongTypesPointAtTheValue)
{
    expectOneError(marked(R"({"version": ¦"3", "rules": [{"id": "d", "when": {"always": true}, "then": {"action": "ignore"}}]})"),
                   u"\"version\" must be an integer of at least 1, not a string"_s);
    expectOneError(marked(withRule(R"({"id": "a", "when": {"terms": ¦"refund"}, "then": {"action": "respond"}})")),
                   u"\"terms\" must be an array of words or phrases, not a string"_s);
    expectOneError(marked(withRule(R"({"id": "a", "when": {"terms": ["ok", ¦3]}, "then": {"action": "respond"}})")),
                   u"each entry of \"terms\" must be a string, not an integer"_s);
    expectOneError(marked(withRule(R"({"id": "a", "when": {"question": ¦"yes"}, "then": {"action": "respond"}})")),
                   u"\"question\" must be true or false, not a string"_s);
    expectOneError(marked(withRule(R"({"id": "a", "when": {"links": {"min": ¦1.5}}, "then": {"action": "hide"}})")),
                   u"\"min\" must be a whole number of at least 0"_s);
    expectOneError(marked(withRule(R"({"id": "a", "when": ¦[], "then": {"action": "hide"}})")),
                   u"\"when\" must be an object of predicates"_s);
    expectOneError(marked(R"({"rules": ¦{}})"), u"\"rules\" must be an array of rules, not an object"_s);
}

TEST(PolicyDocumentCheck, BadEnumValuesNameTheAllowedOnes)
{
    expectOneError(marked(withRule(R"({"id": "a", "when": {"platform": ["twitter", ¦"instagram"]}, "then": {"action": "hide"}})")),
                   u"unknown platform \"instagram\" (expected twitter or facebook)"_s);
    expectOneError(marked(withRule(R"({"id": "a", "when": {"source": ¦"dm"}, "then": {"action": "hide"}})")),
                   u"unknown source \"dm\" (expected mention, reply, search or page_comment)"_s);
    expectOneError(marked(withRule(R"({"id": "a", "when": {"question": true}, "then": {"action": ¦"delete"}})")),
                   u"unknown action \"delete\" (expected respond, ignore, escalate or hide)"_s);
    expectOneError(marked(withRule(R"({"id": "a", "when": {"question": true}, "then": {"action": "escalate", "priority": ¦"asap"}})")),
                   u"unknown priority \"asap\" (expected low, normal, high or urgent)"_s);
    expectOneError(marked(withRule(R"({"id": "a", "when": {"question": true}, "then": {"action": "hide", "hide": ¦"automatically"}})")),
                   u"unknown hide mode \"automatically\" (expected automatic or proposed; did you mean \"automatic\"?)"_s);
    expectOneError(marked(withRule(R"({"id": "a", "when": {"pii": ["ssn", ¦"social"]}, "then": {"action": "hide"}})")),
                   u"unknown PII kind \"social\""_s);
    expectOneError(marked(withRule(R"({"id": "a", "when": {"pii": ¦false}, "then": {"action": "hide"}})")),
                   u"\"pii\" must be true or an array of PII kinds"_s);
}

TEST(PolicyDocumentCheck, HideModeOnlyWithHideAction)
{
    expectOneError(marked(withRule(R"({"id": "a", "when": {"question": true}, "then": {"action": "respond", ¦"hide": "automatic"}})")),
                   u"\"hide\" applies only to \"action\": \"hide\""_s);
}

TEST(PolicyDocumentCheck, ReviewsIsOneOrTwo)
{
    expectOneError(marked(withRule(R"({"id": "a", "when": {"question": true}, "then": {"action": "respond", "reviews": ¦3}})")),
                   u"\"reviews\" must be 1 or 2 (how many reviewers approve a reply)"_s);
    expectOneError(marked(withRule(R"({"id": "a", "when": {"question": true}, "then": {"action": "respond", "reviews": ¦0}})")),
                   u"\"reviews\" must be 1 or 2"_s);
    expectOneError(marked(withRule(R"({"id": "a", "when": {"question": true}, "then": {"action": "respond", "reviews": ¦1.5}})")),
                   u"\"reviews\" must be 1 or 2"_s);
    expectOneError(marked(withRule(R"({"id": "a", "when": {"question": true}, "then": {"action": "respond", "reviews": ¦"2"}})")),
                   u"\"reviews\" must be 1 or 2 (how many reviewers approve a reply), not a string"_s);
    expectOneError(marked(withRule(R"({"id": "a", "when": {"question": true}, "then": {"action": "respond", ¦"review": 2}})")),
                   u"did you mean \"reviews\"?"_s);
}

TEST(PolicyDocumentParse, ReviewsIsReadAndDefaultsToOne)
{
    const auto result = check(withRule(R"({"id": "asylum", "when": {"terms": ["asylum"]},
        "then": {"action": "respond", "category": "asylum", "reviews": 2}})").toUtf8());
    ASSERT_TRUE(result.document) << listed(result.errors);
    ASSERT_EQ(result.document->rules.size(), 2);
    EXPECT_EQ(result.document->rules.at(0).then.reviews, 2);
    EXPECT_EQ(result.document->rules.at(1).then.reviews, 1);
}

TEST(PolicyDocumentParse, TheBundledPoliciesAskForOneApproval)
{
    const QStringList names = QDir(samplePolicy({})).entryList({ u"*.json"_s }, QDir::Files);
    ASSERT_FALSE(names.isEmpty());
    for (const QString& name : names) {
        auto policy = PolicyDocument::load(samplePolicy(name));
        ASSERT_TRUE(policy.ok()) << name.toStdString() << ": " << policy.error().toString().toStdString();
        for (const PolicyRule& rule : policy->rules)
            EXPECT_EQ(rule.then.reviews, 1) << name.toStdString() << " rule " << rule.id.toStdString();
    }
}

TEST(PolicyDocumentCheck, MissingPartsOfARule)
{
    expectOneError(marked(withRule(R"(¦{"when": {"question": true}, "then": {"action": "respond"}})")), u"has no \"id\""_s);
    expectOneError(marked(withRule(R"(¦{"id": "a", "then": {"action": "respond"}})")), u"rule \"a\" has no \"when\""_s);
    expectOneError(marked(withRule(R"(¦{"id": "a", "when": {"question": true}})")), u"rule \"a\" has no \"then\""_s);
    expectOneError(marked(withRule(R"({"id": "a", "when": {"question": true}, "then": ¦{"queue": "general"}})")),
                   u"rule \"a\": \"then\" needs an \"action\""_s);
    expectOneError(marked(R"(¦{"policy": "No rules"})"), u"missing \"rules\""_s);
    expectOneError(marked(R"({"rules": ¦[]})"), u"\"rules\" is empty"_s);
}

TEST(PolicyDocumentCheck, EmptyOrMalformedPredicateValues)
{
    expectOneError(marked(withRule(R"({"id": "a", "when": {"terms": ¦[]}, "then": {"action": "hide"}})")),
                   u"\"terms\" must not be an empty array"_s);
    expectOneError(marked(withRule(R"({"id": "a", "when": {"terms": ["ok", ¦"  "]}, "then": {"action": "hide"}})")),
                   u"an entry of \"terms\" is empty"_s);
    expectOneError(marked(withRule(R"({"id": "a", "when": {"any": ¦[]}, "then": {"action": "hide"}})")),
                   u"\"any\" needs at least one condition"_s);
    expectOneError(marked(withRule(R"({"id": "a", "when": {"links": ¦{}}, "then": {"action": "hide"}})")),
                   u"\"links\" needs \"min\", \"max\" or both"_s);
    expectOneError(marked(withRule(R"({"id": "a", "when": {"length": {"min": 10, "max": ¦5}}, "then": {"action": "hide"}})")),
                   u"\"max\" (5) is less than \"min\" (10)"_s);
    expectOneError(marked(withRule(R"({"id": "a", "when": {"lang": ¦"english"}, "then": {"action": "hide"}})")),
                   u"\"english\" is not a language tag"_s);
    expectOneError(marked(withRule(R"({"id": "a", "when": {"repeat": {"count": ¦1, "within": "1h"}}, "then": {"action": "hide"}})")),
                   u"\"count\" must be a whole number of at least 2"_s);
    expectOneError(marked(withRule(R"({"id": "a", "when": {"repeat": ¦{"count": 3}}, "then": {"action": "hide"}})")),
                   u"\"repeat\" needs both \"count\" and \"within\""_s);
}

TEST(PolicyDocumentCheck, BadDurations)
{
    expectOneError(marked(withRule(R"({"id": "a", "when": {"question": true}, "then": {"action": "respond", "sla": ¦"15x"}})")),
                   u"bad duration \"15x\" for \"sla\""_s);
    expectOneError(marked(withRule(R"({"id": "a", "when": {"question": true}, "then": {"action": "respond", "sla": ¦"1h 30m"}})")),
                   u"bad duration \"1h 30m\""_s);
    expectOneError(marked(withRule(R"({"id": "a", "when": {"question": true}, "then": {"action": "respond", "sla": ¦900}})")),
                   u"\"sla\" must be a duration such as \"15m\", not an integer"_s);
    expectOneError(marked(withRule(R"({"id": "a", "when": {"repeat": {"count": 3, "within": ¦"0m"}}, "then": {"action": "hide"}})")),
                   u"\"within\" must be longer than zero"_s);
}

TEST(PolicyDocumentCheck, BadTimeWindowsAndDays)
{
    expectOneError(marked(withRule(R"({"id": "a", "when": {"time": {"from": ¦"25:00", "to": "10:00"}}, "then": {"action": "hide"}})")),
                   u"bad time \"25:00\" for \"from\""_s);
    expectOneError(marked(withRule(R"({"id": "a", "when": {"time": {"from": "09:00", "to": ¦"5pm"}}, "then": {"action": "hide"}})")),
                   u"bad time \"5pm\" for \"to\": write HH:MM"_s);
    expectOneError(marked(withRule(R"({"id": "a", "when": {"time": {"days": ["mon", ¦"monday"]}}, "then": {"action": "hide"}})")),
                   u"unknown day \"monday\" (expected mon, tue, wed, thu, fri, sat or sun)"_s);
    expectOneError(marked(withRule(R"({"id": "a", "when": {"time": {"from": "13:00", "to": ¦"13:00"}}, "then": {"action": "hide"}})")),
                   u"\"from\" and \"to\" are the same time"_s);
    expectOneError(marked(withRule(R"({"id": "a", "when": {"time": ¦{"from": "13:00"}}, "then": {"action": "hide"}})")),
                   u"\"time\" needs both \"from\" and \"to\", or neither"_s);
}

TEST(PolicyDocumentCheck, UnknownTimeZone)
{
    expectOneError(marked(R"({"timezone": ¦"America/Gotham", "rules": [{"id": "d", "when": {"always": true}, "then": {"action": "ignore"}}]})"),
                   u"unknown time zone \"America/Gotham\""_s);
}

TEST(PolicyDocumentCheck, DuplicateRuleIdPointsAtTheSecond)
{
    expectOneError(marked(R"({"rules": [
  {"id": "pii", "when": {"pii": true}, "then": {"action": "hide"}},
  {"id": ¦"pii", "when": {"question": true}, "then": {"action": "respond"}},
  {"id": "default", "when": {"always": true}, "then": {"action": "ignore"}}
]})"),
                   u"duplicate rule id \"pii\" (first at line 2, column 10)"_s);
}

// --- Lexicons and author lists --------------------------------------------------------------

TEST(PolicyDocumentCheck, UnknownLexiconAndAuthorList)
{
    expectOneError(marked(R"({"lexicons": {"threats": {"terms": ["x"]}},
 "rules": [{"id": "a", "when": {"lexicon": ["threats", ¦"threat"]}, "then": {"action": "escalate"}},
           {"id": "d", "when": {"always": true}, "then": {"action": "ignore"}}]})"),
                   u"unknown lexicon \"threat\" (declared: threats; did you mean \"threats\"?)"_s);
    expectOneError(marked(withRule(R"({"id": "a", "when": {"authors": {"list": ¦"partners"}}, "then": {"action": "ignore"}})")),
                   u"unknown author list \"partners\" (the policy declares no \"author_lists\")"_s);
}

TEST(PolicyDocumentCheck, MissingLexiconFileIsRelativeToThePolicyFolder)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const Marked document = marked(R"({"lexicons": {"threats": {"file": ¦"lexicons/threats.txt"}},
 "rules": [{"id": "a", "when": {"lexicon": "threats"}, "then": {"action": "escalate"}},
           {"id": "d", "when": {"always": true}, "then": {"action": "ignore"}}]})");
    expectOneError(document, u"lexicon file \"lexicons/threats.txt\" not found"_s, dir.path());

    // The same document checks clean once the file is where it says, beside the policy.
    ASSERT_TRUE(QDir(dir.path()).mkpath(u"lexicons"_s));
    QFile file(dir.filePath(u"lexicons/threats.txt"_s));
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write("# comment\n\n  i will find you  \r\nte voy a encontrar\n");
    file.close();
    const auto result = check(document.json, dir.path());
    ASSERT_TRUE(result.document) << listed(result.errors);
    EXPECT_EQ(result.document->lexicons.value(u"threats"_s).terms,
              QStringList({ u"i will find you"_s, u"te voy a encontrar"_s }));
}

TEST(PolicyDocumentCheck, InvalidUtf8InALexiconFileIsReportedInThatFile)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    QFile file(dir.filePath(u"words.txt"_s));
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write("hola\nadi\xF3s\n");
    file.close();
    const auto result = check(QByteArray(R"({"lexicons": {"w": {"file": "words.txt"}},
 "rules": [{"id": "a", "when": {"lexicon": "w"}, "then": {"action": "respond"}},
           {"id": "d", "when": {"always": true}, "then": {"action": "ignore"}}]})"),
                              dir.path());
    ASSERT_EQ(result.errors.size(), 1) << listed(result.errors);
    EXPECT_EQ(result.errors.first().file(), dir.filePath(u"words.txt"_s));
    EXPECT_EQ(result.errors.first().line(), 2);
    EXPECT_EQ(result.errors.first().column(), 4);
}

TEST(PolicyDocumentCheck, EmptyLexiconFileIsAnError)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    QFile file(dir.filePath(u"words.txt"_s));
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write("# only a comment\n\n");
    file.close();
    expectOneError(marked(R"({"lexicons": {"w": {"file": ¦"words.txt"}},
 "rules": [{"id": "a", "when": {"lexicon": "w"}, "then": {"action": "respond"}},
           {"id": "d", "when": {"always": true}, "then": {"action": "ignore"}}]})"),
                   u"has no terms"_s, dir.path());
}

TEST(PolicyDocumentCheck, BuiltinLexiconNotShippedListsTheShippedOnes)
{
    const Marked document = marked(R"({"lexicons": {"p": {"builtin": ¦"profanity-fr"}},
 "rules": [{"id": "a", "when": {"lexicon": "p"}, "then": {"action": "hide"}},
           {"id": "d", "when": {"always": true}, "then": {"action": "ignore"}}]})");
    expectOneError(document, u"no builtin lexicon \"profanity-fr\" (shipped: "_s);
    EXPECT_TRUE(check(document.json).errors.first().message().contains(u"profanity-en, profanity-es"_s));
}

TEST(PolicyDocumentCheck, LexiconWithTwoSourcesOrNone)
{
    expectOneError(marked(R"({"lexicons": {"w": {"terms": ["a"], ¦"file": "w.txt"}},
 "rules": [{"id": "a", "when": {"lexicon": "w"}, "then": {"action": "hide"}},
           {"id": "d", "when": {"always": true}, "then": {"action": "ignore"}}]})"),
                   u"lexicon \"w\" has both \"terms\" and \"file\": give only one"_s);
    expectOneError(marked(R"({"lexicons": {"w": ¦{}},
 "rules": [{"id": "a", "when": {"lexicon": "w"}, "then": {"action": "hide"}},
           {"id": "d", "when": {"always": true}, "then": {"action": "ignore"}}]})"),
                   u"lexicon \"w\" needs \"terms\", \"file\" or \"builtin\""_s);
}

// --- Regular expressions --------------------------------------------------------------------

TEST(PolicyDocumentCheck, BadRegexPointsInsideThePattern)
{
    expectOneError(marked(withRule(R"({"id": "a", "when": {"regex": "receipt ¦(number"}, "then": {"action": "hide"}})")),
                   u"bad regular expression: missing close parenthesis for group started here"_s);
    expectOneError(marked(withRule(R"({"id": "a", "when": {"regex": "[a-z]+¦{3,2}"}, "then": {"action": "hide"}})")),
                   u"bad regular expression: invalid repeat"_s);
    expectOneError(marked(withRule(R"({"id": "a", "when": {"regex": "[z-¦a]"}, "then": {"action": "hide"}})")),
                   u"range out of order"_s);
}

TEST(PolicyDocumentCheck, RegexPositionAccountsForEscapesAndNonAscii)
{
    // JSON escapes take two columns for one pattern character; vectorscan counts UTF-8 bytes.
    expectOneError(marked(withRule(R"({"id": "a", "when": {"regex": "\\d+\\s¦(x"}, "then": {"action": "hide"}})")),
                   u"missing close parenthesis"_s);
    expectOneError(marked(withRule(R"({"id": "a", "when": {"regex": "ñandú 😀 ¦(x"}, "then": {"action": "hide"}})")),
                   u"missing close parenthesis"_s);
    expectOneError(marked(withRule(R"({"id": "a", "when": {"regex": "\u00e9\"¦(x"}, "then": {"action": "hide"}})")),
                   u"missing close parenthesis"_s);
}

TEST(PolicyDocumentCheck, RegexTheEngineCannotCompileIsAnErrorOfThatRule)
{
    expectOneError(marked(withRule(R"({"id": "a", "when": {"regex": ¦"a.{1000}b"}, "then": {"action": "hide"}})")),
                   u"too large"_s);
    expectOneError(marked(withRule(R"({"id": "a", "when": {"regex": "¦\\bword"}, "then": {"action": "hide"}})")),
                   u"\\b is not supported"_s);
    expectOneError(marked(withRule(R"({"id": "a", "when": {"regex": ¦"x*"}, "then": {"action": "hide"}})")),
                   u"matches empty text"_s);
    expectOneError(marked(withRule(R"({"id": "a", "when": {"regex": ¦"(a)\\1"}, "then": {"action": "hide"}})")),
                   u"back-references are unsupported"_s);
}

// --- Order of rules -------------------------------------------------------------------------

TEST(PolicyDocumentCheck, RuleAfterACatchAllIsNeverReached)
{
    expectOneError(marked(R"({"rules": [
  {"id": "everything", "when": {"always": true}, "then": {"action": "ignore"}},
  ¦{"id": "pii", "when": {"pii": true}, "then": {"action": "hide"}}
]})"),
                   u"rule \"pii\" is never reached: rule \"everything\" at line 2 holds for every comment"_s);
}

TEST(PolicyDocumentCheck, EmptyConditionIsACatchAllToo)
{
    expectOneError(marked(R"({"rules": [
  {"id": "first", "when": {}, "then": {"action": "ignore"}},
  ¦{"id": "second", "when": {"question": true}, "then": {"action": "respond"}}
]})"),
                   u"rule \"second\" is never reached"_s);
    expectOneError(marked(R"({"rules": [
  {"id": "first", "when": {"not": {"always": false}}, "then": {"action": "ignore"}},
  ¦{"id": "second", "when": {"question": true}, "then": {"action": "respond"}}
]})"),
                   u"rule \"second\" is never reached"_s);
}

TEST(PolicyDocumentCheck, NoDefaultRule)
{
    expectOneError(marked(R"({"rules": [
  {"id": "pii", "when": {"pii": true}, "then": {"action": "hide"}},
  ¦{"id": "questions", "when": {"question": true}, "then": {"action": "respond"}}
]})"),
                   u"no default rule: the last rule must hold for every comment"_s);
}

TEST(PolicyDocumentCheck, BrokenLastRuleDoesNotAlsoClaimANoDefaultRule)
{
    // Its condition is unknown, so whether it is a catch-all is unknown: one error, not two.
    expectOneError(marked(R"({"rules": [{"id": "last", "when": {¦"alway": true}, "then": {"action": "ignore"}}]})"),
                   u"unknown predicate \"alway\""_s);
}

// --- Many problems at once ------------------------------------------------------------------

TEST(PolicyDocumentCheck, EveryProblemIsReportedInFileOrder)
{
    const Marked document = marked(R"({
  "policy": "Many mistakes", "version": ¦0, ¦"timezon": "UTC",
  "lexicons": {"p": {"builtin": ¦"nope"}},
  "rules": [
    {"id": "a", "when": {"lexicon": ¦"q", "regex": "¦(x"}, "then": {"action": ¦"remove", "sla": ¦"2 days"}},
    {"id": ¦"a", "when": {"platform": ¦"myspace"}, "then": {"action": "hide", "hide": ¦"later"}},
    {"id": "c", "when": {"always": true}, "then": {"action": "ignore"}},
    ¦{"id": "d", "when": {"question": true}, "then": {"action": "respond", "priority": ¦"meh"}}
  ]
})");
    const auto result = check(document.json);
    ASSERT_EQ(result.errors.size(), document.marks.size()) << listed(result.errors);
    for (qsizetype i = 0; i < result.errors.size(); ++i) {
        EXPECT_EQ(result.errors.at(i).line(), document.marks.at(i).line) << i << listed(result.errors);
        EXPECT_EQ(result.errors.at(i).column(), document.marks.at(i).column) << i << listed(result.errors);
    }
    const Result<PolicyDocument> first = PolicyDocument::parse(document.json, u"policy.json"_s, {});
    ASSERT_FALSE(first.ok());
    EXPECT_EQ(first.error().toString(), result.errors.first().toString());
}

// --- A valid document, read into the AST ----------------------------------------------------

TEST(PolicyDocumentParse, EveryPredicateAndOutcomeFieldIsRead)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    QFile words(dir.filePath(u"words.txt"_s));
    ASSERT_TRUE(words.open(QIODevice::WriteOnly));
    words.write("\xEF\xBB\xBF# greetings\nhello there\n\n   # indented comment\nbuenos días\n");
    words.close();

    const Marked document = marked(R"({
  "policy": "Everything", "version": 7, "timezone": "Europe/Madrid",
  "lexicons": {
    "inline": {"terms": ["gracias", " thanks "]},
    "fromFile": {"file": "words.txt"},
    "shipped": {"builtin": "threats-en"}
  },
  "author_lists": {"partners": ["@CDCgov", "1234567890"]},
  "rules": [
    ¦{"id": "one", "clause": "Clause one", "note": "A note",
     "when": {¦"platform": ["twitter", "facebook"], "source": "page_comment", "terms": ["green card", "I-485"]},
     "then": {"action": "hide", "hide": "automatic", "category": "privacy", "queue": "q", "priority": "high",
              "sla": "1h30m", "answer": "a-1"}},
    {"id": "two", "when": {"any": [{"regex": "a+b"}, {"pii": ["ssn", "a_number"]}, {"pii": true}]},
     "then": {"action": "escalate"}},
    {"id": "three", "when": {"not": {"links": {"min": 2, "max": 5}}}, "then": {"action": "respond"}},
    {"id": "four", "when": {"all": [{"mentions": {"max": 3}}, {"hashtags": {"min": 1}}, {"length": {"min": 10, "max": 280}}]},
     "then": {"action": "respond"}},
    {"id": "five", "when": {"authors": {"list": "partners"}, "lang": ["es", "pt-BR"], "question": false},
     "then": {"action": "ignore"}},
    {"id": "six", "when": {"authors": ["@someone", "42"], "repeat": {"count": 3, "within": "10m"}},
     "then": {"action": "hide"}},
    {"id": "seven", "when": {"time": {"days": ["fri", "sat"], "from": "22:00", "to": "06:00"}},
     "then": {"action": "ignore"}},
    {"id": "eight", "when": {"lexicon": ["inline", "fromFile"]}, "then": {"action": "respond"}},
    {"id": "default", "when": {"always": true}, "then": {"action": "ignore"}}
  ]
})");
    const auto result = check(document.json, dir.path());
    ASSERT_TRUE(result.document) << listed(result.errors);
    const PolicyDocument& policy = *result.document;
    using Kind = Condition::Kind;

    EXPECT_EQ(policy.name, u"Everything"_s);
    EXPECT_EQ(policy.version, 7);
    EXPECT_EQ(policy.timezoneId, u"Europe/Madrid"_s);
    EXPECT_EQ(policy.timezone.id(), QByteArray("Europe/Madrid"));
    EXPECT_EQ(policy.fileName, u"policy.json"_s);
    EXPECT_EQ(policy.source, document.json);

    ASSERT_EQ(policy.lexicons.size(), 3);
    EXPECT_EQ(policy.lexicons.value(u"inline"_s).terms, QStringList({ u"gracias"_s, u"thanks"_s }));
    EXPECT_EQ(policy.lexicons.value(u"inline"_s).origin, u"inline"_s);
    EXPECT_EQ(policy.lexicons.value(u"fromFile"_s).terms, QStringList({ u"hello there"_s, u"buenos días"_s }));
    EXPECT_EQ(policy.lexicons.value(u"fromFile"_s).origin, u"words.txt"_s);
    EXPECT_EQ(policy.lexicons.value(u"shipped"_s).origin, u"builtin:threats-en"_s);
    EXPECT_TRUE(policy.lexicons.value(u"shipped"_s).terms.contains(u"i will kill"_s));
    EXPECT_EQ(policy.authorLists.value(u"partners"_s), QStringList({ u"@CDCgov"_s, u"1234567890"_s }));

    ASSERT_EQ(policy.rules.size(), 9);
    const PolicyRule& one = policy.rules.at(0);
    EXPECT_EQ(one.id, u"one"_s);
    EXPECT_EQ(one.clause, u"Clause one"_s);
    EXPECT_EQ(one.note, u"A note"_s);
    EXPECT_EQ(one.position, document.marks.at(0));
    ASSERT_EQ(one.when.kind, Kind::All); // several keys in one object
    ASSERT_EQ(one.when.children.size(), 3);
    EXPECT_EQ(one.when.children.at(0).kind, Kind::Platform);
    EXPECT_EQ(one.when.children.at(0).position, document.marks.at(1));
    EXPECT_EQ(one.when.children.at(0).platforms, QList<Platform>({ Platform::Twitter, Platform::Facebook }));
    EXPECT_EQ(one.when.children.at(1).sources, QList<Source>({ Source::PageComment }));
    EXPECT_EQ(one.when.children.at(2).terms, QStringList({ u"green card"_s, u"I-485"_s }));
    EXPECT_EQ(one.then.action, Action::Hide);
    EXPECT_EQ(one.then.hide, HideMode::Automatic);
    EXPECT_EQ(one.then.category, u"privacy"_s);
    EXPECT_EQ(one.then.queue, u"q"_s);
    EXPECT_EQ(one.then.priority, Priority::High);
    EXPECT_EQ(one.then.slaSeconds, std::optional<qint64>(5400));
    EXPECT_EQ(one.then.answer, u"a-1"_s);

    const Condition& two = policy.rules.at(1).when;
    ASSERT_EQ(two.kind, Kind::Any);
    ASSERT_EQ(two.children.size(), 3);
    EXPECT_EQ(two.children.at(0).kind, Kind::Regex);
    EXPECT_EQ(two.children.at(0).regex, u"a+b"_s);
    EXPECT_EQ(two.children.at(1).piiKinds, QList<PiiKind>({ PiiKind::Ssn, PiiKind::ANumber }));
    EXPECT_EQ(two.children.at(2).kind, Kind::Pii);
    EXPECT_TRUE(two.children.at(2).piiKinds.isEmpty()); // any kind
    EXPECT_EQ(policy.rules.at(1).then.action, Action::Escalate);
    EXPECT_EQ(policy.rules.at(1).then.priority, Priority::Normal);
    EXPECT_FALSE(policy.rules.at(1).then.slaSeconds.has_value());

    const Condition& three = policy.rules.at(2).when;
    ASSERT_EQ(three.kind, Kind::Not);
    ASSERT_EQ(three.children.size(), 1);
    EXPECT_EQ(three.children.first().kind, Kind::Links);
    EXPECT_EQ(three.children.first().range.min, std::optional<int>(2));
    EXPECT_EQ(three.children.first().range.max, std::optional<int>(5));

    const Condition& four = policy.rules.at(3).when;
    ASSERT_EQ(four.kind, Kind::All);
    ASSERT_EQ(four.children.size(), 3);
    EXPECT_EQ(four.children.at(0).kind, Kind::Mentions);
    EXPECT_FALSE(four.children.at(0).range.min.has_value());
    EXPECT_EQ(four.children.at(0).range.max, std::optional<int>(3));
    EXPECT_EQ(four.children.at(1).kind, Kind::Hashtags);
    EXPECT_EQ(four.children.at(2).kind, Kind::Length);
    EXPECT_EQ(four.children.at(2).range.max, std::optional<int>(280));

    const Condition& five = policy.rules.at(4).when;
    ASSERT_EQ(five.children.size(), 3);
    EXPECT_EQ(five.children.at(0).kind, Kind::Authors);
    EXPECT_EQ(five.children.at(0).authorList, u"partners"_s);
    EXPECT_EQ(five.children.at(1).langs, QStringList({ u"es"_s, u"pt-BR"_s }));
    EXPECT_EQ(five.children.at(2).kind, Kind::Question);
    EXPECT_FALSE(five.children.at(2).flag);

    const Condition& six = policy.rules.at(5).when;
    ASSERT_EQ(six.children.size(), 2);
    EXPECT_EQ(six.children.at(0).authors, QStringList({ u"@someone"_s, u"42"_s }));
    EXPECT_EQ(six.children.at(1).kind, Kind::Repeat);
    EXPECT_EQ(six.children.at(1).repeatCount, 3);
    EXPECT_EQ(six.children.at(1).repeatWithinSeconds, 600);
    EXPECT_EQ(policy.rules.at(5).then.hide, HideMode::Proposed); // the default

    const Condition& seven = policy.rules.at(6).when;
    ASSERT_EQ(seven.kind, Kind::Time);
    EXPECT_EQ(seven.days, QList<int>({ Qt::Friday, Qt::Saturday }));
    EXPECT_EQ(seven.from, QTime(22, 0));
    EXPECT_EQ(seven.to, QTime(6, 0));

    EXPECT_EQ(policy.rules.at(7).when.lexicons, QStringList({ u"inline"_s, u"fromFile"_s }));
    EXPECT_EQ(policy.rules.at(8).when.kind, Kind::Always);
    EXPECT_TRUE(policy.rules.at(8).when.isCatchAll());
}

TEST(PolicyDocumentParse, DefaultsWhenOptionalKeysAreLeftOut)
{
    const auto result = check(kRulesOnly);
    ASSERT_TRUE(result.document) << listed(result.errors);
    EXPECT_TRUE(result.document->name.isEmpty());
    EXPECT_EQ(result.document->version, 0);
    EXPECT_EQ(result.document->timezoneId, u"UTC"_s);
    EXPECT_TRUE(result.document->timezone.isValid());
}

TEST(PolicyDocumentParse, CatchAllAndNeverAreRecognisedStructurally)
{
    const auto result = check(R"({"rules": [
  {"id": "a", "when": {"any": [{"question": true}, {"always": true}]}, "then": {"action": "ignore"}}
]})");
    ASSERT_TRUE(result.document) << listed(result.errors); // an any with a catch-all is a default rule
    const auto never = check(R"({"rules": [
  {"id": "a", "when": {"all": [{"question": true}, {"always": false}]}, "then": {"action": "hide"}},
  {"id": "b", "when": {"not": {"all": [{"question": true}, {"always": false}]}}, "then": {"action": "ignore"}}
]})");
    ASSERT_TRUE(never.document) << listed(never.errors);
    EXPECT_TRUE(never.document->rules.at(0).when.isNever());
    EXPECT_TRUE(never.document->rules.at(1).when.isCatchAll());
}

// --- Durations ------------------------------------------------------------------------------

TEST(PolicyDuration, ParsesNumberUnitPairsLargestFirst)
{
    EXPECT_EQ(parseDuration(u"15m"_s), std::optional<qint64>(900));
    EXPECT_EQ(parseDuration(u"1h30m"_s), std::optional<qint64>(5400));
    EXPECT_EQ(parseDuration(u"2d"_s), std::optional<qint64>(172800));
    EXPECT_EQ(parseDuration(u"1d2h3m4s"_s), std::optional<qint64>(93784));
    EXPECT_EQ(parseDuration(u"90s"_s), std::optional<qint64>(90));
    EXPECT_EQ(parseDuration(u"0m"_s), std::optional<qint64>(0));
}

TEST(PolicyDuration, RejectsAnythingElse)
{
    for (const QString& text : { u""_s, u"15"_s, u"m"_s, u"15x"_s, u"1h 30m"_s, u" 15m"_s, u"30m1h"_s, u"1h1h"_s,
                                 u"-5m"_s, u"1.5h"_s, u"15M"_s, u"1w"_s, u"9999999999s"_s, u"１５m"_s }) {
        EXPECT_FALSE(parseDuration(text).has_value()) << text.toStdString();
    }
}

TEST(PolicyDuration, FormatsTheShortestForm)
{
    EXPECT_EQ(formatDuration(5400), u"1h30m"_s);
    EXPECT_EQ(formatDuration(900), u"15m"_s);
    EXPECT_EQ(formatDuration(93784), u"1d2h3m4s"_s);
    EXPECT_EQ(formatDuration(0), u"0s"_s);
    for (qint64 seconds : { 1, 59, 61, 3600, 86399, 86400, 1000000 })
        EXPECT_EQ(parseDuration(formatDuration(seconds)), std::optional<qint64>(seconds)) << seconds;
}

// --- Summary --------------------------------------------------------------------------------

TEST(PolicyDocumentSummary, NamesThePolicyAndEveryRuleWithItsOutcome)
{
    const auto result = check(R"({"policy": "Office hours", "version": 3, "timezone": "America/New_York",
 "lexicons": {"thanks": {"terms": ["thanks", "gracias"]}},
 "rules": [
  {"id": "pii", "when": {"pii": ["ssn"]}, "then": {"action": "hide", "hide": "automatic", "category": "privacy"}},
  {"id": "threat", "when": {"lexicon": "thanks"}, "then": {"action": "escalate", "queue": "security", "priority": "urgent", "sla": "15m"}},
  {"id": "default", "when": {"always": true}, "then": {"action": "ignore"}}]})");
    ASSERT_TRUE(result.document) << listed(result.errors);
    const QString summary = result.document->summary();
    EXPECT_TRUE(summary.startsWith(u"Policy \"Office hours\", version 3, time zone America/New_York\n"_s)) << summary.toStdString();
    EXPECT_TRUE(summary.contains(u"3 rules, first match wins: 1 escalate, 1 hide, 1 ignore"_s)) << summary.toStdString();
    EXPECT_TRUE(summary.contains(u"thanks 2 (inline)"_s)) << summary.toStdString();
    EXPECT_TRUE(summary.contains(u"1. pii when PII ssn\n"_s)) << summary.toStdString();
    EXPECT_TRUE(summary.contains(u"-> hide automatic, category privacy\n"_s)) << summary.toStdString();
    EXPECT_TRUE(summary.contains(u"-> escalate, queue security, urgent, SLA 15m\n"_s)) << summary.toStdString();
    EXPECT_TRUE(summary.contains(u"3. default when always\n"_s)) << summary.toStdString();
}

TEST(PolicyDocumentSummary, FitsOneScreenForALargePolicy)
{
    QString rules;
    for (int i = 0; i < 300; ++i)
        rules += u"{\"id\": \"rule-%1\", \"when\": {\"terms\": [\"word%1\"]}, \"then\": {\"action\": \"respond\"}},"_s.arg(i);
    rules += u"{\"id\": \"default\", \"when\": {\"always\": true}, \"then\": {\"action\": \"ignore\"}}"_s;
    const auto result = check((u"{\"rules\": ["_s + rules + u"]}"_s).toUtf8());
    ASSERT_TRUE(result.document) << listed(result.errors);
    const QString summary = result.document->summary();
    const QStringList lines = summary.split(u'\n', Qt::SkipEmptyParts);
    EXPECT_LE(lines.size(), 50);
    for (const QString& line : lines)
        EXPECT_LE(line.size(), 120) << line.toStdString();
    EXPECT_TRUE(summary.contains(u"301 rules"_s));
    EXPECT_TRUE(summary.contains(u"more rules"_s));
    EXPECT_TRUE(summary.contains(u"301. default when always"_s)) << summary.toStdString();
}

// --- Shipped data ---------------------------------------------------------------------------

TEST(SamplePolicies, AllThreeCheckClean)
{
    for (const QString& name : { u"office-hours.json"_s, u"contact-center.json"_s, u"travel-security.json"_s }) {
        const auto result = PolicyDocument::checkFile(samplePolicy(name));
        EXPECT_TRUE(result.document.has_value()) << name.toStdString() << listed(result.errors);
        // And the copies built into the library, lexicon files included.
        const auto bundled = PolicyDocument::checkFile(u":/policies/"_s + name);
        EXPECT_TRUE(bundled.document.has_value()) << name.toStdString() << listed(bundled.errors);
    }
}

TEST(SamplePolicies, OfficeHoursHidesCaseNumbersAutomaticallyAndAnswersCaseQuestionsPrivately)
{
    const Result<PolicyDocument> policy = PolicyDocument::load(samplePolicy(u"office-hours.json"_s));
    ASSERT_TRUE(policy.ok()) << policy.error().toString().toStdString();
    const PolicyRule& first = policy->rules.first();
    EXPECT_EQ(first.then.action, Action::Hide);
    EXPECT_EQ(first.then.hide, HideMode::Automatic);
    EXPECT_TRUE(first.when.piiKinds.contains(PiiKind::UscisReceipt));
    EXPECT_TRUE(first.when.piiKinds.contains(PiiKind::ANumber));

    const auto caseSpecific = std::find_if(policy->rules.cbegin(), policy->rules.cend(),
                                           [](const PolicyRule& r) { return r.id == u"case-specific"_s; });
    ASSERT_NE(caseSpecific, policy->rules.cend());
    EXPECT_EQ(caseSpecific->then.action, Action::Respond);
    EXPECT_EQ(caseSpecific->then.answer, u"contact-us-privately"_s);
    EXPECT_EQ(policy->rules.last().then.action, Action::Ignore);
    EXPECT_EQ(policy->rules.last().then.category, u"off-topic"_s);
}

TEST(SamplePolicies, ContactCenterHidesMedicalDetailsAsProposedWithAPrivateFollowUp)
{
    const Result<PolicyDocument> policy = PolicyDocument::load(samplePolicy(u"contact-center.json"_s));
    ASSERT_TRUE(policy.ok()) << policy.error().toString().toStdString();
    int privateFollowUps = 0;
    for (const PolicyRule& rule : policy->rules) {
        if (rule.then.action == Action::Hide && rule.then.answer == u"private-follow-up"_s) {
            EXPECT_EQ(rule.then.hide, HideMode::Proposed) << rule.id.toStdString();
            ++privateFollowUps;
        }
    }
    EXPECT_EQ(privateFollowUps, 2); // personal identifiers and medical details
    EXPECT_TRUE(policy->lexicons.value(u"medical_details"_s).terms.contains(u"my biopsy results"_s));
}

TEST(SamplePolicies, TravelSecurityEscalatesThreatsAsUrgentAndCoversTheFourCategories)
{
    const Result<PolicyDocument> policy = PolicyDocument::load(samplePolicy(u"travel-security.json"_s));
    ASSERT_TRUE(policy.ok()) << policy.error().toString().toStdString();
    EXPECT_EQ(policy->rules.first().id, u"threat"_s);
    EXPECT_EQ(policy->rules.first().then.action, Action::Escalate);
    EXPECT_EQ(policy->rules.first().then.priority, Priority::Urgent);
    QStringList categories;
    for (const PolicyRule& rule : policy->rules)
        categories.append(rule.then.category);
    for (const QString& category : { u"prohibited-items"_s, u"identification"_s, u"trusted-traveler"_s,
                                     u"disabilities-medical"_s })
        EXPECT_TRUE(categories.contains(category)) << category.toStdString();
}

TEST(BuiltinLexicons, EachLoadsWithoutDuplicateTerms)
{
    const QStringList files = QDir(u":/lexicons"_s).entryList({ u"*.txt"_s }, QDir::Files, QDir::Name);
    ASSERT_GE(files.size(), 5);
    for (QString name : files) {
        name.chop(4);
        const QByteArray json = (uR"({"lexicons": {"l": {"builtin": "%1"}}, "rules": [
  {"id": "a", "when": {"lexicon": "l"}, "then": {"action": "hide"}},
  {"id": "d", "when": {"always": true}, "then": {"action": "ignore"}}]})"_s.arg(name)).toUtf8();
        const auto result = check(json);
        ASSERT_TRUE(result.document) << name.toStdString() << listed(result.errors);
        const QStringList terms = result.document->lexicons.value(u"l"_s).terms;
        EXPECT_GE(terms.size(), 30) << name.toStdString();
        QStringList folded;
        for (const QString& term : terms)
            folded.append(term.toCaseFolded());
        EXPECT_EQ(folded.removeDuplicates(), 0) << name.toStdString();
    }
}

TEST(BuiltinLexicons, ThreatListsHoldNoBareTravelWords)
{
    // A traveller asking about a bath bomb or a firearm in checked baggage is not threatening.
    for (const QString& name : { u"threats-en"_s, u"threats-es"_s }) {
        QFile file(u":/lexicons/%1.txt"_s.arg(name));
        ASSERT_TRUE(file.open(QIODevice::ReadOnly)) << name.toStdString();
        const QStringList lines = QString::fromUtf8(file.readAll()).split(u'\n');
        for (const QString& word : { u"bomb"_s, u"gun"_s, u"knife"_s, u"bomba"_s, u"arma"_s, u"cuchillo"_s })
            EXPECT_FALSE(lines.contains(word)) << name.toStdString() << ": " << word.toStdString();
    }
}
