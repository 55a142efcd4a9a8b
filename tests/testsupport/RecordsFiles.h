#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace moderation::test {

// Reading a records export back in tests: a failed read fails the test (ADD_FAILURE).
QByteArray readAllOf(const QString& path);
QString sha256Of(const QString& path);
// One object per line of DIR/TABLE.jsonl.
QList<QJsonObject> jsonLines(const QString& dir, const QString& table);
QJsonObject manifestOf(const QString& dir);
// Replaces the byte at `offset` of the file (one byte changed, the size kept).
void changeOneByte(const QString& path, qint64 offset);

} // namespace moderation::test
