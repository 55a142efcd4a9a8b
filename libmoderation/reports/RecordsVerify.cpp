// verifyRecords (declared in RecordsExport.h): an export folder held against its manifest.
#include "reports/RecordsExport.h"
#include "reports/Sha256.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

using namespace Qt::StringLiterals;

namespace moderation {

namespace {

constexpr qint64 kManifestLimit = 16 * 1024 * 1024;

struct ListedFile
{
    QString name;
    QString sha256;
    qint64 rows = 0;
};

// Counts rows while the bytes go by. JSON lines: one row a line (a last line without its line
// break counts). CSV as RFC 4180 reads it: a record ends at a line break outside quotes, so a
// quoted field may hold line breaks; the first record is the header.
class RowCounter
{
public:
    explicit RowCounter(bool csv)
        : m_csv(csv)
    {
    }

    void add(QByteArrayView bytes)
    {
        for (const char ch : bytes) {
            if (m_csv && ch == '"') {
                // A doubled quote inside a quoted field toggles twice: still inside.
                m_inQuotes = !m_inQuotes;
            } else if (ch == '\n' && !m_inQuotes) {
                ++m_records;
                m_open = false;
                continue;
            }
            if (ch != '\r')
                m_open = true;
        }
    }

    qint64 rows() const
    {
        const qint64 records = m_records + (m_open ? 1 : 0);
        return m_csv ? qMax<qint64>(records - 1, 0) : records;
    }

private:
    bool m_csv;
    bool m_inQuotes = false;
    bool m_open = false; // a record has begun and not ended
    qint64 m_records = 0;
};

RecordsCheck bad(const QString& file, const QString& problem, int checked)
{
    RecordsCheck check;
    check.ok = false;
    check.firstBadFile = file;
    check.problem = problem;
    check.filesChecked = checked;
    return check;
}

bool isPlainName(const QString& name)
{
    return !name.isEmpty() && name != u"."_s && name != u".."_s && !name.contains(u'/') && !name.contains(u'\\')
        && name != QString::fromUtf16(kRecordsManifest);
}

bool isSha256(const QString& text)
{
    if (text.size() != 64)
        return false;
    for (const QChar ch : text) {
        if (!((ch >= u'0' && ch <= u'9') || (ch >= u'a' && ch <= u'f')))
            return false;
    }
    return true;
}

// The manifest's file list, or what is wrong with it.
std::variant<QList<ListedFile>, QString> listedFiles(const QByteArray& text)
{
    QJsonParseError parsed;
    const QJsonDocument document = QJsonDocument::fromJson(text, &parsed);
    if (parsed.error != QJsonParseError::NoError)
        return u"not valid JSON at offset %1: %2"_s.arg(parsed.offset).arg(parsed.errorString());
    if (!document.isObject())
        return u"not a JSON object"_s;
    const QJsonObject manifest = document.object();
    if (manifest.value(u"format"_s).toString() != QString::fromUtf16(kRecordsFormat))
        return u"format is not \"%1\""_s.arg(QString::fromUtf16(kRecordsFormat));
    if (!manifest.value(u"files"_s).isArray())
        return u"no \"files\" list"_s;
    QList<ListedFile> files;
    QSet<QString> names;
    const QJsonArray entries = manifest.value(u"files"_s).toArray();
    for (qsizetype i = 0; i < entries.size(); ++i) {
        const QJsonObject entry = entries.at(i).toObject();
        ListedFile file { entry.value(u"name"_s).toString(), entry.value(u"sha256"_s).toString(),
                          entry.value(u"rows"_s).toInteger(-1) };
        if (!isPlainName(file.name) || names.contains(file.name))
            return u"files[%1]: the name must be a file of this folder, listed once"_s.arg(i);
        if (!isSha256(file.sha256))
            return u"files[%1] (%2): sha256 is not 64 lowercase hex digits"_s.arg(i).arg(file.name);
        if (file.rows < 0)
            return u"files[%1] (%2): rows is not a count"_s.arg(i).arg(file.name);
        names.insert(file.name);
        files.append(file);
    }
    return files;
}

// What differs between a file and its manifest entry; empty when nothing does.
QString checkFile(const QString& path, const ListedFile& listed)
{
    QFile file(path);
    if (!file.exists())
        return u"missing: the manifest lists it, the folder does not hold it"_s;
    if (!file.open(QIODevice::ReadOnly))
        return u"cannot be read: %1"_s.arg(file.errorString());
    Sha256 hash;
    RowCounter counter(listed.name.endsWith(u".csv"_s, Qt::CaseInsensitive));
    QByteArray chunk;
    for (;;) {
        chunk = file.read(1 << 20);
        if (chunk.isEmpty())
            break;
        hash.addData(chunk);
        counter.add(chunk);
    }
    if (file.error() != QFileDevice::NoError)
        return u"cannot be read: %1"_s.arg(file.errorString());
    const QString sum = QString::fromLatin1(hash.hexResult());
    if (sum != listed.sha256)
        return u"SHA-256 differs: the manifest says %1, the file's is %2"_s.arg(listed.sha256, sum);
    if (counter.rows() != listed.rows)
        return u"row count differs: the manifest says %1, the file holds %2"_s.arg(listed.rows).arg(counter.rows());
    return {};
}

} // namespace

Result<RecordsCheck> verifyRecords(const QString& dir)
{
    const QFileInfo folder(dir);
    if (!folder.isDir())
        return Error(Error::Code::NotFound, u"no export folder at %1"_s.arg(QDir::toNativeSeparators(dir)));
    const QString manifestName = QString::fromUtf16(kRecordsManifest);
    QFile manifestFile(QDir(dir).filePath(manifestName));
    if (!manifestFile.exists())
        return Error(Error::Code::NotFound, u"%1 holds no %2: not a records export, or one that did not finish"_s.arg(
                                                QDir::toNativeSeparators(dir), manifestName));
    if (!manifestFile.open(QIODevice::ReadOnly))
        return Error(Error::Code::NotFound, u"cannot read %1: %2"_s.arg(manifestFile.fileName(), manifestFile.errorString()));
    if (manifestFile.size() > kManifestLimit)
        return bad(manifestName, u"larger than a manifest can be (16 MiB)"_s, 0);
    const auto listed = listedFiles(manifestFile.readAll());
    if (const QString* problem = std::get_if<QString>(&listed))
        return bad(manifestName, *problem, 0);
    const QList<ListedFile>& files = std::get<QList<ListedFile>>(listed);

    RecordsCheck check;
    QSet<QString> names;
    for (const ListedFile& file : files) {
        names.insert(file.name);
        const QString problem = checkFile(QDir(dir).filePath(file.name), file);
        if (!problem.isEmpty())
            return bad(file.name, problem, check.filesChecked);
        ++check.filesChecked;
    }
    const QStringList present = QDir(dir).entryList(QDir::Files | QDir::Hidden | QDir::System, QDir::Name);
    for (const QString& name : present) {
        if (name != manifestName && !names.contains(name))
            return bad(name, u"not listed in the manifest: the export does not hold it"_s, check.filesChecked);
    }
    return check;
}

} // namespace moderation
