#pragma once

#include "audit/AuditChain.h"
#include "model/Error.h"

#include <QDate>
#include <QList>
#include <QMap>
#include <QString>
#include <QTimeZone>

namespace moderation {

class Database;

// A records export (docs/RECORDS.md): what an agency hands over for retention or a public-records
// request. The comments created on local days `from`..`to` of `zone` (both included) and what was
// done with them, one JSON lines file and one CSV file per table, and manifest.json with each
// file's SHA-256 and row count, the comments per local day and the audit chain's state and head.
struct RecordsRequest
{
    QDate from;
    QDate to;
    QTimeZone zone;
    QString author; // empty: the whole site; else a handle (with or without '@') or the platform's id
    QString outDir;
    bool force = false; // write into a folder that already holds files
    QString toolVersion;
};

struct RecordsFileSummary
{
    QString name;
    QString sha256;
    qint64 rows = 0;
    qint64 bytes = 0;
};

struct RecordsSummary
{
    QList<RecordsFileSummary> files; // the data files, in manifest order
    QMap<QString, qint64> commentsPerDay; // "YYYY-MM-DD" (local day) -> comments, every day of the range
    AuditVerification audit;
    AuditHead head;
};

inline constexpr char16_t kRecordsFormat[] = u"moderation-desk records 1";
inline constexpr char16_t kRecordsManifest[] = u"manifest.json";

// Reads everything on one snapshot of the store (Database::readSnapshot), so a sync running
// meanwhile cannot make the files disagree. Errors: InvalidInput for a range that ends before it
// starts, Refused for a folder that already holds files (without force), ReadOnly when the folder
// or a file cannot be written; the store's own errors otherwise. The manifest is written last:
// a folder without one is an export that did not finish.
Result<RecordsSummary> exportRecords(Database& database, const RecordsRequest& request);

struct RecordsCheck
{
    bool ok = true;
    QString firstBadFile; // the first file that does not match (manifest.json when it is unreadable)
    QString problem; // what differs, for a person
    int filesChecked = 0; // files found as the manifest lists them
};

// Checks an export folder against its manifest: each listed file's SHA-256 and row count (JSON
// lines: lines; CSV: records after the header, read as RFC 4180 so that quoted line breaks stay
// inside their field), in manifest order; a listed file that is missing and a file the manifest
// does not list fail too. An Error only when the folder or its manifest cannot be read at all.
Result<RecordsCheck> verifyRecords(const QString& dir);

} // namespace moderation
