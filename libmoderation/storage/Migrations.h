#pragma once

#include <QList>
#include <QStringList>

namespace moderation {

// A numbered schema change, spelled once per engine. Migrations only ever get appended:
// a released number never changes.
struct Migration
{
    int version = 0;
    QString name;
    QStringList sqlite;
    QStringList postgres;
};

namespace Migrations {
const QList<Migration>& all();
int latestVersion();
} // namespace Migrations

} // namespace moderation
