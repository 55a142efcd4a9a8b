#include "connectors/PayloadReader.h"

#include <QJsonDocument>
#include <QJsonParseError>
#include <QRegularExpression>
#include <QTimeZone>
#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace moderation {

Result<QJsonObject> PayloadReader::parseObject(const QByteArray& body) const
{
    if (body.trimmed().isEmpty())
        return Error(Error::Code::InvalidInput, u"the body is empty, not JSON"_s).at(m_origin);
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        // Position of the offending byte as line and column, so an editor can jump there.
        const qsizetype offset = std::clamp<qsizetype>(parseError.offset, 0, body.size());
        const QByteArray before = body.left(offset);
        const int line = int(before.count('\n')) + 1;
        const int column = int(offset - (before.lastIndexOf('\n') + 1)) + 1;
        return Error(Error::Code::InvalidInput,
            u"not valid JSON at byte %1 of %2: %3"_s.arg(offset).arg(body.size()).arg(parseError.errorString()))
            .at(m_origin, line, column);
    }
    if (!document.isObject())
        return error(u"$"_s, u"expected an object, found an array"_s);
    return document.object();
}

Error PayloadReader::error(const QString& path, const QString& message) const
{
    Error e(Error::Code::InvalidInput, path + u": "_s + message);
    if (!m_origin.isEmpty())
        e.at(m_origin);
    return e;
}

QString PayloadReader::describe(const QJsonValue& value)
{
    switch (value.type()) {
    case QJsonValue::Null:
        return u"null"_s;
    case QJsonValue::Bool:
        return u"a boolean"_s;
    case QJsonValue::Double:
        return u"a number"_s;
    case QJsonValue::String:
        return u"a string"_s;
    case QJsonValue::Array:
        return u"an array"_s;
    case QJsonValue::Object:
        return u"an object"_s;
    case QJsonValue::Undefined:
        return u"nothing"_s;
    }
    return u"something else"_s;
}

Result<QJsonValue> PayloadReader::value(
    const QJsonObject& object, const QString& path, const QString& key, Need need, QJsonValue::Type type) const
{
    const QJsonValue v = object.value(key);
    if (v.isUndefined() || v.isNull()) {
        if (need == Need::Required)
            return error(member(path, key), u"missing"_s);
        return QJsonValue(QJsonValue::Undefined);
    }
    if (v.type() != type)
        return error(member(path, key), u"expected %1, found %2"_s.arg(describe(QJsonValue(type)), describe(v)));
    return v;
}

Result<QString> PayloadReader::string(
    const QJsonObject& object, const QString& path, const QString& key, Need need) const
{
    auto v = value(object, path, key, need, QJsonValue::String);
    if (!v)
        return v.error();
    return v->toString();
}

Result<QJsonObject> PayloadReader::object(
    const QJsonObject& object, const QString& path, const QString& key, Need need) const
{
    auto v = value(object, path, key, need, QJsonValue::Object);
    if (!v)
        return v.error();
    return v->toObject();
}

Result<QJsonArray> PayloadReader::array(
    const QJsonObject& object, const QString& path, const QString& key, Need need) const
{
    auto v = value(object, path, key, need, QJsonValue::Array);
    if (!v)
        return v.error();
    return v->toArray();
}

Result<bool> PayloadReader::boolean(const QJsonObject& object, const QString& path, const QString& key, Need need) const
{
    auto v = value(object, path, key, need, QJsonValue::Bool);
    if (!v)
        return v.error();
    return v->toBool();
}

Result<qint64> PayloadReader::integer(
    const QJsonObject& object, const QString& path, const QString& key, Need need) const
{
    auto v = value(object, path, key, need, QJsonValue::Double);
    if (!v)
        return v.error();
    if (v->isUndefined())
        return qint64(0);
    const double d = v->toDouble();
    if (std::floor(d) != d || std::abs(d) > 9007199254740991.0)
        return error(member(path, key), u"expected a whole number, found %1"_s.arg(d));
    return qint64(d);
}

Result<QDateTime> PayloadReader::timestamp(
    const QJsonObject& object, const QString& path, const QString& key, Need need) const
{
    auto text = string(object, path, key, need);
    if (!text)
        return text.error();
    if (text->isEmpty() && need == Need::Optional)
        return QDateTime();
    const QDateTime at = parseTimestamp(*text);
    if (!at.isValid())
        return error(member(path, key), u"not a timestamp with a time zone: \"%1\""_s.arg(text->left(40)));
    return at;
}

Result<QJsonObject> PayloadReader::element(const QJsonArray& array, const QString& path, qsizetype i) const
{
    const QJsonValue v = array.at(i);
    if (!v.isObject())
        return error(index(path, i), u"expected an object, found %1"_s.arg(describe(v)));
    return v.toObject();
}

QDateTime PayloadReader::parseTimestamp(const QString& text)
{
    static const QRegularExpression pattern(
        uR"(^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(?:\.(\d{1,9}))?(Z|([+-])(\d{2}):?(\d{2}))$)"_s);
    const QRegularExpressionMatch m = pattern.match(text);
    if (!m.hasMatch())
        return {};
    const QDate date(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
    int ms = 0;
    if (m.hasCaptured(7))
        ms = m.captured(7).left(3).leftJustified(3, u'0').toInt();
    const QTime time(m.captured(4).toInt(), m.captured(5).toInt(), m.captured(6).toInt(), ms);
    if (!date.isValid() || !time.isValid())
        return {};
    int offsetSeconds = 0;
    if (m.captured(8) != u"Z"_s) {
        const int hours = m.captured(10).toInt();
        const int minutes = m.captured(11).toInt();
        if (hours > 14 || minutes > 59)
            return {};
        offsetSeconds = (hours * 3600 + minutes * 60) * (m.captured(9) == u"-"_s ? -1 : 1);
    }
    return QDateTime(date, time, Qt::OffsetFromUTC, offsetSeconds).toUTC();
}

} // namespace moderation
