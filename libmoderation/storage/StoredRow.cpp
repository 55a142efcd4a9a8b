#include "storage/StoredRow.h"

#include <QVariant>

using namespace Qt::StringLiterals;

namespace moderation {

Error StoredRow::unknownValue(const QString& table, qint64 id, const QString& column, const QString& value)
{
    return Error(Error::Code::Corrupt,
                 u"%1 row %2 has an unknown %3 \"%4\" (written by a newer Moderation Desk, or edited by hand)"_s
                     .arg(table)
                     .arg(id)
                     .arg(column, value.left(80)));
}

void StoredRow::note(const char16_t* name, const QString& value)
{
    if (m_error.isError())
        return;
    m_error = unknownValue(QString::fromUtf16(m_table), m_query.value(m_idColumn).toLongLong(),
                           QString::fromUtf16(name), value);
}

void StoredRow::fail(const char16_t* name, const QString& what)
{
    if (m_error.isError())
        return;
    const qint64 id = m_query.value(m_idColumn).toLongLong();
    m_error = Error(Error::Code::Corrupt,
                    u"%1 row %2: %3 %4"_s.arg(QString::fromUtf16(m_table)).arg(id).arg(QString::fromUtf16(name), what));
}

} // namespace moderation
