#pragma once

#include <QString>

#include <optional>
#include <utility>
#include <variant>

namespace moderation {

// One error type for the whole library: what went wrong, and where (a file position or a record).
// Returned, never thrown across the library boundary.
class Error
{
public:
    enum class Code {
        None,
        InvalidInput, // bad data: a payload, a policy file, an import, a user's entry
        Usage, // a command used wrongly
        Refused, // a rule of the domain or an invariant of the database said no
        NotFound,
        Conflict,
        DatabaseUnreachable,
        AuthenticationFailed,
        ReadOnly,
        Corrupt,
        Network,
        CredentialsMissing,
        Integrity, // stored data failed a verification (audit chain)
        Internal,
    };

    Error() = default;
    Error(Code code, QString message)
        : m_code(code)
        , m_message(std::move(message))
    {
    }

    static Error none() { return {}; }
    // What a Result holds when it is given an Error without a code.
    static Error withoutCode();

    bool isError() const { return m_code != Code::None; }
    Code code() const { return m_code; }
    const QString& message() const { return m_message; }

    const QString& file() const { return m_file; }
    int line() const { return m_line; }
    int column() const { return m_column; }
    const QString& recordId() const { return m_recordId; }

    // Builders: on a named Error they change it in place, on a temporary or a const one they
    // return a changed copy, so `return query.error().prefixed(u"…"_s);` reads naturally.
    Error& at(const QString& file, int line = 0, int column = 0) &
    {
        m_file = file;
        m_line = line;
        m_column = column;
        return *this;
    }
    Error at(const QString& file, int line = 0, int column = 0) const&
    {
        Error copy(*this);
        copy.at(file, line, column);
        return copy;
    }
    Error& forRecord(const QString& recordId) &
    {
        m_recordId = recordId;
        return *this;
    }
    Error forRecord(const QString& recordId) const&
    {
        Error copy(*this);
        copy.forRecord(recordId);
        return copy;
    }
    // Prefixes the message with context, e.g. "opening the store: ".
    Error& prefixed(const QString& context) &;
    Error prefixed(const QString& context) const&
    {
        Error copy(*this);
        copy.prefixed(context);
        return copy;
    }

    // "FILE:LINE:COL: message" when a position is known, "message (record R)" for a record,
    // the bare message otherwise.
    QString toString() const;

    // Whether the problem is in the environment (exit code 3) rather than in the input (2).
    bool isEnvironmental() const;

    static QString codeName(Code code);

private:
    Code m_code = Code::None;
    QString m_message;
    QString m_file;
    int m_line = 0;
    int m_column = 0;
    QString m_recordId;
};

// A value or the Error that prevented it (std::expected arrives with C++23).
template<typename T>
class Result
{
public:
    Result(T value)
        : m_data(std::move(value))
    {
    }
    // An Error with no code would make a failure that says nothing, and ok() would be false
    // with error() reporting none: it becomes an Internal error that says so.
    Result(Error error)
        : m_data(error.isError() ? std::move(error) : Error::withoutCode())
    {
    }

    bool ok() const { return std::holds_alternative<T>(m_data); }
    explicit operator bool() const { return ok(); }

    T& value() & { return std::get<T>(m_data); }
    const T& value() const& { return std::get<T>(m_data); }
    T&& value() && { return std::get<T>(std::move(m_data)); }
    T* operator->() { return &value(); }
    const T* operator->() const { return &value(); }
    T& operator*() & { return value(); }
    const T& operator*() const& { return value(); }

    const Error& error() const
    {
        static const Error noError;
        return ok() ? noError : std::get<Error>(m_data);
    }

private:
    std::variant<T, Error> m_data;
};

} // namespace moderation
