// A limit on every input a policy brings with it (issue 17, item 6): its size and kind, where
// its lexicon files may be, and how long an SLA may be.
#include "json/InputFile.h"
#include "policy/PolicyDocument.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace moderation;

namespace {

QByteArray policyWith(const QByteArray& lexicon, const QByteArray& sla = "1h")
{
    return R"({ "policy": "Limits", "version": 1,
  "lexicons": { "words": )" + lexicon + R"( },
  "rules": [
    { "id": "words", "when": { "lexicon": "words" }, "then": { "action": "respond", "sla": ")" + sla + R"(" } },
    { "id": "default", "when": { "always": true }, "then": { "action": "ignore" } } ] })";
}

class PolicyInputLimits : public ::testing::Test
{
protected:
    QString write(const QString& name, const QByteArray& bytes)
    {
        const QString path = m_dir.filePath(name);
        QDir().mkpath(QFileInfo(path).path());
        QFile file(path);
        EXPECT_TRUE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(bytes);
        return path;
    }
    PolicyDocument::CheckResult check(const QByteArray& policy) { return PolicyDocument::checkFile(write(u"policy.json"_s, policy)); }
    static QString firstProblem(const PolicyDocument::CheckResult& result)
    {
        return result.errors.isEmpty() ? QString() : result.errors.first().toString();
    }

    QTemporaryDir m_dir;
};

} // namespace

TEST_F(PolicyInputLimits, APolicyFileOverTheLimitIsRefusedWithoutBeingRead)
{
    const QString path = write(u"huge.json"_s, "{");
    ASSERT_TRUE(QFile::resize(path, InputFile::kPolicyMaxBytes + 1)); // sparse: costs no disk
    const auto result = PolicyDocument::checkFile(path);
    ASSERT_FALSE(result.document.has_value());
    EXPECT_TRUE(firstProblem(result).contains(u"larger than the limit of 16 MB"_s)) << firstProblem(result).toStdString();
}

TEST_F(PolicyInputLimits, ALexiconFileOverTheLimitIsRefused)
{
    const QString lexicon = write(u"words.txt"_s, "hello\n");
    ASSERT_TRUE(QFile::resize(lexicon, InputFile::kPolicyMaxBytes + 1));
    const auto result = check(policyWith(R"({ "file": "words.txt" })"));
    ASSERT_FALSE(result.document.has_value());
    EXPECT_TRUE(firstProblem(result).contains(u"16 MB"_s)) << firstProblem(result).toStdString();
}

TEST_F(PolicyInputLimits, ALexiconFileInTheFolderOrBelowIsRead)
{
    write(u"lists/words.txt"_s, "refund\n# a comment\nvisa\n");
    const auto result = check(policyWith(R"({ "file": "lists/words.txt" })"));
    ASSERT_TRUE(result.document.has_value()) << firstProblem(result).toStdString();
    EXPECT_EQ(result.document->lexicons.value(u"words"_s).terms, (QStringList { u"refund"_s, u"visa"_s }));
}

TEST_F(PolicyInputLimits, ALexiconFileOutsideThePolicysFolderIsRefused)
{
    QTemporaryDir elsewhere;
    QFile outside(elsewhere.filePath(u"secret.txt"_s));
    ASSERT_TRUE(outside.open(QIODevice::WriteOnly));
    outside.write("secret\n");
    outside.close();
    // An absolute path, a way up, and a symbolic link inside the folder that leads out of it.
    ASSERT_TRUE(QFile::link(outside.fileName(), m_dir.filePath(u"link.txt"_s)));
    const QString up = QDir(m_dir.path()).relativeFilePath(outside.fileName());
    for (const QString& file : { u"/etc/passwd"_s, outside.fileName(), up, u"lists/../../x.txt"_s, u"link.txt"_s }) {
        const auto result = check(policyWith(R"({ "file": ")" + file.toUtf8() + R"(" })"));
        ASSERT_FALSE(result.document.has_value()) << file.toStdString();
        EXPECT_TRUE(firstProblem(result).contains(u"outside the policy file's folder"_s)) << firstProblem(result).toStdString();
    }
}

TEST_F(PolicyInputLimits, ALexiconThatIsADeviceIsRefused)
{
    ASSERT_TRUE(QFile::link(u"/dev/zero"_s, m_dir.filePath(u"zero.txt"_s)));
    const auto result = check(policyWith(R"({ "file": "zero.txt" })"));
    ASSERT_FALSE(result.document.has_value());
    // /dev/zero is outside the folder as well; either refusal will do, as long as nothing is read.
    EXPECT_FALSE(firstProblem(result).isEmpty());
}

TEST_F(PolicyInputLimits, AnSlaIsAtMostAYearAndADay)
{
    EXPECT_TRUE(check(policyWith(R"({ "terms": ["visa"] })", "366d")).document.has_value());
    for (const QByteArray& sla : { QByteArray("367d"), QByteArray("999999999d"), QByteArray("3000000d") }) {
        const auto result = check(policyWith(R"({ "terms": ["visa"] })", sla));
        ASSERT_FALSE(result.document.has_value()) << sla.constData();
        EXPECT_TRUE(firstProblem(result).contains(u"at most"_s)) << firstProblem(result).toStdString();
        // Where: the SLA's own line and column.
        EXPECT_EQ(result.errors.first().line(), 4);
    }
}

TEST(InputFile, SaysWhatIsWrongWithAFile)
{
    QTemporaryDir dir;
    auto missing = InputFile::read(dir.filePath(u"absent"_s), 10, u"the import"_s);
    ASSERT_FALSE(missing.ok());
    EXPECT_EQ(missing.error().code(), Error::Code::NotFound);
    auto folder = InputFile::read(dir.path(), 10, u"the import"_s);
    ASSERT_FALSE(folder.ok());
    EXPECT_EQ(folder.error().code(), Error::Code::InvalidInput);
    QFile small(dir.filePath(u"small"_s));
    ASSERT_TRUE(small.open(QIODevice::WriteOnly));
    small.write("0123456789");
    small.close();
    EXPECT_EQ(InputFile::read(small.fileName(), 10, u"the import"_s).value(), QByteArray("0123456789"));
    auto large = InputFile::read(small.fileName(), 9, u"the import"_s);
    ASSERT_FALSE(large.ok());
    EXPECT_TRUE(large.error().message().contains(u"limit of 9 bytes"_s)) << large.error().toString().toStdString();
    EXPECT_EQ(InputFile::describeSize(16 * 1024 * 1024), u"16 MB"_s);
    EXPECT_EQ(InputFile::describeSize(1024), u"1 KB"_s);
}
