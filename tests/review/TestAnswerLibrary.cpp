#include "CommentBuilders.h"
#include "StoreReads.h"
#include "TempDatabase.h"

#include "review/AnswerLibrary.h"
#include "storage/AnswerStore.h"

#include <QFile>

using namespace Qt::StringLiterals;
using namespace moderation;
using namespace moderation::test;

namespace {

const QByteArray kJson = R"({ "answers": [
  { "key": "processing-times", "title": "Processing times", "lang": "en", "category": "general-question",
    "body": "Hi {{name}}, times are at {{link}}.", "link": "uscis.gov/times" },
  { "key": "processing-times-es", "title": "Tiempos", "lang": "es", "category": "general-question",
    "body": "Hola {{name}}, los tiempos están en {{link}}.", "link": "uscis.gov/es" },
  { "key": "contact-us-privately", "title": "Privately", "lang": "en", "category": "case-specific",
    "body": "{{handle}}, please contact us privately about your case." }
] })";

} // namespace

TEST(AnswerLibrary, ReadsJsonAndCsvAlike)
{
    auto json = AnswerLibrary::read(kJson, u"a.json"_s);
    ASSERT_TRUE(json.ok()) << json.error().toString().toStdString();
    ASSERT_EQ(json->size(), 3);
    EXPECT_EQ(json->at(0).link, u"uscis.gov/times"_s);
    const QByteArray csv = "key,title,body,lang,category,link\r\n"
                           "processing-times,Processing times,\"Hi {{name}}, times are at {{link}}.\",en,general-question,uscis.gov/times\r\n"
                           "two-lines,Two,\"First line\nsecond \"\"quoted\"\"\",en,x,\r\n";
    auto fromCsv = AnswerLibrary::read(csv, u"a.csv"_s);
    ASSERT_TRUE(fromCsv.ok()) << fromCsv.error().toString().toStdString();
    ASSERT_EQ(fromCsv->size(), 2);
    EXPECT_EQ(fromCsv->at(0), json->at(0));
    EXPECT_EQ(fromCsv->at(1).body, u"First line\nsecond \"quoted\""_s);
}

TEST(AnswerLibrary, EveryProblemSaysWhere)
{
    const QList<std::pair<QByteArray, QString>> bad {
        { R"({ "answers": [ { "key": "a", "title": "t", "lang": "en", "category": "c" } ] })", u"a.json:1:16: the answer has no \"body\""_s },
        { R"([ { "key": "a", "title": "t", "body": "Hi {{nmae}}", "lang": "en", "category": "c" } ])", u"uses {{nmae}}, which is not a variable"_s },
        { R"([ { "key": "Bad Key", "title": "t", "body": "b", "lang": "en", "category": "c" } ])", u"is not lower-case"_s },
        { "key,title,body,lang\nx,t,b,en\n", u"a.csv:1:1: the header has no \"category\" column"_s },
        { "key,title,body,lang,category\nx,t,b,en\n", u"a.csv:2:1: 4 fields where the header has 5"_s },
        { R"([ { "key": "a", "title": "t", "body": "b", "lang": "en", "category": "c" },
               { "key": "a", "title": "t", "body": "b", "lang": "en", "category": "c" } ])", u"the key a is there twice"_s },
    };
    for (const auto& [bytes, says] : bad) {
        const QString file = bytes.startsWith('k') ? u"a.csv"_s : u"a.json"_s;
        auto read = AnswerLibrary::read(bytes, file);
        ASSERT_FALSE(read.ok()) << says.toStdString();
        EXPECT_EQ(read.error().code(), Error::Code::InvalidInput);
        EXPECT_TRUE(read.error().toString().contains(says)) << read.error().toString().toStdString();
    }
}

TEST(AnswerLibrary, SuggestsThePolicysAnswerInTheCommentsLanguageThenTheCategory)
{
    const QList<Answer> library = AnswerLibrary::read(kJson, u"a.json"_s).value();
    Comment comment = tweet(u"1"_s, u"¿Cuánto tiempo tarda mi caso?"_s);
    comment.lang = u"es"_s;
    Decision decision;
    decision.category = u"general-question"_s;
    QList<Answer> best = AnswerLibrary::suggest(library, comment, decision);
    ASSERT_EQ(best.size(), 3);
    EXPECT_EQ(best.at(0).key, u"processing-times-es"_s);
    EXPECT_EQ(best.at(1).key, u"processing-times"_s);
    decision.answerId = u"contact-us-privately"_s;
    best = AnswerLibrary::suggest(library, comment, decision);
    EXPECT_EQ(best.at(0).key, u"contact-us-privately"_s);
}

TEST(AnswerLibrary, FillsTheVariablesForTheComment)
{
    const QList<Answer> library = AnswerLibrary::read(kJson, u"a.json"_s).value();
    const Comment comment = tweet(u"1"_s, u"When?"_s).by(u"9"_s, u"maria"_s, u"María"_s);
    EXPECT_EQ(AnswerLibrary::fill(library.at(0), comment), u"Hi María, times are at uscis.gov/times."_s);
    EXPECT_EQ(AnswerLibrary::fill(library.at(2), comment), u"@maria, please contact us privately about your case."_s);
}

TEST(AnswerLibrary, TheSampleLibraryCoversTheBundledPoliciesInBothLanguages)
{
    QFile file(u":/answers/answers.json"_s);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    auto read = AnswerLibrary::read(file.readAll(), file.fileName());
    ASSERT_TRUE(read.ok()) << read.error().toString().toStdString();
    EXPECT_GE(read->size(), 12);
    QSet<QString> langs;
    QSet<QString> keys;
    for (const Answer& a : *read) {
        langs.insert(a.lang);
        keys.insert(a.key);
    }
    EXPECT_TRUE(langs.contains(u"en"_s) && langs.contains(u"es"_s));
    // The answers the bundled policies suggest are there.
    EXPECT_TRUE(keys.contains(u"contact-us-privately"_s));
    EXPECT_TRUE(keys.contains(u"private-follow-up"_s));
}

class AnswerStoreTest : public EngineTest
{
};

TEST_P(AnswerStoreTest, AChangedAnswerGetsANewVersionAndKeepsTheOld)
{
    QList<Answer> answers = AnswerLibrary::read(kJson, u"a.json"_s).value();
    AnswerStore store(db());
    auto first = store.import(answers, u"sam"_s);
    ASSERT_TRUE(first.ok()) << first.error().toString().toStdString();
    EXPECT_EQ(first->added, 3);
    answers[0].body = u"Hi {{name}}, see {{link}} for current times."_s;
    auto second = store.import(answers, u"sam"_s);
    ASSERT_TRUE(second.ok()) << second.error().toString().toStdString();
    EXPECT_EQ(second->changed, 1);
    EXPECT_EQ(second->unchanged, 2);
    const Answer current = store.byKey(u"processing-times"_s).value();
    EXPECT_EQ(current.version, 2);
    EXPECT_EQ(current.body, answers[0].body);
    const QList<Answer> earlier = store.versionsOf(u"processing-times"_s).value();
    ASSERT_EQ(earlier.size(), 1);
    EXPECT_EQ(earlier.first().version, 1);
    EXPECT_EQ(earlier.first().body, u"Hi {{name}}, times are at {{link}}."_s);
    EXPECT_EQ(auditTail(db(), 1).constFirst().action, u"answer.changed"_s);
    EXPECT_EQ(store.list().value().size(), 3);
}

MODERATION_INSTANTIATE_ENGINES(AnswerStoreTest);
