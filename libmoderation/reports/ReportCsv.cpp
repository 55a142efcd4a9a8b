#include "reports/CsvWriter.h"
#include "reports/ReportWriters.h"
#include "reports/ReportWriting.h"

#include <QBuffer>
#include <QDir>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace moderation {

namespace {

QByteArray csvBytes(const QStringList& header, const QList<QStringList>& rows)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    (void)buffer.open(QIODevice::WriteOnly);
    CsvWriter writer(&buffer);
    writer.writeRow(header);
    for (const QStringList& row : rows)
        writer.writeRow(row);
    (void)writer.flush(); // a QBuffer in memory does not refuse
    return bytes;
}

} // namespace

Error writeCsvReport(const Report& report, const QString& folder)
{
    // Ids come from code, never from users; still, each must name a file of its own in the folder.
    static const QRegularExpression fileStem(u"^[A-Za-z0-9_-]+$"_s);
    for (const ReportTable& table : report.tables)
        if (!fileStem.match(table.id).hasMatch() || table.id == u"summary"_s)
            return Error(Error::Code::Internal, u"report table id '%1' cannot name a CSV file"_s.arg(table.id));
    if (const Error error = reportwriting::makeFolder(folder); error.isError())
        return error;
    const QDir dir(folder);

    QList<QStringList> summary;
    for (const ReportFigure& fact : reportwriting::facts(report))
        summary << QStringList { fact.label, fact.value };
    for (const ReportFigure& figure : report.summary)
        summary << QStringList { figure.label, figure.value };
    if (const Error error
        = reportwriting::saveFile(dir.filePath(u"summary.csv"_s), csvBytes({ u"label"_s, u"value"_s }, summary));
        error.isError())
        return error;

    for (const ReportTable& table : report.tables) {
        const QString path = dir.filePath(table.id + u".csv"_s);
        if (const Error error = reportwriting::saveFile(path, csvBytes(table.columns, table.rows)); error.isError())
            return error;
    }
    return {};
}

} // namespace moderation
