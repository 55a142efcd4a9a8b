#pragma once

#include <QStringList>
#include <QTextStream>

class QIODevice;

namespace moderation {

// CSV as RFC 4180 writes it: a field with a comma, a quote or a line break is quoted and its
// quotes doubled; rows end in CRLF. The text is UTF-8 behind a byte-order mark, so that a
// spreadsheet program on Windows reads it as UTF-8 rather than the local code page. Used by
// `policy simulate --csv`, the reports and the records export.
class CsvWriter
{
public:
    // Writes to `device` (not owned), which must be open for writing; the byte-order mark goes
    // out with the first row.
    explicit CsvWriter(QIODevice* device);

    void writeRow(const QStringList& fields);
    // Pushes what is buffered to the device; false when the device refused it.
    bool flush();

    // One field or one row (CRLF included) as written.
    static QString field(const QString& text);
    static QString row(const QStringList& fields);

private:
    QTextStream m_stream;
};

} // namespace moderation
