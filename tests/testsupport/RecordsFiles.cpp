#include "RecordsFiles.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonDocument>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;

namespace moderation::test {

QByteArray readAllOf(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        ADD_FAILURE() << "cannot read " << path.toStdString();
        return {};
    }
    return file.readAll();
}

QString sha256Of(const QString& path)
{
    return QString::fromLatin1(QCryptographicHash::hash(readAllOf(path), QCryptographicHash::Sha256).toHex());
}

QList<QJsonObject> jsonLines(const QString& dir, const QString& table)
{
    QList<QJsonObject> rows;
    const QByteArray text = readAllOf(QDir(dir).filePath(table + u".jsonl"_s));
    for (const QByteArray& line : text.split('\n')) {
        if (line.isEmpty())
            continue;
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(line, &error);
        if (error.error != QJsonParseError::NoError || !document.isObject()) {
            ADD_FAILURE() << table.toStdString() << ".jsonl: not a JSON object: " << line.toStdString();
            continue;
        }
        rows.append(document.object());
    }
    return rows;
}

QJsonObject manifestOf(const QString& dir)
{
    const QJsonDocument document = QJsonDocument::fromJson(readAllOf(QDir(dir).filePath(u"manifest.json"_s)));
    if (!document.isObject())
        ADD_FAILURE() << "manifest.json is not a JSON object";
    return document.object();
}

void changeOneByte(const QString& path, qint64 offset)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadWrite) || !file.seek(offset)) {
        ADD_FAILURE() << "cannot change " << path.toStdString();
        return;
    }
    char byte = 0;
    file.getChar(&byte);
    file.seek(offset);
    file.putChar(byte == 'x' ? 'y' : 'x');
}

} // namespace moderation::test
