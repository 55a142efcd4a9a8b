#include "reports/CsvWriter.h"

#include <QIODevice>

using namespace Qt::StringLiterals;

namespace moderation {

CsvWriter::CsvWriter(QIODevice* device)
    : m_stream(device)
{
    m_stream.setEncoding(QStringConverter::Utf8);
    m_stream.setGenerateByteOrderMark(true);
}

QString CsvWriter::field(const QString& text)
{
    if (!text.contains(u',') && !text.contains(u'"') && !text.contains(u'\n') && !text.contains(u'\r'))
        return text;
    QString quoted = text;
    quoted.replace(u'"', u"\"\""_s);
    return u'"' + quoted + u'"';
}

QString CsvWriter::row(const QStringList& fields)
{
    QStringList out;
    out.reserve(fields.size());
    for (const QString& f : fields)
        out << field(f);
    return out.join(u',') + u"\r\n"_s;
}

void CsvWriter::writeRow(const QStringList& fields)
{
    m_stream << row(fields);
}

bool CsvWriter::flush()
{
    m_stream.flush();
    return m_stream.status() == QTextStream::Ok;
}

} // namespace moderation
