// The records export (reports/RecordsExport) over a crafted store, on both engines: which rows go
// into each file (counted by hand from RecordsDataset.h), the manifest's sums, one person's
// records, and verification failing for one changed byte, a missing and an unlisted file.
#include "RecordsDataset.h"
#include "RecordsFiles.h"
#include "StoreReads.h"

#include "reports/RecordsExport.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QSet>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;
using namespace moderation;
using namespace moderation::test;

namespace {

const QStringList kTables { u"comments"_s, u"comment_history"_s, u"decisions"_s, u"cases"_s, u"drafts"_s,
                            u"reviews"_s, u"outbox"_s, u"hide_confirmations"_s, u"audit_events"_s };

QList<qint64> column(const QList<QJsonObject>& rows, const QString& name)
{
    QList<qint64> values;
    for (const QJsonObject& row : rows)
        values.append(row.value(name).toInteger());
    return values;
}

class RecordsExportTest : public RecordsDatasetTest
{
protected:
    RecordsRequest request(int fromDay, int toDay, const QString& zone = u"UTC"_s, const QString& author = {})
    {
        RecordsRequest r;
        r.from = QDate(2026, 11, fromDay);
        r.to = QDate(2026, 11, toDay);
        r.zone = QTimeZone(zone.toUtf8());
        r.author = author;
        r.outDir = m_out.filePath(u"export"_s);
        r.toolVersion = u"test"_s;
        return r;
    }

    RecordsSummary exported(const RecordsRequest& r)
    {
        auto summary = exportRecords(db(), r);
        EXPECT_TRUE(summary.ok()) << summary.error().toString().toStdString();
        return summary.ok() ? *summary : RecordsSummary {};
    }

    RecordsCheck verified(const QString& dir)
    {
        auto check = verifyRecords(dir);
        EXPECT_TRUE(check.ok()) << check.error().toString().toStdString();
        return check.ok() ? *check : RecordsCheck { false, u"(error)"_s, {}, 0 };
    }

    QString dir() const { return m_out.filePath(u"export"_s); }

    // The audit events whose time lies in [from, to): what a whole-site export must hold.
    QList<qint64> auditSeqsBetween(const QDateTime& from, const QDateTime& to)
    {
        QList<qint64> seqs;
        const QList<AuditEvent> events = auditTail(db(), int(auditCount(db())));
        for (const AuditEvent& event : events) {
            if (event.at >= from && event.at < to)
                seqs.prepend(event.seq);
        }
        return seqs;
    }

    QTemporaryDir m_out;
};

} // namespace

TEST_P(RecordsExportTest, TwoDaysHoldTheirCommentsAndWhatWasDoneWithThemOnly)
{
    const RecordsSummary summary = exported(request(1, 2));
    EXPECT_EQ(column(jsonLines(dir(), u"comments"_s), u"id"_s), (QList<qint64> { m_edited, m_answered, m_thanks, m_ours }));
    EXPECT_EQ(column(jsonLines(dir(), u"comment_history"_s), u"comment_id"_s), QList<qint64> { m_edited });
    EXPECT_EQ(jsonLines(dir(), u"comment_history"_s).value(0).value(u"text"_s).toString(), u"Thanks for the help"_s);
    EXPECT_EQ(column(jsonLines(dir(), u"decisions"_s), u"comment_id"_s), (QList<qint64> { m_edited, m_answered, m_thanks }));
    EXPECT_EQ(column(jsonLines(dir(), u"cases"_s), u"id"_s), QList<qint64> { m_case });
    EXPECT_EQ(column(jsonLines(dir(), u"drafts"_s), u"id"_s), (QList<qint64> { m_returnedDraft, m_approvedDraft }));
    const QList<QJsonObject> reviews = jsonLines(dir(), u"reviews"_s);
    ASSERT_EQ(reviews.size(), 2);
    EXPECT_EQ(reviews.at(0).value(u"verdict"_s).toString(), u"returned"_s);
    EXPECT_EQ(reviews.at(1).value(u"verdict"_s).toString(), u"approved"_s);
    const QList<QJsonObject> outbox = jsonLines(dir(), u"outbox"_s);
    ASSERT_EQ(outbox.size(), 1);
    EXPECT_EQ(outbox.at(0).value(u"state"_s).toString(), u"sent"_s);
    EXPECT_EQ(outbox.at(0).value(u"platform_result_id"_s).toString(), u"1850000000000000999"_s);
    EXPECT_EQ(outbox.at(0).value(u"attempts"_s).toInteger(), 1);
    EXPECT_TRUE(jsonLines(dir(), u"hide_confirmations"_s).isEmpty());
    // Every audit event of the two days, none of the third's nor the migrations'.
    EXPECT_EQ(column(jsonLines(dir(), u"audit_events"_s), u"seq"_s), auditSeqsBetween(utc(1, 0), utc(3, 0)));

    EXPECT_EQ(summary.commentsPerDay, (QMap<QString, qint64> { { u"2026-11-01"_s, 2 }, { u"2026-11-02"_s, 2 } }));
    const QList<qint64> expectedRows { 4, 1, 3, 1, 2, 2, 1, 0, qint64(auditSeqsBetween(utc(1, 0), utc(3, 0)).size()) };
    ASSERT_EQ(summary.files.size(), 2 * kTables.size());
    for (qsizetype i = 0; i < kTables.size(); ++i) {
        EXPECT_EQ(summary.files.at(2 * i).name, kTables.at(i) + u".jsonl"_s);
        EXPECT_EQ(summary.files.at(2 * i + 1).name, kTables.at(i) + u".csv"_s);
        EXPECT_EQ(summary.files.at(2 * i).rows, expectedRows.at(i)) << kTables.at(i).toStdString();
        EXPECT_EQ(summary.files.at(2 * i + 1).rows, expectedRows.at(i)) << kTables.at(i).toStdString();
    }
}

TEST_P(RecordsExportTest, ManifestSumsAreTheFilesSha256)
{
    const RecordsSummary summary = exported(request(1, 2));
    const QJsonObject manifest = manifestOf(dir());
    EXPECT_EQ(manifest.value(u"format"_s).toString(), u"moderation-desk records 1"_s);
    EXPECT_EQ(manifest.value(u"tool_version"_s).toString(), u"test"_s);
    EXPECT_TRUE(manifest.value(u"author"_s).isNull());
    EXPECT_EQ(manifest.value(u"range"_s).toObject().value(u"start"_s).toString(), u"2026-11-01T00:00:00.000Z"_s);
    EXPECT_EQ(manifest.value(u"range"_s).toObject().value(u"end"_s).toString(), u"2026-11-03T00:00:00.000Z"_s);
    EXPECT_EQ(manifest.value(u"comments_per_day"_s).toObject().value(u"2026-11-02"_s).toInteger(), 2);
    EXPECT_TRUE(manifest.value(u"audit"_s).toObject().value(u"intact"_s).toBool());
    EXPECT_EQ(manifest.value(u"audit_head"_s).toString(), auditVerification(db()).head.toString());
    const QJsonArray files = manifest.value(u"files"_s).toArray();
    ASSERT_EQ(files.size(), 18);
    for (const QJsonValue& entry : files) {
        const QString name = entry.toObject().value(u"name"_s).toString();
        const QString path = QDir(dir()).filePath(name);
        EXPECT_EQ(entry.toObject().value(u"sha256"_s).toString(), sha256Of(path)) << name.toStdString();
        EXPECT_EQ(entry.toObject().value(u"bytes"_s).toInteger(), QFileInfo(path).size()) << name.toStdString();
    }
    EXPECT_EQ(summary.files.first().sha256, files.first().toObject().value(u"sha256"_s).toString());
}

TEST_P(RecordsExportTest, RowsKeepTheirTypesOursFlagAndRawJson)
{
    exported(request(1, 2));
    const QList<QJsonObject> comments = jsonLines(dir(), u"comments"_s);
    ASSERT_EQ(comments.size(), 4);
    EXPECT_EQ(comments.at(0).value(u"raw_json"_s).toObject().value(u"id"_s).toString(), u"fb-1"_s);
    EXPECT_EQ(comments.at(0).value(u"text"_s).toString(), u"Thanks for the quick help"_s);
    EXPECT_EQ(comments.at(1).value(u"created_at"_s).toString(), u"2026-11-01T15:00:00.000Z"_s);
    EXPECT_EQ(comments.at(1).value(u"text"_s).toString(), u"When is my interview?\nCase \"A-12\", filed in May"_s);
    EXPECT_EQ(comments.at(3).value(u"ours"_s), QJsonValue(true));
    EXPECT_EQ(comments.at(2).value(u"ours"_s), QJsonValue(false));
    const QList<QJsonObject> decisions = jsonLines(dir(), u"decisions"_s);
    EXPECT_EQ(decisions.at(1).value(u"rule_id"_s).toString(), u"question"_s);
    EXPECT_EQ(decisions.at(1).value(u"clause"_s).toString(), u"Questions about a case"_s);
    EXPECT_TRUE(decisions.at(1).value(u"policy_version_id"_s).isNull());
    // The CSV holds the text with its line break quoted: a header and four records.
    const QByteArray csv = readAllOf(QDir(dir()).filePath(u"comments.csv"_s));
    EXPECT_TRUE(csv.startsWith("\xEF\xBB\xBFid,platform,"));
    EXPECT_TRUE(csv.contains("\"When is my interview?\nCase \"\"A-12\"\", filed in May\""));
}

TEST_P(RecordsExportTest, LocalDaysOfTheZoneDecideWhichCommentsAreIn)
{
    // New York, 2026-11-02 and -03 (EST): 05:00Z on the 2nd to 05:00Z on the 4th.
    const RecordsSummary summary = exported(request(2, 3, u"America/New_York"_s));
    EXPECT_EQ(column(jsonLines(dir(), u"comments"_s), u"id"_s), (QList<qint64> { m_thanks, m_ours, m_later }));
    EXPECT_EQ(summary.commentsPerDay, (QMap<QString, qint64> { { u"2026-11-02"_s, 2 }, { u"2026-11-03"_s, 1 } }));
    EXPECT_EQ(manifestOf(dir()).value(u"range"_s).toObject().value(u"start"_s).toString(), u"2026-11-02T05:00:00.000Z"_s);
}

TEST_P(RecordsExportTest, OneAuthorsExportHoldsTheirCommentsAndWhatWasDoneWithThem)
{
    const RecordsSummary summary = exported(request(1, 2, u"UTC"_s, u"@citizen"_s));
    EXPECT_EQ(column(jsonLines(dir(), u"comments"_s), u"id"_s), (QList<qint64> { m_answered, m_thanks }));
    EXPECT_TRUE(jsonLines(dir(), u"comment_history"_s).isEmpty()); // fb-1's history is another person's
    EXPECT_EQ(column(jsonLines(dir(), u"decisions"_s), u"comment_id"_s), (QList<qint64> { m_answered, m_thanks }));
    EXPECT_EQ(column(jsonLines(dir(), u"cases"_s), u"id"_s), QList<qint64> { m_case });
    EXPECT_EQ(jsonLines(dir(), u"drafts"_s).size(), 2);
    EXPECT_EQ(jsonLines(dir(), u"reviews"_s).size(), 2);
    EXPECT_EQ(column(jsonLines(dir(), u"outbox"_s), u"id"_s), QList<qint64> { m_reply });
    EXPECT_EQ(summary.commentsPerDay, (QMap<QString, qint64> { { u"2026-11-01"_s, 1 }, { u"2026-11-02"_s, 1 } }));
    EXPECT_EQ(manifestOf(dir()).value(u"author"_s).toString(), u"@citizen"_s);

    // Audit: only events about these comments, their case, drafts and outbox entry.
    const QSet<QString> mine { u"comment:%1"_s.arg(m_answered), u"comment:%1"_s.arg(m_thanks),
                               u"case:%1"_s.arg(m_case), u"draft:%1"_s.arg(m_returnedDraft),
                               u"draft:%1"_s.arg(m_approvedDraft), u"outbox:%1"_s.arg(m_reply) };
    QList<qint64> expected;
    const QList<AuditEvent> all = auditTail(db(), int(auditCount(db())));
    for (const AuditEvent& event : all) {
        if (mine.contains(event.entityType + u':' + event.entityId))
            expected.prepend(event.seq);
    }
    const QList<QJsonObject> audit = jsonLines(dir(), u"audit_events"_s);
    EXPECT_EQ(column(audit, u"seq"_s), expected);
    QStringList actions;
    for (const QJsonObject& event : audit)
        actions << event.value(u"action"_s).toString();
    EXPECT_TRUE(actions.contains(u"outbox.sent"_s)) << actions.join(u' ').toStdString();
    EXPECT_TRUE(actions.contains(u"draft.sent"_s)) << actions.join(u' ').toStdString();
}

TEST_P(RecordsExportTest, AnAuthorIsFoundByHandleInAnyCaseOrByPlatformId)
{
    for (const QString& author : { u"Citizen"_s, u"@CITIZEN"_s, u"1001"_s }) {
        RecordsRequest r = request(1, 2, u"UTC"_s, author);
        r.force = true;
        exported(r);
        EXPECT_EQ(column(jsonLines(dir(), u"comments"_s), u"id"_s), (QList<qint64> { m_answered, m_thanks }))
            << author.toStdString();
    }
}

TEST_P(RecordsExportTest, VerifyPassesThenFailsNamingTheFileWithOneChangedByte)
{
    exported(request(1, 2));
    const RecordsCheck intact = verified(dir());
    EXPECT_TRUE(intact.ok) << intact.problem.toStdString();
    EXPECT_EQ(intact.filesChecked, 18);

    changeOneByte(QDir(dir()).filePath(u"decisions.csv"_s), 40);
    const RecordsCheck changed = verified(dir());
    EXPECT_FALSE(changed.ok);
    EXPECT_EQ(changed.firstBadFile, u"decisions.csv"_s);
    EXPECT_TRUE(changed.problem.contains(u"SHA-256"_s)) << changed.problem.toStdString();
    EXPECT_EQ(changed.filesChecked, 5); // comments, history and the decisions' JSON lines before it
}

TEST_P(RecordsExportTest, AMissingOrAnUnlistedFileFailsVerification)
{
    exported(request(1, 2));
    ASSERT_TRUE(QFile::remove(QDir(dir()).filePath(u"reviews.jsonl"_s)));
    RecordsCheck check = verified(dir());
    EXPECT_FALSE(check.ok);
    EXPECT_EQ(check.firstBadFile, u"reviews.jsonl"_s);
    EXPECT_TRUE(check.problem.contains(u"missing"_s)) << check.problem.toStdString();

    RecordsRequest again = request(1, 2);
    again.force = true;
    exported(again);
    QFile extra(QDir(dir()).filePath(u"notes.txt"_s));
    ASSERT_TRUE(extra.open(QIODevice::WriteOnly));
    extra.write("added later\n");
    extra.close();
    check = verified(dir());
    EXPECT_FALSE(check.ok);
    EXPECT_EQ(check.firstBadFile, u"notes.txt"_s);
    EXPECT_EQ(check.filesChecked, 18);
}

TEST_P(RecordsExportTest, ARowCountThatDisagreesFailsAndQuotedLineBreaksAreNotRows)
{
    exported(request(1, 2));
    // The manifest says 4 rows for comments.csv, whose text field holds a line break: the CSV
    // reader counts 4, so verification passes; a manifest claiming 5 fails on the count.
    const QString path = QDir(dir()).filePath(u"manifest.json"_s);
    QByteArray text = readAllOf(path);
    const QByteArray sum = sha256Of(QDir(dir()).filePath(u"comments.csv"_s)).toLatin1();
    const qsizetype at = text.indexOf(sum);
    ASSERT_GT(at, 0);
    const qsizetype rows = text.lastIndexOf("\"rows\": 4", at); // this entry's: keys are sorted
    ASSERT_GT(rows, 0);
    text.replace(rows, 9, "\"rows\": 5");
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(text);
    file.close();
    const RecordsCheck check = verified(dir());
    EXPECT_FALSE(check.ok);
    EXPECT_EQ(check.firstBadFile, u"comments.csv"_s);
    EXPECT_TRUE(check.problem.contains(u"row count differs: the manifest says 5, the file holds 4"_s))
        << check.problem.toStdString();
}

TEST_P(RecordsExportTest, AMalformedManifestFailsNamingIt)
{
    exported(request(1, 2));
    QFile file(QDir(dir()).filePath(u"manifest.json"_s));
    ASSERT_TRUE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write("{\"format\": \"moderation-desk records 1\", \"files\": [");
    file.close();
    const RecordsCheck check = verified(dir());
    EXPECT_FALSE(check.ok);
    EXPECT_EQ(check.firstBadFile, u"manifest.json"_s);
}

TEST_P(RecordsExportTest, AFolderThatHoldsFilesIsRefusedUnlessForced)
{
    exported(request(1, 2));
    auto again = exportRecords(db(), request(1, 2));
    ASSERT_FALSE(again.ok());
    EXPECT_EQ(again.error().code(), Error::Code::Refused);
    RecordsRequest forced = request(1, 1);
    forced.force = true;
    const RecordsSummary summary = exported(forced);
    EXPECT_EQ(summary.files.first().rows, 2);
    EXPECT_TRUE(verified(dir()).ok);
}

TEST_P(RecordsExportTest, AnOutPathThatCannotBeWrittenIsAnEnvironmentError)
{
    QFile blocker(m_out.filePath(u"a-file"_s));
    ASSERT_TRUE(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    RecordsRequest r = request(1, 2);
    r.outDir = m_out.filePath(u"a-file/export"_s);
    auto result = exportRecords(db(), r);
    ASSERT_FALSE(result.ok());
    EXPECT_EQ(result.error().code(), Error::Code::ReadOnly) << result.error().toString().toStdString();
    EXPECT_TRUE(result.error().isEnvironmental());
}

TEST_P(RecordsExportTest, ARangeEndingBeforeItStartsIsBadInput)
{
    auto result = exportRecords(db(), request(2, 1));
    ASSERT_FALSE(result.ok());
    EXPECT_EQ(result.error().code(), Error::Code::InvalidInput);
    EXPECT_FALSE(QFileInfo::exists(dir()));
}

TEST_P(RecordsExportTest, AnAuthorOfOnlyAnAtSignIsBadInputNotEveryoneWithoutAHandle)
{
    auto result = exportRecords(db(), request(1, 2, u"UTC"_s, u" @ "_s));
    ASSERT_FALSE(result.ok());
    EXPECT_EQ(result.error().code(), Error::Code::InvalidInput);
    EXPECT_FALSE(QFileInfo::exists(dir()));
}

MODERATION_INSTANTIATE_ENGINES(RecordsExportTest);
