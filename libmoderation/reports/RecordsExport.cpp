#include "reports/RecordsExport.h"

#include "reports/ReportPeriod.h"
#include "reports/Sha256.h"
#include "storage/AuditStore.h"
#include "storage/Database.h"
#include "storage/RecordsStore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

#include <algorithm>
#include <memory>
#include <vector>

using namespace Qt::StringLiterals;

namespace moderation {

namespace {

// A file that hashes and counts the bytes written to it, so that a manifest's sums cost no
// second read of what was written. Bytes gather in a buffer and go to the hash and the file in
// large chunks (hashing and writing a row at a time costs more than the rows).
class DigestFile
{
public:
    explicit DigestFile(const QString& path)
        : m_file(path)
    {
        m_buffer.reserve(kChunk + 4096);
    }

    bool openForWriting() { return m_file.open(QIODevice::WriteOnly | QIODevice::Truncate); }
    QByteArray& buffer() { return m_buffer; }
    // After appending to buffer(): writes out a full chunk; false when the file refused it.
    bool wrote() { return m_buffer.size() < kChunk || writeBuffer(); }
    // Writes what is buffered, flushes and closes; an empty string when every byte reached the
    // file, else why not.
    QString finish()
    {
        const bool written = writeBuffer();
        const bool flushed = written && m_file.flush();
        const QString problem = flushed && m_file.error() == QFileDevice::NoError ? QString() : m_file.errorString();
        m_file.close();
        return problem.isEmpty() && !written ? u"a write failed"_s : problem;
    }
    QString fileName() const { return m_file.fileName(); }
    QString errorString() const { return m_file.errorString(); }
    QString sha256() { return QString::fromLatin1(m_hash.hexResult()); }
    qint64 bytes() const { return m_bytes; }

private:
    static constexpr qsizetype kChunk = 1 << 18;

    bool writeBuffer()
    {
        if (m_buffer.isEmpty())
            return true;
        const qint64 written = m_file.write(m_buffer);
        if (written > 0) {
            m_hash.addData(QByteArrayView(m_buffer.constData(), written));
            m_bytes += written;
        }
        const bool whole = written == m_buffer.size();
        m_buffer.resize(0);
        return whole;
    }

    QFile m_file;
    Sha256 m_hash;
    QByteArray m_buffer;
    qint64 m_bytes = 0;
};

QString isoUtc(const QDateTime& at)
{
    return at.toUTC().toString(Qt::ISODateWithMs);
}

void appendDigits(char* out, int value, int count)
{
    for (int i = count - 1; i >= 0; --i) {
        out[i] = char('0' + value % 10);
        value /= 10;
    }
}

// isoUtc(at) in UTF-8, "2026-11-02T14:05:09.000Z", formatted by hand for years 1000 to 9999
// (QDateTime::toString costs more than the rest of a row); by Qt otherwise.
void appendIsoUtc(QByteArray& out, const QDateTime& at)
{
    const qint64 ms = at.toMSecsSinceEpoch();
    constexpr qint64 kDay = 86400000;
    const qint64 days = ms >= 0 ? ms / kDay : -((-ms + kDay - 1) / kDay);
    const qint64 inDay = ms - days * kDay;
    // Days since 1970-01-01 to a civil date (Howard Hinnant's algorithm).
    const qint64 z = days + 719468;
    const qint64 era = (z >= 0 ? z : z - 146096) / 146097;
    const qint64 doe = z - era * 146097;
    const qint64 yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const qint64 doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const qint64 mp = (5 * doy + 2) / 153;
    const int day = int(doy - (153 * mp + 2) / 5 + 1);
    const int month = int(mp < 10 ? mp + 3 : mp - 9);
    const qint64 year = yoe + era * 400 + (month <= 2 ? 1 : 0);
    if (year < 1000 || year > 9999) {
        out += isoUtc(at).toUtf8();
        return;
    }
    char text[24];
    appendDigits(text, int(year), 4);
    text[4] = '-';
    appendDigits(text + 5, month, 2);
    text[7] = '-';
    appendDigits(text + 8, day, 2);
    text[10] = 'T';
    const int seconds = int(inDay / 1000);
    appendDigits(text + 11, seconds / 3600, 2);
    text[13] = ':';
    appendDigits(text + 14, seconds / 60 % 60, 2);
    text[16] = ':';
    appendDigits(text + 17, seconds % 60, 2);
    text[19] = '.';
    appendDigits(text + 20, int(inDay % 1000), 3);
    text[23] = 'Z';
    out.append(text, 24);
}

void appendJsonString(QByteArray& out, QByteArrayView utf8)
{
    out += '"';
    const char* p = utf8.data();
    const char* const end = p + utf8.size();
    while (p != end) {
        // The run of bytes that need no escape, appended at once.
        const char* run = p;
        while (p != end && static_cast<unsigned char>(*p) >= 0x20 && *p != '"' && *p != '\\')
            ++p;
        if (p != run)
            out.append(run, p - run);
        if (p == end)
            break;
        const char ch = *p++;
        switch (ch) {
        case '"': out += "\\\""; break;
        case '\\': out += "\\\\"; break;
        case '\n': out += "\\n"; break;
        case '\r': out += "\\r"; break;
        case '\t': out += "\\t"; break;
        default: {
            static constexpr char kHex[] = "0123456789abcdef";
            const char escaped[] = { '\\', 'u', '0', '0', kHex[(ch >> 4) & 0xf], kHex[ch & 0xf] };
            out.append(escaped, 6);
        }
        }
    }
    out += '"';
}

// A field as RFC 4180 writes it (CsvWriter::field, on UTF-8).
void appendCsvField(QByteArray& out, QByteArrayView utf8)
{
    bool quote = false;
    for (const char ch : utf8) {
        if (ch == ',' || ch == '"' || ch == '\n' || ch == '\r') {
            quote = true;
            break;
        }
    }
    if (!quote) {
        out.append(utf8);
        return;
    }
    out += '"';
    for (const char ch : utf8) {
        if (ch == '"')
            out += '"';
        out += ch;
    }
    out += '"';
}

// One row as a JSON object on one line, keys in column order, into `line`; and the same row as
// a CSV record into `csv`. Each value is converted to UTF-8 once for both.
void appendRow(const RecordsTable& table, const QList<QByteArray>& keys, const QVariantList& row, QByteArray& line,
               QByteArray& csv, QByteArray& scratch)
{
    line += '{';
    for (qsizetype i = 0; i < row.size(); ++i) {
        const RecordsColumn& column = table.columns.at(i);
        const QVariant& value = row.at(i);
        line += keys.at(i);
        if (i > 0)
            csv += ',';
        if (value.isNull()) {
            line += "null";
            continue;
        }
        switch (column.kind) {
        case RecordsColumn::Kind::Integer: {
            scratch.setNum(value.toLongLong());
            line += scratch;
            csv += scratch;
            break;
        }
        case RecordsColumn::Kind::Bool: {
            const char* flag = value.toBool() ? "true" : "false";
            line += flag;
            csv += flag;
            break;
        }
        case RecordsColumn::Kind::Time: {
            line += '"';
            const qsizetype at = line.size();
            appendIsoUtc(line, value.toDateTime());
            csv += QByteArrayView(line).sliced(at); // no character of a timestamp needs quoting or escaping
            line += '"';
            break;
        }
        case RecordsColumn::Kind::Text: {
            scratch = value.toString().toUtf8();
            appendJsonString(line, scratch);
            appendCsvField(csv, scratch);
            break;
        }
        case RecordsColumn::Kind::Json: {
            // The platform's payload as JSON where it is JSON, compacted onto the line; as a string
            // otherwise, so nothing stored is lost.
            scratch = value.toString().toUtf8();
            QJsonParseError parsed;
            const QJsonDocument document = QJsonDocument::fromJson(scratch, &parsed);
            if (parsed.error == QJsonParseError::NoError && (document.isObject() || document.isArray()))
                line += document.toJson(QJsonDocument::Compact);
            else
                appendJsonString(line, scratch);
            appendCsvField(csv, scratch);
            break;
        }
        }
    }
    line += "}\n";
    csv += "\r\n";
}

// The local day ("YYYY-MM-DD") of each comment's time, in the order the comments come (by
// time): converting every time to the zone costs more than a row; the day of the last one holds
// until the next local midnight or the zone's next transition, whichever comes first.
class LocalDays
{
public:
    explicit LocalDays(const QTimeZone& zone)
        : m_zone(zone)
    {
    }

    QString dayOf(const QDateTime& at)
    {
        const qint64 ms = at.toMSecsSinceEpoch();
        if (ms >= m_from && ms < m_until)
            return m_day;
        const QDateTime local = at.toTimeZone(m_zone);
        m_day = local.date().toString(Qt::ISODate);
        m_from = ms;
        const qint64 msOfDay = local.time().msecsSinceStartOfDay();
        m_until = ms + (qint64(86400000) - msOfDay);
        const QTimeZone::OffsetData next = m_zone.nextTransition(at);
        if (next.atUtc.isValid())
            m_until = std::min(m_until, next.atUtc.toMSecsSinceEpoch());
        return m_day;
    }

private:
    QTimeZone m_zone;
    QString m_day;
    qint64 m_from = 0;
    qint64 m_until = 0;
};

// The two files of one table.
struct TableFiles
{
    const RecordsTable* table = nullptr;
    std::unique_ptr<DigestFile> jsonl;
    std::unique_ptr<DigestFile> csv;
    QList<QByteArray> keys; // each column's `"name":`, the first after '{', the others with their ','
    qint64 rows = 0;
};

Error cannotWrite(const QString& path, const QString& why)
{
    return Error(Error::Code::ReadOnly, u"cannot write %1: %2"_s.arg(QDir::toNativeSeparators(path), why));
}

// The folder exists afterwards, and holds nothing unless the caller forced it (then an old
// manifest is gone first: an export that fails half-way must not look finished).
Error prepareFolder(const QString& dir, bool force)
{
    const QFileInfo info(dir);
    if (info.exists() && !info.isDir())
        return cannotWrite(dir, u"it is a file, not a folder"_s);
    if (!info.exists()) {
        if (!QDir().mkpath(dir))
            return cannotWrite(dir, u"the folder cannot be created"_s);
        return {};
    }
    const QStringList present =
        QDir(dir).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System, QDir::Name);
    if (present.isEmpty())
        return {};
    if (!force)
        return Error(Error::Code::Refused,
                     u"%1 already holds files (%2): choose an empty folder, or pass --force to write over them"_s.arg(
                         QDir::toNativeSeparators(dir), present.first() + (present.size() > 1 ? u", …"_s : QString())));
    QFile old(QDir(dir).filePath(QString::fromUtf16(kRecordsManifest)));
    if (old.exists() && !old.remove())
        return cannotWrite(old.fileName(), old.errorString());
    return {};
}

Result<std::vector<TableFiles>> openFiles(const QString& dir)
{
    std::vector<TableFiles> files;
    for (const RecordsTable& table : RecordsStore::tables()) {
        TableFiles out;
        out.table = &table;
        out.jsonl = std::make_unique<DigestFile>(QDir(dir).filePath(table.name + u".jsonl"_s));
        out.csv = std::make_unique<DigestFile>(QDir(dir).filePath(table.name + u".csv"_s));
        for (DigestFile* file : { out.jsonl.get(), out.csv.get() }) {
            if (!file->openForWriting())
                return cannotWrite(file->fileName(), file->errorString().isEmpty() ? u"cannot open"_s
                                                                                   : file->errorString());
        }
        // CSV is UTF-8 behind a byte-order mark (CsvWriter), then the header.
        QByteArray& csv = out.csv->buffer();
        csv += "\xEF\xBB\xBF";
        for (const RecordsColumn& column : table.columns) {
            QByteArray key = column.name.toUtf8();
            if (!out.keys.isEmpty())
                csv += ',';
            appendCsvField(csv, key);
            QByteArray json = out.keys.isEmpty() ? QByteArray() : QByteArray(",");
            appendJsonString(json, key);
            out.keys << json + ':';
        }
        csv += "\r\n";
        files.push_back(std::move(out));
    }
    return files;
}

// Closes every file; the data files' summaries in manifest order (each table's JSON lines, then
// its CSV).
Result<QList<RecordsFileSummary>> closeFiles(std::vector<TableFiles>& files)
{
    QList<RecordsFileSummary> summaries;
    for (TableFiles& table : files) {
        for (DigestFile* file : { table.jsonl.get(), table.csv.get() }) {
            const QString problem = file->finish();
            if (!problem.isEmpty())
                return cannotWrite(file->fileName(), problem);
            summaries.append({ QFileInfo(file->fileName()).fileName(), file->sha256(), table.rows, file->bytes() });
        }
    }
    return summaries;
}

QJsonObject manifestOf(const RecordsRequest& request, const ReportPeriod& period, const RecordsSummary& summary,
                       const QDateTime& generatedAt)
{
    QJsonArray files;
    for (const RecordsFileSummary& file : summary.files)
        files.append(QJsonObject { { u"name"_s, file.name },
                                   { u"sha256"_s, file.sha256 },
                                   { u"rows"_s, file.rows },
                                   { u"bytes"_s, file.bytes } });
    QJsonObject perDay;
    for (auto it = summary.commentsPerDay.cbegin(); it != summary.commentsPerDay.cend(); ++it)
        perDay.insert(it.key(), it.value());
    const AuditVerification& audit = summary.audit;
    return QJsonObject {
        { u"format"_s, QString::fromUtf16(kRecordsFormat) },
        { u"generated_at"_s, isoUtc(generatedAt) },
        { u"tool_version"_s, request.toolVersion },
        { u"range"_s,
          QJsonObject { { u"from"_s, request.from.toString(Qt::ISODate) },
                        { u"to"_s, request.to.toString(Qt::ISODate) },
                        { u"zone"_s, QString::fromUtf8(period.zone.id()) },
                        { u"start"_s, isoUtc(period.start) },
                        { u"end"_s, isoUtc(period.end) } } },
        { u"author"_s, request.author.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(request.author) },
        { u"files"_s, files },
        { u"comments_per_day"_s, perDay },
        { u"audit"_s,
          QJsonObject { { u"intact"_s, audit.intact },
                        { u"rows_checked"_s, audit.rowsChecked },
                        { u"first_bad_seq"_s, audit.intact ? QJsonValue(QJsonValue::Null) : QJsonValue(audit.firstBadSeq) },
                        { u"problem"_s, audit.problem } } },
        { u"audit_head"_s, summary.head.toString() },
    };
}

Error writeManifest(const QString& dir, const QJsonObject& manifest)
{
    QSaveFile file(QDir(dir).filePath(QString::fromUtf16(kRecordsManifest)));
    if (!file.open(QIODevice::WriteOnly))
        return cannotWrite(file.fileName(), file.errorString());
    file.write(QJsonDocument(manifest).toJson(QJsonDocument::Indented));
    if (!file.commit())
        return cannotWrite(file.fileName(), file.errorString());
    return {};
}

// Reads the store on one snapshot into the open files.
Error readRecords(Database& database, const RecordsScope& scope, const QTimeZone& zone,
                  std::vector<TableFiles>& files, RecordsSummary& summary)
{
    return database.readSnapshot([&]() -> Error {
        AuditStore audit(database);
        auto verified = audit.verify();
        if (!verified)
            return verified.error().prefixed(u"verifying the audit log"_s);
        summary.audit = *verified;
        auto head = audit.head();
        if (!head)
            return head.error().prefixed(u"reading the audit log's head"_s);
        summary.head = *head;
        constexpr int kCreatedAt = 10;
        QByteArray scratch;
        LocalDays days(zone);
        return RecordsStore(database).forEach(scope, [&](const RecordsTable& table, const QVariantList& row) -> Error {
            TableFiles& out = files.at(size_t(table.id));
            ++out.rows;
            appendRow(table, out.keys, row, out.jsonl->buffer(), out.csv->buffer(), scratch);
            for (DigestFile* file : { out.jsonl.get(), out.csv.get() }) {
                if (!file->wrote())
                    return cannotWrite(file->fileName(), file->errorString());
            }
            if (table.id == RecordsTableId::Comments)
                ++summary.commentsPerDay[days.dayOf(row.at(kCreatedAt).toDateTime())];
            return {};
        });
    });
}

} // namespace

Result<RecordsSummary> exportRecords(Database& database, const RecordsRequest& request)
{
    if (!request.from.isValid() || !request.to.isValid())
        return Error(Error::Code::InvalidInput, u"records export: a range needs two real dates"_s);
    if (request.to < request.from)
        return Error(Error::Code::InvalidInput, u"records export: --to %1 is before --from %2"_s.arg(
                                                    request.to.toString(Qt::ISODate), request.from.toString(Qt::ISODate)));
    if (!request.zone.isValid())
        return Error(Error::Code::InvalidInput, u"records export: no valid time zone"_s);
    // "@" alone would match every comment without a handle (Facebook's), not one person.
    if (request.author.trimmed() == u"@"_s)
        return Error(Error::Code::InvalidInput, u"records export: --author \"%1\" names no one"_s.arg(request.author));
    if (request.outDir.isEmpty())
        return Error(Error::Code::Usage, u"records export: no output folder"_s);
    if (Error error = prepareFolder(request.outDir, request.force); error.isError())
        return error;

    const ReportPeriod period = ReportPeriod::days(request.from, request.to, request.zone);
    RecordsSummary summary;
    for (QDate day = request.from; day <= request.to; day = day.addDays(1))
        summary.commentsPerDay.insert(day.toString(Qt::ISODate), 0);
    auto files = openFiles(request.outDir);
    if (!files)
        return files.error();
    const RecordsScope scope { period.start, period.end, request.author.trimmed() };
    if (Error error = readRecords(database, scope, request.zone, *files, summary); error.isError())
        return error;
    auto closed = closeFiles(*files);
    if (!closed)
        return closed.error();
    summary.files = *closed;
    if (Error error = writeManifest(request.outDir, manifestOf(request, period, summary, database.clock().now()));
        error.isError())
        return error;
    return summary;
}

} // namespace moderation
