#include "CtlRunner.h"

#include "policy/MultiPatternMatcher.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;
using namespace moderation;
using namespace moderation::test;

namespace {

const QByteArray kPolicy = R"({
  "policy": "Classify test", "version": 1, "timezone": "America/New_York",
  "lexicons": { "thanks": { "terms": ["thank you", "gracias"] } },
  "rules": [
    { "id": "pii", "clause": "Personal information",
      "when": { "pii": ["ssn", "uscis_receipt", "a_number"] },
      "then": { "action": "hide", "hide": "automatic", "category": "privacy" } },
    { "id": "flood", "when": { "repeat": { "count": 3, "within": "10m" } },
      "then": { "action": "hide", "category": "spam" } },
    { "id": "green-card", "when": { "all": [ { "question": true }, { "terms": ["green card", "I-485"] } ] },
      "then": { "action": "respond", "category": "green-card", "queue": "general", "sla": "1h",
                "answer": "gc-basics" } },
    { "id": "thanks", "when": { "lexicon": "thanks" }, "then": { "action": "ignore", "category": "thanks" } },
    { "id": "default", "when": { "always": true }, "then": { "action": "ignore" } }
  ]
})";

class ClassifyCommandTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        QFile file(m_dir.filePath(u"policy.json"_s));
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(kPolicy);
    }

    QString policyPath() const { return m_dir.filePath(u"policy.json"_s); }

    // Runs classify with these bytes on stdin, as the real binary reads them.
    CtlRun classify(const QByteArray& input, QStringList extra = {})
    {
        QByteArray bytes = input;
        QBuffer device(&bytes);
        device.open(QIODevice::ReadOnly);
        QString unused;
        CtlRun run;
        QTextStream out(&run.out);
        QTextStream err(&run.err);
        QTextStream in(&unused);
        ctl::CommandIo io { out, err, in, &device };
        QStringList args = extra;
        args << u"classify"_s << u"--policy"_s << policyPath();
        run.exitCode = ctl::runCtl(args, io);
        out.flush();
        err.flush();
        return run;
    }

    QTemporaryDir m_dir;
};

// One input line; each id is its own author, so that `repeat` stays out of the way.
QByteArray line(const QString& id, const QString& text)
{
    return (u"{\"platform\":\"twitter\",\"id\":\"%1\",\"text\":%2,\"author\":\"@author%1\",\"source\":\"mention\","
            "\"created_at\":\"2026-11-03T19:30:00Z\",\"lang\":\"en\"}\n"_s)
        .arg(id, QString::fromUtf8(QJsonDocument(QJsonArray { text }).toJson(QJsonDocument::Compact).mid(1).chopped(1)))
        .toUtf8();
}

QList<QJsonObject> jsonLines(const QString& text)
{
    QList<QJsonObject> objects;
    for (const QString& l : text.split(u'\n', Qt::SkipEmptyParts))
        objects << QJsonDocument::fromJson(l.toUtf8()).object();
    return objects;
}

} // namespace

TEST_F(ClassifyCommandTest, OneDecisionLinePerCommentInInputOrder)
{
    const CtlRun run = classify(line(u"a"_s, u"When do I get my green card?"_s) + line(u"b"_s, u"thank you!"_s)
                                + line(u"c"_s, u"nice day"_s));
    EXPECT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_TRUE(run.err.isEmpty()) << run.err.toStdString();
    const QList<QJsonObject> out = jsonLines(run.out);
    ASSERT_EQ(out.size(), 3);
    EXPECT_EQ(out.at(0).value(u"id"_s).toString(), u"a"_s);
    EXPECT_EQ(out.at(0).value(u"action"_s).toString(), u"respond"_s);
    EXPECT_EQ(out.at(0).value(u"rule"_s).toString(), u"green-card"_s);
    EXPECT_EQ(out.at(0).value(u"queue"_s).toString(), u"general"_s);
    EXPECT_EQ(out.at(0).value(u"sla_seconds"_s).toInt(), 3600);
    EXPECT_EQ(out.at(0).value(u"answer"_s).toString(), u"gc-basics"_s);
    EXPECT_EQ(out.at(1).value(u"rule"_s).toString(), u"thanks"_s);
    EXPECT_EQ(out.at(2).value(u"rule"_s).toString(), u"default"_s);
    EXPECT_TRUE(out.at(2).value(u"clause"_s).isNull());
    EXPECT_TRUE(out.at(2).value(u"category"_s).isNull());
    EXPECT_TRUE(out.at(2).value(u"sla_seconds"_s).isNull());
}

TEST_F(ClassifyCommandTest, OutputKeepsTheContractsKeysInItsOrder)
{
    const CtlRun run = classify(line(u"1"_s, u"my SSN: 123-45-6789"_s));
    EXPECT_EQ(run.exitCode, 0);
    EXPECT_EQ(run.out,
              u"{\"id\":\"1\",\"action\":\"hide\",\"rule\":\"pii\",\"clause\":\"Personal information\","
              "\"category\":\"privacy\",\"queue\":null,\"priority\":\"normal\",\"sla_seconds\":null,"
              "\"pii\":[{\"kind\":\"ssn\",\"start\":8,\"end\":19}],"
              "\"explanation\":\"Hidden by rule pii: contains a Social Security number.\","
              "\"hide\":\"automatic\",\"matches\":[{\"start\":8,\"end\":19}]}\n"_s);
}

TEST_F(ClassifyCommandTest, PiiIsListedWhicheverRuleFiresInCodePoints)
{
    // Two emoji (four UTF-16 units) before the phone number.
    const CtlRun run = classify(line(u"1"_s, u"\U0001F600\U0001F600 call (202) 555-0143, thank you"_s));
    EXPECT_EQ(run.exitCode, 0);
    const QList<QJsonObject> out = jsonLines(run.out);
    ASSERT_EQ(out.size(), 1);
    EXPECT_EQ(out.at(0).value(u"rule"_s).toString(), u"thanks"_s);
    const QJsonArray pii = out.at(0).value(u"pii"_s).toArray();
    ASSERT_EQ(pii.size(), 1);
    EXPECT_EQ(pii.at(0).toObject().value(u"kind"_s).toString(), u"phone"_s);
    EXPECT_EQ(pii.at(0).toObject().value(u"start"_s).toInt(), 8);
    EXPECT_EQ(pii.at(0).toObject().value(u"end"_s).toInt(), 22);
}

TEST_F(ClassifyCommandTest, BadLinesAreReportedOnStderrAndTheRunGoesOn)
{
    QByteArray input = line(u"1"_s, u"hello"_s);
    input += "not json at all\n";
    input += "[1,2]\n";
    input += "{\"platform\":\"myspace\",\"id\":\"4\",\"text\":\"x\",\"source\":\"mention\"}\n";
    input += "{\"platform\":\"twitter\",\"id\":\"5\",\"source\":\"mention\"}\n";
    input += "{\"platform\":\"twitter\",\"id\":\"6\",\"text\":\"x\",\"source\":\"dm\"}\n";
    input += "{\"platform\":\"twitter\",\"id\":\"7\",\"text\":\"x\",\"source\":\"mention\",\"created_at\":\"yesterday\"}\n";
    input += line(u"8"_s, u"bye"_s);
    const CtlRun run = classify(input);
    EXPECT_EQ(run.exitCode, 2);
    const QList<QJsonObject> out = jsonLines(run.out);
    ASSERT_EQ(out.size(), 2);
    EXPECT_EQ(out.at(0).value(u"id"_s).toString(), u"1"_s);
    EXPECT_EQ(out.at(1).value(u"id"_s).toString(), u"8"_s);
    const QStringList errors = run.err.split(u'\n', Qt::SkipEmptyParts);
    ASSERT_EQ(errors.size(), 6) << run.err.toStdString();
    QList<int> lines;
    for (const QString& e : errors) {
        EXPECT_TRUE(e.startsWith(u"{\"line\":"_s)) << e.toStdString();
        const QJsonObject o = QJsonDocument::fromJson(e.toUtf8()).object();
        lines << o.value(u"line"_s).toInt();
        EXPECT_FALSE(o.value(u"error"_s).toString().isEmpty());
    }
    EXPECT_EQ(lines, (QList<int> { 2, 3, 4, 5, 6, 7 }));
    EXPECT_TRUE(errors.at(2).contains(u"platform"_s));
    EXPECT_TRUE(errors.at(3).contains(u"missing \\\"text\\\""_s)) << errors.at(3).toStdString();
    EXPECT_TRUE(errors.at(4).contains(u"source"_s));
    EXPECT_TRUE(errors.at(5).contains(u"created_at"_s));
}

TEST_F(ClassifyCommandTest, InvalidUtf8IsABadLineNotACrash)
{
    QByteArray input = line(u"1"_s, u"before"_s);
    input += "{\"platform\":\"twitter\",\"id\":\"2\",\"text\":\"caf\xC3\x28 \xFF\",\"source\":\"mention\"}\n";
    input += "{\"platform\":\"twitter\",\"id\":\"3\",\"text\":\"\xED\xA0\x80 surrogate\",\"source\":\"mention\"}\n";
    input += "{\"platform\":\"twitter\",\"id\":\"4\",\"text\":\"\xC0\xAF overlong\",\"source\":\"mention\"}\n";
    input += line(u"5"_s, u"after"_s);
    const CtlRun run = classify(input);
    EXPECT_EQ(run.exitCode, 2);
    EXPECT_EQ(jsonLines(run.out).size(), 2);
    const QStringList errors = run.err.split(u'\n', Qt::SkipEmptyParts);
    ASSERT_EQ(errors.size(), 3);
    EXPECT_EQ(errors.at(0), u"{\"line\":2,\"error\":\"invalid UTF-8 at byte 43\"}"_s);
    EXPECT_TRUE(errors.at(1).contains(u"invalid UTF-8"_s));
    EXPECT_TRUE(errors.at(2).contains(u"invalid UTF-8"_s));
}

TEST_F(ClassifyCommandTest, EscapedLoneSurrogatesAndControlsComeBackAsValidJson)
{
    QByteArray input = "{\"platform\":\"twitter\",\"id\":\"a\\ud800\\u0001\\\"\",\"text\":\"\\udc00 my SSN 123-45-6789\","
                       "\"source\":\"mention\"}\n";
    const CtlRun run = classify(input);
    EXPECT_EQ(run.exitCode, 0) << run.err.toStdString();
    QJsonParseError error;
    const QJsonObject out = QJsonDocument::fromJson(run.out.toUtf8(), &error).object();
    EXPECT_EQ(error.error, QJsonParseError::NoError) << run.out.toStdString();
    EXPECT_EQ(out.value(u"rule"_s).toString(), u"pii"_s);
    EXPECT_TRUE(run.out.startsWith(u"{\"id\":\"a\\ud800\\u0001\\\"\""_s)) << run.out.toStdString();
}

TEST_F(ClassifyCommandTest, BlankLinesAreSkippedButCounted)
{
    const CtlRun run = classify("\n   \r\n" + line(u"x"_s, u"hi"_s) + "oops\n");
    EXPECT_EQ(run.exitCode, 2);
    EXPECT_EQ(jsonLines(run.out).size(), 1);
    EXPECT_TRUE(run.err.startsWith(u"{\"line\":4,"_s)) << run.err.toStdString();
}

TEST_F(ClassifyCommandTest, RepeatCountsEarlierLinesOfTheSameAuthor)
{
    QByteArray input;
    for (int i = 0; i < 4; ++i) {
        input += u"{\"platform\":\"twitter\",\"id\":\"%1\",\"text\":\"buy\",\"author\":\"@spammer\",\"source\":\"reply\","
                 "\"created_at\":\"2026-11-03T19:3%1:00Z\"}\n"_s.arg(i)
                     .toUtf8();
    }
    input += "{\"platform\":\"twitter\",\"id\":\"9\",\"text\":\"buy\",\"author\":\"@else\",\"source\":\"reply\","
             "\"created_at\":\"2026-11-03T19:34:00Z\"}\n";
    const CtlRun run = classify(input);
    EXPECT_EQ(run.exitCode, 0) << run.err.toStdString();
    QStringList rules;
    for (const QJsonObject& o : jsonLines(run.out))
        rules << o.value(u"rule"_s).toString();
    EXPECT_EQ(rules, (QStringList { u"default"_s, u"default"_s, u"flood"_s, u"flood"_s, u"default"_s }));
}

TEST_F(ClassifyCommandTest, NumericIdsAndAuthorObjectsAreAccepted)
{
    const CtlRun run = classify("{\"platform\":\"facebook\",\"id\":12345,\"text\":\"gracias\",\"source\":\"page_comment\","
                                "\"author\":{\"id\":\"99\",\"name\":\"Ana\"}}\n");
    EXPECT_EQ(run.exitCode, 0) << run.err.toStdString();
    const QList<QJsonObject> out = jsonLines(run.out);
    ASSERT_EQ(out.size(), 1);
    EXPECT_EQ(out.at(0).value(u"id"_s).toString(), u"12345"_s);
    EXPECT_EQ(out.at(0).value(u"rule"_s).toString(), u"thanks"_s);
}

// A JSON number is exact only up to 2^53: a larger id has already lost digits (and converting
// it was undefined behaviour). Such a line is bad; the run goes on.
TEST_F(ClassifyCommandTest, ANumericIdBeyondTwoToThe53IsABadLine)
{
    QByteArray input;
    for (const char* id : { "9007199254740991", "9007199254740992", "9007199254740993", "18446744073709551616", "1e300",
                            "-1e19", "1.5" })
        input += "{\"platform\":\"twitter\",\"id\":" + QByteArray(id) + ",\"text\":\"hi\",\"source\":\"mention\"}\n";
    const CtlRun run = classify(input);
    EXPECT_EQ(run.exitCode, 2);
    const QList<QJsonObject> out = jsonLines(run.out);
    ASSERT_EQ(out.size(), 1);
    EXPECT_EQ(out.at(0).value(u"id"_s).toString(), u"9007199254740991"_s);
    const QStringList errors = run.err.split(u'\n', Qt::SkipEmptyParts);
    ASSERT_EQ(errors.size(), 6) << run.err.toStdString();
    for (const QString& e : errors)
        EXPECT_TRUE(e.contains(u"2^53"_s)) << e.toStdString();
}

// A line over the limit is a bad line like any other, and is never held whole.
TEST_F(ClassifyCommandTest, ALineOverOneMegabyteIsABadLineAndTheRunGoesOn)
{
    QByteArray input = line(u"1"_s, u"before"_s);
    input += "{\"platform\":\"twitter\",\"id\":\"2\",\"source\":\"mention\",\"text\":\"" + QByteArray(1024 * 1024, 'a')
        + "\"}\n";
    input += QByteArray(3 * 1024 * 1024, 'b') + '\n';
    input += line(u"4"_s, u"after"_s);
    // Exactly at the limit is still read.
    const QByteArray head = "{\"platform\":\"twitter\",\"id\":\"5\",\"source\":\"mention\",\"text\":\"";
    input += head + QByteArray(1024 * 1024 - head.size() - 2, 'c') + "\"}\n";
    const CtlRun run = classify(input);
    EXPECT_EQ(run.exitCode, 2);
    const QList<QJsonObject> out = jsonLines(run.out);
    ASSERT_EQ(out.size(), 3) << run.err.toStdString();
    EXPECT_EQ(out.at(0).value(u"id"_s).toString(), u"1"_s);
    EXPECT_EQ(out.at(1).value(u"id"_s).toString(), u"4"_s);
    EXPECT_EQ(out.at(2).value(u"id"_s).toString(), u"5"_s);
    const QStringList errors = run.err.split(u'\n', Qt::SkipEmptyParts);
    ASSERT_EQ(errors.size(), 2) << run.err.left(500).toStdString();
    EXPECT_TRUE(errors.at(0).startsWith(u"{\"line\":2,"_s)) << errors.at(0).toStdString();
    EXPECT_TRUE(errors.at(1).startsWith(u"{\"line\":3,"_s)) << errors.at(1).toStdString();
    EXPECT_TRUE(errors.at(0).contains(u"limit of 1 MB"_s)) << errors.at(0).toStdString();
}

// A comment too long to scan is that line's problem; a scan that fails is the machine's: the
// run stops with one line and exit 3, never printing a decision made without a scan.
TEST_F(ClassifyCommandTest, ATextTooLongToScanIsABadLine)
{
    MultiPatternMatcher::setMaxScanBytesForTesting(64);
    const CtlRun run = classify(line(u"1"_s, QString(100, u'a')) + line(u"2"_s, u"short"_s));
    MultiPatternMatcher::setMaxScanBytesForTesting(0);
    EXPECT_EQ(run.exitCode, 2);
    EXPECT_EQ(jsonLines(run.out).size(), 1);
    EXPECT_TRUE(run.err.startsWith(u"{\"line\":1,"_s)) << run.err.toStdString();
    EXPECT_TRUE(run.err.contains(u"longer than one scan"_s)) << run.err.toStdString();
}

TEST_F(ClassifyCommandTest, AFailedScanStopsTheRunWithExitThree)
{
    MultiPatternMatcher::failNextScanForTesting();
    const CtlRun run = classify(line(u"1"_s, u"hello"_s) + line(u"2"_s, u"bye"_s));
    EXPECT_EQ(run.exitCode, ctl::ExitEnvironment);
    EXPECT_TRUE(run.out.isEmpty()) << run.out.toStdString();
    EXPECT_TRUE(run.err.startsWith(u"moderationctl: classify, line 1: "_s)) << run.err.toStdString();
    EXPECT_EQ(run.err.count(u'\n'), 1);
}

TEST_F(ClassifyCommandTest, APolicyWithErrorsExitsTwoNamingFileLineAndColumn)
{
    QFile file(policyPath());
    ASSERT_TRUE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write("{ \"policy\": \"x\", \"version\": 1,\n  \"rules\": [ { \"id\": \"r\", \"when\": { \"regex\": \"\\\\bx\" },"
               " \"then\": { \"action\": \"hide\" } } ] }\n");
    file.close();
    const CtlRun run = classify(line(u"1"_s, u"hi"_s));
    EXPECT_EQ(run.exitCode, 2);
    EXPECT_TRUE(run.out.isEmpty());
    EXPECT_TRUE(run.err.startsWith(policyPath() + u":2:"_s)) << run.err.toStdString();
}

TEST_F(ClassifyCommandTest, WithoutPolicyItIsAUsageError)
{
    const CtlRun run = runCtlWith({ u"classify"_s });
    EXPECT_EQ(run.exitCode, 2);
    EXPECT_TRUE(run.err.contains(u"--policy"_s));
}

TEST_F(ClassifyCommandTest, TouchesNoDatabase)
{
    const QString db = m_dir.filePath(u"never/created.sqlite"_s);
    const CtlRun run = classify(line(u"1"_s, u"hi"_s), { u"--db"_s, u"sqlite:"_s + db });
    EXPECT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_FALSE(QFile::exists(db));
    EXPECT_FALSE(QDir(m_dir.filePath(u"never"_s)).exists());
}

TEST_F(ClassifyCommandTest, TheRealBinaryReadsStdin)
{
    QProcess process;
    process.start(QStringLiteral(MODERATIONCTL_PATH), { u"classify"_s, u"--policy"_s, policyPath() });
    ASSERT_TRUE(process.waitForStarted());
    process.write(line(u"1"_s, u"green card?"_s) + "bad\n" + line(u"3"_s, u"thanks"_s));
    process.closeWriteChannel();
    ASSERT_TRUE(process.waitForFinished(30000));
    EXPECT_EQ(process.exitCode(), 2);
    const QList<QJsonObject> out = jsonLines(QString::fromUtf8(process.readAllStandardOutput()));
    ASSERT_EQ(out.size(), 2);
    EXPECT_EQ(out.at(0).value(u"rule"_s).toString(), u"green-card"_s);
    EXPECT_EQ(QString::fromUtf8(process.readAllStandardError()).left(10), u"{\"line\":2,"_s);
}
