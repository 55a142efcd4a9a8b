#include "connectors/DemoRecording.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace moderation;

namespace {

const QString kBundled = QString::fromUtf16(DemoRecording::kBundledFolder);

// A copy of the bundled recording in a folder of its own, whose files a test may change.
class RecordingCopy
{
public:
    RecordingCopy()
    {
        const QDir bundled(kBundled);
        for (const QString& name : bundled.entryList(QDir::Files)) {
            if (!QFile::copy(bundled.filePath(name), m_dir.filePath(name)))
                ADD_FAILURE() << "cannot copy " << name.toStdString();
            QFile::setPermissions(m_dir.filePath(name), QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        }
    }
    QString path() const { return m_dir.path(); }
    QString file(const QString& name) const { return m_dir.filePath(name); }

private:
    QTemporaryDir m_dir;
};

} // namespace

TEST(DemoRecording, BundledManifestListsTwoAccountsAndTheirPages)
{
    auto manifest = DemoRecording::readManifest(kBundled);
    ASSERT_TRUE(manifest.ok()) << manifest.error().toString().toStdString();
    ASSERT_EQ(manifest->accounts.size(), 2);
    EXPECT_GE(manifest->pages.size(), 3);
    for (const DemoPage& page : manifest->pages) {
        const Account* account = manifest->account(page.account);
        ASSERT_NE(account, nullptr) << page.account.toStdString();
        EXPECT_EQ(account->platform, page.platform);
    }
    EXPECT_EQ(manifest->account(u"nobody"_s), nullptr);
}

TEST(DemoRecording, PagesReadIntoCommentsOfBothPlatformsAndEverySource)
{
    auto manifest = DemoRecording::readManifest(kBundled);
    ASSERT_TRUE(manifest.ok()) << manifest.error().toString().toStdString();
    QSet<Platform> platforms;
    QSet<Source> sources;
    int comments = 0;
    for (const DemoPage& page : manifest->pages) {
        auto read = DemoRecording::readPage(kBundled, *manifest, page);
        ASSERT_TRUE(read.ok()) << read.error().toString().toStdString();
        for (const Comment& c : *read) {
            EXPECT_EQ(c.platform, page.platform);
            EXPECT_EQ(c.accountName, page.account);
            EXPECT_FALSE(c.platformId.isEmpty());
            EXPECT_FALSE(c.rawJson.isEmpty());
            platforms.insert(c.platform);
            sources.insert(c.source);
            ++comments;
        }
    }
    for (Platform p : allPlatforms())
        EXPECT_TRUE(platforms.contains(p)) << toString(p).toStdString();
    for (Source s : allSources())
        EXPECT_TRUE(sources.contains(s)) << toString(s).toStdString();
    EXPECT_GE(comments, 270);
}

TEST(DemoRecording, TruncatedPageIsAnErrorNamingTheFileAndItsLine)
{
    RecordingCopy copy;
    auto manifest = DemoRecording::readManifest(copy.path());
    ASSERT_TRUE(manifest.ok()) << manifest.error().toString().toStdString();
    const DemoPage page = manifest->pages.at(2);
    {
        QFile file(copy.file(page.file));
        ASSERT_TRUE(file.open(QIODevice::ReadWrite));
        ASSERT_TRUE(file.resize(file.size() / 2));
    }
    auto read = DemoRecording::readPage(copy.path(), *manifest, page);
    ASSERT_FALSE(read.ok());
    EXPECT_EQ(read.error().code(), Error::Code::InvalidInput);
    EXPECT_EQ(read.error().file(), copy.file(page.file));
    EXPECT_GT(read.error().line(), 1);
}

TEST(DemoRecording, MissingPageIsNotFoundNamingTheFile)
{
    RecordingCopy copy;
    auto manifest = DemoRecording::readManifest(copy.path());
    ASSERT_TRUE(manifest.ok()) << manifest.error().toString().toStdString();
    const DemoPage page = manifest->pages.at(0);
    ASSERT_TRUE(QFile::remove(copy.file(page.file)));
    auto read = DemoRecording::readPage(copy.path(), *manifest, page);
    ASSERT_FALSE(read.ok());
    EXPECT_EQ(read.error().code(), Error::Code::NotFound);
    EXPECT_EQ(read.error().file(), copy.file(page.file));
}

TEST(DemoRecording, PageThatLeavesItsFolderOrNamesAnUnknownAccountIsRefused)
{
    const auto manifestWith = [](const QString& member, const QString& value) {
        RecordingCopy copy;
        QFile file(copy.file(u"manifest.json"_s));
        EXPECT_TRUE(file.open(QIODevice::ReadOnly));
        QJsonObject manifest = QJsonDocument::fromJson(file.readAll()).object();
        file.close();
        QJsonArray pages = manifest.value(u"pages"_s).toArray();
        QJsonObject first = pages.at(0).toObject();
        first.insert(member, value);
        pages.replace(0, first);
        manifest.insert(u"pages"_s, pages);
        EXPECT_TRUE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(QJsonDocument(manifest).toJson());
        file.close();
        return DemoRecording::readManifest(copy.path());
    };
    for (const QString& escape : { u"../elsewhere.json"_s, u"/etc/passwd"_s, u".hidden.json"_s }) {
        auto read = manifestWith(u"file"_s, escape);
        ASSERT_FALSE(read.ok()) << escape.toStdString();
        EXPECT_TRUE(read.error().message().startsWith(u"$.pages[0].file: "_s)) << read.error().message().toStdString();
    }
    auto unknown = manifestWith(u"account"_s, u"not-in-the-manifest"_s);
    ASSERT_FALSE(unknown.ok());
    EXPECT_TRUE(unknown.error().message().startsWith(u"$.pages[0].account: "_s))
        << unknown.error().message().toStdString();
}
