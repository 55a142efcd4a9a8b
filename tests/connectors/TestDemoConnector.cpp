#include "MockClock.h"

#include "connectors/DemoConnector.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTemporaryDir>

#include <algorithm>
#include <numeric>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace moderation;
using namespace moderation::test;

namespace {

const QString kBundled = QString::fromUtf16(DemoRecording::kBundledFolder);
const QStringList kXWatches { u"mentions"_s, u"replies"_s, u"search:#AskImmigration"_s };

std::unique_ptr<DemoConnector> connector(const QString& account, const Clock& clock, double speed = 60,
                                         std::shared_ptr<DemoRecord> record = {})
{
    auto made = DemoConnector::create(kBundled, account, speed, clock, std::move(record));
    EXPECT_TRUE(made.ok()) << made.error().toString().toStdString();
    return made.ok() ? std::move(*made) : nullptr;
}

// One poll of a watch, every page, as the sync reads it: the comments and the cursor after it.
struct Poll
{
    QList<Comment> comments;
    QString cursor;
};

Poll poll(DemoConnector& client, const QString& watch, const QString& cursor, const QDateTime& now)
{
    Poll result { {}, cursor };
    QString token;
    for (int page = 0; page < 100; ++page) {
        auto fetched = client.fetch(watch, cursor, token, now);
        EXPECT_TRUE(fetched.outcome.ok()) << fetched.outcome.message.toStdString();
        if (!fetched.outcome.ok())
            break;
        result.comments += fetched.value.comments;
        if (token.isEmpty() && !fetched.value.nextCursor.isEmpty())
            result.cursor = fetched.value.nextCursor;
        token = fetched.value.nextPageToken;
        if (token.isEmpty())
            break;
    }
    return result;
}

// The account's comments as the recording holds them, by platform id.
QSet<QString> recordedIds(const QString& account)
{
    QSet<QString> ids;
    auto manifest = DemoRecording::readManifest(kBundled);
    EXPECT_TRUE(manifest.ok());
    for (const DemoPage& page : manifest->pages) {
        if (page.account != account)
            continue;
        auto comments = DemoRecording::readPage(kBundled, *manifest, page);
        EXPECT_TRUE(comments.ok());
        for (const Comment& comment : *comments)
            ids.insert(comment.platformId);
    }
    return ids;
}

} // namespace

TEST(DemoConnector, NothingArrivesBeforeTheReplayStarts)
{
    MockClock clock;
    auto x = connector(u"demo-x"_s, clock);
    ASSERT_TRUE(x);
    EXPECT_EQ(x->startedAt(), clock.now());
    for (const QString& watch : kXWatches) {
        const Poll before = poll(*x, watch, {}, clock.now().addMSecs(-1));
        EXPECT_TRUE(before.comments.isEmpty()) << watch.toStdString();
        EXPECT_TRUE(before.cursor.isEmpty()) << "the cursor stays where it was";
    }
}

TEST(DemoConnector, EachCommentArrivesAtItsRecordedTimeAtSpeed)
{
    MockClock clock;
    auto x = connector(u"demo-x"_s, clock, 60);
    ASSERT_TRUE(x);
    const QString watch = u"mentions"_s;
    ASSERT_GT(x->size(watch), 50);
    // The comment at position 10: not a millisecond before its time, and then exactly up to it.
    const QDateTime due = x->arrivalOf(watch, 10);
    ASSERT_TRUE(due.isValid());
    ASSERT_GT(due, x->startedAt());
    const Poll early = poll(*x, watch, {}, due.addMSecs(-1));
    EXPECT_LE(early.comments.size(), 10);
    const Poll onTime = poll(*x, watch, {}, due);
    ASSERT_GE(onTime.comments.size(), 11);
    // At 60 times real speed a recorded minute takes a second: the gap between the first and
    // the eleventh mention is 60 times the wait.
    const qint64 recordedMs = onTime.comments.first().createdAt.msecsTo(onTime.comments.at(10).createdAt);
    const qint64 waitedMs = x->arrivalOf(watch, 0).msecsTo(due);
    EXPECT_NEAR(double(recordedMs) / 60.0, double(waitedMs), 1.0);
    for (int i = 1; i < onTime.comments.size(); ++i)
        EXPECT_LE(onTime.comments.at(i - 1).createdAt, onTime.comments.at(i).createdAt) << "oldest first";
    EXPECT_EQ(onTime.cursor, QString::number(onTime.comments.size()));
}

TEST(DemoConnector, CommentsTrickleInOverRoundsAndAllArriveOnce)
{
    MockClock clock;
    auto x = connector(u"demo-x"_s, clock, 60);
    ASSERT_TRUE(x);
    QHash<QString, QString> cursors;
    QSet<QString> seen;
    QList<int> perRound;
    int rounds = 0;
    while (clock.now() <= x->finishesAt().addSecs(30) && rounds < 1000) {
        int arrived = 0;
        for (const QString& watch : kXWatches) {
            const Poll round = poll(*x, watch, cursors.value(watch), clock.now());
            for (const Comment& comment : round.comments) {
                EXPECT_EQ(comment.accountName, u"demo-x"_s);
                EXPECT_FALSE(comment.ours);
                seen.insert(comment.platformId);
            }
            arrived += int(round.comments.size());
            if (!round.cursor.isEmpty())
                cursors[watch] = round.cursor;
        }
        perRound << arrived;
        clock.advance(30);
        ++rounds;
    }
    EXPECT_GT(rounds, 3) << "the hour replays over several rounds";
    EXPECT_EQ(seen, recordedIds(u"demo-x"_s)) << "every recorded comment arrives";
    int total = 0;
    for (const QString& watch : kXWatches)
        total += x->size(watch);
    EXPECT_EQ(std::accumulate(perRound.cbegin(), perRound.cend(), 0), total) << "and each once in its watch";
    EXPECT_GT(std::count_if(perRound.cbegin(), perRound.cend(), [](int n) { return n > 0; }), 2)
        << "comments arrive in more than one round";
    // After the end: nothing more.
    for (const QString& watch : kXWatches)
        EXPECT_TRUE(poll(*x, watch, cursors.value(watch), clock.now().addDays(1)).comments.isEmpty());
}

TEST(DemoConnector, AnEditArrivesAfterTheCommentItChanges)
{
    MockClock clock;
    auto facebook = connector(u"demo-facebook"_s, clock, 60);
    ASSERT_TRUE(facebook);
    const Poll all = poll(*facebook, u"page-comments"_s, {}, facebook->finishesAt());
    QList<int> positions;
    for (int i = 0; i < all.comments.size(); ++i) {
        if (all.comments.at(i).platformId == u"122158977000111222_1060746231066825"_s)
            positions << i;
    }
    ASSERT_EQ(positions.size(), 2) << "the original and the refresh's edit";
    EXPECT_NE(all.comments.at(positions.at(0)).text, all.comments.at(positions.at(1)).text);
    EXPECT_GT(facebook->arrivalOf(u"page-comments"_s, positions.at(1)),
              facebook->arrivalOf(u"page-comments"_s, positions.at(0)));
}

TEST(DemoConnector, AForeignCursorOrTokenDoesNotBreakTheReplay)
{
    MockClock clock;
    auto x = connector(u"demo-x"_s, clock);
    ASSERT_TRUE(x);
    const QDateTime end = x->finishesAt();
    // A real X cursor (a tweet id) is not a position: the watch starts from its beginning.
    EXPECT_EQ(poll(*x, u"mentions"_s, u"2117275150922535093"_s, end).comments.size(), x->size(u"mentions"_s));
    auto fetched = x->fetch(u"mentions"_s, {}, u"nonsense"_s, end);
    EXPECT_EQ(fetched.outcome.status, PlatformOutcome::Status::Refused);
    // A watch the recording has nothing for reads empty.
    EXPECT_TRUE(poll(*x, u"search:#Other"_s, {}, end).comments.isEmpty());
}

TEST(DemoConnector, RefusesAnUnknownAccountAndANonPositiveSpeed)
{
    MockClock clock;
    auto unknown = DemoConnector::create(kBundled, u"agency-x"_s, 60, clock);
    ASSERT_FALSE(unknown.ok());
    EXPECT_EQ(unknown.error().code(), Error::Code::NotFound);
    auto still = DemoConnector::create(kBundled, u"demo-x"_s, 0, clock);
    ASSERT_FALSE(still.ok());
    EXPECT_EQ(still.error().code(), Error::Code::InvalidInput);
}

TEST(DemoConnector, SendsGoToTheLocalRecordAndItsFile)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString path = dir.filePath(u"sends.jsonl"_s);
    MockClock clock;
    auto record = std::make_shared<DemoRecord>();
    ASSERT_FALSE(record->setFile(path).isError());
    auto facebook = connector(u"demo-facebook"_s, clock, 60, record);
    ASSERT_TRUE(facebook);

    auto first = facebook->reply(u"c1"_s, u"post"_s, u"Thanks for asking."_s);
    ASSERT_TRUE(first.outcome.ok());
    EXPECT_EQ(first.value.platformId, u"demo-reply-1"_s);
    clock.advance(5);
    auto hidden = facebook->setHidden(u"c2"_s, true);
    ASSERT_TRUE(hidden.outcome.ok());
    EXPECT_EQ(hidden.value.platformId, u"c2"_s);
    EXPECT_TRUE(facebook->setHidden(u"c2"_s, false).outcome.ok());
    EXPECT_TRUE(facebook->remove(u"c3"_s).outcome.ok());
    auto second = facebook->reply(u"c4"_s, u"post"_s, u"See the answers page."_s);
    EXPECT_EQ(second.value.platformId, u"demo-reply-2"_s);

    ASSERT_EQ(facebook->record().sends().size(), 5);
    QStringList kinds;
    for (const DemoSend& send : facebook->record().sends())
        kinds << send.kind;
    EXPECT_EQ(kinds, (QStringList { u"reply"_s, u"hide"_s, u"unhide"_s, u"delete"_s, u"reply"_s }));

    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = file.readAll().trimmed().split('\n');
    ASSERT_EQ(lines.size(), 5);
    const QJsonObject line = QJsonDocument::fromJson(lines.at(1)).object();
    EXPECT_EQ(line.value(u"kind"_s).toString(), u"hide"_s);
    EXPECT_EQ(line.value(u"target"_s).toString(), u"c2"_s);
    EXPECT_EQ(line.value(u"id"_s).toString(), u"c2"_s);
    EXPECT_EQ(line.value(u"at"_s).toString(), clock.now().toString(Qt::ISODateWithMs));
    EXPECT_TRUE(line.contains(u"text"_s));
}

TEST(DemoConnector, FindReplyFindsARecordedReplyAlsoAfterARestart)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString path = dir.filePath(u"sends.jsonl"_s);
    MockClock clock;
    {
        auto record = std::make_shared<DemoRecord>();
        ASSERT_FALSE(record->setFile(path).isError());
        auto x = connector(u"demo-x"_s, clock, 60, record);
        ASSERT_TRUE(x);
        EXPECT_FALSE(x->findReply(u"t1"_s, u"t1"_s, u"Hello"_s).value.has_value());
        ASSERT_TRUE(x->reply(u"t1"_s, u"t1"_s, u"Hello"_s).outcome.ok());
        auto found = x->findReply(u"t1"_s, u"t1"_s, u"Hello"_s);
        ASSERT_TRUE(found.outcome.ok());
        ASSERT_TRUE(found.value.has_value());
        EXPECT_EQ(found.value->platformId, u"demo-reply-1"_s);
        EXPECT_FALSE(x->findReply(u"t1"_s, u"t1"_s, u"Hello!"_s).value.has_value()) << "exactly that text";
    }
    // Another process on the same record: the reply is there, and the next one numbers on.
    auto record = std::make_shared<DemoRecord>();
    ASSERT_FALSE(record->setFile(path).isError());
    auto x = connector(u"demo-x"_s, clock, 60, record);
    ASSERT_TRUE(x);
    auto found = x->findReply(u"t1"_s, u"t1"_s, u"Hello"_s);
    ASSERT_TRUE(found.value.has_value());
    EXPECT_EQ(found.value->platformId, u"demo-reply-1"_s);
    EXPECT_EQ(x->reply(u"t2"_s, u"t2"_s, u"Hi"_s).value.platformId, u"demo-reply-2"_s);
    // Another demo account's connector does not find X's reply as its own.
    auto facebook = connector(u"demo-facebook"_s, clock, 60, record);
    EXPECT_FALSE(facebook->findReply(u"t1"_s, u"t1"_s, u"Hello"_s).value.has_value());
}

TEST(DemoConnector, AGarbledRecordFileIsAnErrorWithItsLine)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"sends.jsonl"_s);
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(R"({"at":"2026-11-02T14:00:00Z","kind":"reply","target":"a","text":"x","id":"demo-reply-1"})"
               "\nnot json\n");
    file.close();
    DemoRecord record;
    const Error error = record.setFile(path);
    ASSERT_TRUE(error.isError());
    EXPECT_EQ(error.line(), 2);
    EXPECT_EQ(error.file(), path);
}

TEST(DemoConnector, HidesFollowEachPlatformsRule)
{
    MockClock clock;
    auto x = connector(u"demo-x"_s, clock);
    auto facebook = connector(u"demo-facebook"_s, clock);
    ASSERT_TRUE(x && facebook);
    Comment mention;
    mention.platform = Platform::Twitter;
    mention.source = Source::Mention;
    mention.platformId = u"1"_s;
    EXPECT_FALSE(x->cannotHideReason(mention).isEmpty()) << "X hides only replies";
    Comment reply = mention;
    reply.source = Source::Reply;
    reply.parentId = u"0"_s;
    EXPECT_TRUE(x->cannotHideReason(reply).isEmpty());
    Comment pageComment;
    pageComment.platform = Platform::Facebook;
    pageComment.source = Source::PageComment;
    EXPECT_TRUE(facebook->cannotHideReason(pageComment).isEmpty());
    EXPECT_EQ(x->platform(), Platform::Twitter);
    EXPECT_EQ(facebook->platform(), Platform::Facebook);
}
