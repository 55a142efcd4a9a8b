#pragma once

#include <QLocale>
#include <QString>
#include <QStringList>
#include <optional>

class QCoreApplication;

namespace moderation::Translations {

// The languages the app is translated into ("en", "es").
QStringList available();

// The language to show: the one asked for (--lang), else the system's when we have it, else
// English. std::nullopt when the one asked for is not available.
std::optional<QString> choose(const QString& requested, const QLocale& system);

// Installs the app's and Qt's own translators for that language (replacing any installed by an
// earlier call) and makes dates and numbers follow it. False when the app's translation is
// missing from the build.
bool install(QCoreApplication& app, const QString& language);

} // namespace moderation::Translations
