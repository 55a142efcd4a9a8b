#include "reports/RecordsExport.h"

#include "reports/CsvWriter.h"
#include "reports/ReportPeriod.h"
#include "storage/AuditStore.h"
#include "storage/Database.h"
#include "storage/RecordsStore.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QIODevice>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

#include <memory>
#include <vector>

using namespace Qt::StringLiterals;

namespace moderation {

namespace {

// A file that hashes and counts the bytes written through it, so that a manifest's sums cost no
// second read of what was written.
class DigestFile final : public QIODevice
{
public:
    explicit DigestFile(const QString& path)
        : m_file(path)
        , m_hash(QCryptographicHash::Sha256)
    {
    }

    bool openForWriting()
    {
        return m_file.open(QIODevice::WriteOnly | QIODevice::Truncate)
            && open(QIODevice::WriteOnly | QIODevice::Unbuffered);
    }
    // Flushes and closes; an empty string when every byte reached the file, else why not.
    QString finish()
    {
        const bool flushed = m_file.flush();
        const QString problem = flushed && m_file.error() == QFileDevice::NoError ? QString() : m_file.errorString();
        m_file.close();
        close();
        return problem;
    }
    QString fileName() const { return m_file.fileName(); }
    QString sha256() const { return QString::fromLatin1(m_hash.result().toHex()); }
    qint64 bytes() const { return m_bytes; }

protected:
    qint64 readData(char*, qint64) override { return -1; }
    qint64 writeData(const char* data, qint64 size) override
    {
        const qint64 written = m_file.write(data, size);
        if (written > 0) {
            m_hash.addData(QByteArrayView(data, written));
            m_bytes += written;
        }
        return written;
    }

private:
    QFile m_file;
    QCryptographicHash m_hash;
    qint64 m_bytes = 0;
};

QString isoUtc(const QDateTime& at)
{
    return at.toUTC().toString(Qt::ISODateWithMs);
}

void appendJsonString(QByteArray& out, const QByteArray& utf8)
{
    out += '"';
    for (const char ch : utf8) {
        switch (ch) {
        case '"': out += "\\\""; break;
        case '\\': out += "\\\\"; break;
        case '\n': out += "\\n"; break;
        case '\r': out += "\\r"; break;
        case '\t': out += "\\t"; break;
        default:
            if (static_cast<unsigned char>(ch) < 0x20) {
                static constexpr char kHex[] = "0123456789abcdef";
                out += "\\u00";
                out += kHex[(ch >> 4) & 0xf];
                out += kHex[ch & 0xf];
            } else {
                out += ch;
            }
        }
    }
    out += '"';
}

// One row as a JSON object on one line, keys in column order.
QByteArray jsonLine(const RecordsTable& table, const QVariantList& row)
{
    QByteArray line;
    line.reserve(512);
    line += '{';
    for (qsizetype i = 0; i < row.size(); ++i) {
        const RecordsColumn& column = table.columns.at(i);
        const QVariant& value = row.at(i);
        if (i > 0)
            line += ',';
        appendJsonString(line, column.name.toUtf8());
        line += ':';
        if (value.isNull()) {
            line += "null";
            continue;
        }
        switch (column.kind) {
        case RecordsColumn::Kind::Integer: line += QByteArray::number(value.toLongLong()); break;
        case RecordsColumn::Kind::Bool: line += value.toBool() ? "true" : "false"; break;
        case RecordsColumn::Kind::Time: appendJsonString(line, isoUtc(value.toDateTime()).toUtf8()); break;
        case RecordsColumn::Kind::Text: appendJsonString(line, value.toString().toUtf8()); break;
        case RecordsColumn::Kind::Json: {
            // The platform's payload as JSON where it is JSON, compacted onto the line; as a string
            // otherwise, so nothing stored is lost.
            const QByteArray stored = value.toString().toUtf8();
            QJsonParseError parsed;
            const QJsonDocument document = QJsonDocument::fromJson(stored, &parsed);
            if (parsed.error == QJsonParseError::NoError && (document.isObject() || document.isArray()))
                line += document.toJson(QJsonDocument::Compact);
            else
                appendJsonString(line, stored);
            break;
        }
        }
    }
    line += "}\n";
    return line;
}

QStringList csvFields(const RecordsTable& table, const QVariantList& row)
{
    QStringList fields;
    fields.reserve(row.size());
    for (qsizetype i = 0; i < row.size(); ++i) {
        const QVariant& value = row.at(i);
        if (value.isNull()) {
            fields << QString();
            continue;
        }
        switch (table.columns.at(i).kind) {
        case RecordsColumn::Kind::Integer: fields << QString::number(value.toLongLong()); break;
        case RecordsColumn::Kind::Bool: fields << (value.toBool() ? u"true"_s : u"false"_s); break;
        case RecordsColumn::Kind::Time: fields << isoUtc(value.toDateTime()); break;
        case RecordsColumn::Kind::Text:
        case RecordsColumn::Kind::Json: fields << value.toString(); break;
        }
    }
    return fields;
}

// The two files of one table.
struct TableFiles
{
    const RecordsTable* table = nullptr;
    std::unique_ptr<DigestFile> jsonl;
    std::unique_ptr<DigestFile> csv;
    std::unique_ptr<CsvWriter> csvWriter;
    qint64 rows = 0;
    bool writeFailed = false;
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
        out.csvWriter = std::make_unique<CsvWriter>(out.csv.get());
        QStringList header;
        for (const RecordsColumn& column : table.columns)
            header << column.name;
        out.csvWriter->writeRow(header);
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
        if (!table.csvWriter->flush())
            table.writeFailed = true;
        for (DigestFile* file : { table.jsonl.get(), table.csv.get() }) {
            const QString problem = file->finish();
            if (!problem.isEmpty() || table.writeFailed)
                return cannotWrite(file->fileName(), problem.isEmpty() ? u"a write failed"_s : problem);
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
        return RecordsStore(database).forEach(scope, [&](const RecordsTable& table, const QVariantList& row) -> Error {
            TableFiles& out = files.at(size_t(table.id));
            ++out.rows;
            if (out.jsonl->write(jsonLine(table, row)) < 0)
                return cannotWrite(out.jsonl->fileName(), out.jsonl->errorString());
            out.csvWriter->writeRow(csvFields(table, row));
            if (table.id == RecordsTableId::Comments) {
                const QDate day = row.at(kCreatedAt).toDateTime().toTimeZone(zone).date();
                ++summary.commentsPerDay[day.toString(Qt::ISODate)];
            }
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
