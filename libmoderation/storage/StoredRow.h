#pragma once

#include "model/Error.h"

#include <QSqlQuery>
#include <QString>

#include <optional>

namespace moderation {

// Reads one stored row's values that need decoding. A value the schema's CHECK constraints
// should have kept out (a store written by a newer client, or edited by hand) is Corrupt,
// naming the table, the row and the column: never read as a default, which would quietly
// change what the row says. Keeps the first problem; the row is used only if there is none.
class StoredRow
{
public:
    StoredRow(const QSqlQuery& query, const char16_t* table, int idColumn = 0)
        : m_query(query)
        , m_table(table)
        , m_idColumn(idColumn)
    {
    }

    // An enum column, decoded with its model's parser (platformFromString, caseStateFromString…).
    template<typename T, typename Parse>
    T decoded(int column, const char16_t* name, Parse parse)
    {
        const QString text = m_query.value(column).toString();
        if (const std::optional<T> value = parse(text))
            return *value;
        note(name, text);
        return T {};
    }
    // The same for a value decoded from elsewhere than a column (a JSON member).
    template<typename T, typename Parse>
    T decodedText(const QString& text, const char16_t* name, Parse parse)
    {
        if (const std::optional<T> value = parse(text))
            return *value;
        note(name, text);
        return T {};
    }
    // A problem found by the caller (a JSON column that is not JSON).
    void fail(const char16_t* name, const QString& what);

    bool ok() const { return !m_error.isError(); }
    const Error& error() const { return m_error; }

    // The Error for an unknown stored value, for readers that do not go through QSqlQuery.
    static Error unknownValue(const QString& table, qint64 id, const QString& column, const QString& value);

private:
    void note(const char16_t* name, const QString& value);

    const QSqlQuery& m_query;
    const char16_t* m_table;
    int m_idColumn;
    Error m_error;
};

} // namespace moderation
