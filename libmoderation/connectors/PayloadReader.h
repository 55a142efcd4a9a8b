#pragma once

#include "model/Error.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>

namespace moderation {

// Reads a platform's JSON body so that every complaint says what and where: the origin (a file
// or a URL), the JSON path ("$.data[3].created_at") and, when the body is not JSON at all, the
// byte offset. The payload parsers use it; nothing here knows a platform.
class PayloadReader
{
public:
    enum class Need { Required, Optional };

    explicit PayloadReader(QString origin)
        : m_origin(std::move(origin))
    { }

    const QString& origin() const { return m_origin; }

    // The whole body as one JSON object. A parse error carries the byte offset in its message and
    // the line and column of that byte as its position.
    Result<QJsonObject> parseObject(const QByteArray& body) const;

    // An InvalidInput error at `path`, located in the origin.
    Error error(const QString& path, const QString& message) const;

    // Typed members of `object` (found at `path`). A missing or null member is an error when
    // required and the empty value otherwise; a member of another type is always an error.
    Result<QString> string(const QJsonObject& object, const QString& path, const QString& key, Need need) const;
    Result<QJsonObject> object(const QJsonObject& object, const QString& path, const QString& key, Need need) const;
    Result<QJsonArray> array(const QJsonObject& object, const QString& path, const QString& key, Need need) const;
    Result<bool> boolean(const QJsonObject& object, const QString& path, const QString& key, Need need) const;
    Result<qint64> integer(const QJsonObject& object, const QString& path, const QString& key, Need need) const;
    // A string timestamp with a zone (see parseTimestamp), as UTC.
    Result<QDateTime> timestamp(const QJsonObject& object, const QString& path, const QString& key, Need need) const;
    // Element `index` of an array that must hold objects.
    Result<QJsonObject> element(const QJsonArray& array, const QString& path, qsizetype index) const;

    // "2026-11-02T14:05:09.000Z" (X), "2026-11-02T14:05:09+0000" (Graph, no colon) or any
    // ISO 8601 date-time with Z or a numeric offset; invalid without a zone or out of range.
    static QDateTime parseTimestamp(const QString& text);
    // "a string", "a number", "an object", … for messages.
    static QString describe(const QJsonValue& value);
    static QString member(const QString& path, const QString& key) { return path + u'.' + key; }
    static QString index(const QString& path, qsizetype i) { return path + u'[' + QString::number(i) + u']'; }

private:
    Result<QJsonValue> value(
        const QJsonObject& object, const QString& path, const QString& key, Need need, QJsonValue::Type type) const;

    QString m_origin;
};

} // namespace moderation
